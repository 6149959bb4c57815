import { draftAudiences } from '@onsplan/shared';
import { shieldInput } from '../../http/schemas.ts';

/** JSON schemas for the plan draft: every input object closed, every text and list bounded. */

const uuid = { type: 'string', format: 'uuid' } as const;
const memberIds = { type: 'array', maxItems: 50, uniqueItems: true, items: uuid } as const;
const text = { type: 'string', maxLength: 1000 } as const;
const optionalText = { type: ['string', 'null'], maxLength: 1000 } as const;
const sections = { type: 'string', enum: ['veiligheid', 'hulpverlening', 'herstel'] } as const;

const shield = shieldInput(true);

const itemProperties = {
  key: uuid,
  section: sections,
  kind: { type: 'string', enum: ['afspraak', 'doel', 'netwerk'] },
  what: text,
  who: text,
  when: text,
  where: optionalText,
  whatIf: optionalText,
  scale: { type: ['integer', 'null'], minimum: 0, maximum: 10 },
  scaleLow: { type: ['string', 'null'], maxLength: 200 },
  scaleHigh: { type: ['string', 'null'], maxLength: 200 },
  audience: { type: 'string', enum: draftAudiences },
  audienceMembers: memberIds,
  subjects: memberIds,
  shields: { type: 'array', maxItems: 100, items: shield },
  sharedAcrossContactverbod: { type: 'boolean' },
  generalInfo: { type: 'boolean' },
} as const;

const item = { type: 'object', required: Object.keys(itemProperties), additionalProperties: false, properties: itemProperties } as const;

export const planDraftSave = {
  type: 'object',
  required: ['revision', 'baseVersionId', 'title', 'summary', 'items'],
  additionalProperties: false,
  properties: {
    revision: { type: 'integer', minimum: 0 },
    baseVersionId: { ...uuid, nullable: true },
    title: { type: 'string', maxLength: 200 },
    summary: { type: 'string', maxLength: 2000 },
    items: { type: 'array', maxItems: 200, items: item },
  },
} as const;

export const publishDraft = {
  type: 'object',
  required: ['revision'],
  additionalProperties: false,
  properties: { revision: { type: 'integer', minimum: 1 } },
} as const;

/** The revision she saw when she chose to throw the draft away (a query string: no type coercion here). */
export const discardQuery = {
  type: 'object',
  required: ['revision'],
  additionalProperties: false,
  properties: { revision: { type: 'string', pattern: '^[1-9][0-9]{0,9}$' } },
} as const;

export const previewQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { helper: uuid },
} as const;

export const draftMemberParams = {
  type: 'object',
  required: ['familyId', 'memberId'],
  additionalProperties: false,
  properties: { familyId: uuid, memberId: uuid },
} as const;

const person = { type: 'object', required: ['id', 'firstName'], properties: { id: uuid, firstName: { type: 'string' } } } as const;
const warnings = {
  type: 'array',
  items: { type: 'object', required: ['key', 'named', 'readers'], properties: { key: uuid, named: person, readers: { type: 'array', items: person } } },
} as const;

// id null: the first version of a plan that has none yet.
const versionRef = { type: 'object', required: ['id', 'number'], properties: { id: { ...uuid, nullable: true }, number: { type: 'integer' } } } as const;

export const planDraftSchema = {
  $id: 'PlanDraft',
  type: 'object',
  required: ['familyId', 'baseVersion', 'outdated', 'revision', 'title', 'summary', 'items', 'savedAt', 'savedBy', 'warnings'],
  properties: {
    familyId: uuid,
    baseVersion: versionRef,
    outdated: { type: 'boolean' },
    revision: { type: 'integer' },
    title: { type: 'string' },
    summary: { type: 'string' },
    items: { type: 'array', items: item },
    savedAt: { type: ['string', 'null'], format: 'date-time' },
    savedBy: { type: ['string', 'null'] },
    warnings,
  },
} as const;

export const planDraftSavedSchema = {
  $id: 'PlanDraftSaved',
  type: 'object',
  required: ['revision', 'savedAt', 'warnings'],
  properties: { revision: { type: 'integer' }, savedAt: { type: 'string', format: 'date-time' }, warnings },
} as const;

export const draftPreviewSchema = {
  $id: 'DraftPreview',
  type: 'object',
  required: ['member', 'addressing', 'helpers', 'plan', 'hidden'],
  properties: {
    member: person,
    addressing: { type: 'string', enum: ['je', 'u'] },
    helper: person,
    helpers: { type: 'array', items: person },
    plan: { anyOf: [{ $ref: 'Plan#' }, { type: 'null' }] },
    hidden: {
      type: 'array',
      items: {
        type: 'object',
        required: ['key', 'section', 'what', 'fields', 'rule', 'says'],
        properties: {
          key: uuid,
          section: sections,
          what: { type: 'string' },
          fields: { type: ['array', 'null'], items: { type: 'string' } },
          rule: { type: 'string' },
          says: { type: 'string' },
        },
      },
    },
  },
} as const;

const memberChanges = {
  type: 'array',
  items: {
    type: 'object',
    required: ['memberId', 'firstName', 'added', 'changed', 'removed'],
    properties: {
      memberId: uuid,
      firstName: { type: 'string' },
      added: { type: 'array', items: { type: 'string' } },
      changed: { type: 'array', items: { type: 'string' } },
      removed: { type: 'array', items: { type: 'string' } },
    },
  },
} as const;

export const draftChangesSchema = {
  $id: 'DraftChanges',
  type: 'object',
  required: ['baseVersion', 'members'],
  properties: { baseVersion: versionRef, members: memberChanges },
} as const;

export const publishedDraftSchema = {
  $id: 'PublishedDraft',
  type: 'object',
  required: ['version', 'members'],
  properties: {
    version: { type: 'object', required: ['id', 'number', 'publishedAt'], properties: { id: uuid, number: { type: 'integer' }, publishedAt: { type: 'string', format: 'date-time' } } },
    members: memberChanges,
  },
} as const;
