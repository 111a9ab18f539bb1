// /api/v1/registry/entities: search, the enterprise file, create and edit.
import { z } from 'zod';
import { entitiesQuery, entitiesReply, entityInput, entitySchema, entityUpdate, profileReply } from '../../../../common/api/registry.ts';
import { actorOf, principalOf } from '../../../platform/auth/index.ts';
import type { App } from '../../../platform/http/index.ts';
import type { RegistryService } from '../service/index.ts';

const tags = ['registry 市场主体'];
const staff = { roles: ['admin', 'office', 'leader', 'clerk', 'approver', 'agent', 'handler', 'inspector'], scope: 'all' } as const;
const editors = { roles: ['admin', 'approver'], scope: 'all' } as const;
const usccParams = z.object({ uscc: z.string().trim().min(1).max(18) });

export function registerEntityRoutes(app: App, registry: RegistryService) {
  // Registration data of market entities is public by law (企业信息公示); staff search it here.
  app.get(
    '/api/v1/registry/entities',
    { config: { policy: staff }, schema: { tags, summary: '市场主体查询 · search entities (name prefix, USCC, legal representative)', querystring: entitiesQuery, response: { 200: entitiesReply } } },
    async (request) => registry.entities.search(request.query),
  );
  app.get(
    '/api/v1/registry/entities/:uscc',
    { config: { policy: staff }, schema: { tags, summary: '市场主体 · one entity', params: usccParams, response: { 200: entitySchema } } },
    async (request) => registry.entities.getByUscc(request.params.uscc),
  );
  app.get(
    '/api/v1/registry/entities/:uscc/profile',
    { config: { policy: staff }, schema: { tags, summary: '一企一档 · the enterprise file', params: usccParams, response: { 200: profileReply } } },
    async (request) => registry.profile.load(request.params.uscc, 'staff', principalOf(request)),
  );
  app.post(
    '/api/v1/registry/entities',
    { config: { policy: editors }, schema: { tags, summary: '登记市场主体 · register an entity', body: entityInput, response: { 201: entitySchema } } },
    async (request, reply) => reply.code(201).send(await registry.entities.create(actorOf(request), principalOf(request), request.body)),
  );
  app.patch(
    '/api/v1/registry/entities/:uscc',
    { config: { policy: editors }, schema: { tags, summary: '变更市场主体 · edit an entity', params: usccParams, body: entityUpdate, response: { 200: entitySchema } } },
    async (request) => registry.entities.update(actorOf(request), request.params.uscc, request.body),
  );
}
