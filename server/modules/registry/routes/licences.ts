// /api/v1/registry/licences and the public /api/v1/verify/:code.
import { z } from 'zod';
import {
  issueLicenceBody,
  licenceSchema,
  licencesQuery,
  licencesReply,
  licenceTypeInput,
  licenceTypeSchema,
  licenceTypesReply,
  licenceTypeUpdate,
  revokeLicenceBody,
  verificationReply,
} from '../../../../common/api/registry.ts';
import { actorOf, principalOf } from '../../../platform/auth/index.ts';
import type { App } from '../../../platform/http/index.ts';
import type { RegistryService } from '../service/index.ts';

const tags = ['registry 电子证照'];
const staff = { roles: ['admin', 'office', 'leader', 'clerk', 'approver', 'agent', 'handler', 'inspector'], scope: 'all' } as const;
const issuers = { roles: ['admin', 'approver'], scope: 'department' } as const;
const admin = { roles: ['admin'], scope: 'all' } as const;
const idParams = z.object({ id: z.string().uuid() });

export function registerLicenceRoutes(app: App, registry: RegistryService) {
  app.get('/api/v1/registry/licence-types', { config: { policy: staff }, schema: { tags, summary: '证照类型 · licence types', response: { 200: licenceTypesReply } } }, async () => ({
    types: await registry.licences.types(),
  }));
  app.post(
    '/api/v1/registry/licence-types',
    { config: { policy: admin }, schema: { tags, summary: '新增证照类型 · create a licence type', body: licenceTypeInput, response: { 201: licenceTypeSchema } } },
    async (request, reply) => reply.code(201).send(await registry.licenceTypes.create(actorOf(request), request.body)),
  );
  app.patch(
    '/api/v1/registry/licence-types/:id',
    {
      config: { policy: admin },
      schema: {
        tags,
        summary: '修改证照类型 · edit a licence type (the code is fixed; once licences exist, fields may be added or relabelled only)',
        params: idParams,
        body: licenceTypeUpdate,
        response: { 200: licenceTypeSchema },
      },
    },
    async (request) => registry.licenceTypes.update(actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/v1/registry/licences',
    { config: { policy: staff }, schema: { tags, summary: '证照查询 · licences', querystring: licencesQuery, response: { 200: licencesReply } } },
    async (request) => registry.licences.list(request.query),
  );
  app.get(
    '/api/v1/registry/licences/:id',
    { config: { policy: staff }, schema: { tags, summary: '证照 · one licence', params: idParams, response: { 200: licenceSchema } } },
    async (request) => registry.licences.get(request.params.id),
  );
  app.post(
    '/api/v1/registry/licences',
    { config: { policy: issuers }, schema: { tags, summary: '签发证照 · issue a licence', body: issueLicenceBody, response: { 201: licenceSchema } } },
    async (request, reply) => reply.code(201).send(await registry.licences.issue(actorOf(request), principalOf(request), request.body)),
  );
  app.post(
    '/api/v1/registry/licences/:id/revoke',
    { config: { policy: issuers }, schema: { tags, summary: '吊销证照 · revoke a licence', params: idParams, body: revokeLicenceBody, response: { 200: licenceSchema } } },
    async (request) => registry.licences.revoke(actorOf(request), principalOf(request), request.params.id, request.body.reason),
  );
  // Anyone holding a licence's code or QR may check it, signed in or not (亮证核验).
  app.get(
    '/api/v1/verify/:code',
    {
      config: { policy: 'public' },
      schema: { tags, summary: '证照核验 · verify a licence by its code (public)', params: z.object({ code: z.string().trim().min(6).max(20) }), response: { 200: verificationReply } },
    },
    async (request) => registry.licences.verify(request.params.code),
  );
}
