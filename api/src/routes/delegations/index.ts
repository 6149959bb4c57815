import type { DelegationChange, DelegationEnd, HelperView, HelpersOverview, HelpingView, IssuedDelegationInvitation, NewDelegationInvitation, RedeemDelegationInvitation } from '@onsplan/shared';
import type { FastifyInstance } from 'fastify';
import { signedIn } from '../../http/authenticate.ts';
import { familyIdParams, problemResponses } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';
import {
  delegationChangeSchema,
  delegationEndSchema,
  delegationParams,
  familyDelegationParams,
  familyInvitationParams,
  helperSchema,
  helpersOverviewSchema,
  helpingListSchema,
  helpingSchema,
  issuedDelegationInvitationSchema,
  newDelegationInvitationSchema,
  redeemSchema,
} from './schemas.ts';

/**
 * Helpers (issue 11): a member invites, limits and ends her helper's help; the regisseur ends it;
 * a helper adds a code to her own account and stops helping. Who may do what is the acting rule
 * `machtigen` in the data layer.
 */
export default async function delegationRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  // Codes are guessable only by trying (REQUIREMENTS C4): the same limit per IP as signing in with one.
  const rateLimit = { max: opts.services.config.signInRateLimit, timeWindow: '1 minute' };
  app.addSchema(helperSchema);
  app.addSchema(helpersOverviewSchema);
  app.addSchema(issuedDelegationInvitationSchema);
  app.addSchema(helpingSchema);
  app.addSchema(helpingListSchema);
  const done = { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404, 415) } as const;

  app.get<{ Params: { familyId: string } }>(
    '/gezinnen/:familyId/helpers',
    { schema: { summary: 'Wie helpt mij? Mijn helpers en open uitnodigingen (een professional: alle helpers in het gezin)', params: familyIdParams, response: { 200: { $ref: 'HelpersOverview#' }, ...problemResponses(400, 401, 403, 404) } } },
    async (request): Promise<HelpersOverview> => signedIn(request).repo.delegations.overview(request.params.familyId),
  );

  app.post<{ Params: { familyId: string }; Body: NewDelegationInvitation }>(
    '/gezinnen/:familyId/helpers/uitnodigingen',
    {
      schema: {
        summary: 'Een helper uitnodigen met een code: wat zij mag en tot wanneer',
        params: familyIdParams,
        body: newDelegationInvitationSchema,
        response: { 201: { $ref: 'IssuedDelegationInvitation#' }, ...problemResponses(400, 401, 403, 404, 415, 422) },
      },
    },
    async (request, reply): Promise<IssuedDelegationInvitation> => {
      reply.code(201);
      return signedIn(request).repo.delegations.invite(request.params.familyId, request.body);
    },
  );

  app.delete<{ Params: { familyId: string; invitationId: string } }>(
    '/gezinnen/:familyId/helpers/uitnodigingen/:invitationId',
    { schema: { summary: 'Een ongebruikte uitnodiging intrekken', params: familyInvitationParams, response: done } },
    async (request, reply) => {
      await signedIn(request).repo.delegations.withdraw(request.params.familyId, request.params.invitationId);
      return reply.code(204).send();
    },
  );

  app.patch<{ Params: { familyId: string; delegationId: string }; Body: DelegationChange }>(
    '/gezinnen/:familyId/helpers/:delegationId',
    {
      schema: {
        summary: 'Wat mijn helper mag of tot wanneer veranderen',
        params: familyDelegationParams,
        body: delegationChangeSchema,
        response: { 200: { $ref: 'Helper#' }, ...problemResponses(400, 401, 403, 404, 415, 422) },
      },
    },
    async (request): Promise<HelperView> => signedIn(request).repo.delegations.change(request.params.familyId, request.params.delegationId, request.body),
  );

  app.post<{ Params: { familyId: string; delegationId: string }; Body: DelegationEnd }>(
    '/gezinnen/:familyId/helpers/:delegationId/beeindiging',
    { schema: { summary: 'De hulp meteen stoppen (het gezinslid, of de regisseur met een reden)', params: familyDelegationParams, body: delegationEndSchema, response: done } },
    async (request, reply) => {
      await signedIn(request).repo.delegations.end(request.params.familyId, request.params.delegationId, request.body ?? {});
      return reply.code(204).send();
    },
  );

  app.get(
    '/ik/helpen',
    { schema: { summary: 'Wie ik nu help (als helper)', response: { 200: { $ref: 'HelpingList#' }, ...problemResponses(401) } } },
    async (request): Promise<HelpingView[]> => signedIn(request).repo.delegations.helping(),
  );

  app.post<{ Body: RedeemDelegationInvitation }>(
    '/ik/helpen',
    { config: { rateLimit }, schema: { summary: 'Een code van een gezinslid toevoegen aan mijn helper-account', body: redeemSchema, response: { 201: { $ref: 'Helping#' }, ...problemResponses(400, 401, 403, 404, 410, 415, 429) } } },
    async (request, reply): Promise<HelpingView> => {
      reply.code(201);
      return signedIn(request).repo.delegations.redeem(request.body.code);
    },
  );

  app.post<{ Params: { delegationId: string } }>(
    '/ik/helpen/:delegationId/beeindiging',
    { schema: { summary: 'Stoppen met helpen', params: delegationParams, response: { 204: { type: 'null' }, ...problemResponses(400, 401, 404) } } },
    async (request, reply) => {
      await signedIn(request).repo.delegations.stop(request.params.delegationId);
      return reply.code(204).send();
    },
  );
}
