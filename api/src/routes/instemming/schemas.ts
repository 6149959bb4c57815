import { clientIdSchema } from '../../http/schemas.ts';

/** JSON schemas for instemming; response schemas are a second net: unknown fields never leave. */

const uuid = { type: 'string', format: 'uuid' } as const;
const decision = { type: 'string', enum: ['eens', 'eens-met-opmerking', 'niet-eens'] } as const;

export const newInstemming = {
  type: 'object',
  required: ['clientId', 'versionId', 'decision'],
  additionalProperties: false,
  properties: {
    clientId: clientIdSchema,
    versionId: uuid,
    decision,
    remark: { type: 'string', maxLength: 4000 },
    memberId: uuid,
  },
} as const;

export const overviewQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { versionId: uuid },
} as const;

export const instemmingAnswerSchema = {
  $id: 'InstemmingAnswer',
  type: 'object',
  required: ['id', 'versionId', 'versionNumber', 'memberId', 'decision', 'answeredAt', 'by'],
  properties: {
    id: uuid,
    versionId: uuid,
    versionNumber: { type: 'integer' },
    memberId: uuid,
    decision,
    remark: { type: 'string' },
    answeredAt: { type: 'string', format: 'date-time' },
    by: {
      type: 'object',
      required: ['kind', 'isMe'],
      properties: { kind: { type: 'string', enum: ['member', 'helper'] }, name: { type: 'string' }, onBehalfOf: { type: 'string' }, isMe: { type: 'boolean' } },
    },
  },
} as const;

const answerOrNull = { anyOf: [{ $ref: 'InstemmingAnswer#' }, { type: 'null' }] } as const;
const itemRefs = { type: 'array', items: { type: 'object', required: ['key', 'what'], properties: { key: uuid, what: { type: 'string' } } } } as const;

export const instemmingOverviewSchema = {
  $id: 'InstemmingOverview',
  type: 'object',
  required: ['version', 'mine'],
  properties: {
    version: {
      type: 'object',
      required: ['id', 'number', 'publishedAt', 'isCurrent'],
      properties: { id: uuid, number: { type: 'integer' }, publishedAt: { type: 'string', format: 'date-time' }, isCurrent: { type: 'boolean' } },
    },
    mine: {
      type: 'array',
      items: {
        type: 'object',
        required: ['memberId', 'firstName', 'forSelf', 'answer', 'previous'],
        properties: {
          memberId: uuid,
          firstName: { type: 'string' },
          forSelf: { type: 'boolean' },
          answer: answerOrNull,
          previous: answerOrNull,
          changesSince: {
            type: 'object',
            required: ['fromVersion', 'added', 'changed', 'removed'],
            properties: { fromVersion: { type: 'integer' }, added: itemRefs, changed: itemRefs, removed: itemRefs },
          },
        },
      },
    },
    reminder: {
      type: 'object',
      required: ['byName', 'at'],
      properties: { byName: { type: 'string' }, byJobTitle: { type: 'string' }, at: { type: 'string', format: 'date-time' } },
    },
    members: {
      type: 'array',
      items: {
        type: 'object',
        required: ['memberId', 'firstName', 'status', 'deciders'],
        properties: {
          memberId: uuid,
          firstName: { type: 'string' },
          status: { type: 'string', enum: ['beantwoord', 'open', 'niet-nodig'] },
          deciders: {
            type: 'array',
            items: {
              type: 'object',
              required: ['memberId', 'firstName', 'answer'],
              properties: { memberId: uuid, firstName: { type: 'string' }, answer: answerOrNull, remindedAt: { type: 'string', format: 'date-time' } },
            },
          },
        },
      },
    },
  },
} as const;

export const newReminders = {
  type: 'object',
  required: ['versionId'],
  additionalProperties: false,
  properties: { versionId: uuid },
} as const;

const memberRefs = { type: 'array', items: { type: 'object', required: ['memberId', 'firstName'], properties: { memberId: uuid, firstName: { type: 'string' } } } } as const;

export const remindersSentSchema = {
  $id: 'InstemmingRemindersSent',
  type: 'object',
  required: ['versionId', 'reminded', 'alreadyToday'],
  properties: { versionId: uuid, reminded: memberRefs, alreadyToday: memberRefs },
} as const;
