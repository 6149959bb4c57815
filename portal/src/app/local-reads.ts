import type { SyncRecord, SyncRecordKind } from '@onsplan/shared';

/**
 * Which API reads the local copy can answer, and how: each answer is built from the records the
 * sync stored, in the exact shape the API route returns, so a screen cannot tell where it came from.
 */
export type LocalTarget =
  | { kind: 'account' }
  | { kind: 'families' }
  /** One record per family (the family itself, the current plan, the instemming and toestemming overviews). */
  | { kind: 'one'; familyId: string; record: SyncRecordKind }
  /** A list route: `{ [field]: records, ...extra, ...the data of the one record `extraRecord` }`. */
  | { kind: 'list'; familyId: string; record: SyncRecordKind; field: string; extra?: Record<string, unknown>; extraRecord?: SyncRecordKind };

const family = '([0-9a-zA-Z-]+)';
const routes: [RegExp, (familyId: string) => LocalTarget][] = [
  [new RegExp(`^/gezinnen/${family}$`), (familyId) => ({ kind: 'one', familyId, record: 'gezin' })],
  [new RegExp(`^/gezinnen/${family}/plan$`), (familyId) => ({ kind: 'one', familyId, record: 'plan' })],
  [new RegExp(`^/gezinnen/${family}/instemming$`), (familyId) => ({ kind: 'one', familyId, record: 'instemming' })],
  [new RegExp(`^/gezinnen/${family}/toestemmingen$`), (familyId) => ({ kind: 'one', familyId, record: 'toestemming' })],
  // Which comments are new is in each comment; "seen until" only matters for marking them read, which needs the server.
  [new RegExp(`^/gezinnen/${family}/reacties$`), (familyId) => ({ kind: 'list', familyId, record: 'reactie', field: 'comments', extra: { seenUntil: null } })],
  [new RegExp(`^/gezinnen/${family}/correctieverzoeken$`), (familyId) => ({ kind: 'list', familyId, record: 'correctieverzoek', field: 'correctieverzoeken' })],
  [new RegExp(`^/gezinnen/${family}/eigen-verklaringen$`), (familyId) => ({ kind: 'list', familyId, record: 'eigen-verklaring', field: 'eigenVerklaringen' })],
  [new RegExp(`^/gezinnen/${family}/documenten$`), (familyId) => ({ kind: 'list', familyId, record: 'document', field: 'documents' })],
  [new RegExp(`^/gezinnen/${family}/contactwijzigingen$`), (familyId) => ({ kind: 'list', familyId, record: 'contactwijziging', field: 'changes' })],
  [new RegExp(`^/gezinnen/${family}/afspraken$`), (familyId) => ({ kind: 'list', familyId, record: 'afspraak', field: 'afspraken' })],
  [new RegExp(`^/gezinnen/${family}/scores$`), (familyId) => ({ kind: 'one', familyId, record: 'scores' })],
  // Which messages are new is in each message; whether she may start a thread is in its own record.
  [new RegExp(`^/gezinnen/${family}/contact$`), (familyId) => ({ kind: 'list', familyId, record: 'contactbericht', field: 'threads', extraRecord: 'contact' })],
];

/** The local answer for an API path (relative to /api), or undefined when only the server can answer it. */
export function localTarget(path: string): LocalTarget | undefined {
  if (path === '/ik') return { kind: 'account' };
  if (path === '/gezinnen') return { kind: 'families' };
  for (const [pattern, target] of routes) {
    const match = pattern.exec(path);
    if (match) return target(match[1]!);
  }
  return undefined;
}

/** The answer from a synced family's records; undefined when the device does not have it. */
export function assemble(target: Extract<LocalTarget, { familyId: string }>, records: readonly SyncRecord[]): unknown {
  const own = records.filter((r) => r.kind === target.record);
  if (target.kind === 'one') return own[0]?.data;
  const extra = target.extraRecord ? (records.find((r) => r.kind === target.extraRecord)?.data as Record<string, unknown> | undefined) : undefined;
  return { [target.field]: own.map((r) => r.data), ...target.extra, ...extra };
}
