// /api/v1/registry/share: audited data sharing, its log, its rules, and a person's own log.
import { z } from 'zod';
import { pageQuery } from '../../../../common/api/org.ts';
import { shareLogQuery, shareLogReply, shareReply, shareRequestBody, sharingRuleBody, sharingRulesReply } from '../../../../common/api/registry.ts';
import { actorOf, principalOf } from '../../../platform/auth/index.ts';
import type { App } from '../../../platform/http/index.ts';
import type { RegistryService } from '../service/index.ts';

const tags = ['registry 数据共享'];
const consumers = { roles: ['clerk', 'approver', 'agent', 'handler', 'inspector', 'office'], scope: 'department' } as const;
const readers = { roles: ['admin', 'office', 'leader', 'clerk', 'approver', 'agent', 'handler', 'inspector'], scope: 'subtree' } as const;
const admin = { roles: ['admin'], scope: 'all' } as const;

export function registerSharingRoutes(app: App, registry: RegistryService) {
  app.post(
    '/api/v1/registry/share',
    { config: { policy: consumers }, schema: { tags, summary: '调取共享数据 · request shared data (purpose and case required)', body: shareRequestBody, response: { 200: shareReply } } },
    async (request) => registry.sharing.request(principalOf(request), request.body),
  );
  app.get(
    '/api/v1/registry/share-log',
    { config: { policy: readers }, schema: { tags, summary: '共享日志 · the share log (own department’s requests and requests for its data)', querystring: shareLogQuery, response: { 200: shareLogReply } } },
    async (request) => registry.sharing.log(principalOf(request), request.query),
  );
  app.get(
    '/api/v1/registry/my-data-access',
    {
      config: { policy: { roles: ['applicant'], scope: 'own' } },
      schema: { tags, summary: '谁查看了我的数据 · who looked at my data', querystring: pageQuery, response: { 200: shareLogReply } },
    },
    async (request) => registry.sharing.mine(principalOf(request), request.query),
  );
  app.get('/api/v1/registry/sharing-rules', { config: { policy: readers }, schema: { tags, summary: '共享规则 · sharing rules', response: { 200: sharingRulesReply } } }, async () => ({
    rules: await registry.sharing.rules(),
  }));
  app.post(
    '/api/v1/registry/sharing-rules',
    { config: { policy: admin }, schema: { tags, summary: '新增共享规则 · add a sharing rule', body: sharingRuleBody, response: { 201: z.object({ id: z.string().uuid() }) } } },
    async (request, reply) => reply.code(201).send({ id: await registry.sharing.addRule(actorOf(request), request.body) }),
  );
  app.delete(
    '/api/v1/registry/sharing-rules/:id',
    { config: { policy: admin }, schema: { tags, summary: '删除共享规则 · remove a sharing rule', params: z.object({ id: z.string().uuid() }) } },
    async (request, reply) => {
      await registry.sharing.removeRule(actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
