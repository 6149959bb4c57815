/** Request and response schemas for correctieverzoeken and eigen verklaringen. */
import { bodyTextSchema, clientIdSchema } from '../../http/schemas.ts';

const uuid = { type: 'string', format: 'uuid' } as const;
const day = { type: 'string', format: 'date' } as const;
const nullableDay = { type: ['string', 'null'], format: 'date' } as const;
const targetKind = { type: 'string', enum: ['plan-item', 'comment', 'member-field', 'member', 'score'] } as const;
const removalGround = { type: 'string', enum: ['belang-ander', 'wettelijke-plicht'] } as const;
const shortText = { type: 'string', minLength: 1, maxLength: 1000 } as const;
const itemText = { type: 'string', maxLength: 1000 } as const;

export const requestParams = {
  type: 'object',
  required: ['familyId', 'requestId'],
  additionalProperties: false,
  properties: { familyId: uuid, requestId: uuid },
} as const;

export const newRequest = {
  type: 'object',
  required: ['clientId', 'target', 'kind', 'reason'],
  additionalProperties: false,
  properties: {
    clientId: clientIdSchema,
    target: { type: 'object', required: ['kind', 'id'], additionalProperties: false, properties: { kind: targetKind, id: uuid } },
    kind: { type: 'string', enum: ['wijzigen', 'aanvullen', 'verwijderen'] },
    proposedText: bodyTextSchema,
    reason: bodyTextSchema,
  },
  // Wijzigen and aanvullen say what the text should be (verwijderen has nothing to propose: the data layer says so).
  if: { required: ['kind'], properties: { kind: { enum: ['wijzigen', 'aanvullen'] } } },
  then: { required: ['proposedText'] },
} as const;

const changeSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    what: { ...itemText, minLength: 1 },
    who: itemText,
    when: itemText,
    where: itemText,
    whatIf: itemText,
    value: { type: 'string', minLength: 1, maxLength: 300 },
    body: bodyTextSchema,
    firstName: { type: 'string', minLength: 1, maxLength: 100 },
    lastName: { type: 'string', minLength: 1, maxLength: 100 },
    birthDate: day,
  },
} as const;

/** A refusal, in whole or part, without reasons never gets past this schema (REQUIREMENTS A2). */
export const decision = {
  type: 'object',
  required: ['outcome'],
  additionalProperties: false,
  properties: {
    outcome: { type: 'string', enum: ['toekennen', 'deels', 'afwijzen'] },
    reasons: bodyTextSchema,
    change: changeSchema,
    removalGround,
  },
  allOf: [
    { if: { required: ['outcome'], properties: { outcome: { enum: ['deels', 'afwijzen'] } } }, then: { required: ['reasons'] } },
    { if: { required: ['outcome'], properties: { outcome: { const: 'deels' } } }, then: { required: ['change'] } },
  ],
} as const;

export const extension = { type: 'object', required: ['reason'], additionalProperties: false, properties: { reason: shortText } } as const;

export const newVerklaring = {
  type: 'object',
  required: ['clientId', 'body'],
  additionalProperties: false,
  properties: { clientId: clientIdSchema, body: bodyTextSchema },
} as const;

const target = {
  type: 'object',
  required: ['kind', 'id'],
  properties: { kind: targetKind, id: uuid, label: { type: 'string' } },
} as const;

export const verklaringSchema = {
  $id: 'EigenVerklaring',
  type: 'object',
  required: ['id', 'target', 'correctieverzoekId', 'body', 'createdAt', 'author'],
  properties: {
    id: uuid,
    target: { type: 'object', required: ['kind', 'id'], properties: { kind: targetKind, id: uuid } },
    correctieverzoekId: { type: ['string', 'null'] },
    body: { type: 'string' },
    createdAt: { type: 'string', format: 'date-time' },
    author: { type: 'object', required: ['isMe'], properties: { name: { type: 'string' }, isMe: { type: 'boolean' }, byHelper: { type: 'string' } } },
  },
} as const;

const requestProperties = {
  id: uuid,
  familyId: uuid,
  target,
  kind: { type: 'string', enum: ['wijzigen', 'aanvullen', 'verwijderen'] },
  proposedText: { type: ['string', 'null'] },
  reason: { type: 'string' },
  status: { type: 'string', enum: ['ontvangen', 'in-behandeling', 'extra-tijd', 'toegekend', 'deels-toegekend', 'afgewezen'] },
  requester: { type: 'object', required: ['isMe'], properties: { name: { type: 'string' }, isMe: { type: 'boolean' }, byHelper: { type: 'string' } } },
  createdAt: { type: 'string', format: 'date-time' },
  deadline: {
    type: 'object',
    required: ['receivedOn', 'firstDueOn', 'extendedDueOn', 'dueOn', 'daysLeft', 'warning', 'overdue'],
    properties: {
      receivedOn: day,
      firstDueOn: day,
      extendedDueOn: nullableDay,
      dueOn: day,
      daysLeft: { type: 'integer' },
      warning: { type: 'boolean' },
      overdue: { type: 'boolean' },
      destroyBy: day,
    },
  },
  extension: {
    type: ['object', 'null'],
    required: ['reason', 'at'],
    properties: { reason: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
  },
  decision: {
    type: ['object', 'null'],
    required: ['status', 'decidedAt', 'reasons', 'removalGround', 'rightsNotice'],
    properties: {
      status: { type: 'string', enum: ['toegekend', 'deels-toegekend', 'afgewezen'] },
      decidedAt: { type: 'string', format: 'date-time' },
      reasons: { type: ['string', 'null'] },
      removalGround: { type: ['string', 'null'], enum: ['belang-ander', 'wettelijke-plicht', null] },
      rightsNotice: { type: 'boolean' },
      change: changeSchema,
    },
  },
  eigenVerklaringen: { type: 'array', items: { $ref: 'EigenVerklaring#' } },
  mayAddEigenVerklaring: { type: 'boolean' },
} as const;

const requestRequired = [
  'id', 'familyId', 'target', 'kind', 'proposedText', 'reason', 'status', 'requester', 'createdAt', 'deadline', 'extension', 'decision',
  'eigenVerklaringen', 'mayAddEigenVerklaring',
];

export const requestSchema = { $id: 'Correctieverzoek', type: 'object', required: requestRequired, properties: requestProperties } as const;

export const requestListSchema = {
  $id: 'CorrectieverzoekList',
  type: 'object',
  required: ['correctieverzoeken'],
  properties: { correctieverzoeken: { type: 'array', items: { $ref: 'Correctieverzoek#' } } },
} as const;

export const inboxSchema = {
  $id: 'CorrectieInbox',
  type: 'object',
  required: ['correctieverzoeken'],
  properties: {
    correctieverzoeken: {
      type: 'array',
      items: { type: 'object', required: [...requestRequired, 'familyName'], properties: { ...requestProperties, familyName: { type: 'string' } } },
    },
  },
} as const;

export const verklaringListSchema = {
  $id: 'EigenVerklaringList',
  type: 'object',
  required: ['eigenVerklaringen'],
  properties: { eigenVerklaringen: { type: 'array', items: { $ref: 'EigenVerklaring#' } } },
} as const;
