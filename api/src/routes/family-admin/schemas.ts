import { relationKinds, shieldReasons } from '@onsplan/shared';

const uuid = { type: 'string', format: 'uuid' } as const;
const day = { type: 'string', format: 'date' } as const;
const name = { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S' } as const;
const role = { type: 'string', enum: ['ouder', 'jeugdige', 'netwerk', 'volwassene'] } as const;

export const newFamilySchema = {
  type: 'object',
  required: ['name', 'kind'],
  additionalProperties: false,
  properties: { name, kind: { type: 'string', enum: ['gezin', 'huishouden'] } },
} as const;

export const newMemberSchema = {
  type: 'object',
  required: ['firstName', 'lastName', 'role', 'birthDate'],
  additionalProperties: false,
  properties: { firstName: name, lastName: name, role, birthDate: day },
} as const;

export const memberChangeSchema = {
  type: 'object',
  minProperties: 1,
  additionalProperties: false,
  properties: { firstName: name, lastName: name, role, birthDate: day },
} as const;

export const relationEndSchema = {
  type: 'object',
  required: ['until'],
  additionalProperties: false,
  properties: { until: day },
} as const;

export const newRelationSchema = {
  type: 'object',
  required: ['fromMemberId', 'toMemberId', 'kind'],
  additionalProperties: false,
  properties: { fromMemberId: uuid, toMemberId: uuid, kind: { type: 'string', enum: relationKinds }, since: day, until: day },
} as const;

export const newMemberFieldSchema = {
  type: 'object',
  required: ['field', 'value', 'shieldedFrom'],
  additionalProperties: false,
  properties: {
    field: { type: 'string', enum: ['adres', 'telefoon', 'email'] },
    value: { type: 'string', minLength: 1, maxLength: 200, pattern: '\\S' },
    shieldedFrom: { type: 'array', items: uuid, maxItems: 50 },
    reason: { type: 'string', enum: shieldReasons },
    reasonText: { type: 'string', maxLength: 500 },
  },
} as const;

export const handOverSchema = {
  type: 'object',
  required: ['toUserId', 'on'],
  additionalProperties: false,
  properties: { toUserId: uuid, on: day },
} as const;

export const createdSchema = {
  $id: 'Created',
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: uuid },
} as const;

const nullableDay = { type: ['string', 'null'], format: 'date' } as const;

export const familyAdminSchema = {
  $id: 'FamilyAdmin',
  type: 'object',
  required: ['id', 'name', 'members', 'relations', 'assignments', 'mayEdit', 'mayInvite', 'today'],
  additionalProperties: false,
  properties: {
    id: uuid,
    name: { type: 'string' },
    members: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'firstName', 'lastName', 'role', 'birthDate'],
        additionalProperties: false,
        properties: { id: uuid, firstName: { type: 'string' }, lastName: { type: 'string' }, role, birthDate: nullableDay },
      },
    },
    relations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'fromMemberId', 'toMemberId', 'kind', 'since', 'until'],
        additionalProperties: false,
        properties: { id: uuid, fromMemberId: uuid, toMemberId: uuid, kind: { type: 'string', enum: relationKinds }, since: nullableDay, until: nullableDay },
      },
    },
    assignments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['userId', 'name', 'role', 'since', 'until'],
        additionalProperties: false,
        properties: {
          userId: uuid,
          name: { type: 'string' },
          role: { type: 'string', enum: ['regisseur', 'betrokken'] },
          since: { type: 'string', format: 'date-time' },
          until: { type: ['string', 'null'], format: 'date-time' },
        },
      },
    },
    mayEdit: { type: 'boolean' },
    mayInvite: { type: 'boolean' },
    today: day,
  },
} as const;

export const memberAccountListSchema = {
  $id: 'MemberAccountList',
  type: 'object',
  required: ['accounts'],
  additionalProperties: false,
  properties: {
    accounts: {
      type: 'array',
      items: {
        type: 'object',
        required: ['memberId', 'firstName', 'hasAccount', 'tooYoung', 'lastSeenAt', 'passkeys', 'openCode'],
        additionalProperties: false,
        properties: {
          memberId: uuid,
          firstName: { type: 'string' },
          hasAccount: { type: 'boolean' },
          tooYoung: { type: 'boolean' },
          lastSeenAt: { type: ['string', 'null'], format: 'date-time' },
          passkeys: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'name', 'createdAt', 'lastUsedAt'],
              additionalProperties: false,
              properties: { id: { type: 'string' }, name: { type: 'string' }, createdAt: { type: 'string', format: 'date-time' }, lastUsedAt: { type: ['string', 'null'], format: 'date-time' } },
            },
          },
          openCode: {
            type: ['object', 'null'],
            required: ['purpose', 'expiresAt'],
            additionalProperties: false,
            properties: { purpose: { type: 'string', enum: ['uitnodiging', 'herstel'] }, expiresAt: { type: 'string', format: 'date-time' } },
          },
        },
      },
    },
  },
} as const;

export const issuedCodeSchema = {
  $id: 'IssuedCode',
  type: 'object',
  required: ['code', 'purpose', 'expiresAt', 'address', 'memberFirstName', 'familyName'],
  additionalProperties: false,
  properties: {
    code: { type: 'string' },
    purpose: { type: 'string', enum: ['uitnodiging', 'herstel'] },
    expiresAt: { type: 'string', format: 'date-time' },
    address: { type: 'string' },
    memberFirstName: { type: 'string' },
    familyName: { type: 'string' },
  },
} as const;

export const handOverCandidatesSchema = {
  $id: 'HandOverCandidates',
  type: 'object',
  required: ['mayHandOver', 'earliestDay', 'candidates'],
  additionalProperties: false,
  properties: {
    mayHandOver: { type: 'boolean' },
    earliestDay: { type: 'string', format: 'date' },
    candidates: {
      type: 'array',
      items: {
        type: 'object',
        required: ['userId', 'name', 'organisation', 'jobTitle', 'sameOrganisation'],
        additionalProperties: false,
        properties: {
          userId: { type: 'string' },
          name: { type: 'string' },
          organisation: { type: ['string', 'null'] },
          jobTitle: { type: ['string', 'null'] },
          sameOrganisation: { type: 'boolean' },
        },
      },
    },
  },
} as const;
