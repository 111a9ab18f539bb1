// GET /api/v1/catalog/search (public) and the synonyms admins edit (/api/v1/catalog/admin/synonyms).
import { z } from 'zod';
import { searchQuery, searchReply, synonymInput, synonymSchema, synonymsReply, synonymUpdate } from '../../../../common/api/catalog-bundles.ts';
import { actorOf } from '../../../platform/auth/index.ts';
import type { App } from '../../../platform/http/index.ts';
import type { SearchService } from '../service/search.ts';

const tags = ['catalog 事项检索'];
const editors = { roles: ['admin', 'office'], scope: 'all' } as const;
const idParams = z.object({ id: z.string().uuid() });

export function registerSearchRoutes(app: App, catalog: { search: SearchService }) {
  const { search } = catalog;
  app.get(
    '/api/v1/catalog/search',
    { config: { policy: 'public' }, schema: { tags, summary: '事项检索 · search items and bundles (public)', querystring: searchQuery, response: { 200: searchReply } } },
    async (request) => search.search(request.query),
  );
  app.get(
    '/api/v1/catalog/admin/synonyms',
    { config: { policy: editors }, schema: { tags, summary: '同义词 · search synonyms', response: { 200: synonymsReply } } },
    async () => ({ synonyms: await search.synonyms.list() }),
  );
  app.post(
    '/api/v1/catalog/admin/synonyms',
    { config: { policy: editors }, schema: { tags, summary: '新增同义词 · add a synonym', body: synonymInput, response: { 201: synonymSchema } } },
    async (request, reply) => reply.code(201).send(await search.synonyms.create(actorOf(request), request.body)),
  );
  app.patch(
    '/api/v1/catalog/admin/synonyms/:id',
    { config: { policy: editors }, schema: { tags, summary: '修改同义词 · edit a synonym', params: idParams, body: synonymUpdate, response: { 200: synonymSchema } } },
    async (request) => search.synonyms.update(actorOf(request), request.params.id, request.body),
  );
  app.delete(
    '/api/v1/catalog/admin/synonyms/:id',
    {
      config: { policy: editors },
      schema: { tags, summary: '删除同义词 · remove a synonym', params: idParams, querystring: z.object({ version: z.coerce.number().int().min(1).optional() }) },
    },
    async (request, reply) => {
      await search.synonyms.remove(actorOf(request), request.params.id, request.query.version);
      return reply.code(204).send();
    },
  );
}
