import { randomUUID } from 'node:crypto';
import {
  appointmentEnvelope,
  appointmentPlaceField,
  icsFile,
  moveRequestGuarded,
  participantsAcrossContactverbod,
  writtenGuarded,
  type AfspraakInput,
  type AfspraakView,
  type AfsprakenOverview,
  type Guarded,
  type NewAfspraak,
  type NewVerplaatsverzoek,
  type VerplaatsAntwoord,
  type VerplaatsverzoekView,
} from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import { cleanText, seesMember } from './decisions.ts';
import type { FamilyScope } from './family-scope.ts';
import { currentProfessionals } from './readers.ts';
import { insertOnce } from './idempotent.ts';
import type { EnterFamily } from './scoped-repository.ts';
import { familyPart } from './family-parts.ts';

interface AfspraakRow {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  placeKind: AfspraakView['placeKind'];
  placeValue: string;
  note: string | null;
  memberIds: string[];
  professionalUserIds: string[];
  placeHiddenFrom: string[];
  plannedByName: string;
  plannedByOrganisation: string | null;
  sequence: number;
  cancelledAt: Date | null;
}

interface VerzoekRow {
  id: string;
  afspraakId: string;
  memberId: string;
  reason: string;
  createdAt: Date;
  answerKind: 'nieuw-moment' | 'nee' | null;
  answerMessage: string | null;
  answerStartsAt: Date | null;
  answerEndsAt: Date | null;
  answeredByName: string | null;
  answeredAt: Date | null;
}

/** An appointment may be planned at most this far ahead or back; a typo in the year is caught. */
const maxYearsAway = 2;

/**
 * The agenda (issue 13, point 1). An appointment is a guarded object whose envelope is built on
 * every read from who takes part and today's contactverboden (`appointmentEnvelope`), so only the
 * evaluator decides who reads it and whether its place is stripped. Professionals plan, change,
 * cancel and answer move requests; a member reads her own, downloads one as `.ics` and asks to move it.
 */
export class AgendaRepository {
  readonly #enter: EnterFamily;

  constructor(enter: EnterFamily) {
    this.#enter = enter;
  }

  /** The appointments this viewer takes part in (a member), or all of them (a professional). */
  async overview(familyId: string): Promise<AfsprakenOverview> {
    const scope = await this.#enter(familyId);
    // Asked at the same moment, so both go in one statement with the other parts of a sync.
    const [all, verzoeken] = await Promise.all([afspraakRows(scope), verzoekRows(scope)]);
    const rows = all.filter((r) => mayRead(scope, r));
    await scope.record('lezen', 'afspraken', rows.map((r) => r.id), subjectsOf(rows));
    const afspraken = rows.map((r) => view(scope, r, verzoeken));
    return scope.isProfessional ? { afspraken, professionals: currentProfessionals(scope).map((p) => ({ userId: p.userId, name: p.name })) } : { afspraken };
  }

  /** One appointment as an `.ics` file; the place is left out when it is hidden from this viewer. */
  async ics(familyId: string, afspraakId: string): Promise<{ fileName: string; text: string }> {
    const scope = await this.#enter(familyId);
    const row = await this.#row(scope, afspraakId);
    const shown = view(scope, row, []);
    await scope.record('lezen', 'afspraak-ics', [row.id], row.memberIds);
    const text = icsFile({
      uid: `${row.id}@onsplan`,
      stamp: scope.now.toISOString(),
      start: shown.start,
      end: shown.end,
      summary: shown.title,
      location: shown.place?.value ?? null,
      description: shown.note ?? null,
      sequence: shown.sequence,
      cancelled: shown.cancelled,
    });
    return { fileName: `afspraak-${shown.start.slice(0, 10)}.ics`, text };
  }

  /** A professional plans an appointment; a retried request with the same client id answers the same. */
  async plan(familyId: string, input: NewAfspraak): Promise<{ view: AfspraakView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const actor = scope.authorize('gesprek-beginnen');
    if (actor.kind !== 'professional') throw new AppError('niet-toegestaan');
    const clean = checkedInput(scope, input);
    const now = scope.now.toISOString();
    const { id, created } = await scope.write((tx) =>
      insertOnce(
        tx,
        { table: 'afspraken', familyId: scope.familyId },
        input.clientId,
        actor.userId,
        `insert into afspraken (id, family_id, title, starts_at, ends_at, place_kind, place_value, note, member_ids, professional_user_ids, place_hidden_from,
                                planned_by_user_id, created_at, updated_at, client_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14) on conflict (client_id, family_id) do nothing returning id`,
        [
          randomUUID(), scope.familyId, clean.title, clean.start, clean.end, clean.place.kind, clean.place.value, clean.note ?? null,
          clean.memberIds, clean.professionalIds, clean.placeHiddenFrom, actor.userId, now, input.clientId,
        ],
        'planned_by_user_id',
      ),
    );
    if (created) await scope.record('aanmaken', 'afspraak', [id], clean.memberIds);
    return this.#fresh(familyId, id, created);
  }

  /** A professional changes an appointment: what, when, where, who. Its sequence goes up, so calendars update. */
  async change(familyId: string, afspraakId: string, input: AfspraakInput): Promise<AfspraakView> {
    const scope = await this.#enter(familyId);
    const row = await this.#row(scope, afspraakId);
    scope.authorize('gesprek-beginnen', guardedOf(scope, row));
    if (row.cancelledAt) throw new AppError('al-besloten', { detail: 'Deze afspraak is geannuleerd.' });
    const clean = checkedInput(scope, input);
    await scope.write((tx) =>
      tx.query(
        `update afspraken set title = $2, starts_at = $3, ends_at = $4, place_kind = $5, place_value = $6, note = $7, member_ids = $8,
                professional_user_ids = $9, place_hidden_from = $10, sequence = sequence + 1, updated_at = $11 where id = $1`,
        [row.id, clean.title, clean.start, clean.end, clean.place.kind, clean.place.value, clean.note ?? null, clean.memberIds, clean.professionalIds, clean.placeHiddenFrom, scope.now.toISOString()],
      ),
    );
    await scope.record('wijzigen', 'afspraak', [row.id], [...new Set([...row.memberIds, ...clean.memberIds])]);
    return (await this.#fresh(familyId, row.id, false)).view;
  }

  /** A professional cancels an appointment; members no longer see it, and their devices drop it at the next sync. */
  async cancel(familyId: string, afspraakId: string): Promise<AfspraakView> {
    const scope = await this.#enter(familyId);
    const row = await this.#row(scope, afspraakId);
    scope.authorize('gesprek-beginnen', guardedOf(scope, row));
    if (!row.cancelledAt) {
      await scope.write((tx) =>
        tx.query(`update afspraken set cancelled_at = $2, updated_at = $2, sequence = sequence + 1 where id = $1 and cancelled_at is null`, [row.id, scope.now.toISOString()]),
      );
      await scope.record('wijzigen', 'afspraak', [row.id], row.memberIds);
    }
    return (await this.#fresh(familyId, row.id, false)).view;
  }

  /** "Ik kan niet, kan het op een ander moment?": a member who takes part asks, herself or through her helper. */
  async askToMove(familyId: string, afspraakId: string, input: NewVerplaatsverzoek): Promise<{ view: AfspraakView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const row = await this.#row(scope, afspraakId);
    const actor = scope.authorize('verzoek-doen', guardedOf(scope, row));
    const memberId = actor.memberId;
    // Only participants see an appointment (its envelope), so whoever may ask here takes part; a professional asks nobody.
    if (memberId === null) throw new AppError('niet-toegestaan');
    const reason = cleanText(input.reason);
    if (!reason) throw new AppError('ongeldige-invoer', { fields: ['reason'], detail: 'Schrijf op waarom het niet kan.' });
    const { id, created } = await scope.write((tx) =>
      insertOnce(
        tx,
        { table: 'afspraak_verplaatsverzoeken', familyId: scope.familyId },
        input.clientId,
        actor.userId,
        `insert into afspraak_verplaatsverzoeken (id, family_id, afspraak_id, member_id, asked_by_user_id, reason, created_at, client_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (client_id, family_id) do nothing returning id`,
        [randomUUID(), scope.familyId, row.id, memberId, actor.userId, reason, scope.now.toISOString(), input.clientId],
        'asked_by_user_id',
      ),
    );
    if (created) await scope.record('aanmaken', 'afspraak-verplaatsverzoek', [id], [memberId]);
    return this.#fresh(familyId, row.id, created);
  }

  /** A professional answers a move request: a new time (the appointment moves) or no, with a short message. */
  async answerMove(familyId: string, afspraakId: string, verzoekId: string, input: VerplaatsAntwoord): Promise<AfspraakView> {
    const scope = await this.#enter(familyId);
    const row = await this.#row(scope, afspraakId);
    const actor = scope.authorize('beslissen', guardedOf(scope, row));
    const verzoek = (await verzoekRows(scope)).find((v) => v.id === verzoekId && v.afspraakId === row.id);
    if (!verzoek || !scope.decides(verzoekGuardedOf(scope, row, verzoek)).visible) throw new AppError('niet-gevonden');
    if (verzoek.answerKind) throw new AppError('al-beantwoord');
    if (row.cancelledAt) throw new AppError('al-besloten', { detail: 'Deze afspraak is geannuleerd.' });
    const message = cleanText(input.message);
    if (!message) throw new AppError('ongeldige-invoer', { fields: ['message'], detail: 'Schrijf een kort bericht.' });
    const moved = input.kind === 'nieuw-moment' ? checkedTimes(scope, input.start, input.end) : null;
    const now = scope.now.toISOString();
    await scope.write(async (tx) => {
      const [answered] = await tx.query<{ id: string }>(
        `update afspraak_verplaatsverzoeken set answer_kind = $2, answer_message = $3, answer_starts_at = $4, answer_ends_at = $5, answered_by_user_id = $6, answered_at = $7
          where id = $1 and answered_at is null returning id`,
        [verzoek.id, input.kind, message, moved?.start ?? null, moved?.end ?? null, actor.userId, now],
      );
      if (!answered) throw new AppError('al-beantwoord');
      if (moved) {
        await tx.query(`update afspraken set starts_at = $2, ends_at = $3, sequence = sequence + 1, updated_at = $4 where id = $1`, [row.id, moved.start, moved.end, now]);
      }
    });
    await scope.record('wijzigen', 'afspraak-verplaatsverzoek', [verzoek.id], [verzoek.memberId]);
    const fresh = await this.#enter(familyId);
    fresh.tellMembers([verzoek.memberId], () => verzoekGuardedOf(fresh, row, verzoek));
    return view(fresh, await this.#row(fresh, row.id), await verzoekRows(fresh));
  }

  async #fresh(familyId: string, id: string, created: boolean): Promise<{ view: AfspraakView; created: boolean }> {
    const fresh = await this.#enter(familyId);
    const row = await this.#row(fresh, id);
    if (created) fresh.announce(guardedOf(fresh, row));
    return { view: view(fresh, row, await verzoekRows(fresh)), created };
  }

  /** One appointment this viewer may read; unknown and hidden answer the same. */
  async #row(scope: FamilyScope, id: string): Promise<AfspraakRow> {
    const row = (await afspraakRows(scope, id))[0];
    if (!row || !mayRead(scope, row)) throw new AppError('niet-gevonden');
    return row;
  }
}

/** The appointment as the evaluator decides it, with today's contactverboden. */
function guardedOf(scope: FamilyScope, row: AfspraakRow): Guarded {
  const facts = scope.snapshot.factsOn(scope.at.day);
  return writtenGuarded('afspraak', row.id, scope.familyId, appointmentEnvelope(row.memberIds, facts.contactverboden, row.placeHiddenFrom, { cancelled: row.cancelledAt !== null }), []);
}

/** A move request as the evaluator decides it: its asker's words for the professionals, hanging on the appointment. */
function verzoekGuardedOf(scope: FamilyScope, row: AfspraakRow, v: VerzoekRow): Guarded {
  return moveRequestGuarded(v.id, scope.familyId, v.memberId, scope.snapshot.factsOn(scope.at.day).contactverboden, guardedOf(scope, row));
}

function mayRead(scope: FamilyScope, row: AfspraakRow): boolean {
  return scope.decides(guardedOf(scope, row)).visible;
}

function checkedInput(scope: FamilyScope, input: AfspraakInput): Required<Omit<AfspraakInput, 'note'>> & { note?: string } {
  const title = cleanText(input.title);
  if (!title) throw new AppError('ongeldige-invoer', { fields: ['title'], detail: 'Schrijf op waar de afspraak over gaat.' });
  const { start, end } = checkedTimes(scope, input.start, input.end);
  const placeValue = cleanText(input.place.value);
  if (!placeValue) throw new AppError('ongeldige-invoer', { fields: ['place'], detail: 'Vul het adres, de videolink of het telefoonnummer in.' });
  if (input.place.kind === 'video' && !/^https:\/\/\S+$/.test(placeValue)) {
    throw new AppError('ongeldige-invoer', { fields: ['place'], detail: 'Een videolink begint met https://.' });
  }
  const memberIds = [...new Set(input.memberIds)];
  if (memberIds.length === 0) throw new AppError('ongeldige-invoer', { fields: ['memberIds'], detail: 'Kies wie van het gezin meedoet.' });
  for (const id of memberIds) {
    if (!seesMember(scope, id)) throw new AppError('ongeldige-invoer', { fields: ['memberIds'], detail: 'Een gekozen gezinslid hoort niet bij dit gezin.' });
  }
  const facts = scope.snapshot.factsOn(scope.at.day);
  if (participantsAcrossContactverbod(memberIds, facts.contactverboden).length > 0) throw new AppError('gesprek-contactverbod', { fields: ['memberIds'] });
  const professionalIds = [...new Set(input.professionalIds)];
  for (const id of professionalIds) {
    if (!currentProfessionals(scope).some((p) => p.userId === id)) {
      throw new AppError('ongeldige-invoer', { fields: ['professionalIds'], detail: 'Een gekozen professional werkt niet met dit gezin.' });
    }
  }
  const placeHiddenFrom = [...new Set(input.placeHiddenFrom)];
  if (placeHiddenFrom.some((id) => !memberIds.includes(id))) {
    throw new AppError('ongeldige-invoer', { fields: ['placeHiddenFrom'], detail: 'De plek kan alleen verborgen worden voor wie meedoet.' });
  }
  const note = cleanText(input.note);
  return { title, start, end, place: { kind: input.place.kind, value: placeValue }, memberIds, professionalIds, placeHiddenFrom, ...(note ? { note } : {}) };
}

function checkedTimes(scope: FamilyScope, start: string | undefined, end: string | undefined): { start: string; end: string } {
  const from = start ? new Date(start) : null;
  const to = end ? new Date(end) : null;
  if (!from || Number.isNaN(from.getTime())) throw new AppError('ongeldige-invoer', { fields: ['start'], detail: 'Vul in wanneer de afspraak begint.' });
  if (!to || Number.isNaN(to.getTime()) || to <= from) throw new AppError('ongeldige-invoer', { fields: ['end'], detail: 'Het einde moet na het begin liggen.' });
  const yearsAway = Math.abs(from.getTime() - scope.now.getTime()) / (365 * 24 * 3600 * 1000);
  if (yearsAway > maxYearsAway) throw new AppError('ongeldige-invoer', { fields: ['start'], detail: 'Kies een datum binnen twee jaar.' });
  return { start: from.toISOString(), end: to.toISOString() };
}

function view(scope: FamilyScope, row: AfspraakRow, verzoeken: readonly VerzoekRow[]): AfspraakView {
  const decision = scope.decides(guardedOf(scope, row));
  const placeHidden = decision.hiddenFields.includes(appointmentPlaceField);
  const self = scope.selfMemberId;
  const shown = verzoeken.filter((v) => v.afspraakId === row.id && scope.decides(verzoekGuardedOf(scope, row, v)).visible);
  const open = shown.some((v) => v.memberId === self && v.answerKind === null);
  const professionals = scope.snapshot.professionals;
  return {
    id: row.id,
    title: row.title,
    start: row.startsAt.toISOString(),
    end: row.endsAt.toISOString(),
    ...(placeHidden ? {} : { place: { kind: row.placeKind, value: row.placeValue } }),
    placeKind: row.placeKind,
    ...(scope.isProfessional ? { placeHiddenFrom: row.placeHiddenFrom } : {}),
    ...(row.note ? { note: row.note } : {}),
    members: row.memberIds.filter((id) => seesMember(scope, id)).map((id) => ({ memberId: id, firstName: scope.memberName(id) ?? '' })),
    professionals: row.professionalUserIds.flatMap((id) => professionals.filter((p) => p.userId === id).map((p) => ({ name: p.name, ...(scope.isProfessional ? { userId: p.userId } : {}) }))),
    plannedBy: { name: row.plannedByName, ...(row.plannedByOrganisation ? { organisation: row.plannedByOrganisation } : {}) },
    cancelled: row.cancelledAt !== null,
    sequence: row.sequence,
    verplaatsverzoeken: shown.map((v) => verzoekView(scope, v)),
    mayAskToMove: !scope.isProfessional && self !== null && row.cancelledAt === null && !open && scope.may('verzoek-doen', guardedOf(scope, row)),
  };
}

function verzoekView(scope: FamilyScope, v: VerzoekRow): VerplaatsverzoekView {
  return {
    id: v.id,
    reason: v.reason,
    askedAt: v.createdAt.toISOString(),
    askedBy: { memberId: v.memberId, firstName: scope.memberName(v.memberId) ?? '' },
    ...(v.answerKind && v.answeredAt
      ? {
          answer: {
            kind: v.answerKind,
            message: v.answerMessage ?? '',
            ...(v.answerStartsAt ? { start: v.answerStartsAt.toISOString() } : {}),
            ...(v.answerEndsAt ? { end: v.answerEndsAt.toISOString() } : {}),
            answeredAt: v.answeredAt.toISOString(),
            answeredBy: v.answeredByName ?? '',
          },
        }
      : {}),
  };
}

function subjectsOf(rows: readonly AfspraakRow[]): string[] {
  return [...new Set(rows.flatMap((r) => r.memberIds))];
}

const afspraakSelect = `select a.id, a.title, a.starts_at as "startsAt", a.ends_at as "endsAt", a.place_kind as "placeKind", a.place_value as "placeValue", a.note,
            a.member_ids as "memberIds", a.professional_user_ids as "professionalUserIds", a.place_hidden_from as "placeHiddenFrom",
            u.display_name as "plannedByName", u.organisation as "plannedByOrganisation", a.sequence, a.cancelled_at as "cancelledAt"
       from afspraken a join users u on u.id = a.planned_by_user_id
      where a.family_id = $1`;

const afsprakenPart = familyPart<AfspraakRow>('afspraken', `${afspraakSelect} order by a.starts_at, a.id`, { startsAt: true, endsAt: true, cancelledAt: true });

async function afspraakRows(scope: FamilyScope, id?: string): Promise<readonly AfspraakRow[]> {
  if (id) return scope.db.query<AfspraakRow>(`${afspraakSelect} and a.id = $2`, [scope.familyId, id]);
  return scope.familyRows(afsprakenPart);
}

const verzoekenPart = familyPart<VerzoekRow>(
  'verplaatsverzoeken',
  `select v.id, v.afspraak_id as "afspraakId", v.member_id as "memberId", v.reason, v.created_at as "createdAt", v.answer_kind as "answerKind",
          v.answer_message as "answerMessage", v.answer_starts_at as "answerStartsAt", v.answer_ends_at as "answerEndsAt",
          u.display_name as "answeredByName", v.answered_at as "answeredAt"
     from afspraak_verplaatsverzoeken v left join users u on u.id = v.answered_by_user_id
    where v.family_id = $1 order by v.created_at, v.id`,
  { createdAt: true, answerStartsAt: true, answerEndsAt: true, answeredAt: true },
);

function verzoekRows(scope: FamilyScope): Promise<readonly VerzoekRow[]> {
  return scope.familyRows(verzoekenPart);
}
