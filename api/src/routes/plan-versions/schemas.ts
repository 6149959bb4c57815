import { shieldInput } from '../../http/schemas.ts';

/** JSON schemas for plan versions. A new version is validated strictly: every object closed, every text bounded. */

const uuid = { type: 'string', format: 'uuid' } as const;
const memberIds = { type: 'array', maxItems: 50, uniqueItems: true, items: uuid } as const;
const shortText = { type: 'string', maxLength: 1000 } as const;

const contentProperties = {
  section: { type: 'string', enum: ['veiligheid', 'hulpverlening', 'herstel'] },
  kind: { type: 'string', enum: ['afspraak', 'doel', 'netwerk'] },
  what: { type: 'string', minLength: 1, maxLength: 1000 },
  who: shortText,
  when: shortText,
  where: { type: ['string', 'null'], maxLength: 1000 },
  whatIf: { type: ['string', 'null'], maxLength: 1000 },
  scale: { type: ['integer', 'null'], minimum: 0, maximum: 10 },
  // What 0 and 10 mean on a doel's scale, as in the draft editor (plan-drafts/schemas.ts).
  scaleLow: { type: ['string', 'null'], maxLength: 200 },
  scaleHigh: { type: ['string', 'null'], maxLength: 200 },
} as const;

const envelopeProperties = {
  audience: { type: 'string', enum: ['gezin', 'volwassenen', 'leden', 'professionals'] },
  audienceMembers: memberIds,
  subjects: memberIds,
  authorMemberId: { type: ['string', 'null'], format: 'uuid' },
  shieldedFrom: memberIds,
  sharedAcrossContactverbod: { type: 'boolean' },
  generalInfo: { type: 'boolean' },
  fieldShields: { type: 'object', maxProperties: 6, additionalProperties: memberIds },
} as const;

/** Why each shield a change adds hides something, as the editor's draft asks it. */
const reasons = { type: 'array', maxItems: 100, items: shieldInput(false) } as const;

const change = {
  oneOf: [
    {
      type: 'object',
      required: ['op', 'itemKey'],
      additionalProperties: false,
      properties: {
        op: { const: 'wijzigen' },
        itemKey: uuid,
        content: { type: 'object', minProperties: 1, additionalProperties: false, properties: contentProperties },
        envelope: { type: 'object', minProperties: 1, additionalProperties: false, properties: envelopeProperties },
        reasons,
      },
    },
    { type: 'object', required: ['op', 'itemKey'], additionalProperties: false, properties: { op: { const: 'verwijderen' }, itemKey: uuid } },
    {
      type: 'object',
      required: ['op', 'content', 'envelope'],
      additionalProperties: false,
      properties: {
        op: { const: 'toevoegen' },
        content: { type: 'object', required: ['section', 'kind', 'what'], additionalProperties: false, properties: contentProperties },
        envelope: { type: 'object', required: ['audience'], additionalProperties: false, properties: envelopeProperties },
        reasons,
      },
    },
  ],
} as const;

export const newPlanVersion = {
  type: 'object',
  required: ['baseVersionId', 'items'],
  additionalProperties: false,
  properties: {
    baseVersionId: uuid,
    title: { type: 'string', minLength: 1, maxLength: 200 },
    summary: { type: 'string', maxLength: 2000 },
    items: { type: 'array', maxItems: 200, items: change },
  },
} as const;

const keys = { type: 'array', items: uuid } as const;

export const publishedPlanVersionSchema = {
  $id: 'PublishedPlanVersion',
  type: 'object',
  required: ['version', 'changes'],
  properties: {
    version: {
      type: 'object',
      required: ['id', 'number', 'publishedAt'],
      properties: { id: uuid, number: { type: 'integer' }, publishedAt: { type: 'string', format: 'date-time' } },
    },
    changes: { type: 'object', required: ['added', 'changed', 'removed'], properties: { added: keys, changed: keys, removed: keys } },
  },
} as const;

export const planVersionListSchema = {
  $id: 'PlanVersionList',
  type: 'array',
  items: {
    type: 'object',
    required: ['id', 'number', 'title', 'publishedAt', 'isCurrent'],
    properties: { id: uuid, number: { type: 'integer' }, title: { type: 'string' }, publishedAt: { type: 'string', format: 'date-time' }, isCurrent: { type: 'boolean' } },
  },
} as const;
