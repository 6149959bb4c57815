import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { systemClock, type Clock, type Config } from './config.ts';
import type { Db } from './db/database.ts';
import type { LogSeal } from './data/log-seal.ts';
import { rememberingCompilers } from './http/compiled-schemas.ts';
import { requireSignIn } from './http/authenticate.ts';
import { apiBase, installApiVersionHeader, isPreV1Path } from './http/api-version.ts';
import { installCompression } from './http/compression.ts';
import { clientErrorHandler, frameworkErrorHandler, passUnknownExpectations } from './http/framework-errors.ts';
import { openapiOptions } from './http/openapi-document.ts';
import { portalPage, startPage } from './http/portal-page.ts';
import { AppError, installProblemHandlers } from './http/problems.ts';
import { rateLimitStore } from './http/rate-limit-store.ts';
import { limitFamilyWrites } from './http/rate-limits.ts';
import { CommentListSchema, CommentViewSchema, FamilySummarySchema, MeSchema, PlanViewSchema, ReadersSchema } from '@onsplan/shared/api-schemas';
import { passkeyIdMaxLength, problemSchema } from './http/schemas.ts';
import { installSecurity, isApiRequest } from './http/security.ts';
import { sessionToken } from './http/session-cookie.ts';
import { snelWegRoute } from './http/snel-weg.ts';
import adminRoutes from './routes/admin/index.ts';
import authRoutes from './routes/auth/index.ts';
import accessLogRoutes from './routes/access-log/index.ts';
import helperActionsRoutes from './routes/helper-actions/index.ts';
import youthSayRoutes from './routes/youth-say/index.ts';
import commentRoutes from './routes/comments/index.ts';
import contactMessageRoutes from './routes/contact-messages/index.ts';
import scoreRoutes from './routes/scores/index.ts';
import satisfactionRoutes from './routes/satisfaction/index.ts';
import documentRoutes from './routes/documents/index.ts';
import correctionRoutes from './routes/corrections/index.ts';
import contactChangeRoutes from './routes/contact-changes/index.ts';
import familyRoutes from './routes/families/index.ts';
import familyAdminRoutes from './routes/family-admin/index.ts';
import delegationRoutes from './routes/delegations/index.ts';
import todayRoutes from './routes/today/index.ts';
import workProfileRoutes from './routes/work-profile/index.ts';
import deviceRoutes from './routes/me/devices.ts';
import pushRoutes from './routes/me/push.ts';
import meRoutes from './routes/me/index.ts';
import myDataRoutes from './routes/my-data/index.ts';
import planRoutes from './routes/plan/index.ts';
import printRoutes from './routes/prints/index.ts';
import instemmingRoutes from './routes/instemming/index.ts';
import planVersionRoutes from './routes/plan-versions/index.ts';
import planDraftRoutes from './routes/plan-drafts/index.ts';
import toestemmingRoutes from './routes/toestemming/index.ts';
import toestemmingsverzoekRoutes from './routes/toestemmingsverzoeken/index.ts';
import agendaRoutes from './routes/agenda/index.ts';
import { createServices, type PushOptions, type Services } from './services.ts';

export interface AppOptions {
  db: Db;
  config: Config;
  clock?: Clock;
  /** Token the command line uses while the server runs; no admin route without it. */
  adminToken?: string;
  logger?: boolean;
  /** Where the log goes instead of stdout (a test reads the start line). */
  logStream?: NodeJS.WritableStream;
  /** Seals the access log's checkpoints with a key the database does not hold (REQUIREMENTS D2). */
  logSeal?: LogSeal;
  /** Web Push: the VAPID pair from the data folder (serve.ts), and seams for tests. */
  push?: PushOptions;
}

/** Builds the whole server: external plugins, then the app's own hooks, then the routes per resource. */
/** A route as registered, for tests that must cover every route (OpenAPI, authorization matrix). */
export interface RouteInfo {
  method: string;
  url: string;
}

export async function buildApp(options: AppOptions): Promise<{ app: FastifyInstance; services: Services; routes: RouteInfo[] }> {
  const { db, config } = options;
  // Push failures go to the server log, which exists only once the app does.
  let warn = (_message: string, _details: Record<string, unknown>) => {};
  const services = await createServices(db, config, options.clock ?? systemClock, options.logSeal, {
    ...options.push,
    warn: options.push?.warn ?? ((message, details) => warn(message, details)),
  });
  const app = Fastify({
    logger: options.logger
      ? { level: 'info', redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'], ...(options.logStream ? { stream: options.logStream } : {}) }
      : false,
    trustProxy: false,
    bodyLimit: 64 * 1024,
    // A passkey's id is a path parameter when it is revoked; WebAuthn allows ids up to 1023 bytes,
    // 1364 characters in base64url. (Fastify's default of 100 made such a passkey unrevocable.)
    routerOptions: { maxParamLength: passkeyIdMaxLength },
    // Errors raised before any route or hook runs are problem+json too (C6).
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false } },
    schemaController: { compilersFactory: rememberingCompilers() },
  });

  warn = (message, details) => app.log.warn(details, message);
  passUnknownExpectations(app.server);
  // The API speaks JSON only; anything else answers 415 instead of reaching a schema as a string.
  app.removeContentTypeParser('text/plain');
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    // Counted in the database: shared by every API process, and not reset by a restart.
    store: rateLimitStore(services.authDb, services.clock, (error) => app.log.error({ error: error instanceof Error ? error.message : String(error) }, 'rate limits: clearing ended windows failed')),
    errorResponseBuilder: (_request, context) => new AppError('te-veel-pogingen', { retryAfter: Math.ceil(context.ttl / 1000) }),
  });
  await app.register(swagger, openapiOptions(config));
  for (const schema of [problemSchema, ReadersSchema, MeSchema, FamilySummarySchema, PlanViewSchema, CommentViewSchema, CommentListSchema]) app.addSchema(schema);

  const routes: RouteInfo[] = [];
  app.addHook('onRoute', (route) => {
    if ((route.schema as { hide?: boolean } | undefined)?.hide) return;
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  installProblemHandlers(app);
  installSecurity(app, config);
  installApiVersionHeader(app);
  // After the security headers: the last thing done to an answer.
  installCompression(app);
  app.addHook('onClose', async () => services.stop());

  await app.register(
    async (api) => {
      // Public, as the API Design Rules ask (/core/doc-openapi): any site may read the contract, and only this.
      api.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) => reply.header('access-control-allow-origin', '*').send(app.swagger()));
      api.get('/health', { schema: { hide: true } }, async () => ({ ok: true }));
      await api.register(authRoutes, { services });
      if (options.adminToken) await api.register(adminRoutes, { services, adminToken: options.adminToken });
      await api.register(async (signedIn) => {
        requireSignIn(signedIn, services);
        limitFamilyWrites(signedIn, config.writeRateLimit);
        await signedIn.register(meRoutes, { services });
        await signedIn.register(deviceRoutes, { services });
        await signedIn.register(pushRoutes, { services });
        await signedIn.register(familyRoutes);
        await signedIn.register(planRoutes);
        await signedIn.register(printRoutes);
        await signedIn.register(commentRoutes);
        await signedIn.register(contactMessageRoutes);
        await signedIn.register(scoreRoutes);
        await signedIn.register(satisfactionRoutes, { config });
        await signedIn.register(myDataRoutes);
        await signedIn.register(documentRoutes, { config });
        await signedIn.register(instemmingRoutes);
        await signedIn.register(toestemmingRoutes);
        await signedIn.register(toestemmingsverzoekRoutes);
        await signedIn.register(agendaRoutes);
        await signedIn.register(planVersionRoutes);
        await signedIn.register(planDraftRoutes);
        await signedIn.register(correctionRoutes);
        await signedIn.register(accessLogRoutes);
        await signedIn.register(helperActionsRoutes);
        await signedIn.register(youthSayRoutes);
        await signedIn.register(contactChangeRoutes);
        await signedIn.register(familyAdminRoutes);
        await signedIn.register(todayRoutes);
        await signedIn.register(workProfileRoutes);
        await signedIn.register(delegationRoutes, { services });
      });
    },
    { prefix: apiBase },
  );

  // Also without a built portal: a page of an older or newer version still links here.
  await app.register(snelWegRoute, { services });

  const portalRoot = config.portalDist ? resolve(config.portalDist) : undefined;
  const page = portalRoot && existsSync(resolve(portalRoot, 'index.html')) ? portalPage(portalRoot, config) : undefined;
  const start = portalRoot && page ? startPage(portalRoot, page) : undefined;
  const sendPage = (reply: FastifyReply, html = page) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  if (portalRoot && page) {
    // The page itself carries this server's settings (portal-page.ts), so it is never sent as the file on disk.
    // With a session cookie the plain page: whoever is signed in goes on to their own screens, not past the start page.
    app.get('/', { schema: { hide: true } }, async (request, reply) => sendPage(reply.header('vary', 'cookie'), start && !sessionToken(request) ? start : page));
    app.get('/index.html', { schema: { hide: true } }, async (_request, reply) => sendPage(reply));
    await app.register(fastifyStatic, {
      root: portalRoot,
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each file (vite.config.ts); the phone gets the smallest it accepts.
      preCompressed: true,
      globIgnore: ['index.html'],
      // Built files carry a content hash in their name; index.html must always be fresh.
      setHeaders(reply: { header(name: string, value: string): unknown }, path: string) {
        reply.header('cache-control', /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    if (page && request.method === 'GET' && !isApiRequest(request)) {
      // Client-side routes (e.g. /plan) all start from the same page; an API path however spelled
      // (/%61pi/…, /API/…, //api/…) gets a problem, never the app shell.
      return sendPage(reply);
    }
    // A path from before /api/v1 comes from an old portal: it is told to load the new version, and
    // its outbox keeps the write (the new portal sends it again under the new path, see pre-v1-paths.ts).
    if (isApiRequest(request) && isPreV1Path(request.url)) throw new AppError('nieuwe-versie');
    throw new AppError('niet-gevonden');
  });

  return { app, services, routes };
}
