import type { MyDataExport, SyncRecord, SyncResponse } from '@onsplan/shared';
import { AppError } from '../http/problems.ts';
import type { ScopedRepository } from './scoped-repository.ts';

/**
 * One person's whole view of a family, built only from the same repository methods the screens
 * use, so the export and the offline copy hold exactly what the portal shows (REQUIREMENTS A7, F1).
 */
export async function myData(repo: ScopedRepository, familyId: string, now: Date, { accessLog: withLog = true } = {}): Promise<MyDataExport> {
  const family = await repo.family(familyId);
  const [plan, comments, instemming, toestemming, correctieverzoeken, eigenVerklaringen, documents, contactChanges, agenda, scores, contact, accessLog] = await Promise.all([
    optional(() => repo.currentPlan(familyId)),
    optional(() => repo.comments.list(familyId)),
    optional(() => repo.instemming.overview(familyId)),
    optional(() => repo.toestemming.overview(familyId)),
    optional(() => repo.corrections.list(familyId)),
    optional(() => repo.corrections.eigenVerklaringen(familyId)),
    optional(() => repo.documents.list(familyId)),
    optional(() => repo.contactChanges.list(familyId)),
    optional(() => repo.agenda.overview(familyId)),
    optional(() => repo.scores.page(familyId)),
    optional(() => repo.contactMessages.list(familyId)),
    withLog ? optional(() => wholeAccessLog(repo, familyId)) : null,
  ]);
  return { exportedAt: now.toISOString(), familyId, family, plan, comments, instemming, toestemming, correctieverzoeken, eigenVerklaringen, documents, contactChanges, agenda, scores, contact, accessLog };
}

const accessLogExportLimit = 1000;

async function wholeAccessLog(repo: ScopedRepository, familyId: string) {
  const entries = [];
  let before: string | undefined;
  do {
    const page = await repo.accessLog.entriesForExport(familyId, { ...(before ? { before } : {}), limit: 100 });
    entries.push(...page.entries);
    before = page.nextCursor ?? undefined;
  } while (before && entries.length < accessLogExportLimit);
  return entries.slice(0, accessLogExportLimit);
}

/** A part this person has no view of (403) is left out; anything else is a real failure. */
async function optional<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError && (error.code === 'niet-toegestaan' || error.code === 'niet-gevonden')) return null;
    throw error;
  }
}

/** The view as records for a device: one per object, with the ids the change log uses. */
export function syncRecords(data: MyDataExport): SyncRecord[] {
  const records: SyncRecord[] = [{ kind: 'gezin', id: data.familyId, data: data.family }];
  if (data.plan) records.push({ kind: 'plan', id: data.plan.version.id, data: data.plan });
  for (const c of data.comments?.comments ?? []) records.push({ kind: 'reactie', id: c.id, data: c });
  if (data.instemming) records.push({ kind: 'instemming', id: data.familyId, data: data.instemming });
  if (data.toestemming) records.push({ kind: 'toestemming', id: data.familyId, data: data.toestemming });
  for (const r of data.correctieverzoeken?.correctieverzoeken ?? []) records.push({ kind: 'correctieverzoek', id: r.id, data: r });
  for (const v of data.eigenVerklaringen?.eigenVerklaringen ?? []) records.push({ kind: 'eigen-verklaring', id: v.id, data: v });
  for (const d of data.documents?.documents ?? []) records.push({ kind: 'document', id: d.id, data: d });
  for (const c of data.contactChanges?.changes ?? []) records.push({ kind: 'contactwijziging', id: c.id, data: c });
  for (const a of data.agenda?.afspraken ?? []) records.push({ kind: 'afspraak', id: a.id, data: a });
  if (data.scores) records.push({ kind: 'scores', id: data.familyId, data: data.scores });
  if (data.contact) {
    // The device has no say in what was read: marking read needs the server, as for comments.
    records.push({ kind: 'contact', id: data.familyId, data: { mayStart: data.contact.mayStart, seenUntil: null } });
    for (const thread of data.contact.threads) records.push({ kind: 'contactbericht', id: thread.id, data: thread });
  }
  return records;
}

const kindOfTable: Record<string, SyncRecord['kind']> = {
  comments: 'reactie',
  instemmingen: 'instemming',
  instemming_reminders: 'instemming',
  toestemmingen: 'toestemming',
  correctieverzoeken: 'correctieverzoek',
  eigen_verklaringen: 'eigen-verklaring',
  documents: 'document',
  contact_changes: 'contactwijziging',
  afspraken: 'afspraak',
  contact_messages: 'contactbericht',
  plan_versions: 'plan',
};

/** What changed since `since` and is not in the view now: the device deletes it. */
export function tombstonesOf(changes: readonly { objectKind: string; objectId: string }[], records: readonly SyncRecord[]): SyncResponse['tombstones'] {
  const present = new Set(records.map((r) => r.id));
  const seen = new Set<string>();
  const tombstones: SyncResponse['tombstones'] = [];
  for (const change of changes) {
    if (present.has(change.objectId) || seen.has(change.objectId)) continue;
    seen.add(change.objectId);
    tombstones.push({ kind: kindOfTable[change.objectKind] ?? 'onbekend', id: change.objectId });
  }
  return tombstones;
}
