import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';

/** The app as route files see it: zod schemas give request and reply types. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export { registerHttpPlugins, type HttpOptions } from './plugins.ts';
export { registerMetrics } from './metrics.ts';
export { publicScope, trackRoutes, type RoutePolicy, type RouteRecord } from './policy.ts';
export { registerWebApp } from './web.ts';
export { requestLogSerializers } from './log.ts';
