/**
 * Sync of a member's filtered view to their device (issue: offline PWA). The server sends the
 * whole view whenever anything changed since the client's cursor (a family is small), so what a
 * member may no longer see simply is not there; `tombstones` also name it, so a client that keeps
 * records can delete exactly those.
 */

export type SyncRecordKind =
  | 'gezin'
  | 'plan'
  | 'reactie'
  | 'instemming'
  | 'toestemming'
  | 'correctieverzoek'
  | 'eigen-verklaring'
  | 'document'
  | 'contactwijziging'
  | 'afspraak'
  /** The page "Hoe gaat het nu?": one per family. */
  | 'scores'
  /** One thread with the professionals (contact), with its answers. */
  | 'contactbericht'
  /** What the contact page needs besides the threads (may she start one): one per family. */
  | 'contact';

export interface SyncRecord {
  kind: SyncRecordKind;
  id: string;
  /** The object exactly as the matching API route returns it to this member. */
  data: unknown;
}

export interface SyncResponse {
  familyId: string;
  /** The family's change number this answer reflects; send it back as `since` next time. */
  cursor: number;
  /** The server's Dutch calendar day: ages (12, 16) change on it without any change number. */
  day: string;
  /** True when nothing changed since `since` on the same day: keep what you have. */
  unchanged: boolean;
  /** When not unchanged: the complete view. Replace every local record of this family with it. */
  records: SyncRecord[];
  /** Objects that changed since `since` and are not (or no longer) in the view: delete them. */
  tombstones: { kind: SyncRecordKind | 'onbekend'; id: string }[];
}
