// /api/v1/applications (drafts, submission, actions, lists, queue, statistics, export), the applicant's
// /api/v1/me/applications, /api/v1/post-checks and /api/v1/commitment-blocks. Thin: parse, call, reply.
import { z } from 'zod';
import {
  actionBody,
  applicationDetail,
  applicationsQuery,
  applicationsReply,
  draftBody,
  draftUpdate,
  liftBlockBody,
  postBody,
  queueQuery,
  queueReply,
  statsQuery,
  statsReply,
  submitBody,
  APPLICATION_STATES,
  commitmentBlocksReply,
  postCheckActionBody,
  postChecksQuery,
  postChecksReply,
} from '../../../common/api/applications.ts';
import { pageQuery } from '../../../common/api/org.ts';
import { actorOf, principalOf } from '../../platform/auth/index.ts';
import type { App } from '../../platform/http/index.ts';
import type { ApplicationsService } from './service/index.ts';
import { exportApplications, XLSX_TYPE } from './service/export.ts';

const tags = ['applications 办件'];
const signedIn = { roles: [], scope: 'own' } as const;
const staff = { roles: ['admin', 'office', 'leader', 'clerk', 'approver', 'agent', 'handler', 'inspector'], scope: 'subtree' } as const;
const office = { roles: ['admin', 'office', 'leader'], scope: 'all' } as const;
const idParams = z.object({ id: z.string().uuid() });

export function registerApplicationRoutes(app: App, applications: ApplicationsService) {
  const detail = (request: Parameters<typeof principalOf>[0], id: string) => applications.queries.detail(principalOf(request), id);

  app.post('/api/v1/applications', { config: { policy: signedIn }, schema: { tags, summary: '新建草稿 · start a draft', body: draftBody, response: { 201: applicationDetail } } }, async (request, reply) => {
    const id = await applications.drafts.create(actorOf(request), principalOf(request), request.body);
    return reply.code(201).send(await detail(request, id));
  });
  app.patch(
    '/api/v1/applications/:id',
    { config: { policy: signedIn }, schema: { tags, summary: '保存草稿 · save a draft', params: idParams, body: draftUpdate, response: { 200: applicationDetail } } },
    async (request) => {
      await applications.drafts.update(actorOf(request), principalOf(request), request.params.id, request.body);
      return detail(request, request.params.id);
    },
  );
  app.delete(
    '/api/v1/applications/:id',
    { config: { policy: signedIn }, schema: { tags, summary: '删除草稿 · discard a draft', params: idParams, querystring: z.object({ version: z.coerce.number().int().min(1) }) } },
    async (request, reply) => {
      await applications.drafts.remove(actorOf(request), principalOf(request), request.params.id, request.query.version);
      return reply.code(204).send();
    },
  );
  app.post(
    '/api/v1/applications/:id/submit',
    { config: { policy: signedIn }, schema: { tags, summary: '提交申请 · submit (gets its 办件编号)', params: idParams, body: submitBody, response: { 200: applicationDetail } } },
    async (request) => {
      await applications.submit(actorOf(request), principalOf(request), request.params.id, request.body.version);
      return detail(request, request.params.id);
    },
  );
  app.post(
    '/api/v1/applications/:id/actions',
    { config: { policy: signedIn }, schema: { tags, summary: '办理操作 · take an action (409 when someone acted first)', params: idParams, body: actionBody, response: { 200: applicationDetail } } },
    async (request) => {
      await applications.act(actorOf(request), principalOf(request), request.params.id, request.body);
      return detail(request, request.params.id);
    },
  );
  app.post(
    '/api/v1/applications/:id/post',
    { config: { policy: staff }, schema: { tags, summary: '邮寄送达状态 · postal delivery status', params: idParams, body: postBody, response: { 200: applicationDetail } } },
    async (request) => {
      await applications.setPost(actorOf(request), principalOf(request), request.params.id, request.body);
      return detail(request, request.params.id);
    },
  );
  app.get('/api/v1/applications/queue', { config: { policy: staff }, schema: { tags, summary: '待办 · my work queue', querystring: queueQuery, response: { 200: queueReply } } }, async (request) =>
    applications.queries.queue(principalOf(request), request.query),
  );
  app.get('/api/v1/applications/stats', { config: { policy: staff }, schema: { tags, summary: '办件统计 · statistics', querystring: statsQuery, response: { 200: statsReply } } }, async (request) =>
    applications.stats.summary(request.query),
  );
  app.get(
    '/api/v1/applications/export.xlsx',
    { config: { policy: staff }, schema: { tags, summary: '导出办件 · export the filtered list to Excel', querystring: applicationsQuery.omit({ page: true, pageSize: true }) } },
    async (request, reply) => {
      const p = principalOf(request);
      const filter = await applications.queries.filterOf(p, { ...request.query, page: 1, pageSize: 1 }, new Date());
      const buffer = await exportApplications(applications, filter);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename="applications.xlsx"; filename*=UTF-8''${encodeURIComponent('办件清单.xlsx')}`)
        .send(buffer);
    },
  );
  app.get('/api/v1/applications', { config: { policy: staff }, schema: { tags, summary: '办件管理 · applications (filters)', querystring: applicationsQuery, response: { 200: applicationsReply } } }, async (request) =>
    applications.queries.list(principalOf(request), request.query),
  );
  app.get(
    '/api/v1/applications/:id',
    { config: { policy: signedIn }, schema: { tags, summary: '办件详情 · one application with its timeline and my actions', params: idParams, response: { 200: applicationDetail } } },
    async (request) => detail(request, request.params.id),
  );
  app.get(
    '/api/v1/me/applications',
    { config: { policy: signedIn }, schema: { tags, summary: '我的办件 · my drafts and applications', querystring: pageQuery.extend({ state: z.enum(APPLICATION_STATES).optional() }), response: { 200: applicationsReply } } },
    async (request) => applications.queries.mine(principalOf(request), request.query),
  );

  app.get(
    '/api/v1/post-checks',
    {
      config: { policy: staff },
      schema: { tags, summary: '事后核查 · post-checks', querystring: postChecksQuery, response: { 200: postChecksReply } },
    },
    async (request) => applications.listPostChecks(principalOf(request), request.query),
  );
  app.post(
    '/api/v1/post-checks/:id/actions',
    {
      config: { policy: staff },
      schema: {
        tags,
        summary: '核查结论 · pass or fail a post-check (fail revokes and bars)',
        params: idParams,
        body: postCheckActionBody,
      },
    },
    async (request) => {
      const check = await applications.postChecks.act(actorOf(request), principalOf(request), request.params.id, request.body);
      return { id: check?.id, result: check?.result };
    },
  );
  app.get(
    '/api/v1/commitment-blocks',
    { config: { policy: office }, schema: { tags, summary: '承诺制限制 · applicants barred from commitment-based approval', querystring: z.object({ active: z.enum(['1', '0']).default('1') }), response: { 200: commitmentBlocksReply } } },
    async (request) => ({
      items: (await applications.postChecks.blocks(request.query.active === '1')).map((b) => ({
        id: b.id,
        applicantKey: b.applicantKey,
        applicantName: b.applicantName,
        applicationId: b.applicationId,
        applicationNumber: b.applicationNumber,
        reason: b.reason,
        createdAt: new Date(b.createdAt).toISOString(),
        liftedAt: b.liftedAt ? new Date(b.liftedAt).toISOString() : null,
        liftReason: b.liftReason,
      })),
    }),
  );
  app.post(
    '/api/v1/commitment-blocks/:id/lift',
    { config: { policy: office }, schema: { tags, summary: '解除限制 · lift a bar (信用修复)', params: idParams, body: liftBlockBody } },
    async (request, reply) => {
      await applications.postChecks.lift(actorOf(request), principalOf(request), request.params.id, request.body.reason);
      return reply.code(204).send();
    },
  );
}
