import { shieldReasons } from '@onsplan/shared';
import { clientIdSchema } from '../../http/schemas.ts';

const shortText = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength }) as const;

/**
 * A proposal: the kind of detail and its fields. Formats (postcode, phone, e-mail) are checked by
 * `checkContactInput`, which names every wrong field at once for the form. No audience and no
 * shielding here: only a professional decides who sees a value (REQUIREMENTS C1, no mass assignment).
 */
export const newContactChangeSchema = {
  type: 'object',
  required: ['clientId', 'field'],
  additionalProperties: false,
  properties: {
    clientId: clientIdSchema,
    field: { type: 'string', enum: ['adres', 'telefoon', 'email'] },
    street: shortText(80),
    houseNumber: shortText(20),
    postcode: shortText(10),
    city: shortText(80),
    phone: shortText(30),
    email: shortText(254),
  },
} as const;

export const acceptContactChangeSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    shieldedFrom: { type: 'array', maxItems: 50, uniqueItems: true, items: { type: 'string', format: 'uuid' } },
    reason: { type: 'string', enum: shieldReasons },
    reasonText: { type: 'string', maxLength: 500 },
  },
} as const;

export const declineContactChangeSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { reason: shortText(1000) },
} as const;

export const contactChangeParams = {
  type: 'object',
  required: ['familyId', 'changeId'],
  additionalProperties: false,
  properties: { familyId: { type: 'string', format: 'uuid' }, changeId: { type: 'string', format: 'uuid' } },
} as const;

export const contactChangeListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { status: { type: 'string', enum: ['voorgesteld', 'geaccepteerd', 'afgewezen', 'vervangen'] } },
} as const;

export const contactChangeSchema = {
  $id: 'ContactChange',
  type: 'object',
  required: ['id', 'memberId', 'field', 'value', 'status', 'proposedAt', 'proposedBy', 'shielded'],
  additionalProperties: false,
  properties: {
    id: { type: 'string', format: 'uuid' },
    memberId: { type: 'string', format: 'uuid' },
    memberName: { type: 'string' },
    field: { type: 'string', enum: ['adres', 'telefoon', 'email'] },
    value: { type: 'string' },
    currentValue: { type: 'string' },
    status: { type: 'string', enum: ['voorgesteld', 'geaccepteerd', 'afgewezen', 'vervangen'] },
    proposedAt: { type: 'string', format: 'date-time' },
    proposedBy: {
      type: 'object',
      required: ['kind', 'isMe'],
      additionalProperties: false,
      properties: {
        kind: { type: 'string', enum: ['member', 'helper'] },
        isMe: { type: 'boolean' },
        name: { type: 'string' },
        onBehalfOf: { type: 'string' },
      },
    },
    decision: {
      type: 'object',
      required: ['at', 'by'],
      additionalProperties: false,
      properties: {
        at: { type: 'string', format: 'date-time' },
        by: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: { name: { type: 'string' }, jobTitle: { type: 'string' } },
        },
        reason: { type: 'string' },
      },
    },
    shielded: { type: 'boolean' },
    shieldedFrom: {
      type: 'array',
      items: {
        type: 'object',
        required: ['memberId', 'firstName'],
        additionalProperties: false,
        properties: { memberId: { type: 'string', format: 'uuid' }, firstName: { type: 'string' } },
      },
    },
  },
} as const;

export const contactChangeListSchema = {
  $id: 'ContactChangeList',
  type: 'object',
  required: ['changes', 'mayShield'],
  additionalProperties: false,
  properties: { changes: { type: 'array', items: { $ref: 'ContactChange#' } }, mayShield: { type: 'boolean' } },
} as const;
