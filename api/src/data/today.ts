import type { TodayView } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import type { Principal } from './principals.ts';
import type { ScopedRepository } from './scoped-repository.ts';

/**
 * "Vandaag" for a professional: counts and lists over her families, each read through the same
 * repositories (and so the same FamilyScope, lens and access log) as the screen the number leads to.
 */
export async function todayFor(repo: ScopedRepository, principal: Principal): Promise<TodayView> {
  if (principal.kind !== 'professional') throw new AppError('niet-toegestaan');
  const inbox = await repo.corrections.inbox();
  const corrections = inbox.correctieverzoeken.map((r) => ({
    id: r.id,
    familyId: r.familyId,
    familyName: r.familyName,
    ...(r.requester.name ? { requesterName: r.requester.name } : {}),
    dueOn: r.deadline.dueOn,
    overdue: r.deadline.overdue,
    warning: r.deadline.warning,
  }));
  const families: TodayView['families'] = [];
  for (const family of await repo.myFamilies()) {
    const [changes, instemming, accounts] = await Promise.all([
      repo.contactChanges.list(family.id, 'voorgesteld'),
      // A family without a published plan has no instemming yet.
      repo.instemming.overview(family.id).catch(() => undefined),
      repo.memberAccounts.list(family.id),
    ]);
    const asked = instemming?.members?.filter((m) => m.status !== 'niet-nodig') ?? [];
    families.push({
      id: family.id,
      name: family.name,
      contactChanges: changes.changes.length,
      instemming: instemming ? { answered: asked.filter((m) => m.status === 'beantwoord').length, total: asked.length } : null,
      openCodes: accounts.accounts.filter((a) => a.openCode !== null).length,
    });
  }
  return { corrections, families };
}
