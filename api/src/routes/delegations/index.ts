import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  DelegationChangeSchema,
  DelegationEndSchema,
  DelegationParamsSchema,
  FamilyDelegationParamsSchema,
  FamilyInvitationParamsSchema,
  HelpersOverviewSchema,
  HelperViewSchema,
  HelpingListSchema,
  HelpingViewSchema,
  IssuedDelegationInvitationSchema,
  NewDelegationInvitationSchema,
  NoContent,
  RedeemDelegationInvitationSchema,
  Ref,
} from '@onsplan/shared/api-schemas';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';

/**
 * Helpers (issue 11): a member invites, limits and ends her helper's help; the regisseur ends it;
 * a helper adds a code to her own account and stops helping. Who may do what is the acting rule
 * `machtigen` in the data layer.
 */
export default async function delegationRoutes(fastify: FastifyInstance, opts: { services: Services }): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // Codes are guessable only by trying (REQUIREMENTS C4): the same limit per IP as signing in with one.
  const rateLimit = { max: opts.services.config.signInRateLimit, timeWindow: '1 minute' };
  for (const schema of [HelperViewSchema, HelpersOverviewSchema, IssuedDelegationInvitationSchema, HelpingViewSchema, HelpingListSchema]) app.addSchema(schema);
  const done = { 204: NoContent(), ...problemResponses(400, 401, 403, 404, 415) };

  app.get(
    '/gezinnen/:familyId/helpers',
    { schema: { summary: 'Wie helpt mij? Mijn helpers en open uitnodigingen (een professional: alle helpers in het gezin)', params: familyIdParams, response: { 200: Ref(HelpersOverviewSchema), ...problemResponses(400, 401, 403, 404) } } },
    async (request) => signedIn(request).repo.delegations.overview(request.params.familyId),
  );

  app.post(
    '/gezinnen/:familyId/helpers/uitnodigingen',
    {
      schema: {
        summary: 'Een helper uitnodigen met een code: wat zij mag en tot wanneer',
        params: familyIdParams,
        body: NewDelegationInvitationSchema,
        response: { 201: Ref(IssuedDelegationInvitationSchema), ...problemResponses(400, 401, 403, 404, 415, 422) },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return signedIn(request).repo.delegations.invite(request.params.familyId, request.body);
    },
  );

  app.delete(
    '/gezinnen/:familyId/helpers/uitnodigingen/:invitationId',
    { schema: { summary: 'Een ongebruikte uitnodiging intrekken', params: FamilyInvitationParamsSchema, response: done } },
    async (request, reply) => {
      await signedIn(request).repo.delegations.withdraw(request.params.familyId, request.params.invitationId);
      return reply.code(204).send();
    },
  );

  app.patch(
    '/gezinnen/:familyId/helpers/:delegationId',
    {
      schema: {
        summary: 'Wat mijn helper mag of tot wanneer veranderen',
        params: FamilyDelegationParamsSchema,
        body: DelegationChangeSchema,
        response: { 200: Ref(HelperViewSchema), ...problemResponses(400, 401, 403, 404, 415, 422) },
      },
    },
    async (request) => signedIn(request).repo.delegations.change(request.params.familyId, request.params.delegationId, request.body),
  );

  app.post(
    '/gezinnen/:familyId/helpers/:delegationId/beeindiging',
    { schema: { summary: 'De hulp meteen stoppen (het gezinslid, of de regisseur met een reden)', params: FamilyDelegationParamsSchema, body: DelegationEndSchema, response: done } },
    async (request, reply) => {
      await signedIn(request).repo.delegations.end(request.params.familyId, request.params.delegationId, request.body ?? {});
      return reply.code(204).send();
    },
  );

  app.get(
    '/ik/helpen',
    { schema: { summary: 'Wie ik nu help (als helper)', response: { 200: Ref(HelpingListSchema), ...problemResponses(401) } } },
    async (request) => signedIn(request).repo.delegations.helping(),
  );

  app.post(
    '/ik/helpen',
    { config: { rateLimit }, schema: { summary: 'Een code van een gezinslid toevoegen aan mijn helper-account', body: RedeemDelegationInvitationSchema, response: { 201: Ref(HelpingViewSchema), ...problemResponses(400, 401, 403, 404, 410, 415, 429) } } },
    async (request, reply) => {
      reply.code(201);
      return signedIn(request).repo.delegations.redeem(request.body.code);
    },
  );

  app.post(
    '/ik/helpen/:delegationId/beeindiging',
    { schema: { summary: 'Stoppen met helpen', params: DelegationParamsSchema, response: { 204: NoContent(), ...problemResponses(400, 401, 404) } } },
    async (request, reply) => {
      await signedIn(request).repo.delegations.stop(request.params.delegationId);
      return reply.code(204).send();
    },
  );
}
