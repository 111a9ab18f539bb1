// buildApp: the platform's plugins first, then each room's routes. No listening here, so tests
// drive the same app through app.inject.
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { registerErrorHandling } from './platform/errors/index.ts';
import { registerHttpPlugins, registerMetrics, registerWebApp, trackRoutes, type App, type RouteRecord } from './platform/http/index.ts';
import { registerCalendarRoutes } from './platform/calendar/index.ts';
import { registerOrgRoutes } from './modules/org/index.ts';
import { registerRegistryRoutes } from './modules/registry/index.ts';
import { registerCatalogRoutes } from './modules/catalog/index.ts';
import { registerApplicationRoutes } from './modules/applications/index.ts';
import { registerEvaluationRoutes } from './modules/evaluations/index.ts';
import { registerAppealRoutes } from './modules/appeals/index.ts';
import { registerLedgerBoardRoutes, registerLedgerRoutes, registerLedgerWorkbookRoutes } from './modules/ledger/index.ts';
import { registerOutreachRoutes } from './modules/outreach/index.ts';
import { registerAuth } from './platform/auth/index.ts';
import { registerAuditRoutes } from './platform/audit/index.ts';
import { registerNotifyRoutes } from './platform/notify/index.ts';
import { registerFileRoutes } from './platform/files/index.ts';
import type { Services } from './services.ts';
import { version } from './version.ts';
import { requestLogSerializers } from './platform/http/index.ts';

export interface BuiltApp {
  app: App;
  routes: RouteRecord[];
}

const requestIdPattern = /^[A-Za-z0-9._:-]{1,64}$/;

/** The app's logger: level from config, personal data masked in URLs, no credentials. */
export function appLoggerOptions(config: Services['config'], stream?: NodeJS.WritableStream) {
  return {
    level: config.LOG_LEVEL,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
    serializers: requestLogSerializers,
    ...(stream ? { stream } : {}),
  };
}

export async function buildApp(services: Services, options: { logger?: FastifyServerOptions['logger'] } = {}): Promise<BuiltApp> {
  const { config } = services;
  const app = Fastify({
    logger: options.logger ?? appLoggerOptions(config),
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    // Keep a well-formed id from a proxy so one request can be followed across services.
    requestIdHeader: 'x-request-id',
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  const routes = trackRoutes(app);
  registerErrorHandling(app);
  await registerHttpPlugins(app, { version, rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE, cookieSecret: config.secretKey });
  registerMetrics(app);
  registerAuth(app, {
    sessions: services.sessions,
    loadSessionPrincipal: (session) => services.org.auth.loadSessionPrincipal(session),
    resolveApiToken: (secret) => services.org.tokens.resolve(secret),
  });

  app.get(
    '/api/health',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['platform 平台'],
        summary: '健康检查 · health',
        response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']), version: z.string() }) },
      },
    },
    async () => {
      await services.database.db.execute(sql`select 1`);
      return { status: 'ok' as const, db: services.database.engine, version };
    },
  );
  app.get('/api/v1/openapi.json', { config: { policy: 'public' }, schema: { hide: true } }, async () => app.swagger());

  registerCalendarRoutes(app, services.calendar);
  registerAuditRoutes(app, { audit: services.audit, actorNames: (ids) => services.org.users.actorNames(ids) });
  registerNotifyRoutes(app, services.notify);
  registerFileRoutes(app, services.files);
  registerOrgRoutes(app, services.org, {
    cookies: { secure: config.COOKIE_SECURE, maxAgeSeconds: config.SESSION_MAX_HOURS * 3600 },
    oidc: config.OIDC_ISSUER
      ? {
          issuer: config.OIDC_ISSUER,
          clientId: config.OIDC_CLIENT_ID!,
          clientSecret: config.OIDC_CLIENT_SECRET,
          redirectUri: config.OIDC_REDIRECT_URI!,
          usernameClaim: config.OIDC_USERNAME_CLAIM,
          label: config.OIDC_LABEL,
        }
      : null,
  });

  registerRegistryRoutes(app, services.registry);
  registerCatalogRoutes(app, services.catalog);
  registerApplicationRoutes(app, services.applications);
  registerEvaluationRoutes(app, services.evaluations);
  registerAppealRoutes(app, services.appeals);
  registerLedgerRoutes(app, services.ledger);
  registerLedgerBoardRoutes(app, services.ledger);
  registerLedgerWorkbookRoutes(app, services.ledger);
  registerOutreachRoutes(app, services.outreach);

  await registerWebApp(app, config.WEB_DIST);
  return { app, routes };
}
