import { randomUUID } from 'node:crypto';
import {
  consentQuestionEnvelope,
  memberProfileGuarded,
  requestUntilProblem,
  toestemmingDeciders,
  type AnswerToestemmingsverzoek,
  type Day,
  type FamilyFacts,
  type Guarded,
  type NewToestemmingsverzoek,
  type RequestAnswer,
  type RequestDataKind,
  type ToestemmingsverzoekenOverview,
  type ToestemmingsverzoekView,
  type ToestemmingsverzoekWorkView,
  writtenGuarded,
} from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import { cleanText, decidedByView, seesMember, visibleMemberName } from './decisions.ts';
import type { FamilyScope } from './family-scope.ts';
import { insertOnce } from './idempotent.ts';
import type { EnterFamily } from './scoped-repository.ts';
import type { ToestemmingRepository } from './toestemming.ts';

interface RequestRow {
  id: string;
  subjectMemberId: string;
  organisation: string;
  purpose: string;
  dataKinds: RequestDataKind[];
  dataOther: string | null;
  validUntil: Day;
  note: string | null;
  askedByName: string;
  askedByOrganisation: string | null;
  createdAt: Date;
  withdrawnAt: Date | null;
}

interface AnswerRow {
  requestId: string;
  deciderMemberId: string;
  answer: RequestAnswer;
  createdAt: Date;
  decidedByKind: string;
  decidedByName: string;
  clientId: string;
}

/**
 * A professional's question for toestemming (issue 10, point 8): she names the organisation, the
 * purpose, the data and the end date; the people who decide on that member's data today
 * (shared/src/consent) each answer once from a card. A yes or no goes through the toestemming
 * repository, so it is a normal toestemming with its history and can be revoked as any. The
 * question itself is a written object whose envelope names only its subject and deciders
 * (`consentQuestionEnvelope`); the evaluator alone decides who reads it, and a member never sees
 * another decider's answer.
 */
export class ToestemmingsverzoekenRepository {
  readonly #enter: EnterFamily;
  readonly #toestemming: ToestemmingRepository;

  constructor(enter: EnterFamily, toestemming: ToestemmingRepository) {
    this.#enter = enter;
    this.#toestemming = toestemming;
  }

  /** The questions this viewer may see: a member's own (to answer), or all of them for a professional. */
  async overview(familyId: string): Promise<ToestemmingsverzoekenOverview> {
    const scope = await this.#enter(familyId);
    const facts = scope.snapshot.factsOn(scope.at.day);
    const rows = (await requestRows(scope)).filter((r) => mayRead(scope, r, facts));
    const answers = await answerRows(scope);
    await scope.record('lezen', 'toestemmingsverzoeken', rows.map((r) => r.id), rows.map((r) => r.subjectMemberId));
    if (scope.isProfessional) return { verzoeken: [], work: rows.map((r) => workView(scope, facts, r, answers)) };
    return { verzoeken: rows.map((r) => memberView(scope, facts, r, answers)), work: [] };
  }

  /** A professional asks the deciders of one member's data for toestemming. */
  async ask(familyId: string, input: NewToestemmingsverzoek): Promise<{ view: ToestemmingsverzoekWorkView; created: boolean }> {
    const scope = await this.#enter(familyId);
    visibleMemberName(scope, input.subjectMemberId);
    const actor = scope.authorize('toestemming-vragen', memberProfileGuarded(scope.familyId, input.subjectMemberId));
    const facts = scope.snapshot.factsOn(scope.at.day);
    const organisation = cleanText(input.organisation)?.replace(/\s+/g, ' ');
    if (!organisation) throw new AppError('ongeldige-invoer', { fields: ['organisation'], detail: 'Vul de naam van de organisatie in.' });
    const purpose = cleanText(input.purpose);
    if (!purpose) throw new AppError('ongeldige-invoer', { fields: ['purpose'], detail: 'Schrijf op waarvoor de gegevens nodig zijn.' });
    const dataOther = cleanText(input.dataOther) ?? null;
    const dataKinds = [...new Set(input.dataKinds)];
    if (dataKinds.length === 0 && !dataOther) throw new AppError('ongeldige-invoer', { fields: ['dataKinds'], detail: 'Kies welke gegevens u wilt delen.' });
    const tooLate = requestUntilProblem(input.validUntil, scope.at.day);
    if (tooLate) {
      const detail = tooLate === 'voorbij' ? 'Kies een datum na vandaag.' : 'Kies een datum binnen een jaar.';
      throw new AppError('ongeldige-invoer', { fields: ['validUntil'], detail });
    }
    if (toestemmingDeciders(facts, input.subjectMemberId, scope.at.day).required.length === 0) {
      throw new AppError('ongeldige-invoer', { fields: ['subjectMemberId'], detail: 'Niemand in het gezin beslist over deze gegevens.' });
    }
    const { id, created } = await scope.write((tx) =>
      insertOnce(
        tx,
        { table: 'toestemmingsverzoeken', familyId: scope.familyId },
        input.clientId,
        actor.userId,
        `insert into toestemmingsverzoeken (id, family_id, subject_member_id, organisation, purpose, data_kinds, data_other, valid_until, note, asked_by_user_id, created_at, client_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) on conflict (client_id, family_id) do nothing returning id`,
        [
          randomUUID(), scope.familyId, input.subjectMemberId, organisation, purpose, dataKinds, dataOther, input.validUntil,
          cleanText(input.note) ?? null, actor.userId, scope.now.toISOString(), input.clientId,
        ],
        'asked_by_user_id',
      ),
    );
    if (created) await scope.record('aanmaken', 'toestemmingsverzoek', [id], [input.subjectMemberId]);
    const fresh = await this.#enter(familyId);
    const row = await this.#row(fresh, id);
    if (created) fresh.announce(guardedOf(fresh, row, facts));
    return { view: workView(fresh, facts, row, await answerRows(fresh)), created };
  }

  /**
   * A decider answers, herself or through a helper who may act for her. A yes is her toestemming
   * until the asked date, a no her refusal; a second answer is refused, a retried one answers the same.
   */
  async answer(familyId: string, requestId: string, input: AnswerToestemmingsverzoek): Promise<{ view: ToestemmingsverzoekView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const facts = scope.snapshot.factsOn(scope.at.day);
    const row = await this.#row(scope, requestId);
    const actor = scope.authorize('toestemming-geven', guardedOf(scope, row, facts));
    const deciderId = actor.memberId!;
    if (!toestemmingDeciders(facts, row.subjectMemberId, scope.at.day).required.includes(deciderId)) {
      throw new AppError('niet-toegestaan', { detail: 'Over deze gegevens beslist u niet.' });
    }
    const earlier = (await answerRows(scope)).find((a) => a.requestId === row.id && a.deciderMemberId === deciderId);
    if (earlier) {
      if (earlier.clientId !== input.clientId) throw new AppError('al-beantwoord');
      return { view: memberView(scope, facts, row, await answerRows(scope)), created: false };
    }
    if (row.withdrawnAt) throw new AppError('vraag-ingetrokken');

    const decision = input.answer === 'ja' ? 'gegeven' : 'geweigerd';
    const { created } = await this.#toestemming.makeDecision(
      familyId,
      {
        clientId: input.clientId,
        subjectMemberId: row.subjectMemberId,
        recipient: { kind: 'organisatie', name: row.organisation },
        purpose: toestemmingPurpose(row),
        decision,
        ...(decision === 'gegeven' ? { validUntil: row.validUntil } : {}),
      },
      // In the decision's own transaction: two answers at the same moment leave one decision, not two.
      async (tx, decisionId) => {
        const [stored] = await tx.query<{ requestId: string }>(
          `insert into toestemmingsverzoek_antwoorden (request_id, decider_member_id, answer, toestemming_id, created_at, family_id)
           values ($1, $2, $3, $4, $5, $6) on conflict (request_id, decider_member_id, family_id) do nothing returning request_id as "requestId"`,
          [row.id, deciderId, input.answer, decisionId, scope.now.toISOString(), scope.familyId],
        );
        if (!stored) throw new AppError('al-beantwoord');
      },
    );
    // This client id already made a decision that answers no question: not an answer to this one.
    if (!created) throw new AppError('ongeldige-invoer', { fields: ['clientId'] });
    await scope.record('wijzigen', 'toestemmingsverzoek', [row.id], [row.subjectMemberId]);
    const fresh = await this.#enter(familyId);
    return { view: memberView(fresh, facts, await this.#row(fresh, row.id), await answerRows(fresh)), created: true };
  }

  /** The professional takes a question back while nobody has answered all of it; a no-op when already withdrawn. */
  async withdraw(familyId: string, requestId: string): Promise<ToestemmingsverzoekWorkView> {
    const scope = await this.#enter(familyId);
    const facts = scope.snapshot.factsOn(scope.at.day);
    const row = await this.#row(scope, requestId);
    const actor = scope.authorize('toestemming-vragen', guardedOf(scope, row, facts));
    const answers = await answerRows(scope);
    if (!row.withdrawnAt) {
      if (workView(scope, facts, row, answers).status !== 'open') throw new AppError('al-besloten');
      await scope.write((tx) =>
        tx.query(`update toestemmingsverzoeken set withdrawn_at = $2, withdrawn_by_user_id = $3 where id = $1 and withdrawn_at is null`, [row.id, scope.now.toISOString(), actor.userId]),
      );
      await scope.record('wijzigen', 'toestemmingsverzoek', [row.id], [row.subjectMemberId]);
    }
    const fresh = await this.#enter(familyId);
    return workView(fresh, facts, await this.#row(fresh, row.id), await answerRows(fresh));
  }

  /** One question this viewer may read; unknown and hidden answer the same. */
  async #row(scope: FamilyScope, id: string): Promise<RequestRow> {
    const facts = scope.snapshot.factsOn(scope.at.day);
    const row = (await requestRows(scope)).find((r) => r.id === id);
    if (!row || !mayRead(scope, row, facts)) throw new AppError('niet-gevonden');
    return row;
  }
}

function guardedOf(scope: FamilyScope, row: RequestRow, facts: FamilyFacts): Guarded {
  const deciders = toestemmingDeciders(facts, row.subjectMemberId, scope.at.day).required;
  return writtenGuarded('toestemmingsverzoek', row.id, scope.familyId, consentQuestionEnvelope(row.subjectMemberId, deciders, facts.contactverboden), []);
}

function mayRead(scope: FamilyScope, row: RequestRow, facts: FamilyFacts): boolean {
  return scope.decides(guardedOf(scope, row, facts)).visible;
}

/** The purpose the toestemming carries: the question's purpose and which data, so the member's list says both. */
function toestemmingPurpose(row: RequestRow): string {
  const data = [...row.dataKinds.map((k) => k.replace(/-/g, ' ')), ...(row.dataOther ? [row.dataOther] : [])];
  return `${row.purpose} Gegevens: ${data.join(', ')}.`;
}

async function requestRows(scope: FamilyScope): Promise<RequestRow[]> {
  return scope.db.query<RequestRow>(
    `select r.id, r.subject_member_id as "subjectMemberId", r.organisation, r.purpose, r.data_kinds as "dataKinds", r.data_other as "dataOther",
            to_char(r.valid_until, 'YYYY-MM-DD') as "validUntil", r.note, u.display_name as "askedByName", u.organisation as "askedByOrganisation",
            r.created_at as "createdAt", r.withdrawn_at as "withdrawnAt"
       from toestemmingsverzoeken r join users u on u.id = r.asked_by_user_id
      where r.family_id = $1 order by r.created_at desc, r.id`,
    [scope.familyId],
  );
}

async function answerRows(scope: FamilyScope): Promise<AnswerRow[]> {
  return scope.db.query<AnswerRow>(
    `select a.request_id as "requestId", a.decider_member_id as "deciderMemberId", a.answer, a.created_at as "createdAt",
            u.kind as "decidedByKind", u.display_name as "decidedByName", t.client_id as "clientId"
       from toestemmingsverzoek_antwoorden a
       join toestemmingsverzoeken r on r.id = a.request_id
       join toestemmingen t on t.id = a.toestemming_id
       join users u on u.id = t.decided_by_user_id
      where r.family_id = $1`,
    [scope.familyId],
  );
}

function common(scope: FamilyScope, row: RequestRow): Omit<ToestemmingsverzoekView, 'mayAnswer' | 'myAnswer'> {
  return {
    id: row.id,
    subject: { memberId: row.subjectMemberId, firstName: scope.memberName(row.subjectMemberId) ?? '' },
    organisation: row.organisation,
    purpose: row.purpose,
    dataKinds: row.dataKinds,
    ...(row.dataOther ? { dataOther: row.dataOther } : {}),
    validUntil: row.validUntil,
    ...(row.note ? { note: row.note } : {}),
    askedBy: { name: row.askedByName, ...(row.askedByOrganisation ? { organisation: row.askedByOrganisation } : {}) },
    askedAt: row.createdAt.toISOString(),
    withdrawn: row.withdrawnAt !== null,
  };
}

function memberView(scope: FamilyScope, facts: FamilyFacts, row: RequestRow, answers: readonly AnswerRow[]): ToestemmingsverzoekView {
  const self = scope.selfMemberId;
  const mine = answers.find((a) => a.requestId === row.id && a.deciderMemberId === self);
  const decides = self !== null && toestemmingDeciders(facts, row.subjectMemberId, scope.at.day).required.includes(self);
  const mayAnswer = !mine && !row.withdrawnAt && decides && scope.may('toestemming-geven', guardedOf(scope, row, facts));
  const by = mine ? decidedByView(scope, { decidedByKind: mine.decidedByKind, decidedByName: mine.decidedByName, decidedByMemberId: mine.deciderMemberId }) : undefined;
  return {
    ...common(scope, row),
    mayAnswer,
    ...(mine && by
      ? { myAnswer: { answer: mine.answer, answeredAt: mine.createdAt.toISOString(), by: { kind: by.kind, ...(by.name ? { name: by.name } : {}), ...(by.onBehalfOf ? { onBehalfOf: by.onBehalfOf } : {}) } } }
      : {}),
  };
}

function workView(scope: FamilyScope, facts: FamilyFacts, row: RequestRow, all: readonly AnswerRow[]): ToestemmingsverzoekWorkView {
  const required = toestemmingDeciders(facts, row.subjectMemberId, scope.at.day).required;
  const answers = all.filter((a) => a.requestId === row.id);
  const deciderIds = [...new Set([...required, ...answers.map((a) => a.deciderMemberId)])].filter((id) => seesMember(scope, id));
  const status: ToestemmingsverzoekWorkView['status'] = row.withdrawnAt
    ? 'ingetrokken'
    : answers.some((a) => a.answer === 'nee')
      ? 'geweigerd'
      : required.length > 0 && required.every((id) => answers.some((a) => a.deciderMemberId === id && a.answer === 'ja'))
        ? 'gegeven'
        : 'open';
  return {
    ...common(scope, row),
    status,
    answers: deciderIds.map((id) => {
      const a = answers.find((x) => x.deciderMemberId === id);
      const by = a ? decidedByView(scope, { decidedByKind: a.decidedByKind, decidedByName: a.decidedByName, decidedByMemberId: a.deciderMemberId }) : undefined;
      return {
        memberId: id,
        firstName: scope.memberName(id) ?? '',
        answer: a?.answer ?? null,
        ...(a && by ? { answeredAt: a.createdAt.toISOString(), by: { kind: by.kind, ...(by.name ? { name: by.name } : {}) } } : {}),
      };
    }),
  };
}
