import type { SyncRecord, SyncResponse } from '@onsplan/shared';
import type { Db } from '../db/database.ts';
import type { AccessEntry, AccessLog } from './access-log.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The tombstones among `candidates` that name something this person's device was once sent (only
 * an object once sent can be named to them as deleted), and notes that `sending` goes to it now:
 * one statement, one round trip. The lookup sees the table as it was before this sync noted
 * anything, as if it ran first. The table grows with the objects a person was ever sent, not with
 * each sync, and is read by its key.
 */
export async function deliver(
  db: Db,
  familyId: string,
  userId: string,
  candidates: SyncResponse['tombstones'],
  sending: readonly SyncRecord[],
): Promise<SyncResponse['tombstones']> {
  const ids = [...new Set(sending.map((r) => r.id).filter((id) => uuid.test(id)))];
  if (!candidates.length && !ids.length) return [];
  const lookup = 'select object_id::text as id from sync_deliveries where family_id = $1 and user_id = $2 and object_id = any($3::uuid[])';
  const rows = await db.query<{ id: string }>(
    ids.length
      ? `with noted as (insert into sync_deliveries (family_id, user_id, object_id) select $1, $2, o from unnest($4::uuid[]) o on conflict do nothing) ${lookup}`
      : lookup,
    ids.length ? [familyId, userId, candidates.map((c) => c.id), ids] : [familyId, userId, candidates.map((c) => c.id)],
  );
  const sent = new Set(rows.map((r) => r.id));
  return candidates.filter((c) => sent.has(c.id));
}

/**
 * An access log that keeps the entries instead of writing them: a sync reads through the same
 * repository methods as the screens, each of which logs its read, and writes one entry for all.
 */
export function collectingLog(): Pick<AccessLog, 'record' | 'recordLater'> & { entries: AccessEntry[] } {
  const entries: AccessEntry[] = [];
  return {
    entries,
    record: async (entry) => {
      entries.push(entry);
    },
    recordLater: (work, onError) => {
      work().then((entry) => entry && entries.push(entry), onError);
    },
  };
}

/** The ids and subjects of many entries, once each. */
export function unionOf(entries: readonly AccessEntry[]): { objectIds: string[]; subjectMemberIds: string[] } {
  return {
    objectIds: [...new Set(entries.flatMap((e) => e.objectIds))],
    subjectMemberIds: [...new Set(entries.flatMap((e) => e.subjectMemberIds))],
  };
}
