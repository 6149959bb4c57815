import { clientIdSchema } from '../../http/schemas.ts';

/** JSON schemas for toestemming; response schemas are a second net: unknown fields never leave. */

const uuid = { type: 'string', format: 'uuid' } as const;
const day = { type: 'string', format: 'date' } as const;
const name = { type: 'string', minLength: 1, maxLength: 200 } as const;

export const newToestemming = {
  type: 'object',
  required: ['clientId', 'subjectMemberId', 'recipient', 'purpose', 'decision'],
  additionalProperties: false,
  properties: {
    clientId: clientIdSchema,
    subjectMemberId: uuid,
    recipient: {
      oneOf: [
        {
          type: 'object',
          required: ['kind', 'name'],
          additionalProperties: false,
          properties: { kind: { type: 'string', enum: ['organisatie', 'professional'] }, name },
        },
        {
          type: 'object',
          required: ['kind', 'memberId'],
          additionalProperties: false,
          properties: { kind: { type: 'string', const: 'gezinslid' }, memberId: uuid },
        },
      ],
    },
    purpose: { type: 'string', minLength: 1, maxLength: 500 },
    decision: { type: 'string', enum: ['gegeven', 'geweigerd'] },
    validUntil: day,
  },
} as const;

export const revokeToestemming = {
  type: 'object',
  required: ['clientId'],
  additionalProperties: false,
  properties: { clientId: clientIdSchema },
} as const;

export const toestemmingParams = {
  type: 'object',
  required: ['familyId', 'toestemmingId'],
  additionalProperties: false,
  properties: { familyId: uuid, toestemmingId: uuid },
} as const;

const recipient = {
  type: 'object',
  required: ['kind', 'name'],
  properties: { kind: { type: 'string', enum: ['organisatie', 'professional', 'gezinslid'] }, name: { type: 'string' }, memberId: uuid },
} as const;

const band = { type: 'string', enum: ['onder-12', '12-15', '16-17', 'volwassen'] } as const;
const person = { type: 'object', required: ['memberId', 'firstName'], properties: { memberId: uuid, firstName: { type: 'string' } } } as const;

export const toestemmingDecisionSchema = {
  $id: 'ToestemmingDecision',
  type: 'object',
  required: ['id', 'subjectMemberId', 'recipient', 'purpose', 'decision', 'decidedAt', 'by'],
  properties: {
    id: uuid,
    subjectMemberId: uuid,
    recipient,
    purpose: { type: 'string' },
    decision: { type: 'string', enum: ['gegeven', 'geweigerd', 'ingetrokken'] },
    validUntil: day,
    decidedAt: { type: 'string', format: 'date-time' },
    by: {
      type: 'object',
      required: ['kind', 'isMe'],
      properties: {
        kind: { type: 'string', enum: ['member', 'helper'] },
        memberId: uuid,
        name: { type: 'string' },
        onBehalfOf: { type: 'string' },
        isMe: { type: 'boolean' },
      },
    },
  },
} as const;

export const toestemmingStateSchema = {
  $id: 'ToestemmingState',
  type: 'object',
  required: ['subject', 'recipient', 'status', 'purpose', 'deciders', 'history'],
  properties: {
    subject: person,
    recipient,
    status: { type: 'string', enum: ['compleet', 'onvolledig', 'geweigerd', 'ingetrokken', 'verlopen', 'onbekend'] },
    purpose: { type: 'string' },
    validUntil: day,
    deciders: {
      type: 'array',
      items: {
        type: 'object',
        required: ['memberId', 'firstName', 'decision'],
        properties: { memberId: uuid, firstName: { type: 'string' }, decision: { anyOf: [{ $ref: 'ToestemmingDecision#' }, { type: 'null' }] } },
      },
    },
    history: { type: 'array', items: { $ref: 'ToestemmingDecision#' } },
  },
} as const;

export const toestemmingOverviewSchema = {
  $id: 'ToestemmingOverview',
  type: 'object',
  required: ['subjects', 'toestemmingen'],
  properties: {
    subjects: {
      type: 'array',
      items: {
        type: 'object',
        required: ['memberId', 'firstName', 'band', 'deciders', 'mayDecide'],
        properties: { memberId: uuid, firstName: { type: 'string' }, band, deciders: { type: 'array', items: person }, mayDecide: { type: 'boolean' } },
      },
    },
    toestemmingen: { type: 'array', items: { $ref: 'ToestemmingState#' } },
  },
} as const;
