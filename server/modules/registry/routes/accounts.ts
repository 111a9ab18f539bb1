// Enterprise accounts: staff link applicant accounts to an entity (/registry/entities/:uscc/accounts);
// the applicant reads the entities they represent and each one's file (/me/entities).
import { z } from 'zod';
import { entityAccountSchema, entityAccountsReply, linkAccountBody, myEntitiesReply } from '../../../../common/api/registry-accounts.ts';
import { profileReply } from '../../../../common/api/registry.ts';
import { actorOf, principalOf } from '../../../platform/auth/index.ts';
import type { App } from '../../../platform/http/index.ts';
import type { RegistryService } from '../service/index.ts';

const tags = ['registry 企业账号'];
const managers = { roles: ['admin', 'office', 'approver'], scope: 'all' } as const;
const applicant = { roles: ['applicant'], scope: 'own' } as const;
const usccParams = z.object({ uscc: z.string().trim().min(1).max(18) });

export function registerAccountRoutes(app: App, registry: RegistryService) {
  app.get(
    '/api/v1/registry/entities/:uscc/accounts',
    { config: { policy: managers }, schema: { tags, summary: '关联账号 · applicant accounts acting for an entity', params: usccParams, response: { 200: entityAccountsReply } } },
    async (request) => ({ accounts: await registry.accounts.list(request.params.uscc) }),
  );
  app.post(
    '/api/v1/registry/entities/:uscc/accounts',
    {
      config: { policy: managers },
      schema: { tags, summary: '关联账号 · link an applicant account (by username) to an entity', params: usccParams, body: linkAccountBody, response: { 201: entityAccountSchema } },
    },
    async (request, reply) => reply.code(201).send(await registry.accounts.link(actorOf(request), request.params.uscc, request.body)),
  );
  app.delete(
    '/api/v1/registry/entities/:uscc/accounts/:userId',
    { config: { policy: managers }, schema: { tags, summary: '解除关联 · unlink an account from an entity', params: usccParams.extend({ userId: z.string().uuid() }) } },
    async (request, reply) => {
      await registry.accounts.unlink(actorOf(request), request.params.uscc, request.params.userId);
      return reply.code(204).send();
    },
  );
  app.get(
    '/api/v1/me/entities',
    { config: { policy: applicant }, schema: { tags, summary: '我的企业 · the entities the signed-in account represents', response: { 200: myEntitiesReply } } },
    async (request) => ({ items: await registry.accounts.mine(principalOf(request).userId) }),
  );
  app.get(
    '/api/v1/me/entities/:uscc/profile',
    {
      config: { policy: applicant },
      schema: { tags, summary: '我的企业档案 · the file of an entity the signed-in account represents (404 otherwise)', params: usccParams, response: { 200: profileReply } },
    },
    async (request) => registry.accounts.profileFor(principalOf(request).userId, request.params.uscc),
  );
}
