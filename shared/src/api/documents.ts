/** Wire shapes for documents (photos and files) shared in a family: one schema each, the types derived from it. */
import { Type, type Static } from 'typebox';
import { CommentAuthorViewSchema } from './comments.ts';
import { documentAudiencePattern, documentUploadHeaders } from './document-upload.ts';
import { ReadersSchema } from './readers.ts';
import { DateTime, Ref, StringEnum, Uuid } from './schema-kit.ts';

/** The file types Ons Plan accepts; the server decides the type from the content, never from the name. */
export const documentContentTypes = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type DocumentContentType = (typeof documentContentTypes)[number];

/** Who a document is shared with, as this viewer may know it. */
export const DocumentSharingViewSchema = Type.Union([
  Type.Object({ kind: Type.Literal('professionals') }),
  Type.Object({ kind: Type.Literal('leden'), members: Type.Array(Type.Object({ id: Uuid(), name: Type.String() })) }),
  Type.Object({ kind: Type.Literal('organisatie'), organisation: Type.String() }),
]);
export type DocumentSharingView = Static<typeof DocumentSharingViewSchema>;

/**
 * `name`: the name to show, cleaned, never a path. `sha256`: of the stored bytes, hex. `mayRemove`:
 * whether this viewer may remove it (a member her own uploads, also those her helper made for her; a
 * helper what she uploaded herself; a professional her own), decided by the server.
 */
export const DocumentViewSchema = Type.Object(
  {
    id: Uuid(),
    name: Type.String(),
    contentType: StringEnum(documentContentTypes),
    sizeBytes: Type.Integer(),
    sha256: Type.String(),
    createdAt: DateTime(),
    uploadedBy: CommentAuthorViewSchema,
    sharedWith: DocumentSharingViewSchema,
    readers: Ref(ReadersSchema),
    mayRemove: Type.Boolean(),
  },
  { $id: 'Document' },
);
export type DocumentView = Static<typeof DocumentViewSchema>;

/** A member's share of the family's storage; `leftBytes`: what she can still upload, the smaller of what is left of her share and of the family's storage. */
export const DocumentRoomSchema = Type.Object({ usedBytes: Type.Integer(), limitBytes: Type.Integer(), leftBytes: Type.Integer() });
export type DocumentRoom = Static<typeof DocumentRoomSchema>;

/** `room`: for a member (or a helper acting for one); professionals have no share of their own. */
export const DocumentListSchema = Type.Object({ documents: Type.Array(Ref(DocumentViewSchema)), room: Type.Optional(DocumentRoomSchema) }, { $id: 'DocumentList' });
export type DocumentList = Static<typeof DocumentListSchema>;

export const DocumentParamsSchema = Type.Object({ familyId: Uuid(), documentId: Uuid() }, { additionalProperties: false });
export const DocumentUploadParamsSchema = Type.Object({ familyId: Uuid(), clientId: Uuid() }, { additionalProperties: false });

/** The metadata of an upload travels in headers, because the body is the file itself. */
export const DocumentUploadHeadersSchema = Type.Object({
  [documentUploadHeaders.name]: Type.String({ minLength: 1, maxLength: 1024 }),
  [documentUploadHeaders.audience]: Type.Optional(Type.String({ pattern: documentAudiencePattern })),
});

/** A download is the file itself, never JSON: a stream, not a shape to check. */
export const DocumentFileSchema = Type.Unsafe<unknown>({ description: 'Het bestand, als bijlage', type: 'string', format: 'binary' });
