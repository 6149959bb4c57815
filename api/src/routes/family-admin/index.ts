import type { Created, FamilyAdminView, IssuedCode, MemberAccountList, MemberChange, HandOver, HandOverCandidates, NewFamily, NewMember, NewMemberField, NewRelation, RelationEnd } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, passkeyIdMaxLength, problemResponses } from '../../http/schemas.ts';
import { createdSchema, familyAdminSchema, handOverCandidatesSchema, issuedCodeSchema, memberAccountListSchema, memberChangeSchema, handOverSchema, newFamilySchema, newMemberFieldSchema, newMemberSchema, newRelationSchema, relationEndSchema } from './schemas.ts';

const memberParams = {
  type: 'object',
  required: ['familyId', 'memberId'],
  additionalProperties: false,
  properties: { familyId: { type: 'string', format: 'uuid' }, memberId: { type: 'string', format: 'uuid' } },
} as const;

const relationParams = {
  type: 'object',
  required: ['familyId', 'relationId'],
  additionalProperties: false,
  properties: { familyId: { type: 'string', format: 'uuid' }, relationId: { type: 'string', format: 'uuid' } },
} as const;

/** A professional makes and keeps a family: household, members, relations, shielded fields, hand-over. */
export default async function familyAdminRoutes(app: FastifyInstance): Promise<void> {
  app.addSchema(createdSchema);
  app.addSchema(familyAdminSchema);
  app.addSchema(memberAccountListSchema);
  app.addSchema(issuedCodeSchema);
  app.addSchema(handOverCandidatesSchema);
  const created = { 201: { $ref: 'Created#' }, ...problemResponses(400, 401, 403, 404, 415) };

  app.post<{ Body: NewFamily }>(
    '/gezinnen',
    { schema: { summary: 'Een nieuw gezin of huishouden aanmaken (de maker wordt regisseur)', body: newFamilySchema, response: { 201: { $ref: 'Created#' }, ...problemResponses(400, 401, 403, 415) } } },
    async (request, reply): Promise<Created> => {
      reply.code(201);
      return signedIn(request).repo.familyAdmin.createFamily(request.body);
    },
  );

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/beheer',
    { schema: { summary: 'Het gezin zoals professionals het beheren', params: familyIdParams, response: { 200: { $ref: 'FamilyAdmin#' }, ...problemResponses(400, 401, 403, 404) } } },
    async (request): Promise<FamilyAdminView> => signedIn(request).repo.familyAdmin.view(request.params.familyId),
  );

  app.post<{ Params: { familyId: string }; Body: NewMember }>(
    '/gezinnen/:familyId/gezinsleden',
    { schema: { summary: 'Een gezinslid toevoegen', params: familyIdParams, body: newMemberSchema, response: created } },
    async (request, reply): Promise<Created> => {
      reply.code(201);
      return signedIn(request).repo.familyAdmin.addMember(request.params.familyId, request.body);
    },
  );

  const changed = { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404, 415) } as const;

  app.patch<{ Params: { familyId: string; memberId: string }; Body: MemberChange }>(
    '/gezinnen/:familyId/gezinsleden/:memberId',
    { schema: { summary: 'Naam, rol of geboortedatum van een gezinslid verbeteren', params: memberParams, body: memberChangeSchema, response: changed } },
    async (request, reply) => {
      await signedIn(request).repo.familyAdmin.updateMember(request.params.familyId, request.params.memberId, request.body);
      return reply.code(204).send();
    },
  );

  app.delete<{ Params: { familyId: string; memberId: string } }>(
    '/gezinnen/:familyId/gezinsleden/:memberId',
    { schema: { summary: 'Een gezinslid uit het gezin halen (de geschiedenis blijft)', params: memberParams, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      await signedIn(request).repo.familyAdmin.removeMember(request.params.familyId, request.params.memberId);
      return reply.code(204).send();
    },
  );

  app.patch<{ Params: { familyId: string; relationId: string }; Body: RelationEnd }>(
    '/gezinnen/:familyId/relaties/:relationId',
    { schema: { summary: 'De laatste dag van een relatie of contactverbod vastleggen', params: relationParams, body: relationEndSchema, response: changed } },
    async (request, reply) => {
      await signedIn(request).repo.familyAdmin.endRelation(request.params.familyId, request.params.relationId, request.body);
      return reply.code(204).send();
    },
  );

  app.delete<{ Params: { familyId: string; relationId: string } }>(
    '/gezinnen/:familyId/relaties/:relationId',
    { schema: { summary: 'Een verkeerd ingevoerde relatie weghalen (een contactverbod krijgt een einddatum)', params: relationParams, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404, 409) } } },
    async (request, reply) => {
      await signedIn(request).repo.familyAdmin.removeRelation(request.params.familyId, request.params.relationId);
      return reply.code(204).send();
    },
  );

  app.post<{ Params: { familyId: string }; Body: NewRelation }>(
    '/gezinnen/:familyId/relaties',
    { schema: { summary: 'Een relatie vastleggen: ouder van, gezag over, contactverbod', params: familyIdParams, body: newRelationSchema, response: created } },
    async (request, reply): Promise<Created> => {
      reply.code(201);
      return signedIn(request).repo.familyAdmin.addRelation(request.params.familyId, request.body);
    },
  );

  app.post<{ Params: { familyId: string; memberId: string }; Body: NewMemberField }>(
    '/gezinnen/:familyId/gezinsleden/:memberId/velden',
    { schema: { summary: 'Een contactgegeven vastleggen, zo nodig afgeschermd met een reden', params: memberParams, body: newMemberFieldSchema, response: created } },
    async (request, reply): Promise<Created> => {
      reply.code(201);
      return signedIn(request).repo.familyAdmin.addField(request.params.familyId, request.params.memberId, request.body);
    },
  );

  app.post<{ Params: { familyId: string }; Body: HandOver }>(
    '/gezinnen/:familyId/overdracht',
    { schema: { summary: 'Het gezin overdragen aan een andere regisseur', params: familyIdParams, body: handOverSchema, response: created } },
    async (request, reply): Promise<Created> => {
      reply.code(201);
      return signedIn(request).repo.familyAdmin.handOver(request.params.familyId, request.body);
    },
  );

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/overdracht/kandidaten',
    { schema: { summary: 'Aan wie de regisseur het gezin kan overdragen', params: familyIdParams, response: { 200: { $ref: 'HandOverCandidates#' }, ...problemResponses(400, 401, 403, 404) } } },
    async (request): Promise<HandOverCandidates> => signedIn(request).repo.familyAdmin.handOverCandidates(request.params.familyId),
  );

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/accounts',
    { schema: { summary: 'Welke gezinsleden een account hebben, wanneer laatst gezien, hun inlogsleutels', params: familyIdParams, response: { 200: { $ref: 'MemberAccountList#' }, ...problemResponses(400, 401, 403, 404) } } },
    async (request): Promise<MemberAccountList> => signedIn(request).repo.memberAccounts.list(request.params.familyId),
  );

  app.post<{ Params: { familyId: string; memberId: string } }>(
    '/gezinnen/:familyId/gezinsleden/:memberId/code',
    {
      schema: {
        summary: 'Een uitnodigingscode of herstelcode voor een gezinslid (eenmalig getoond)',
        params: memberParams,
        response: { 201: { $ref: 'IssuedCode#' }, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply): Promise<IssuedCode> => {
      reply.code(201);
      return signedIn(request).repo.memberAccounts.issueCode(request.params.familyId, request.params.memberId);
    },
  );

  app.delete<{ Params: { familyId: string; memberId: string; passkeyId: string } }>(
    '/gezinnen/:familyId/gezinsleden/:memberId/inlogsleutels/:passkeyId',
    {
      schema: {
        summary: 'Een inlogsleutel van een gezinslid intrekken (telefoon kwijt); haar sessies daarmee stoppen direct',
        params: {
          type: 'object',
          required: ['familyId', 'memberId', 'passkeyId'],
          additionalProperties: false,
          properties: { familyId: { type: 'string', format: 'uuid' }, memberId: { type: 'string', format: 'uuid' }, passkeyId: { type: 'string', minLength: 1, maxLength: passkeyIdMaxLength } },
        },
        response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { familyId, memberId, passkeyId } = request.params;
      await signedIn(request).repo.memberAccounts.revokePasskey(familyId, memberId, passkeyId);
      return reply.code(204).send();
    },
  );
}
