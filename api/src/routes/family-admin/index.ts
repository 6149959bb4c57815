import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  CreatedSchema,
  FamilyAdminViewSchema,
  HandOverCandidatesSchema,
  HandOverSchema,
  IssuedCodeSchema,
  MemberAccountListSchema,
  MemberChangeSchema,
  MemberParamsSchema,
  MemberPasskeyParamsSchema,
  NewFamilySchema,
  NewMemberFieldSchema,
  NewMemberSchema,
  NewRelationSchema,
  NoContent,
  Ref,
  RelationEndSchema,
  RelationParamsSchema,
} from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';

/** A professional makes and keeps a family: household, members, relations, shielded fields, hand-over. */
export default async function familyAdminRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  for (const schema of [CreatedSchema, FamilyAdminViewSchema, MemberAccountListSchema, IssuedCodeSchema, HandOverCandidatesSchema]) app.addSchema(schema);
  const created = { 201: Ref(CreatedSchema), ...problemResponses(400, 401, 403, 404, 415) };

  app.post(
    '/gezinnen',
    { schema: { summary: 'Een nieuw gezin of huishouden aanmaken (de maker wordt regisseur)', body: NewFamilySchema, response: { 201: Ref(CreatedSchema), ...problemResponses(400, 401, 403, 415) } } },
    async (request, reply) => {
      reply.code(201);
      return signedIn(request).repo.familyAdmin.createFamily(request.body);
    },
  );

  app.get(
    '/gezinnen/:familyId/beheer',
    { schema: { summary: 'Het gezin zoals professionals het beheren', params: familyIdParams, response: { 200: Ref(FamilyAdminViewSchema), ...problemResponses(400, 401, 403, 404) } } },
    async (request) => signedIn(request).repo.familyAdmin.view(request.params.familyId),
  );

  app.post(
    '/gezinnen/:familyId/gezinsleden',
    { schema: { summary: 'Een gezinslid toevoegen', params: familyIdParams, body: NewMemberSchema, response: created } },
    async (request, reply) => {
      reply.code(201);
      return signedIn(request).repo.familyAdmin.addMember(request.params.familyId, request.body);
    },
  );

  const changed = { 204: NoContent(), ...problemResponses(400, 401, 403, 404, 415) };

  app.patch(
    '/gezinnen/:familyId/gezinsleden/:memberId',
    { schema: { summary: 'Naam, rol of geboortedatum van een gezinslid verbeteren', params: MemberParamsSchema, body: MemberChangeSchema, response: changed } },
    async (request, reply) => {
      await signedIn(request).repo.familyAdmin.updateMember(request.params.familyId, request.params.memberId, request.body);
      return reply.code(204).send();
    },
  );

  app.delete(
    '/gezinnen/:familyId/gezinsleden/:memberId',
    { schema: { summary: 'Een gezinslid uit het gezin halen (de geschiedenis blijft)', params: MemberParamsSchema, response: { 204: NoContent(), ...problemResponses(400, 401, 403, 404) } } },
    async (request, reply) => {
      await signedIn(request).repo.familyAdmin.removeMember(request.params.familyId, request.params.memberId);
      return reply.code(204).send();
    },
  );

  app.patch(
    '/gezinnen/:familyId/relaties/:relationId',
    { schema: { summary: 'De laatste dag van een relatie of contactverbod vastleggen', params: RelationParamsSchema, body: RelationEndSchema, response: changed } },
    async (request, reply) => {
      await signedIn(request).repo.familyAdmin.endRelation(request.params.familyId, request.params.relationId, request.body);
      return reply.code(204).send();
    },
  );

  app.delete(
    '/gezinnen/:familyId/relaties/:relationId',
    { schema: { summary: 'Een verkeerd ingevoerde relatie weghalen (een contactverbod krijgt een einddatum)', params: RelationParamsSchema, response: { 204: NoContent(), ...problemResponses(400, 401, 403, 404, 409) } } },
    async (request, reply) => {
      await signedIn(request).repo.familyAdmin.removeRelation(request.params.familyId, request.params.relationId);
      return reply.code(204).send();
    },
  );

  app.post(
    '/gezinnen/:familyId/relaties',
    { schema: { summary: 'Een relatie vastleggen: ouder van, gezag over, contactverbod', params: familyIdParams, body: NewRelationSchema, response: created } },
    async (request, reply) => {
      reply.code(201);
      return signedIn(request).repo.familyAdmin.addRelation(request.params.familyId, request.body);
    },
  );

  app.post(
    '/gezinnen/:familyId/gezinsleden/:memberId/velden',
    { schema: { summary: 'Een contactgegeven vastleggen, zo nodig afgeschermd met een reden', params: MemberParamsSchema, body: NewMemberFieldSchema, response: created } },
    async (request, reply) => {
      reply.code(201);
      return signedIn(request).repo.familyAdmin.addField(request.params.familyId, request.params.memberId, request.body);
    },
  );

  app.post(
    '/gezinnen/:familyId/overdracht',
    { schema: { summary: 'Het gezin overdragen aan een andere regisseur', params: familyIdParams, body: HandOverSchema, response: created } },
    async (request, reply) => {
      reply.code(201);
      return signedIn(request).repo.familyAdmin.handOver(request.params.familyId, request.body);
    },
  );

  app.get(
    '/gezinnen/:familyId/overdracht/kandidaten',
    { schema: { summary: 'Aan wie de regisseur het gezin kan overdragen', params: familyIdParams, response: { 200: Ref(HandOverCandidatesSchema), ...problemResponses(400, 401, 403, 404) } } },
    async (request) => signedIn(request).repo.familyAdmin.handOverCandidates(request.params.familyId),
  );

  app.get(
    '/gezinnen/:familyId/accounts',
    { schema: { summary: 'Welke gezinsleden een account hebben, wanneer laatst gezien, hun inlogsleutels', params: familyIdParams, response: { 200: Ref(MemberAccountListSchema), ...problemResponses(400, 401, 403, 404) } } },
    async (request) => signedIn(request).repo.memberAccounts.list(request.params.familyId),
  );

  app.post(
    '/gezinnen/:familyId/gezinsleden/:memberId/code',
    {
      schema: {
        summary: 'Een uitnodigingscode of herstelcode voor een gezinslid (eenmalig getoond)',
        params: MemberParamsSchema,
        response: { 201: Ref(IssuedCodeSchema), ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return signedIn(request).repo.memberAccounts.issueCode(request.params.familyId, request.params.memberId);
    },
  );

  app.delete(
    '/gezinnen/:familyId/gezinsleden/:memberId/inlogsleutels/:passkeyId',
    {
      schema: {
        summary: 'Een inlogsleutel van een gezinslid intrekken (telefoon kwijt); haar sessies daarmee stoppen direct',
        params: MemberPasskeyParamsSchema,
        response: { 204: NoContent(), ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { familyId, memberId, passkeyId } = request.params;
      await signedIn(request).repo.memberAccounts.revokePasskey(familyId, memberId, passkeyId);
      return reply.code(204).send();
    },
  );
}
