/** The upload headers of a document and how its audience travels in one of them. */

/**
 * Who may see a new document, as the uploader chooses it (it travels in a header, not
 * as JSON): "professionals", only the professionals of the family (the default); "leden",
 * these family members (and the professionals); "organisatie", one organisation, under a toestemming
 * that is active now.
 */
export type DocumentAudience = { kind: 'professionals' } | { kind: 'leden'; memberIds: string[] } | { kind: 'organisatie'; toestemmingId: string };

/**
 * Request headers of an upload (`PUT /api/families/:familyId/documents/:clientId` with the raw bytes as
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
