// Serves the built web app at / and sends index.html for client-side routes; unknown API paths
// get a JSON 404 instead.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { routeNotFound } from '../errors/index.ts';
import { publicScope } from './policy.ts';

const nonWebPath = /^\/(api|metrics|open311)(\/|$)/;

export async function registerWebApp(app: FastifyInstance, distDir: string) {
  const root = path.resolve(distDir);
  const built = existsSync(path.join(root, 'index.html'));
  if (built) {
    await publicScope(app, async (scope) => {
      await scope.register(fastifyStatic, { root, wildcard: false, index: ['index.html'], maxAge: '1h' });
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (!nonWebPath.test(url) && built && (request.method === 'GET' || request.method === 'HEAD')) {
      // index.html must not be cached, or a new deploy would load stale asset names.
      const html = await readFile(path.join(root, 'index.html'));
      return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
    }
    throw routeNotFound(request.method, url);
  });
}
