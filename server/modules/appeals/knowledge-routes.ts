// 知识库 routes under /api/v1/appeals/knowledge: search (the seat console's panel), read, create, edit, retire, restore.
// Thin: parse, call, reply. Who may: knowledge-policy.ts.
import { z } from 'zod';
import {
  createKnowledgeBody,
  knowledgeEntry,
  knowledgeSearchQuery,
  knowledgeSearchReply,
  restoreKnowledgeBody,
  retireKnowledgeBody,
  updateKnowledgeBody,
} from '../../../common/api/appeals-knowledge.ts';
import { actorOf } from '../../platform/auth/index.ts';
import type { App } from '../../platform/http/index.ts';
import { knowledgeEditors, knowledgeReaders } from './knowledge-policy.ts';
import type { KnowledgeService } from './service/knowledge.ts';

const tags = ['appeals 接诉即办'];
const idParams = z.object({ id: z.string().uuid('编号格式不对 / not a valid id') });

export function registerKnowledgeRoutes(app: App, knowledge: KnowledgeService) {
  app.get(
    '/api/v1/appeals/knowledge',
    { config: { policy: knowledgeReaders }, schema: { tags, summary: '知识库检索 · search the knowledge base', querystring: knowledgeSearchQuery, response: { 200: knowledgeSearchReply } } },
    async (request) => knowledge.search(request.query),
  );
  app.get(
    '/api/v1/appeals/knowledge/:id',
    { config: { policy: knowledgeReaders }, schema: { tags, summary: '知识库条目 · a knowledge entry', params: idParams, response: { 200: knowledgeEntry } } },
    async (request) => knowledge.get(request.params.id),
  );
  app.post(
    '/api/v1/appeals/knowledge',
    { config: { policy: knowledgeEditors }, schema: { tags, summary: '新增知识 · add a knowledge entry', body: createKnowledgeBody, response: { 201: knowledgeEntry } } },
    async (request, reply) => reply.code(201).send(await knowledge.create(actorOf(request), request.body)),
  );
  app.patch(
    '/api/v1/appeals/knowledge/:id',
    { config: { policy: knowledgeEditors }, schema: { tags, summary: '修改知识 · edit a knowledge entry', params: idParams, body: updateKnowledgeBody, response: { 200: knowledgeEntry } } },
    async (request) => knowledge.update(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/v1/appeals/knowledge/:id/retire',
    { config: { policy: knowledgeEditors }, schema: { tags, summary: '停用知识 · retire a knowledge entry (out of the search from now on, its dates kept)', params: idParams, body: retireKnowledgeBody, response: { 200: knowledgeEntry } } },
    async (request) => knowledge.retire(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/v1/appeals/knowledge/:id/restore',
    { config: { policy: knowledgeEditors }, schema: { tags, summary: '恢复启用 · put a retired knowledge entry back in use', params: idParams, body: restoreKnowledgeBody, response: { 200: knowledgeEntry } } },
    async (request) => knowledge.restore(actorOf(request), request.params.id, request.body),
  );
}
