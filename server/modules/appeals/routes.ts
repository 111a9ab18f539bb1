// 接诉即办 routes: intake from the seat and the public forms, the lists and the detail, each step of a
// ticket, notes and follow-ups, categories and the dispatch catalogue. Thin: parse, call, reply.
import { z } from 'zod';
import {
  appealSettingsBody,
  appealSettingsView,
  callbackBody,
  callerReply,
  categoriesReply,
  commentBody,
  createTicketBody,
  dishonestyDecisionBody,
  dispatchBody,
  dispatchRuleBody,
  dispatchRuleSchema,
  extendBody,
  extensionRequestBody,
  followUpBody,
  handoverBody,
  mergeBody,
  noteBody,
  replyBody,
  returnBody,
  ticketsQuery,
  ticketsReply,
  ticketView,
  urgeBody,
} from '../../../common/api/appeals.ts';
import { actorOf, principalOf } from '../../platform/auth/index.ts';
import type { App } from '../../platform/http/index.ts';
import type { AppealsService } from './service/index.ts';
import { registerKnowledgeRoutes } from './knowledge-routes.ts';
import { registerOpen311Routes } from './open311/routes.ts';
import { registerAppealStatsRoutes } from './stats-routes.ts';

const tags = ['appeals 接诉即办'];
const signedIn = { roles: [], scope: 'own' } as const;
const staff = { roles: ['admin', 'office', 'leader', 'agent', 'handler', 'clerk', 'approver', 'inspector'], scope: 'subtree' } as const;
const seats = { roles: ['admin', 'office', 'agent'], scope: 'all' } as const;
const idParams = z.object({ id: z.string().uuid() });
const versionBody = z.object({ version: z.number().int().min(1) });
const created = z.object({ id: z.string(), number: z.string(), state: z.string() });

type Tickets = AppealsService['tickets'];
type Step<B> = (actor: ReturnType<typeof actorOf>, p: ReturnType<typeof principalOf>, id: string, body: B) => Promise<unknown>;

export function registerAppealRoutes(app: App, appeals: AppealsService) {
  const { tickets } = appeals;
  registerKnowledgeRoutes(app, appeals.knowledge);
  registerOpen311Routes(app, appeals.open311);
  registerAppealStatsRoutes(app, appeals.stats);

  app.get('/api/v1/appeals/categories', { config: { policy: 'public' }, schema: { tags, summary: '诉求分类 · ticket categories', response: { 200: categoriesReply } } }, async () => ({
    categories: (await appeals.categories.categories()).map((c) => ({ code: c.code, parentCode: c.parentCode, name: c.name, nameEn: c.nameEn, description: c.description, keywords: c.keywords, defaultKind: c.defaultKind as z.infer<typeof categoriesReply>['categories'][number]['defaultKind'], utility: c.utility, active: c.active })),
  }));

  app.post('/api/v1/appeals/tickets', { config: { policy: signedIn }, schema: { tags, summary: '受理工单 · file a ticket (seat or public form)', body: createTicketBody, response: { 201: created } } }, async (request, reply) =>
    reply.code(201).send(await tickets.create(actorOf(request), principalOf(request), request.body)),
  );
  app.get('/api/v1/appeals/tickets', { config: { policy: signedIn }, schema: { tags, summary: '工单列表 · tickets (queue or all the viewer may see)', querystring: ticketsQuery, response: { 200: ticketsReply } } }, async (request) =>
    tickets.list(principalOf(request), request.query),
  );
  app.get('/api/v1/appeals/tickets/:id', { config: { policy: signedIn }, schema: { tags, summary: '工单详情 · a ticket with its timeline', params: idParams, response: { 200: ticketView } } }, async (request) =>
    tickets.get(principalOf(request), request.params.id),
  );
  app.get('/api/v1/me/appeals', { config: { policy: signedIn }, schema: { tags, summary: '我的诉求 · my tickets', querystring: z.object({ page: z.coerce.number().int().min(1).default(1), pageSize: z.coerce.number().int().min(1).max(100).default(20) }), response: { 200: ticketsReply } } }, async (request) =>
    tickets.mine(principalOf(request), request.query.page, request.query.pageSize),
  );
  app.get('/api/v1/appeals/callers', { config: { policy: seats }, schema: { tags, summary: '来电人历史工单 · a caller’s earlier tickets', querystring: z.object({ phone: z.string().trim().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '电话号码格式不对 / not a valid phone number') }), response: { 200: callerReply } } }, async (request) =>
    tickets.caller(request.query.phone),
  );
  app.get('/api/v1/appeals/proposal', { config: { policy: seats }, schema: { tags, summary: '派单建议 · the dispatch catalogue’s proposal', querystring: z.object({ categoryCode: z.string().min(1).max(40), areaCode: z.string().regex(/^\d{6}$/) }), response: { 200: z.object({ proposal: z.object({ leadDepartmentId: z.string(), supportDepartmentIds: z.array(z.string()), source: z.enum(['rule', 'fallback']) }).nullable() }) } } }, async (request) => ({
    proposal: await appeals.categories.propose(request.query.categoryCode, request.query.areaCode),
  }));

  // Each step answers with the ticket as it now is.
  const stepRoute = <B extends z.ZodTypeAny>(path: string, summary: string, body: B, run: Step<z.infer<B>>, policy: typeof staff | typeof signedIn = staff) =>
    app.post(`/api/v1/appeals/tickets/:id/${path}`, { config: { policy }, schema: { tags, summary, params: idParams, body, response: { 200: ticketView } } }, async (request) => {
      const p = principalOf(request);
      await run(actorOf(request), p, (request.params as { id: string }).id, request.body as z.infer<B>);
      return tickets.get(p, (request.params as { id: string }).id);
    });
  stepRoute('dispatch', '派单 · dispatch', dispatchBody, tickets.dispatch as Step<z.infer<typeof dispatchBody>>);
  stepRoute('redispatch', '改派 · re-dispatch a returned ticket', dispatchBody, tickets.redispatch as Step<z.infer<typeof dispatchBody>>);
  stepRoute('sign', '签收 · sign for', versionBody, (a, p, id, b) => tickets.sign(a, p, id, b.version));
  stepRoute('return', '退单 · return a misrouted ticket', returnBody, tickets.return as Step<z.infer<typeof returnBody>>);
  stepRoute('reply', '答复 · reply', replyBody, tickets.reply as Step<z.infer<typeof replyBody>>);
  stepRoute('callback', '回访 · call back (close or reopen)', callbackBody, tickets.callback as Step<z.infer<typeof callbackBody>>);
  stepRoute('merge', '并单 · merge into an open ticket', mergeBody, tickets.merge as Step<z.infer<typeof mergeBody>>);
  stepRoute('invalidate', '无效工单 · mark invalid', commentBody, tickets.invalidate as Step<z.infer<typeof commentBody>>);
  stepRoute('extend', '批准延期 · grant more time', extendBody, tickets.extend as Step<z.infer<typeof extendBody>>);
  stepRoute('urge', '催办 · urge', urgeBody, tickets.urge as Step<z.infer<typeof urgeBody>>);
  stepRoute('supervise', '督办 · supervise', commentBody, tickets.supervise as Step<z.infer<typeof commentBody>>);
  stepRoute('handover', '转交 · hand over within the unit', handoverBody, tickets.handover as Step<z.infer<typeof handoverBody>>);
  stepRoute('dishonesty', '政务失信核实与反馈 · a dishonesty report’s steps', dishonestyDecisionBody, tickets.dishonesty as Step<z.infer<typeof dishonestyDecisionBody>>);
  stepRoute('notes', '办理进展 · add a progress note', noteBody, tickets.note as Step<z.infer<typeof noteBody>>);
  stepRoute('extension-requests', '申请延期 · ask for more time', extensionRequestBody, tickets.requestExtension as Step<z.infer<typeof extensionRequestBody>>);
  stepRoute('follow-ups', '补充说明 · the requester writes again', followUpBody, tickets.followUp as Step<z.infer<typeof followUpBody>>, signedIn);
  stepRoute('hide-name', '隐藏姓名 · hide my name from the units', z.object({}), (a, p, id) => tickets.hideName(a, p, id), signedIn);

  // The hotline's configurable rules.
  const rulesPolicy = { roles: ['admin', 'office', 'agent', 'leader'], scope: 'all' } as const;
  const rulesEditors = { roles: ['admin', 'office'], scope: 'all' } as const;
  app.get('/api/v1/appeals/settings', { config: { policy: rulesPolicy }, schema: { tags, summary: '接诉即办规则 · the hotline’s rules (limits, weights)', response: { 200: appealSettingsView } } }, async () => appeals.settings.get());
  app.put('/api/v1/appeals/settings', { config: { policy: rulesEditors }, schema: { tags, summary: '修改接诉即办规则 · change the rules', body: appealSettingsBody, response: { 200: appealSettingsView } } }, async (request) =>
    appeals.settings.save(actorOf(request), request.body.rules, request.body.version),
  );

  // 派单目录.
  app.get('/api/v1/appeals/dispatch-rules', { config: { policy: staff }, schema: { tags, summary: '派单目录 · the dispatch catalogue', response: { 200: z.object({ rules: z.array(dispatchRuleSchema) }) } } }, async () => ({
    rules: (await appeals.categories.rules()).map(ruleView),
  }));
  app.post('/api/v1/appeals/dispatch-rules', { config: { policy: seats }, schema: { tags, summary: '新增派单规则 · add a rule', body: dispatchRuleBody, response: { 201: dispatchRuleSchema } } }, async (request, reply) =>
    reply.code(201).send(ruleView(await appeals.categories.createRule(actorOf(request), request.body))),
  );
  app.patch('/api/v1/appeals/dispatch-rules/:id', { config: { policy: seats }, schema: { tags, summary: '修改派单规则 · edit a rule', params: idParams, body: dispatchRuleBody.extend({ version: z.number().int().min(1) }), response: { 200: dispatchRuleSchema } } }, async (request) => {
    const { version, ...input } = request.body;
    return ruleView(await appeals.categories.updateRule(actorOf(request), request.params.id, version, input));
  });
  app.delete('/api/v1/appeals/dispatch-rules/:id', { config: { policy: seats }, schema: { tags, summary: '删除派单规则 · delete a rule', params: idParams, querystring: z.object({ version: z.coerce.number().int().min(1) }), response: { 204: z.null() } } }, async (request, reply) => {
    await appeals.categories.deleteRule(actorOf(request), request.params.id, request.query.version);
    return reply.code(204).send(null);
  });
}

const ruleView = (r: { id: string; categoryCode: string; areaCode: string | null; leadDepartmentId: string; supportDepartmentIds: string[]; note: string; version: number }) => ({
  id: r.id,
  categoryCode: r.categoryCode,
  areaCode: r.areaCode,
  leadDepartmentId: r.leadDepartmentId,
  supportDepartmentIds: r.supportDepartmentIds,
  note: r.note,
  version: r.version,
});

export type { Tickets };
