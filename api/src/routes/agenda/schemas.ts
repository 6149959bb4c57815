import { clientIdSchema } from '../../http/schemas.ts';

/** JSON schemas for the agenda; response schemas are a second net: unknown fields never leave. */

const uuid = { type: 'string', format: 'uuid' } as const;
const instant = { type: 'string', format: 'date-time' } as const;
const text = { type: 'string' } as const;
const placeKind = { type: 'string', enum: ['adres', 'video', 'telefoon'] } as const;
const place = {
  type: 'object',
  required: ['kind', 'value'],
  additionalProperties: false,
  properties: { kind: placeKind, value: { type: 'string', maxLength: 500 } },
} as const;
const ids = { type: 'array', maxItems: 20, items: uuid } as const;

const afspraakFields = {
  // Blank text passes here and gets its own field message in the data layer.
  title: { type: 'string', maxLength: 200 },
  start: instant,
  end: instant,
  place,
  memberIds: ids,
  professionalIds: ids,
  placeHiddenFrom: ids,
  note: { type: 'string', maxLength: 1000 },
} as const;
const afspraakRequired = ['title', 'start', 'end', 'place', 'memberIds', 'professionalIds', 'placeHiddenFrom'] as const;

export const afspraakInput = { type: 'object', required: afspraakRequired, additionalProperties: false, properties: afspraakFields } as const;
export const newAfspraak = { type: 'object', required: ['clientId', ...afspraakRequired], additionalProperties: false, properties: { clientId: clientIdSchema, ...afspraakFields } } as const;
export const cancelAfspraak = { type: 'object', additionalProperties: false, properties: {} } as const;

export const newVerplaatsverzoek = {
  type: 'object',
  required: ['clientId', 'reason'],
  additionalProperties: false,
  properties: { clientId: clientIdSchema, reason: { type: 'string', maxLength: 500 } },
} as const;

export const verplaatsAntwoord = {
  type: 'object',
  required: ['kind', 'message'],
  additionalProperties: false,
  properties: { kind: { type: 'string', enum: ['nieuw-moment', 'nee'] }, message: { type: 'string', maxLength: 500 }, start: instant, end: instant },
} as const;

export const afspraakParams = {
  type: 'object',
  required: ['familyId', 'afspraakId'],
  additionalProperties: false,
  properties: { familyId: uuid, afspraakId: uuid },
} as const;

export const verzoekParams = {
  type: 'object',
  required: ['familyId', 'afspraakId', 'verzoekId'],
  additionalProperties: false,
  properties: { familyId: uuid, afspraakId: uuid, verzoekId: uuid },
} as const;

const verplaatsverzoek = {
  type: 'object',
  required: ['id', 'reason', 'askedAt', 'askedBy'],
  additionalProperties: false,
  properties: {
    id: uuid,
    reason: text,
    askedAt: instant,
    askedBy: { type: 'object', required: ['memberId', 'firstName'], additionalProperties: false, properties: { memberId: uuid, firstName: text } },
    answer: {
      type: 'object',
      required: ['kind', 'message', 'answeredAt', 'answeredBy'],
      additionalProperties: false,
      properties: { kind: { type: 'string', enum: ['nieuw-moment', 'nee'] }, message: text, start: instant, end: instant, answeredAt: instant, answeredBy: text },
    },
  },
} as const;

const person = { type: 'object', required: ['name'], additionalProperties: false, properties: { name: text, organisation: text } } as const;
const participant = { type: 'object', required: ['name'], additionalProperties: false, properties: { name: text, organisation: text, userId: uuid } } as const;

export const afspraakSchema = {
  $id: 'Afspraak',
  type: 'object',
  required: ['id', 'title', 'start', 'end', 'placeKind', 'members', 'professionals', 'plannedBy', 'cancelled', 'sequence', 'verplaatsverzoeken', 'mayAskToMove'],
  additionalProperties: false,
  properties: {
    id: uuid,
    title: text,
    start: instant,
    end: instant,
    place: { type: 'object', required: ['kind', 'value'], additionalProperties: false, properties: { kind: placeKind, value: text } },
    placeKind,
    placeHiddenFrom: { type: 'array', items: uuid },
    note: text,
    members: { type: 'array', items: { type: 'object', required: ['memberId', 'firstName'], additionalProperties: false, properties: { memberId: uuid, firstName: text } } },
    professionals: { type: 'array', items: participant },
    plannedBy: person,
    cancelled: { type: 'boolean' },
    sequence: { type: 'integer' },
    verplaatsverzoeken: { type: 'array', items: verplaatsverzoek },
    mayAskToMove: { type: 'boolean' },
  },
} as const;

export const afsprakenSchema = {
  $id: 'Afspraken',
  type: 'object',
  required: ['afspraken'],
  additionalProperties: false,
  properties: {
    afspraken: { type: 'array', items: { $ref: 'Afspraak#' } },
    professionals: { type: 'array', items: { type: 'object', required: ['userId', 'name'], additionalProperties: false, properties: { userId: uuid, name: text } } },
  },
} as const;
