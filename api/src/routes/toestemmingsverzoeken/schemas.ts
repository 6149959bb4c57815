import { requestDataKinds } from '@onsplan/shared';
import { clientIdSchema } from '../../http/schemas.ts';

/** JSON schemas for questions for toestemming; response schemas are a second net: unknown fields never leave. */

const uuid = { type: 'string', format: 'uuid' } as const;
const day = { type: 'string', format: 'date' } as const;
const text = { type: 'string' } as const;
const dataKinds = { type: 'array', maxItems: requestDataKinds.length, items: { type: 'string', enum: [...requestDataKinds] } } as const;
const answer = { type: 'string', enum: ['ja', 'nee'] } as const;

export const newToestemmingsverzoek = {
  type: 'object',
  required: ['clientId', 'subjectMemberId', 'organisation', 'purpose', 'dataKinds', 'validUntil'],
  additionalProperties: false,
  properties: {
    clientId: clientIdSchema,
    subjectMemberId: uuid,
    // Blank text passes here and gets its own field message in the data layer.
    organisation: { type: 'string', maxLength: 200 },
    purpose: { type: 'string', maxLength: 500 },
    dataKinds,
    dataOther: { type: 'string', maxLength: 300 },
    validUntil: day,
    note: { type: 'string', maxLength: 1000 },
  },
} as const;

export const answerToestemmingsverzoek = {
  type: 'object',
  required: ['clientId', 'answer'],
  additionalProperties: false,
  properties: { clientId: clientIdSchema, answer },
} as const;

export const withdrawToestemmingsverzoek = { type: 'object', additionalProperties: false, properties: {} } as const;

export const verzoekParams = {
  type: 'object',
  required: ['familyId', 'requestId'],
  additionalProperties: false,
  properties: { familyId: uuid, requestId: uuid },
} as const;

const common = {
  id: uuid,
  subject: { type: 'object', required: ['memberId', 'firstName'], properties: { memberId: uuid, firstName: text } },
  organisation: text,
  purpose: text,
  dataKinds,
  dataOther: text,
  validUntil: day,
  note: text,
  askedBy: { type: 'object', required: ['name'], properties: { name: text, organisation: text } },
  askedAt: { type: 'string', format: 'date-time' },
  withdrawn: { type: 'boolean' },
} as const;
const commonRequired = ['id', 'subject', 'organisation', 'purpose', 'dataKinds', 'validUntil', 'askedBy', 'askedAt', 'withdrawn'] as const;
const by = { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['member', 'helper'] }, name: text, onBehalfOf: text } } as const;

export const toestemmingsverzoekSchema = {
  $id: 'Toestemmingsverzoek',
  type: 'object',
  required: [...commonRequired, 'mayAnswer'],
  properties: {
    ...common,
    mayAnswer: { type: 'boolean' },
    myAnswer: { type: 'object', required: ['answer', 'answeredAt', 'by'], properties: { answer, answeredAt: { type: 'string', format: 'date-time' }, by } },
  },
} as const;

export const toestemmingsverzoekWorkSchema = {
  $id: 'ToestemmingsverzoekWerk',
  type: 'object',
  required: [...commonRequired, 'status', 'answers'],
  properties: {
    ...common,
    status: { type: 'string', enum: ['open', 'gegeven', 'geweigerd', 'ingetrokken'] },
    answers: {
      type: 'array',
      items: {
        type: 'object',
        required: ['memberId', 'firstName', 'answer'],
        properties: { memberId: uuid, firstName: text, answer: { anyOf: [answer, { type: 'null' }] }, answeredAt: { type: 'string', format: 'date-time' }, by },
      },
    },
  },
} as const;

export const toestemmingsverzoekenSchema = {
  $id: 'Toestemmingsverzoeken',
  type: 'object',
  required: ['verzoeken', 'work'],
  properties: {
    verzoeken: { type: 'array', items: { $ref: 'Toestemmingsverzoek#' } },
    work: { type: 'array', items: { $ref: 'ToestemmingsverzoekWerk#' } },
  },
} as const;
