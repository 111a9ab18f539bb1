// 好差评 routes: the applicant's /api/v1/me/evaluations and ratings, the window's visit pages, public reviews
// and satisfaction figures, the staff's lists and loops, appeals and metrics. Thin: parse, call, reply.
import { z } from 'zod';
import {
  appealBody,
  appealDecisionBody,
  appealsQuery,
  appealsReply,
  assigneesReply,
  loopActionBody,
  metricsQuery,
  metricsReply,
  myEvaluationsReply,
  publicReviewBody,
  publicSatisfactionReply,
  rateBody,
  ratingInput,
  ratingsQuery,
  ratingsReply,
  ratingView,
  supplementBody,
  windowSessionBody,
  windowSessionView,
} from '../../../common/api/evaluations.ts';
import { isoDate } from '../../../common/api/dates.ts';
import type { Actor } from '../../platform/audit/index.ts';
import { actorOf, principalOf } from '../../platform/auth/index.ts';
import type { App } from '../../platform/http/index.ts';
import type { EvaluationsService } from './service/index.ts';

const tags = ['evaluations 好差评'];
const signedIn = { roles: [], scope: 'own' } as const;
const staff = { roles: ['admin', 'office', 'leader', 'clerk', 'approver', 'agent', 'handler', 'inspector'], scope: 'subtree' } as const;
const window = { roles: ['clerk', 'approver'], scope: 'own' } as const;
const appealers = { roles: ['approver', 'leader'], scope: 'own' } as const;
const office = { roles: ['admin', 'office'], scope: 'all' } as const;
const idParams = z.object({ id: z.string().uuid() });
const tokenParams = z.object({ token: z.string().min(10).max(100) });
const dateQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });

/** Public ratings are nobody's in the audit log, even from a signed-in browser (a clerk's tablet must not sign them). */
const anonymous = (request: { ip: string; id: unknown }): Actor => ({ type: 'system', id: null, ip: request.ip, requestId: String(request.id) });

export function registerEvaluationRoutes(app: App, evaluations: EvaluationsService) {
  const detail = (request: Parameters<typeof principalOf>[0], id: string) => evaluations.detail(principalOf(request), id);

  app.get('/api/v1/me/evaluations', { config: { policy: signedIn }, schema: { tags, summary: '我的评价 · my finished cases to rate', response: { 200: myEvaluationsReply } } }, async (request) =>
    evaluations.invitations.mine(principalOf(request)),
  );
  // 一事一评 of a finished application (`applicationId`) or a closed hotline ticket (`ticketId`): exactly one of them.
  app.post('/api/v1/evaluations/ratings', { config: { policy: signedIn }, schema: { tags, summary: '一事一评 · rate a finished application or a closed hotline ticket', body: rateBody, response: { 201: ratingView } } }, async (request, reply) => {
    const r = await evaluations.ratings.rate(actorOf(request), principalOf(request), request.body);
    return reply.code(201).send(await detail(request, r.id));
  });
  app.post(
    '/api/v1/evaluations/ratings/:id/supplement',
    { config: { policy: signedIn }, schema: { tags, summary: '追评 · add the one supplementary rating', params: idParams, body: supplementBody, response: { 200: ratingView } } },
    async (request) => {
      await evaluations.ratings.supplement(actorOf(request), principalOf(request), request.params.id, request.body);
      return detail(request, request.params.id);
    },
  );
  app.get('/api/v1/evaluations/ratings/:id', { config: { policy: signedIn }, schema: { tags, summary: '评价详情 · a rating with its loop and appeals', params: idParams, response: { 200: ratingView } } }, async (request) =>
    detail(request, request.params.id),
  );
  app.get('/api/v1/evaluations/ratings', { config: { policy: staff }, schema: { tags, summary: '评价列表与差评队列 · ratings and the bad-rating queue', querystring: ratingsQuery, response: { 200: ratingsReply } } }, async (request) =>
    evaluations.list(principalOf(request), request.query),
  );

  app.get('/api/v1/evaluations/loops/:id/assignees', { config: { policy: staff }, schema: { tags, summary: '可指派的核实人 · who may verify', params: idParams, response: { 200: assigneesReply } } }, async (request) => ({
    items: await evaluations.loops.assignees(principalOf(request), request.params.id),
  }));
  app.post(
    '/api/v1/evaluations/loops/:id/actions',
    { config: { policy: staff }, schema: { tags, summary: '差评整改办理 · act on a bad-rating loop', params: idParams, body: loopActionBody, response: { 200: ratingView } } },
    async (request) => detail(request, await evaluations.loops.act(actorOf(request), principalOf(request), request.params.id, request.body)),
  );

  app.post(
    '/api/v1/evaluations/ratings/:id/appeals',
    { config: { policy: appealers }, schema: { tags, summary: '申诉 · appeal a rating', params: idParams, body: appealBody, response: { 201: ratingView } } },
    async (request, reply) => reply.code(201).send(await detail(request, await evaluations.appeals.file(actorOf(request), principalOf(request), request.params.id, request.body))),
  );
  app.get('/api/v1/evaluations/appeals', { config: { policy: office }, schema: { tags, summary: '申诉审核队列 · appeals for the office', querystring: appealsQuery, response: { 200: appealsReply } } }, async (request) =>
    evaluations.appeals.list(principalOf(request), request.query),
  );
  app.post(
    '/api/v1/evaluations/appeals/:id/decision',
    { config: { policy: office }, schema: { tags, summary: '申诉审核 · decide an appeal', params: idParams, body: appealDecisionBody, response: { 200: ratingView } } },
    async (request) => detail(request, await evaluations.appeals.decide(actorOf(request), principalOf(request), request.params.id, request.body)),
  );

  app.get('/api/v1/evaluations/metrics', { config: { policy: staff }, schema: { tags, summary: '好差评指标 · rating metrics', querystring: metricsQuery, response: { 200: metricsReply } } }, async (request) =>
    evaluations.metrics.metrics(principalOf(request), request.query),
  );

  app.post(
    '/api/v1/evaluations/window-sessions',
    { config: { policy: window }, schema: { tags, summary: '一次一评：发起评价 · open a window visit rating', body: windowSessionBody, response: { 201: windowSessionView } } },
    async (request, reply) => reply.code(201).send(await evaluations.window.open(actorOf(request), principalOf(request), request.body)),
  );
  app.get('/api/v1/evaluations/window-sessions/:id', { config: { policy: window }, schema: { tags, summary: '一次一评：是否已评 · whether the visit was rated', params: idParams, response: { 200: windowSessionView } } }, async (request) =>
    evaluations.window.get(principalOf(request), request.params.id),
  );
  app.get('/api/v1/public/evaluations/window/:token', { config: { policy: 'public' }, schema: { tags, summary: '一次一评页面 · the visit being rated (public)', params: tokenParams, response: { 200: windowSessionView } } }, async (request) =>
    evaluations.window.byToken(request.params.token),
  );
  app.post(
    '/api/v1/public/evaluations/window/:token',
    { config: { policy: 'public' }, schema: { tags, summary: '一次一评 · rate the window visit (public)', params: tokenParams, body: ratingInput, response: { 201: z.object({ id: z.string().uuid(), bad: z.boolean() }) } } },
    async (request, reply) => reply.code(201).send(await evaluations.window.rate(anonymous(request), request.params.token, request.body)),
  );
  app.post(
    '/api/v1/public/evaluations/reviews',
    { config: { policy: 'public' }, schema: { tags, summary: '综合点评 · review a hall or department (public)', body: publicReviewBody, response: { 201: z.object({ id: z.string().uuid() }) } } },
    async (request, reply) => reply.code(201).send(await evaluations.window.review(anonymous(request), request.ip, request.body)),
  );
  app.get('/api/v1/public/evaluations/satisfaction', { config: { policy: 'public' }, schema: { tags, summary: '各部门满意度 · satisfaction by department (public)', querystring: dateQuery, response: { 200: publicSatisfactionReply } } }, async (request) =>
    evaluations.metrics.publicSatisfaction(request.query),
  );
}
