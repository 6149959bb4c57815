import { delegationScopes } from '@onsplan/shared';

const uuid = { type: 'string', format: 'uuid' } as const;
const day = { type: 'string', format: 'date' } as const;
const scopes = { type: 'array', maxItems: delegationScopes.length, uniqueItems: true, items: { type: 'string', enum: [...delegationScopes] } } as const;

export const familyDelegationParams = {
  type: 'object',
  required: ['familyId', 'delegationId'],
  additionalProperties: false,
  properties: { familyId: uuid, delegationId: uuid },
} as const;

export const familyInvitationParams = {
  type: 'object',
  required: ['familyId', 'invitationId'],
  additionalProperties: false,
  properties: { familyId: uuid, invitationId: uuid },
} as const;

export const delegationParams = { type: 'object', required: ['delegationId'], additionalProperties: false, properties: { delegationId: uuid } } as const;

export const newDelegationInvitationSchema = {
  type: 'object',
  required: ['helperName', 'scopes', 'lastDay'],
  additionalProperties: false,
  properties: { helperName: { type: 'string', minLength: 1, maxLength: 80, pattern: '\\S' }, scopes, lastDay: day },
} as const;

export const delegationChangeSchema = {
  type: 'object',
  minProperties: 1,
  additionalProperties: false,
  properties: { scopes, lastDay: day },
} as const;

export const delegationEndSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { reason: { type: 'string', maxLength: 500 } },
} as const;

export const redeemSchema = {
  type: 'object',
  required: ['code'],
  additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: 40 } },
} as const;

const helper = {
  type: 'object',
  required: ['delegationId', 'helperName', 'memberId', 'memberName', 'scopes', 'validFrom', 'lastDay'],
  properties: { delegationId: uuid, helperName: { type: 'string' }, memberId: uuid, memberName: { type: 'string' }, scopes, validFrom: { type: 'string' }, lastDay: day },
} as const;

const openInvitationProperties = { id: uuid, helperName: { type: 'string' }, scopes, lastDay: day, expiresAt: { type: 'string' } } as const;

export const helperSchema = { $id: 'Helper', ...helper } as const;

export const helpersOverviewSchema = {
  $id: 'HelpersOverview',
  type: 'object',
  required: ['helpers', 'invitations'],
  properties: {
    helpers: { type: 'array', items: helper },
    invitations: { type: 'array', items: { type: 'object', required: ['id', 'helperName', 'scopes', 'lastDay', 'expiresAt'], properties: openInvitationProperties } },
  },
} as const;

export const issuedDelegationInvitationSchema = {
  $id: 'IssuedDelegationInvitation',
  type: 'object',
  required: ['id', 'helperName', 'scopes', 'lastDay', 'expiresAt', 'code', 'address'],
  properties: { ...openInvitationProperties, code: { type: 'string' }, address: { type: 'string' } },
} as const;

const helping = {
  type: 'object',
  required: ['delegationId', 'familyId', 'memberId', 'memberName', 'scopes', 'lastDay'],
  properties: { delegationId: uuid, familyId: uuid, memberId: uuid, memberName: { type: 'string' }, scopes, lastDay: day },
} as const;

export const helpingSchema = { $id: 'Helping', ...helping } as const;
export const helpingListSchema = { $id: 'HelpingList', type: 'array', items: helping } as const;
