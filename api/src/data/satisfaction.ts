import { randomUUID } from 'node:crypto';
import { aggregateSatisfaction, minimumAnswers, satisfactionPeriod, type Helps, type SatisfactionInput, type SatisfactionOverview, type SatisfactionStatus } from '@onsplan/shared';
import type { Db } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import type { FamilyScope } from './family-scope.ts';
import { professionalAccount } from './principals.ts';
import { planGuarded } from './written-objects.ts';
import { RequestRepository } from './repository-context.ts';

/**
 * "Wat vindt u ervan?" (issue 13, point 4). A member answers at most once a month, about the plan
 * she reads. After a version was discussed with her (she said whether she agrees with it) the
 * questions are offered for that version, once: her answer marks the version as answered. The answer is stored without any link to her or her family (organisation and month
 * only), and the limiter that says she answered holds nothing of what she said; the organisation
 * sees totals per month with at least five answers (shared/src/satisfaction).
 */
export class SatisfactionRepository extends RequestRepository {
  async status(familyId: string): Promise<SatisfactionStatus> {
    const scope = await this.enter(familyId);
    // Whether she answered is hers too: a helper, a professional or a preview gets 403, as for answering.
    const { memberId } = scope.authorize('eigen-mening');
    const answered = await answeredThisMonth(scope, memberId!);
    const mayAnswer = !answered && scope.decides(planGuarded(scope)).visible;
    const discussed = mayAnswer ? await discussedUnanswered(scope.db, familyId, memberId!) : undefined;
    return { mayAnswer, answeredThisMonth: answered, ...(discussed ? { discussedVersion: discussed.number } : {}) };
  }

  async answer(familyId: string, input: SatisfactionInput): Promise<SatisfactionStatus> {
    const scope = await this.enter(familyId);
    const plan = planGuarded(scope);
    if (!scope.snapshot.plan || !scope.decides(plan).visible) throw new AppError('niet-gevonden');
    const actor = scope.authorize('eigen-mening', plan);
    if (!actor.memberId) throw new AppError('niet-toegestaan');
    const period = satisfactionPeriod(scope.at.day);
    const better = input.better?.trim() || null;
    await scope.write(async (tx) => {
      const [limited] = await tx.query<{ memberId: string }>(
        `insert into satisfaction_given (family_id, member_id, period) values ($1, $2, $3) on conflict do nothing returning member_id as "memberId"`,
        [familyId, actor.memberId, period],
      );
      if (!limited) throw new AppError('al-gegeven-deze-maand');
      // The discussed version this answer is about, so it is never offered for that version again.
      const discussed = await discussedUnanswered(tx, familyId, actor.memberId!);
      if (discussed) await tx.query(`insert into satisfaction_given_versions (family_id, member_id, plan_version_id) values ($1, $2, $3) on conflict do nothing`, [familyId, actor.memberId, discussed.id]);
      const [regisseur] = await tx.query<{ organisation: string | null }>(
        `select u.organisation from professional_assignments a join users u on u.id = a.user_id
          where a.family_id = $1 and a.role = 'regisseur' and a.since <= $2 and (a.until is null or a.until > $2) order by a.since limit 1`,
        [familyId, scope.now.toISOString()],
      );
      await tx.query(`insert into satisfaction_answers (id, organisation, period, helps, better) values ($1, $2, $3, $4, $5)`, [
        randomUUID(),
        regisseur?.organisation ?? 'onbekend',
        period,
        input.helps,
        better,
      ]);
    });
    // The log says she gave her opinion, never which answer is hers.
    await scope.record('aanmaken', 'mening', [], [actor.memberId]);
    return { mayAnswer: false, answeredThisMonth: true };
  }

  /** The professional's own organisation, per month with enough answers. */
  async overview(): Promise<SatisfactionOverview> {
    const organisation = professionalAccount(this.principal).organisation;
    if (!organisation) return { organisation: '', minimumAnswers, periods: [] };
    const rows = await this.deps.db.query<{ period: string; helps: Helps; better: string | null }>(
      `select period, helps, better from satisfaction_answers where organisation = $1`,
      [organisation],
    );
    return { organisation, minimumAnswers, periods: aggregateSatisfaction(rows) };
  }
}

/**
 * The newest plan version that was discussed with her (her instemming on it, given or refused, by
 * herself or for her) and that she has not answered "Wat vindt u ervan?" about yet.
 */
async function discussedUnanswered(db: Db, familyId: string, memberId: string): Promise<{ id: string; number: number } | undefined> {
  const [newest] = await db.query<{ id: string; number: number; answered: boolean }>(
    `select v.id, v.number, exists (select 1 from satisfaction_given_versions g where g.member_id = $2 and g.plan_version_id = v.id) as answered
       from instemmingen i join plan_versions v on v.id = i.plan_version_id
      where i.family_id = $1 and i.member_id = $2 order by v.number desc limit 1`,
    [familyId, memberId],
  );
  return newest && !newest.answered ? { id: newest.id, number: newest.number } : undefined;
}

async function answeredThisMonth(scope: FamilyScope, memberId: string): Promise<boolean> {
  const rows = await scope.db.query(`select 1 from satisfaction_given where member_id = $1 and period = $2`, [memberId, satisfactionPeriod(scope.at.day)]);
  return rows.length > 0;
}
