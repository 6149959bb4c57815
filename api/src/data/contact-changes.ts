import { randomUUID } from 'node:crypto';
import {
  checkContactInput,
  type AcceptContactChange,
  type ContactChangeList,
  type ContactChangeStatus,
  type ContactChangeView,
  type ContactField,
  type DeclineContactChange,
  type NewContactChange,
} from '@onsplan/shared';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import { subjectsOf, type FamilyScope } from './family-scope.ts';
import type { FieldRow } from './family-store.ts';
import { insertOnce } from './idempotent.ts';
import { envelopeColumnList, envelopeParams, envelopePlaceholders, envelopeSelect, type EnvelopeRow } from './rows.ts';
import type { EnterFamily } from './scoped-repository.ts';
import { helperNameFor, onBehalfOfNameFor } from './namens-names.ts';
import { familyPart } from './family-parts.ts';

interface ChangeRow extends EnvelopeRow {
  id: string;
  memberId: string;
  field: ContactField;
  value: string;
  status: ContactChangeStatus;
  proposedByUserId: string;
  proposedByKind: 'member' | 'helper';
  proposedByName: string;
  onBehalfOfMemberId: string | null;
  decidedAt: Date | null;
  decidedByName: string | null;
  decidedByJobTitle: string | null;
  reason: string | null;
  createdAt: Date;
}

const changeSelect = `
  select c.id, c.member_id as "memberId", c.field, c.value, c.status, c.proposed_by_user_id as "proposedByUserId",
         pu.kind as "proposedByKind", pu.display_name as "proposedByName", c.on_behalf_of_member_id as "onBehalfOfMemberId",
         c.decided_at as "decidedAt", du.display_name as "decidedByName", du.job_title as "decidedByJobTitle",
         c.decision_reason as reason, c.created_at as "createdAt", ${envelopeSelect('c')}
    from contact_changes c join users pu on pu.id = c.proposed_by_user_id left join users du on du.id = c.decided_by_user_id`;
const contactChangesPart = familyPart<ChangeRow>('contactwijzigingen', `${changeSelect} where c.family_id = $1 order by c.created_at desc, c.id`, { decidedAt: true, createdAt: true });

/**
 * "Contactgegevens wijzigen": a member proposes a new address, phone number or e-mail address for
 * themself; the professionals of the family accept or decline it. Only a professional decides who
 * may see the new value, and never wider than the old one: shields of the old value always carry
 * over, so an afgeschermd address stays afgeschermd (DOMAIN rule 3, REQUIREMENTS A6).
 */
export class ContactChangesRepository {
  readonly #enter: EnterFamily;

  constructor(enter: EnterFamily) {
    this.#enter = enter;
  }

  async list(familyId: string, status?: ContactChangeStatus): Promise<ContactChangeList> {
    const scope = await this.#enter(familyId);
    const all = await scope.familyRows(contactChangesPart);
    const visible = scope.visible('member-field', status ? all.filter((c) => c.status === status) : all);
    await scope.record('lezen', 'contactwijzigingen', visible.map((c) => c.id), subjectsOf(visible));
    // Asked without a refusal in the log: the screen only leaves out what the server would refuse.
    return { changes: visible.map((c) => changeView(scope, c)), mayShield: scope.may('afschermen') };
  }

  async propose(familyId: string, input: NewContactChange): Promise<{ change: ContactChangeView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const actor = scope.memberActor('contact-doorgeven');
    const { clientId, ...details } = input;
    const check = checkContactInput(details);
    if (!check.ok) throw new AppError('ongeldige-invoer', { fields: check.fields });
    const memberId = actor.memberId;
    const current = currentField(scope, memberId, input.field);
    const envelope: EnvelopeRow = {
      // Only the member (as author) and the professionals, not even parents with gezag of a youth:
      // a child's new address may be the one a parent must not learn.
      audience: 'professionals',
      audienceMembers: [memberId],
      subjects: [memberId],
      authorMemberId: memberId,
      shieldedFrom: current?.shieldedFrom ?? [],
      sharedAcrossContactverbod: false,
      generalInfo: false,
      fieldShields: {},
    };
    const now = scope.now.toISOString();
    const { id, created } = await scope.write(async (tx) => {
      const stored = await insertOnce(
        tx,
        { table: 'contact_changes', familyId: scope.familyId },
        clientId,
        actor.userId,
        `insert into contact_changes (id, family_id, member_id, field, value, proposed_by_user_id, on_behalf_of_member_id, created_at, client_id, ${envelopeColumnList})
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${envelopePlaceholders(10)}) on conflict (client_id, family_id) do nothing returning id`,
        [randomUUID(), scope.familyId, memberId, input.field, check.value, actor.userId, actor.onBehalfOfMemberId, now, clientId, ...envelopeParams(envelope)],
        'proposed_by_user_id',
      );
      if (stored.created) {
        // The newest proposal counts: an older open one for the same field can no longer be accepted.
        await tx.query(
          `update contact_changes set status = 'vervangen', decided_at = $5
            where family_id = $1 and member_id = $2 and field = $3 and status = 'voorgesteld' and id <> $4`,
          [scope.familyId, memberId, input.field, stored.id, now],
        );
      }
      return stored;
    });
    if (created) await scope.record('aanmaken', 'contactwijziging', [id], [memberId]);
    return { change: await this.#view(familyId, id), created };
  }

  async accept(familyId: string, changeId: string, input: AcceptContactChange): Promise<ContactChangeView> {
    const scope = await this.#enter(familyId);
    const actor = scope.authorize('beslissen');
    const requested = [...new Set(input.shieldedFrom ?? [])];
    const reasonText = input.reasonText?.trim() || null;
    const outcome = await scope.write(async (tx) => {
      const change = await lockedChange(tx, scope, changeId);
      const invalid = requested.some((id) => id === change.memberId || !scope.snapshot.members.some((m) => m.id === id));
      if (invalid) throw new AppError('ongeldige-invoer', { fields: ['shieldedFrom'] });
      if (change.status === 'geaccepteerd' && requested.every((id) => change.shieldedFrom.includes(id))) return undefined;
      if (change.status !== 'voorgesteld') throw new AppError('al-besloten');
      const [current] = await tx.query<FieldRow & { updatedAt: Date }>(
        `select f.id, f.member_id as "memberId", f.field, f.value, f.updated_at as "updatedAt", ${envelopeSelect('f')}
           from member_fields f where f.family_id = $1 and f.member_id = $2 and f.field = $3
          order by f.updated_at desc limit 1 for update`,
        [scope.familyId, change.memberId, change.field],
      );
      // Hiding the new value from someone who could see the old one is a shield of its own: the
      // regisseur's decision (acting rules), with a reason chosen on purpose, as on every other path.
      const kept = new Set([...(current?.shieldedFrom ?? []), ...change.shieldedFrom]);
      const newShields = requested.filter((id) => !kept.has(id));
      if (newShields.length) {
        scope.authorize('afschermen');
        if (!input.reason) throw new AppError('uitleg-nodig', { fields: ['reason'] });
        if (input.reason === 'anders' && !reasonText) throw new AppError('uitleg-nodig', { fields: ['reasonText'] });
      }
      const envelope = acceptedEnvelope(current, change, requested);
      const now = scope.now.toISOString();
      let fieldId: string;
      if (current) {
        fieldId = current.id;
        await tx.query(
          `insert into member_field_history (id, family_id, field_id, member_id, field, value, valid_from, valid_until, replaced_by_change_id, ${envelopeColumnList})
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${envelopePlaceholders(10)})`,
          [randomUUID(), scope.familyId, current.id, current.memberId, current.field, current.value, current.updatedAt.toISOString(), now, change.id, ...envelopeParams(current)],
        );
        await tx.query(
          `update member_fields set value = $2, updated_at = $3, ${envelopeAssignments(4)} where id = $1`,
          [current.id, change.value, now, ...envelopeParams(envelope)],
        );
        if (newShields.length) {
          await tx.query(`update member_fields set shield_reason = $2, shield_reason_text = $3 where id = $1`, [current.id, input.reason, input.reason === 'anders' ? reasonText : null]);
        }
      } else {
        fieldId = randomUUID();
        await tx.query(
          `insert into member_fields (id, family_id, member_id, field, value, updated_at, shield_reason, shield_reason_text, ${envelopeColumnList})
           values ($1, $2, $3, $4, $5, $6, $7, $8, ${envelopePlaceholders(9)})`,
          [fieldId, scope.familyId, change.memberId, change.field, change.value, now, newShields.length ? input.reason : null, newShields.length && input.reason === 'anders' ? reasonText : null, ...envelopeParams(envelope)],
        );
      }
      // The proposal is never seen more widely than the value it became.
      await tx.query(
        `update contact_changes set status = 'geaccepteerd', decided_by_user_id = $2, decided_at = $3, field_id = $4, shielded_from = $5 where id = $1`,
        [change.id, actor.userId, now, fieldId, envelope.shieldedFrom],
      );
      return { fieldId, memberId: change.memberId, newShields };
    });
    // Who decided that these members may not see it: the owner and everyone it is now hidden from.
    if (outcome) {
      await scope.record('wijzigen', 'contactgegevens', [changeId, outcome.fieldId], [outcome.memberId, ...outcome.newShields]);
      scope.tellMembers([outcome.memberId]);
    }
    return this.#view(familyId, changeId);
  }

  async decline(familyId: string, changeId: string, input: DeclineContactChange): Promise<ContactChangeView> {
    const scope = await this.#enter(familyId);
    const actor = scope.authorize('beslissen');
    const reason = input.reason?.trim() || null;
    const memberId = await scope.write(async (tx) => {
      const change = await lockedChange(tx, scope, changeId);
      if (change.status === 'afgewezen') return undefined;
      if (change.status !== 'voorgesteld') throw new AppError('al-besloten');
      await tx.query(
        `update contact_changes set status = 'afgewezen', decided_by_user_id = $2, decided_at = $3, decision_reason = $4 where id = $1`,
        [change.id, actor.userId, scope.now.toISOString(), reason],
      );
      return change.memberId;
    });
    if (memberId) {
      await scope.record('wijzigen', 'contactwijziging', [changeId], [memberId]);
      scope.tellMembers([memberId]);
    }
    return this.#view(familyId, changeId);
  }

  /** One proposal as this viewer may see it, after a write (so through a fresh snapshot). */
  async #view(familyId: string, changeId: string): Promise<ContactChangeView> {
    const scope = await this.#enter(familyId);
    const [row] = await scope.db.query<ChangeRow>(`${changeSelect} where c.family_id = $1 and c.id = $2`, [familyId, changeId]);
    if (!row || !scope.sees('member-field', row.id, row).visible) throw new AppError('niet-gevonden');
    return changeView(scope, row);
  }
}

function currentField(scope: FamilyScope, memberId: string, field: ContactField): FieldRow | undefined {
  return scope.snapshot.fields.findLast((f) => f.memberId === memberId && f.field === field);
}

/** The proposal to decide on, locked for this transaction; unknown and hidden are the same 404. */
async function lockedChange(tx: Db, scope: FamilyScope, changeId: string): Promise<ChangeRow> {
  const [change] = await tx.query<ChangeRow>(
    `select c.id, c.member_id as "memberId", c.field, c.value, c.status, ${envelopeSelect('c')}
       from contact_changes c where c.family_id = $1 and c.id = $2 for update`,
    [scope.familyId, changeId],
  );
  if (!change || !scope.sees('member-field', change.id, change).visible) throw new AppError('niet-gevonden');
  return change;
}

/**
 * Who may see an accepted value: what the old value had, never wider. Every shield stays (of the
 * old value, of the proposal, and the new ones the professional sets); a contactverbod share is not
 * carried over. A first value is seen only by the member and the professionals until a
 * professional decides otherwise.
 */
export function acceptedEnvelope(current: EnvelopeRow | undefined, change: Pick<ChangeRow, 'memberId' | 'shieldedFrom'>, shieldedFrom: readonly string[]): EnvelopeRow {
  const base: EnvelopeRow = current ?? {
    audience: 'professionals',
    audienceMembers: [change.memberId],
    subjects: [change.memberId],
    authorMemberId: change.memberId,
    shieldedFrom: [],
    sharedAcrossContactverbod: false,
    generalInfo: false,
    fieldShields: {},
  };
  return {
    ...base,
    subjects: union(base.subjects, [change.memberId]),
    shieldedFrom: union(base.shieldedFrom, change.shieldedFrom, shieldedFrom),
    sharedAcrossContactverbod: false,
  };
}

function union(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** `audience = $from, …`: the envelope columns as update assignments, in the order of `envelopeParams`. */
function envelopeAssignments(from: number): string {
  return envelopeColumnList
    .split(', ')
    .map((column, i) => `${column} = $${from + i}`)
    .join(', ');
}

function changeView(scope: FamilyScope, c: ChangeRow): ContactChangeView {
  const view: ContactChangeView = {
    id: c.id,
    memberId: c.memberId,
    field: c.field,
    value: c.value,
    status: c.status,
    proposedAt: c.createdAt.toISOString(),
    proposedBy: proposedByView(scope, c),
    shielded: c.shieldedFrom.length > 0,
  };
  const memberName = scope.memberName(c.memberId);
  if (memberName) view.memberName = memberName;
  if (c.status === 'voorgesteld') {
    const current = currentField(scope, c.memberId, c.field);
    if (current && scope.sees('member-field', current.id, current).visible) view.currentValue = current.value;
  }
  if (c.decidedAt && c.decidedByName) {
    view.decision = {
      at: c.decidedAt.toISOString(),
      by: { name: c.decidedByName, ...(c.decidedByJobTitle ? { jobTitle: c.decidedByJobTitle } : {}) },
      ...(c.reason ? { reason: c.reason } : {}),
    };
  }
  if (scope.isProfessional) {
    view.shieldedFrom = c.shieldedFrom.flatMap((id) => {
      const member = scope.snapshot.members.find((m) => m.id === id);
      return member ? [{ memberId: id, firstName: member.firstName }] : [];
    });
  }
  return view;
}

function proposedByView(scope: FamilyScope, c: ChangeRow): ContactChangeView['proposedBy'] {
  const isMe = c.proposedByUserId === scope.viewUserId;
  if (c.proposedByKind === 'helper') {
    const onBehalfOf = onBehalfOfNameFor(scope, c.onBehalfOfMemberId);
    return { kind: 'helper', isMe, name: helperNameFor(scope, c.proposedByName), ...(onBehalfOf ? { onBehalfOf } : {}) };
  }
  const name = scope.memberName(c.memberId);
  return { kind: 'member', isMe, ...(name ? { name } : {}) };
}
