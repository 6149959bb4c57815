import { youthSayFields, youthSayReasons, youthSaySections, type YouthChoiceInput, type YouthSayPage } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

const uuid = { type: 'string', format: 'uuid' } as const;
const itemTarget = { type: 'object', required: ['kind', 'key'], additionalProperties: false, properties: { kind: { const: 'item' }, key: uuid } } as const;
const fieldTarget = { type: 'object', required: ['kind', 'field'], additionalProperties: false, properties: { kind: { const: 'field' }, field: { type: 'string', enum: [...youthSayFields] } } } as const;
const sectionTarget = {
  type: 'object',
  required: ['kind', 'section'],
  additionalProperties: false,
  properties: { kind: { const: 'section' }, section: { type: 'string', enum: [...youthSaySections] } },
} as const;

const youthChoice = {
  type: 'object',
  required: ['parentIds', 'target', 'open'],
  additionalProperties: false,
  properties: {
    parentIds: { type: 'array', items: uuid, minItems: 1, maxItems: 10, uniqueItems: true },
    target: { oneOf: [itemTarget, fieldTarget, sectionTarget] },
    open: { type: 'boolean' },
  },
} as const;

const youthSayPageSchema = {
  type: 'object',
  required: ['member', 'mayChoose', 'parents', 'sections'],
  additionalProperties: false,
  properties: {
    member: {
      type: 'object',
      required: ['id', 'firstName', 'age'],
      additionalProperties: false,
      properties: { id: { type: 'string' }, firstName: { type: 'string' }, age: { type: 'integer' } },
    },
    mayChoose: { type: 'boolean' },
    parents: {
      type: 'array',
      items: { type: 'object', required: ['id', 'firstName'], additionalProperties: false, properties: { id: { type: 'string' }, firstName: { type: 'string' } } },
    },
    sections: {
      type: 'array',
      items: {
        type: 'object',
        required: ['section', 'objects'],
        additionalProperties: false,
        properties: {
          section: { type: 'string', enum: [...youthSaySections] },
          objects: {
            type: 'array',
            items: {
              type: 'object',
              required: ['target', 'text', 'parents'],
              additionalProperties: false,
              properties: {
                target: { oneOf: [itemTarget, fieldTarget] },
                text: { type: 'string' },
                parents: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['parentId', 'sees', 'reason'],
                    additionalProperties: false,
                    properties: { parentId: { type: 'string' }, sees: { type: 'boolean' }, reason: { type: 'string', enum: [...youthSayReasons] } },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

/** "Wat zien je ouders van jou?" (issue 11): a youth sees what her parents see of her, and from 16 chooses it. */
export default async function youthSayRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/wat-zien-je-ouders',
    {
      schema: {
        summary: 'Wat mijn ouders van mij zien, en waarom (jongere van 12 tot 18)',
        params: familyIdParams,
        response: { 200: youthSayPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request): Promise<YouthSayPage> => signedIn(request).repo.youthSay(request.params.familyId),
  );

  app.put<{ Params: { familyId: string }; Body: YouthChoiceInput }>(
    '/gezinnen/:familyId/wat-zien-je-ouders/keuze',
    {
      schema: {
        summary: 'Een onderdeel, gegeven of deel van het plan laten zien aan of verbergen voor mijn ouders (vanaf 16)',
        params: familyIdParams,
        body: youthChoice,
        response: { 200: youthSayPageSchema, ...problemResponses(400, 401, 403, 404, 415) },
      },
    },
    async (request): Promise<YouthSayPage> => signedIn(request).repo.chooseForParents(request.params.familyId, request.body),
  );
}
