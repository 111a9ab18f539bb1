// The HTTP shell's platform plugins: security headers, rate limiting, zod schemas, OpenAPI and
// its docs UI, request ids on every response.
import type { FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { publicScope } from './policy.ts';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';

/** The paths the rate limit counts: the API and Open311. */
const throttledPath = /^\/(api|open311)(\/|$)/;

export interface HttpOptions {
  version: string;
  rateLimitPerMinute: number;
  /** Signs short-lived cookies (e.g. the single-sign-on state). */
  cookieSecret: string;
}

export async function registerHttpPlugins(app: FastifyInstance, options: HttpOptions) {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(cookie, { secret: options.cookieSecret });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd writes its styles at run time (CSS-in-JS).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // Served over plain HTTP in evaluation; a reverse proxy adds HSTS in production.
    hsts: false,
    crossOriginEmbedderPolicy: false,
  });

  await app.register(rateLimit, {
    max: options.rateLimitPerMinute,
    timeWindow: '1 minute',
    // Only the API is throttled. The web app's files are static and a page load fetches a score of
    // them, so counting them would lock out an office behind one address; health checks and metrics
    // scrapes are never throttled either.
    allowList: (request) => {
      const url = request.url.split('?')[0] ?? '/';
      return url === '/api/health' || !throttledPath.test(url);
    },
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '营商通 Yingshang API',
        description: '营商环境一体化平台接口 · The API of the Yingshang business-environment platform',
        version: options.version,
      },
      servers: [],
    },
    transform: jsonSchemaTransform,
  });
  await publicScope(app, async (scope) => {
    // The docs page lives under the same CSP as everything else (no outside validator, no upgrade to https).
    await scope.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false, uiConfig: { validatorUrl: null } });
  });
}
