import { documentAudiencePattern, documentUploadHeaders } from '@onsplan/shared';

/** JSON schemas of the documents routes; response schemas keep anything else (the storage key) in. */

const uuid = { type: 'string', format: 'uuid' } as const;

export const documentParams = {
  type: 'object',
  required: ['familyId', 'documentId'],
  additionalProperties: false,
  properties: { familyId: uuid, documentId: uuid },
} as const;

export const uploadParams = {
  type: 'object',
  required: ['familyId', 'clientId'],
  additionalProperties: false,
  properties: { familyId: uuid, clientId: uuid },
} as const;

/** The metadata of an upload travels in headers, because the body is the file itself. */
export const uploadHeaders = {
  type: 'object',
  required: [documentUploadHeaders.name],
  properties: {
    [documentUploadHeaders.name]: { type: 'string', minLength: 1, maxLength: 1024 },
    [documentUploadHeaders.audience]: { type: 'string', pattern: documentAudiencePattern },
  },
} as const;

const authorSchema = {
  type: 'object',
  required: ['kind', 'isMe'],
  properties: {
    kind: { type: 'string', enum: ['member', 'helper', 'professional'] },
    name: { type: 'string' },
    jobTitle: { type: 'string' },
    isMe: { type: 'boolean' },
    onBehalfOf: { type: 'string' },
  },
} as const;

export const documentSchema = {
  $id: 'Document',
  type: 'object',
  required: ['id', 'name', 'contentType', 'sizeBytes', 'sha256', 'createdAt', 'uploadedBy', 'sharedWith', 'readers', 'mayRemove'],
  properties: {
    id: uuid,
    name: { type: 'string' },
    contentType: { type: 'string', enum: ['image/jpeg', 'image/png', 'application/pdf'] },
    sizeBytes: { type: 'integer' },
    sha256: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    uploadedBy: authorSchema,
    sharedWith: {
      type: 'object',
      required: ['kind'],
      properties: {
        kind: { type: 'string', enum: ['professionals', 'leden', 'organisatie'] },
        members: { type: 'array', items: { type: 'object', required: ['id', 'name'], properties: { id: uuid, name: { type: 'string' } } } },
        organisation: { type: 'string' },
      },
    },
    readers: { $ref: 'Readers#' },
    mayRemove: { type: 'boolean' },
  },
} as const;

export const documentListSchema = {
  $id: 'DocumentList',
  type: 'object',
  required: ['documents'],
  properties: {
    documents: { type: 'array', items: { $ref: 'Document#' } },
    room: {
      type: 'object',
      required: ['usedBytes', 'limitBytes', 'leftBytes'],
      properties: { usedBytes: { type: 'integer' }, limitBytes: { type: 'integer' }, leftBytes: { type: 'integer' } },
    },
  },
} as const;

/** A download is the file itself, never JSON. */
export const fileResponse = { description: 'Het bestand, als bijlage', type: 'string', format: 'binary' } as const;
