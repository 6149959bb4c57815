import { shieldableItemFields, shieldReasons } from '@onsplan/shared';

/** JSON schemas for the wire types; response schemas are a second net: unknown fields never leave. */

/**
 * One member kept from an item (`field` null) or a field, and why: the draft's shield and a reason
 * given with the versions route alike. `withoutReason`: the draft may carry a shield published
 * before reasons were kept; a reason given on purpose never is null.
 */
export function shieldInput(withoutReason: boolean) {
  return {
    type: 'object',
    required: ['memberId', 'field', 'reason'],
    additionalProperties: false,
    properties: {
      memberId: { type: 'string', format: 'uuid' },
      field: { type: ['string', 'null'], enum: [...shieldableItemFields, null] },
      reason: withoutReason ? { type: ['string', 'null'], enum: [...shieldReasons, null] } : { type: 'string', enum: [...shieldReasons] },
      reasonText: { type: 'string', maxLength: 500 },
    },
  } as const;
}

export const problemSchema = {
  $id: 'Problem',
  type: 'object',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string' },
    detail: { type: 'string' },
    retryAfter: { type: 'integer' },
    fields: { type: 'array', items: { type: 'string' } },
  },
} as const;

export const meSchema = {
  $id: 'Me',
  type: 'object',
  required: ['kind', 'name', 'addressing', 'session'],
  properties: {
    kind: { type: 'string', enum: ['member', 'helper', 'professional', 'beheerder'] },
    name: { type: 'string' },
    addressing: { type: 'string', enum: ['je', 'u'] },
    actingFor: { type: 'object', required: ['memberId', 'name'], properties: { memberId: { type: 'string' }, name: { type: 'string' } } },
    helping: {
      type: 'array',
      items: { type: 'object', required: ['memberId', 'name', 'familyId'], properties: { memberId: { type: 'string' }, name: { type: 'string' }, familyId: { type: 'string' } } },
    },
    organisation: { type: 'string' },
    jobTitle: { type: 'string' },
    session: {
      type: 'object',
      required: ['expiresAt', 'idleExpiresAt'],
      properties: { expiresAt: { type: 'string', format: 'date-time' }, idleExpiresAt: { type: 'string', format: 'date-time' } },
    },
  },
} as const;

export const readersSchema = {
  $id: 'Readers',
  type: 'object',
  required: ['members', 'helpers', 'professionals'],
  properties: {
    members: { type: 'array', items: { type: 'string' } },
    helpers: { type: 'array', items: { type: 'string' } },
    professionals: { type: 'array', items: { type: 'string' } },
  },
} as const;

export const familySchema = {
  $id: 'Family',
  type: 'object',
  required: ['id', 'name', 'members'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    members: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'firstName', 'role', 'isMe', 'fields'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          firstName: { type: 'string' },
          role: { type: 'string', enum: ['ouder', 'jeugdige', 'netwerk', 'volwassene'] },
          isMe: { type: 'boolean' },
          fields: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'field', 'value', 'readers'],
              properties: {
                id: { type: 'string', format: 'uuid' },
                field: { type: 'string', enum: ['adres', 'telefoon', 'email'] },
                value: { type: 'string' },
                readers: { $ref: 'Readers#' },
                hiddenFrom: { type: 'array', items: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  },
} as const;

export const planSchema = {
  $id: 'Plan',
  type: 'object',
  required: ['familyId', 'planId', 'title', 'summary', 'version', 'items'],
  properties: {
    familyId: { type: 'string', format: 'uuid' },
    planId: { type: 'string', format: 'uuid' },
    title: { type: 'string' },
    summary: { type: 'string' },
    version: {
      type: 'object',
      required: ['id', 'number', 'publishedAt'],
      properties: { id: { type: 'string', format: 'uuid' }, number: { type: 'integer' }, publishedAt: { type: 'string', format: 'date-time' } },
    },
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'key', 'section', 'kind', 'position', 'what', 'who', 'when', 'readers'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          key: { type: 'string', format: 'uuid' },
          section: { type: 'string', enum: ['veiligheid', 'hulpverlening', 'herstel'] },
          kind: { type: 'string', enum: ['afspraak', 'doel', 'netwerk'] },
          position: { type: 'integer' },
          what: { type: 'string' },
          who: { type: 'string' },
          when: { type: 'string' },
          where: { type: 'string' },
          whatIf: { type: 'string' },
          scale: { type: 'integer', minimum: 0, maximum: 10 },
          scaleLow: { type: 'string' },
          scaleHigh: { type: 'string' },
          readers: { $ref: 'Readers#' },
          commentReaders: { $ref: 'Readers#' },
        },
      },
    },
    commentReaders: { $ref: 'Readers#' },
  },
} as const;

/** The problem responses every route can give. */
export function problemResponses(...statuses: number[]): Record<number, { $ref: string }> {
  return Object.fromEntries([...new Set([...statuses, 500])].map((s) => [s, { $ref: 'Problem#' }]));
}

export const familyIdParams = {
  type: 'object',
  required: ['familyId'],
  additionalProperties: false,
  properties: { familyId: { type: 'string', format: 'uuid' } },
} as const;

/** The longest passkey (credential) id WebAuthn allows, 1023 bytes, in base64url characters. */
export const passkeyIdMaxLength = Math.ceil((1023 * 4) / 3);

/** A WebAuthn credential response as the browser library sends it; SimpleWebAuthn checks the inside. */
export const credentialResponseSchema = {
  type: 'object',
  required: ['id', 'rawId', 'type', 'response'],
  properties: {
    id: { type: 'string', maxLength: passkeyIdMaxLength },
    rawId: { type: 'string', maxLength: passkeyIdMaxLength },
    type: { type: 'string', const: 'public-key' },
    response: { type: 'object' },
    clientExtensionResults: { type: 'object' },
    authenticatorAttachment: { type: 'string' },
  },
} as const;

export const clientIdSchema = { type: 'string', format: 'uuid' } as const;
export const bodyTextSchema = { type: 'string', minLength: 1, maxLength: 4000 } as const;

export const commentSchema = {
  $id: 'Comment',
  type: 'object',
  required: ['id', 'itemKey', 'replyTo', 'versionNumber', 'author', 'body', 'createdAt', 'audience', 'isNew', 'readers'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    itemKey: { type: ['string', 'null'] },
    replyTo: { type: ['string', 'null'] },
    versionNumber: { type: 'integer' },
    author: {
      type: 'object',
      required: ['kind', 'isMe'],
      properties: {
        kind: { type: 'string', enum: ['member', 'helper', 'professional'] },
        name: { type: 'string' },
        jobTitle: { type: 'string' },
        isMe: { type: 'boolean' },
        onBehalfOf: { type: 'string' },
      },
    },
    body: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    audience: { type: 'string', enum: ['zoals-onderdeel', 'alleen-professionals'] },
    isNew: { type: 'boolean' },
    readers: { $ref: 'Readers#' },
    replyReaders: { $ref: 'Readers#' },
  },
} as const;

export const commentListSchema = {
  $id: 'CommentList',
  type: 'object',
  required: ['comments', 'seenUntil'],
  properties: { comments: { type: 'array', items: { $ref: 'Comment#' } }, seenUntil: { type: ['string', 'null'] } },
} as const;
