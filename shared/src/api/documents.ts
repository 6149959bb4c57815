/** Wire types for documents (photos and files) shared in a family. */
import type { ReadersView } from './readers.ts';
import type { CommentAuthorView } from './comments.ts';

/** The file types Ons Plan accepts; the server decides the type from the content, never from the name. */
export type DocumentContentType = 'image/jpeg' | 'image/png' | 'application/pdf';

/**
 * Who may see a new document, as the uploader chooses it.
 * "professionals": only the professionals of the family (the default);
 * "leden": these family members (and the professionals);
 * "organisatie": one organisation, under a toestemming that is active now.
 */
export type DocumentAudience =
  | { kind: 'professionals' }
  | { kind: 'leden'; memberIds: string[] }
  | { kind: 'organisatie'; toestemmingId: string };

/** Who a document is shared with, as this viewer may know it. */
export type DocumentSharingView =
  | { kind: 'professionals' }
  | { kind: 'leden'; members: { id: string; name: string }[] }
  | { kind: 'organisatie'; organisation: string };

export interface DocumentView {
  id: string;
  /** The name to show; cleaned, never a path. */
  name: string;
  contentType: DocumentContentType;
  sizeBytes: number;
  /** SHA-256 of the stored bytes, hex. */
  sha256: string;
  createdAt: string;
  uploadedBy: CommentAuthorView;
  sharedWith: DocumentSharingView;
  readers: ReadersView;
  /**
   * Whether this viewer may remove it: a member her own uploads (also those her helper made for
   * her), a helper what she uploaded herself, a professional her own. Decided by the server.
   */
  mayRemove: boolean;
}

/**
 * The room a member has for files: her share of the family's storage. `leftBytes` is what she can
 * still upload, the smaller of what is left of her share and of the family's storage.
 */
export interface DocumentRoom {
  usedBytes: number;
  limitBytes: number;
  leftBytes: number;
}

export interface DocumentList {
  documents: DocumentView[];
  /** For a member (or a helper acting for one); professionals have no share of their own. */
  room?: DocumentRoom;
}

/**
 * Request headers of an upload (`PUT /api/v1/gezinnen/:familyId/uploads/:clientId` with the raw bytes as
 * `application/octet-stream`, so a phone can show upload progress and retry the same id safely).
 */
export const documentUploadHeaders = {
  /** The file name, percent-encoded UTF-8 (encodeURIComponent). */
  name: 'x-document-name',
  /** `professionals`, `leden:<memberId>,<memberId>` or `organisatie:<toestemmingId>`. */
  audience: 'x-document-audience',
} as const;

/** The audience header value for an audience. */
export function documentAudienceHeader(audience: DocumentAudience): string {
  switch (audience.kind) {
    case 'professionals':
      return 'professionals';
    case 'leden':
      return `leden:${audience.memberIds.join(',')}`;
    case 'organisatie':
      return `organisatie:${audience.toestemmingId}`;
  }
}

const uuid = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** At most this many members can be named on one document. */
export const maxDocumentMembers = 20;

/** The pattern of the audience header; the API's request schema uses it too. */
export const documentAudiencePattern = `^(professionals|leden:${uuid}(,${uuid}){0,${maxDocumentMembers - 1}}|organisatie:${uuid})$`;

/** Reads the audience header; undefined when it does not follow `documentAudiencePattern`. */
export function parseDocumentAudienceHeader(value: string | undefined): DocumentAudience | undefined {
  if (value === undefined) return { kind: 'professionals' };
  if (!new RegExp(documentAudiencePattern).test(value)) return undefined;
  const [kind, rest = ''] = value.split(':', 2) as [string, string?];
  if (kind === 'leden') return { kind: 'leden', memberIds: rest.split(',').map((id) => id.toLowerCase()) };
  if (kind === 'organisatie') return { kind: 'organisatie', toestemmingId: rest.toLowerCase() };
  return { kind: 'professionals' };
}
