import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { firstName } from '@onsplan/shared';
import { CeremonyOptionsSchema, EmptyBodySchema, InvitationClaimedSchema, InvitationCodeSchema, NoContent, PasskeyRegistrationSchema, PasskeySignInSchema, Ref, MeSchema } from '@onsplan/shared/api-schemas';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionState, type Session } from '../../auth/sessions.ts';
import { accountEntry } from '../../data/account-entries.ts';
import { grantEntry, startDelegation, usableInvitationById } from '../../data/delegations.ts';
import { endBrowserSession } from '../../http/end-session.ts';
import { AppError } from '../../http/problems.ts';
import { limitPerMinute } from '../../http/rate-limits.ts';
import { problemResponses } from '../../http/schemas.ts';
import { sessionToken, setSessionCookie } from '../../http/session-cookie.ts';
import type { Services } from '../../services.ts';
import { meOf } from '../me/me-of.ts';

/**
 * Sign-in with an invitation code and a passkey (REQUIREMENTS E1, E2, C2, C4). Challenges live in
 * the server-side session of the browser that asked for them; a successful sign-in ends that
 * session and starts a new one, so the session id changes at login.
 */
export default async function authRoutes(fastify: FastifyInstance, opts: { services: Services }): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { services } = opts;
  const rateLimit = { max: services.config.signInRateLimit, timeWindow: '1 minute' };
  // Per account too (C4): the code names one account, a passkey's credential id names one too.
  const perCode = limitPerMinute(app, services.config.signInRateLimit, 'code', (request) => (request.body as { code?: string }).code?.replace(/[\s-]/g, '').toUpperCase());
  // A credential id is no secret (it travels with every sign-in), so a limit that counted every
  // request naming it let anyone lock its owner out. It counts failed checks only, and is asked only
  // after one: a valid signature from the owner always gets in; the per-IP limit still slows an IP.
  const failedPerCredential = limitPerMinute(app, services.config.signInRateLimit, 'credential', (request) => (request.body as { response?: { id?: string } }).response?.id);

  app.post(
    '/auth/uitnodiging',
    {
      config: { rateLimit },
      preHandler: perCode,
      schema: {
        summary: 'Uitnodigingscode inwisselen (ook de code van een gezinslid voor een nieuwe helper) en een passkey beginnen',
        body: InvitationCodeSchema,
        response: { 200: InvitationClaimedSchema, ...problemResponses(400, 403, 404, 410, 429) },
      },
    },
    async (request, reply) => {
      const session = await ceremonySession(request, reply);
      const invitation = await services.invitations.claim(request.body.code, session.tokenHash);
      const options = await services.passkeys.registrationOptions(invitation.userId, invitation.displayName);
      await services.sessions.setChallenge(session, options.challenge, 'registratie', invitation.invitationId);
      return { name: firstName(invitation.displayName), options };
    },
  );

  app.post(
    '/auth/registratie',
    {
      config: { rateLimit },
      schema: {
        summary: 'De nieuwe passkey opslaan en inloggen',
        body: PasskeyRegistrationSchema<RegistrationResponseJSON>(),
        response: { 200: Ref(MeSchema), ...problemResponses(400, 403, 410, 429) },
      },
    },
    async (request, reply) => {
      const session = await existingCeremony(request);
      const challenge = await services.sessions.takeChallenge(session, 'registratie');
      if (!challenge?.invitationId) throw new AppError('stap-verlopen');
      const invitationId = challenge.invitationId;
      const now = services.clock.now();
      const owner = await services.authDb.transaction(async (tx) => {
        const used = await services.invitations.markUsed(tx, invitationId, session.tokenHash);
        if (!used) throw new AppError('uitnodiging-gebruikt');
        const name = request.body.passkeyName?.trim() || 'Mijn passkey';
        const passkeyId = await services.passkeys.register(tx, used.userId, request.body.response, challenge.challenge, name);
        // A new helper: the member's invitation becomes her delegation with the same passkey, or neither.
        const helping = used.delegationInvitationId ? await usableInvitationById(tx, used.delegationInvitationId, now) : undefined;
        if (helping) await startDelegation(tx, helping, used.userId, now);
        return { userId: used.userId, passkeyId, helping };
      });
      if (owner.helping) {
        services.directory.forget();
        const principal = await services.directory.resolve(owner.userId);
        if (principal) await services.log.record(grantEntry(principal, owner.helping, now, request.ip));
      }
      return startSession(request, reply, session, owner);
    },
  );

  app.post(
    '/auth/inlog-opties',
    {
      config: { rateLimit },
      schema: {
        summary: 'Inloggen met een passkey beginnen',
        body: EmptyBodySchema,
        response: { 200: CeremonyOptionsSchema, ...problemResponses(403, 429) },
      },
    },
    async (request, reply) => {
      const session = await ceremonySession(request, reply);
      const options = await services.passkeys.authenticationOptions();
      await services.sessions.setChallenge(session, options.challenge, 'inloggen', null);
      return options;
    },
  );

  app.post(
    '/auth/inlog',
    {
      config: { rateLimit },
      schema: {
        summary: 'Inloggen met een passkey afronden',
        body: PasskeySignInSchema<AuthenticationResponseJSON>(),
        response: { 200: Ref(MeSchema), ...problemResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const session = await existingCeremony(request);
      const challenge = await services.sessions.takeChallenge(session, 'inloggen');
      if (!challenge) throw new AppError('stap-verlopen');
      let owner;
      try {
        owner = await services.passkeys.authenticate(request.body.response, challenge.challenge);
      } catch (error) {
        // Over the limit, a failed check answers 429 instead; the failure itself is the same.
        if (error instanceof AppError && error.code === 'passkey-mislukt') await failedPerCredential(request);
        throw error;
      }
      return startSession(request, reply, session, owner);
    },
  );

  app.post('/auth/uitlog', { schema: { summary: 'Uitloggen', response: { 204: NoContent(), ...problemResponses(403) } } }, async (request, reply) => {
    await endBrowserSession(services, request, reply);
    return reply.code(204).send();
  });

  /** The browser's current sign-in session, or a new one without a user for this ceremony. */
  async function ceremonySession(request: FastifyRequest, reply: FastifyReply): Promise<Session> {
    const token = sessionToken(request);
    const current = token ? await services.sessions.find(token) : undefined;
    if (current && !current.userId && sessionState(current, services.clock.now(), services.config.sessionIdleMs) === 'actief') return current;
    const created = await services.sessions.create(null, request.headers['user-agent']);
    setSessionCookie(reply, created.token);
    return created.session;
  }

  async function existingCeremony(request: FastifyRequest): Promise<Session> {
    const token = sessionToken(request);
    const session = token ? await services.sessions.find(token) : undefined;
    if (!session || session.userId || sessionState(session, services.clock.now(), services.config.sessionIdleMs) !== 'actief') throw new AppError('stap-verlopen');
    return session;
  }

  /** Ends the ceremony and opens the signed-in session, bound to the passkey that opened it. */
  async function startSession(request: FastifyRequest, reply: FastifyReply, ceremony: Session, { userId, passkeyId }: { userId: string; passkeyId: string }) {
    await services.sessions.end(ceremony, 'ingelogd');
    const { token, session } = await services.sessions.create(userId, request.headers['user-agent'], passkeyId);
    const principal = await services.directory.resolve(userId);
    if (!principal) throw new AppError('niet-ingelogd');
    // Aanmelden (NEN 7513), stored before the person gets in.
    await services.log.record(accountEntry(principal, 'inloggen', request.ip, services.clock.now()));
    setSessionCookie(reply, token);
    return meOf(principal, session, services);
  }
}
