import { dutchDay, instemmingProgress, type TodayView } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import { activeAssignments, professionalAccount, type Principal } from './principals.ts';
import type { ScopedRepository } from './scoped-repository.ts';
import { newMemberDocuments, unansweredThreads } from './today-lists.ts';

/**
 * "Vandaag" for a professional: counts and lists over her families, each read through the same
 * repositories (and so the same FamilyScope, lens and access log) as the screen the number leads to.
 */
export async function todayFor(repo: ScopedRepository, principal: Principal): Promise<TodayView> {
  professionalAccount(principal);
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
  const unansweredComments: TodayView['unansweredComments'] = [];
  const newDocuments: TodayView['newDocuments'] = [];
  // Her work only: a family she also belongs to as a member or helper is not on her desk.
  const now = repo.requestTime;
  const assigned = new Set(activeAssignments(principal, { day: dutchDay(now), instant: now.toISOString() }));
  for (const family of (await repo.myFamilies()).filter((f) => assigned.has(f.id))) {
    const [changes, instemming, accounts, comments, documents, consentRequests, agenda] = await Promise.all([
      repo.contactChanges.list(family.id, 'voorgesteld'),
      // A family without a published plan has no instemming yet; any other problem is not hidden.
      repo.instemming.overview(family.id).catch((e: unknown) => (e instanceof AppError && e.code === 'niet-gevonden' ? undefined : Promise.reject(e))),
      repo.memberAccounts.list(family.id),
      repo.comments.list(family.id),
      repo.documents.list(family.id),
      repo.toestemmingsverzoeken.overview(family.id),
      repo.agenda.overview(family.id),
    ]);
    const waiting = unansweredThreads(comments.comments);
    const fresh = newMemberDocuments(documents.documents, repo.requestTime);
    for (const { root, last } of waiting) {
      unansweredComments.push({ id: root.id, familyId: family.id, familyName: family.name, ...(last.author.name ? { authorName: last.author.name } : {}), lastAt: last.createdAt, body: last.body });
    }
    for (const d of fresh) {
      newDocuments.push({ id: d.id, familyId: family.id, familyName: family.name, name: d.name, ...(d.uploadedBy.name ? { uploaderName: d.uploadedBy.name } : {}), createdAt: d.createdAt });
    }
    families.push({
      id: family.id,
      name: family.name,
      contactChanges: changes.changes.length,
      instemming: instemming ? instemmingProgress(instemming.members ?? []) : null,
      openCodes: accounts.accounts.filter((a) => a.openCode !== null).length,
      openConsentRequests: consentRequests.work.filter((r) => r.status === 'open').length,
      openMoveRequests: agenda.afspraken.filter((a) => !a.cancelled).flatMap((a) => a.verplaatsverzoeken).filter((v) => !v.answer).length,
      unansweredComments: waiting.length,
      newDocuments: fresh.length,
    });
  }
  unansweredComments.sort((a, b) => a.lastAt.localeCompare(b.lastAt));
  newDocuments.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { corrections, unansweredComments, newDocuments, families };
}
