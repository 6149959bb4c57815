import { accessLogActions } from '@onsplan/shared';

const memberRef = {
  type: 'object',
  required: ['memberId', 'name'],
  additionalProperties: false,
  properties: { memberId: { type: 'string', format: 'uuid' }, name: { type: 'string' } },
} as const;

const actor = {
  type: 'object',
  required: ['kind', 'isMe'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: ['gezinslid', 'helper', 'professional', 'beheerder', 'systeem'] },
    isMe: { type: 'boolean' },
    memberId: { type: 'string', format: 'uuid' },
    name: { type: 'string' },
    memberRole: { type: 'string', enum: ['ouder', 'jeugdige', 'netwerk', 'volwassene'] },
    jobTitle: { type: 'string' },
    organisation: { type: 'string' },
  },
} as const;

/** Response schema of the access-log view: a second net, so no client IP, subject list or object id can leave. */
export const accessLogPageSchema = {
  $id: 'AccessLogPage',
  type: 'object',
  required: ['member', 'groups', 'people', 'nextCursor'],
  additionalProperties: false,
  properties: {
    member: {
      type: 'object',
      required: ['id', 'firstName'],
      additionalProperties: false,
      properties: { id: { type: 'string', format: 'uuid' }, firstName: { type: 'string' } },
    },
    groups: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'day', 'action', 'objectKind', 'count', 'firstAt', 'lastAt', 'actor'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          day: { type: 'string', format: 'date' },
          action: { type: 'string', enum: [...accessLogActions, 'anders'] },
          objectKind: { type: 'string' },
          count: { type: 'integer', minimum: 1 },
          firstAt: { type: 'string', format: 'date-time' },
          lastAt: { type: 'string', format: 'date-time' },
          person: { type: 'string', format: 'uuid' },
          actor,
          onBehalfOf: memberRef,
          helpAgreement: {
            type: 'object',
            required: ['scopes', 'lastDay'],
            additionalProperties: false,
            properties: { scopes: { type: 'array', items: { type: 'string' } }, lastDay: { type: 'string', format: 'date' }, helper: { type: 'string' } },
          },
        },
      },
    },
    people: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'actor'],
        additionalProperties: false,
        properties: { id: { type: 'string', format: 'uuid' }, actor, onBehalfOf: memberRef },
      },
    },
    nextCursor: { type: ['string', 'null'] },
  },
} as const;
