import { shieldableItemFields, shieldReasons, type Problem } from '@onsplan/shared';
import { passkeyIdMaxLength, Uuid } from '@onsplan/shared/api-schemas';
import { Type, type TUnsafe } from '@fastify/type-provider-typebox';

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

/** The problem responses every route can give. */
export function problemResponses(...statuses: number[]): Record<number, TUnsafe<Problem>> {
  return Object.fromEntries([...new Set([...statuses, 500])].map((s) => [s, problemRef]));
}

// Typed as the wire Problem so a handler's answer is checked against it, not widened to unknown.
const problemRef = Type.Unsafe<Problem>({ $ref: 'Problem#' });

export const familyIdParams = Type.Object({ familyId: Uuid() }, { additionalProperties: false });

export { passkeyIdMaxLength } from '@onsplan/shared/api-schemas';

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

