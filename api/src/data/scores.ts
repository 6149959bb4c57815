import { randomUUID } from 'node:crypto';
import { decide, scoreEnvelope, scoreGuarded, type Guarded, type NewScore, type ScoreDoel, type ScoreReaders, type ScoresPage, type ScoreView } from '@onsplan/shared';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import type { FamilyScope } from './family-scope.ts';
import type { ItemRow } from './family-store.ts';
import { insertOnce } from './idempotent.ts';
import { itemView } from './plan-reads.ts';
import { readersOf } from './readers.ts';
import { envelopeColumnList, envelopeParams, envelopePlaceholders, envelopeSelect, guardedOfRow, type EnvelopeRow } from './rows.ts';
import type { EnterFamily } from './scoped-repository.ts';
import { bannedOf, planGuarded } from './written-objects.ts';
import { familyPart } from './family-parts.ts';

/**
 * "Hoe gaat het nu?" (issue 13, point 2): a member scores a doel of the plan 0–10 on the doel's own
 * scale. Each score is a guarded object of its own (shared/src/visibility/score.ts): the professionals
 * always read it, members only when the writer named them, and nobody reads it who does not read the
 * doel. Only the member herself scores (acting rule alleen-het-gezinslid-zelf): it is how she
 * feels, which a helper cannot say for her.
 */
export class ScoresRepository {
  readonly #enter: EnterFamily;

  constructor(enter: EnterFamily) {
    this.#enter = enter;
  }

  /** The doelen this viewer reads, each with the scores she may read, oldest first. */
  async page(familyId: string): Promise<ScoresPage> {
    const scope = await this.#enter(familyId);
    const doelen = visibleDoelen(scope);
    const rows = await scope.familyRows(scoresPart);
    const shown: ScoreRow[] = [];
    const page: ScoreDoel[] = doelen.map(({ row, hiddenFields, guarded }) => {
      const scores = rows.filter((s) => s.itemKey === row.itemKey && scope.decides(scoreOf(scope, s, guarded)).visible);
      shown.push(...scores);
      const view = itemView(row, hiddenFields);
      const choices = readerChoices(scope, guarded);
      return {
        itemKey: row.itemKey,
        what: view.what,
        ...(view.scaleLow ? { scaleLow: view.scaleLow } : {}),
        ...(view.scaleHigh ? { scaleHigh: view.scaleHigh } : {}),
        scores: scores.map((s) => scoreView(scope, s, guarded)),
        ...(choices ? { readerChoices: choices } : {}),
      };
    });
    await scope.record('lezen', 'scores', shown.map((s) => s.id), [...new Set(shown.map((s) => s.authorMemberId!))]);
    return { familyId, doelen: page };
  }

  /** A member scores a doel she reads; the same `clientId` again finds the first score (outbox replay). */
  async add(familyId: string, input: NewScore): Promise<{ score: ScoreView; created: boolean }> {
    const scope = await this.#enter(familyId);
    const plan = scope.snapshot.plan;
    const row = plan?.items.find((i) => i.itemKey === input.itemKey && i.kind === 'doel');
    const doel = row && doelGuarded(scope, row);
    if (!plan || !row || !doel || !scope.decides(doel.at(-1)!).visible) throw new AppError('niet-gevonden');
    // Only the member herself: the acting rules refuse a helper, a professional and a preview.
    const actor = scope.authorize('eigen-mening', doel.at(-1)!);
    if (!actor.memberId) throw new AppError('niet-toegestaan');
    const readers: ScoreReaders = input.readers?.kind === 'leden' ? { kind: 'leden', memberIds: [...new Set(input.readers.memberIds)] } : { kind: 'professionals' };
    const envelope = scoreEnvelope(actor.memberId, readers, bannedOf(scope));
    // Every member she named must be able to read it as stored: a banned contact, or someone who does not read the doel, is refused, not silently left out.
    const planned = scoreGuarded('nieuw', familyId, envelope, doel);
    if (readers.kind === 'leden' && readers.memberIds.some((id) => !scope.snapshot.members.some((m) => m.id === id) || !decide(scope.lensOfMember(id), planned).visible)) {
      throw new AppError('ontvanger-ziet-het-niet', { fields: ['readers'] });
    }
    const note = input.note?.trim() || null;
    const { id, created } = await scope.write((tx) =>
      insertOnce(
        tx,
        { table: 'scores', familyId: scope.familyId },
        input.clientId,
        actor.userId,
        `insert into scores (id, family_id, item_key, plan_version_id, author_user_id, value, note, client_id, created_at, ${envelopeColumnList})
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${envelopePlaceholders(10)}) on conflict (client_id, family_id) do nothing returning id`,
        [randomUUID(), familyId, row.itemKey, plan.version.id, actor.userId, input.value, note, input.clientId, scope.now.toISOString(), ...envelopeParams(envelope)],
        'author_user_id',
      ),
    );
    if (created) await scope.record('aanmaken', 'score', [id], [actor.memberId]);
    const [stored] = await scope.db.query<ScoreRow>(
      `select s.id, s.item_key as "itemKey", s.value, s.note, s.created_at as "createdAt", s.author_user_id as "authorUserId", ${envelopeSelect('s')} from scores s where s.id = $1`,
      [id],
    );
    const guarded = scoreOf(scope, stored!, doel);
    if (created) scope.announce(guarded);
    return { score: scoreView(scope, stored!, doel), created };
  }
}

/**
 * A score as a correctieverzoek names it (a member asks to remove her own score): its envelope, what
 * it hangs on, and a label for whoever reads the doel. Undefined when it is gone.
 */
export async function scoreTarget(scope: FamilyScope, id: string, db: Db): Promise<{ envelope: Guarded; dependsOn: Guarded[]; label: string } | undefined> {
  const [row] = await db.query<ScoreRow>(
    `select s.id, s.item_key as "itemKey", s.value, s.note, s.created_at as "createdAt", s.author_user_id as "authorUserId", ${envelopeSelect('s')}
       from scores s where s.family_id = $1 and s.id = $2`,
    [scope.familyId, id],
  );
  const doelRow = row && scope.snapshot.plan?.items.find((i) => i.itemKey === row.itemKey);
  if (!row) return undefined;
  // A score outlives its doel in a newer plan version: it then hangs on the plan alone.
  const dependsOn = doelRow ? doelGuarded(scope, doelRow) : [planGuarded(scope)];
  const what = doelRow ? itemView(doelRow, scope.decides(dependsOn.at(-1)!).hiddenFields).what : '';
  const guarded = scoreOf(scope, row, dependsOn);
  return { envelope: guarded, dependsOn, label: what ? `${what}: ${row.value}` : String(row.value) };
}

interface ScoreRow extends EnvelopeRow {
  id: string;
  itemKey: string;
  value: number;
  note: string | null;
  createdAt: Date;
  authorUserId: string;
}

const scoresPart = familyPart<ScoreRow>(
  'scores',
  `select s.id, s.item_key as "itemKey", s.value, s.note, s.created_at as "createdAt", s.author_user_id as "authorUserId", ${envelopeSelect('s')}
     from scores s where s.family_id = $1 order by s.created_at, s.id`,
  { createdAt: true },
);

/** The doel as a score hangs on it: the plan, and the item as it is in the current version. */
function doelGuarded(scope: FamilyScope, row: ItemRow): Guarded[] {
  return [planGuarded(scope), guardedOfRow('plan-item', row.id, scope.familyId, row)];
}

function visibleDoelen(scope: FamilyScope): { row: ItemRow; hiddenFields: readonly string[]; guarded: Guarded[] }[] {
  const items = scope.snapshot.plan?.items ?? [];
  const doelen: { row: ItemRow; hiddenFields: readonly string[]; guarded: Guarded[] }[] = [];
  for (const row of items) {
    if (row.kind !== 'doel') continue;
    const guarded = doelGuarded(scope, row);
    const decision = scope.decides(guarded[1]!);
    if (decision.visible && scope.decides(guarded[0]!).visible) doelen.push({ row, hiddenFields: decision.hiddenFields, guarded });
  }
  return doelen;
}

function scoreOf(scope: FamilyScope, s: ScoreRow, doel: readonly Guarded[]): Guarded {
  return scoreGuarded(s.id, scope.familyId, { ...s, audienceMembers: [...(s.audienceMembers ?? [])], subjects: [...(s.subjects ?? [])], shieldedFrom: [...(s.shieldedFrom ?? [])], fieldShields: {} }, doel);
}

/**
 * Whom the member may name as readers of a new score on this doel: each member with an account who
 * would read it, decided by that member's own lens. Absent when this viewer cannot score.
 */
function readerChoices(scope: FamilyScope, doel: readonly Guarded[]): { id: string; firstName: string }[] | undefined {
  const writer = scope.selfMemberId;
  if (!writer || !scope.may('eigen-mening', doel.at(-1)!)) return undefined;
  const choices: { id: string; firstName: string }[] = [];
  for (const m of scope.snapshot.members) {
    if (m.id === writer || !m.userId) continue;
    const planned = scoreGuarded('nieuw', scope.familyId, scoreEnvelope(writer, { kind: 'leden', memberIds: [m.id] }, bannedOf(scope)), doel);
    if (planned.audience === 'leden' && decide(scope.lensOfMember(m.id), planned).visible) choices.push({ id: m.id, firstName: m.firstName });
  }
  return choices;
}

function scoreView(scope: FamilyScope, s: ScoreRow, doel: readonly Guarded[]): ScoreView {
  const memberId = s.authorMemberId!;
  const name = scope.memberName(memberId);
  return {
    id: s.id,
    itemKey: s.itemKey,
    value: s.value,
    ...(s.note ? { note: s.note } : {}),
    createdAt: s.createdAt.toISOString(),
    ...(name ? { memberId, memberName: name } : {}),
    isMine: memberId === scope.selfMemberId,
    readers: readersOf(scope, scoreOf(scope, s, doel)),
  };
}
