import { Type, type Static } from 'typebox';
import { Passed, StringEnum } from './schema-kit.ts';

/**
 * Sync of a member's filtered view to their device (issue: offline PWA). The server sends the
 * whole view whenever anything changed since the client's cursor (a family is small), so what a
 * member may no longer see simply is not there; `tombstones` also name it, so a client that keeps
 * records can delete exactly those.
 */

/**
 * 'scores': the page "Hoe gaat het nu?", one per family; 'contactbericht': one thread with the
 * professionals, with its answers; 'contact': what the contact page needs besides the threads (may
 * she start one), one per family.
 */
export const syncRecordKinds = [
  'gezin',
  'plan',
  'reactie',
  'instemming',
  'toestemming',
  'correctieverzoek',
  'eigen-verklaring',
  'document',
  'contactwijziging',
  'afspraak',
  'scores',
  'contactbericht',
  'contact',
] as const;
export type SyncRecordKind = (typeof syncRecordKinds)[number];

/** `data`: the object exactly as the matching API route returns it to this member. */
export const SyncRecordSchema = Type.Object({ kind: StringEnum(syncRecordKinds), id: Type.String(), data: Passed<unknown>() });
export type SyncRecord = Static<typeof SyncRecordSchema>;

/**
 * `cursor`: the family's change number this answer reflects; send it back as `since` next time.
 * `day`: the server's Dutch calendar day: ages (12, 16) change on it without any change number.
 * `unchanged`: nothing changed since `since` on the same day: keep what you have.
 * `records`: when not unchanged, the complete view; replace every local record of this family with it.
 * `tombstones`: objects that changed since `since` and are not (or no longer) in the view: delete them.
 */
export const SyncResponseSchema = Type.Object({
  familyId: Type.String(),
  cursor: Type.Integer(),
  day: Type.String(),
  unchanged: Type.Boolean(),
  records: Type.Array(SyncRecordSchema),
  tombstones: Type.Array(Type.Object({ kind: StringEnum([...syncRecordKinds, 'onbekend']), id: Type.String() })),
});
export type SyncResponse = Static<typeof SyncResponseSchema>;

export const SyncQuerySchema = Type.Object(
  { since: Type.Optional(Type.String({ pattern: '^\\d{1,15}$' })), day: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })) },
  { additionalProperties: false },
);
