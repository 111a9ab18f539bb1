// 企业服务 routes (/api/v1/outreach): stewards, contacts and problems, the figures and the enterprise page; projects,
// blockers, meetings and inspections in routes-projects.ts. Thin: parse, call, reply. The office and admins write,
// leaders read; a unit's staff read and answer the problems routed to them and see their own blockers.
import { z } from 'zod';
import {
  answerProblemBody,
  contactBody,
  contactsReply,
  contactView,
  enterpriseOutreachView,
  listQuery,
  outreachStats,
  outreachStatsQuery,
  problemsReply,
  problemView,
  routeProblemBody,
  stewardBody,
  stewardEndBody,
  stewardsReply,
  stewardView,
} from '../../../common/api/outreach.ts';
import { actorOf, principalOf } from '../../platform/auth/index.ts';
import type { App } from '../../platform/http/index.ts';
import { registerOutreachProjectRoutes } from './routes-projects.ts';
import { answerers, idParams, PREFIX, readers, staff, tags, writers } from './policies.ts';
import type { OutreachService } from './service/index.ts';

const usccParams = z.object({ uscc: z.string().trim().toUpperCase().length(18, '统一社会信用代码应为 18 位 / a USCC has 18 characters') });

export function registerOutreachRoutes(app: App, outreach: OutreachService) {
  const { stewards, contacts } = outreach;

  app.get(`${PREFIX}/stewards`, { config: { policy: readers }, schema: { tags, summary: '帮扶管家 · enterprise stewards', querystring: listQuery, response: { 200: stewardsReply } } }, async (request) => stewards.list(request.query));
  app.post(`${PREFIX}/stewards`, { config: { policy: writers }, schema: { tags, summary: '派驻帮扶管家 · assign a steward', body: stewardBody, response: { 201: stewardView } } }, async (request, reply) =>
    reply.code(201).send(await stewards.assign(actorOf(request), request.body)),
  );
  app.post(`${PREFIX}/stewards/:id/end`, { config: { policy: writers }, schema: { tags, summary: '结束帮扶 · end a steward’s assignment', params: idParams, body: stewardEndBody, response: { 200: stewardView } } }, async (request) =>
    stewards.end(actorOf(request), request.params.id, request.body),
  );

  app.get(`${PREFIX}/contacts`, { config: { policy: readers }, schema: { tags, summary: '企业对接与走访 · contacts and visits', querystring: listQuery, response: { 200: contactsReply } } }, async (request) => contacts.listContacts(request.query));
  app.post(`${PREFIX}/contacts`, { config: { policy: writers }, schema: { tags, summary: '登记对接/走访 · record a contact or visit with the problems raised', body: contactBody, response: { 201: contactView } } }, async (request, reply) =>
    reply.code(201).send(await contacts.record(actorOf(request), principalOf(request), request.body)),
  );
  app.get(`${PREFIX}/contacts/:id`, { config: { policy: readers }, schema: { tags, summary: '对接记录 · a contact with its problems', params: idParams, response: { 200: contactView } } }, async (request) => contacts.contactView(request.params.id));

  app.get(`${PREFIX}/problems`, { config: { policy: staff }, schema: { tags, summary: '企业反映问题 · problems (a unit: those routed to it)', querystring: listQuery, response: { 200: problemsReply } } }, async (request) =>
    contacts.listProblems(principalOf(request), request.query),
  );
  app.get(`${PREFIX}/problems/:id`, { config: { policy: staff }, schema: { tags, summary: '问题详情 · a problem', params: idParams, response: { 200: problemView } } }, async (request) => contacts.problem(principalOf(request), request.params.id));
  app.post(`${PREFIX}/problems/:id/route`, { config: { policy: writers }, schema: { tags, summary: '交办 · route a problem to a unit (optionally as a ledger task)', params: idParams, body: routeProblemBody, response: { 200: problemView } } }, async (request) =>
    contacts.route(actorOf(request), request.params.id, request.body),
  );
  app.post(`${PREFIX}/problems/:id/answer`, { config: { policy: answerers }, schema: { tags, summary: '办理答复 · the unit answers: solved or explained', params: idParams, body: answerProblemBody, response: { 200: problemView } } }, async (request) =>
    contacts.answer(actorOf(request), principalOf(request), request.params.id, request.body),
  );

  app.get(`${PREFIX}/stats`, { config: { policy: readers }, schema: { tags, summary: '企业服务统计 · the figures of a period', querystring: outreachStatsQuery, response: { 200: outreachStats } } }, async (request) => outreach.stats.stats(request.query));
  app.get(`${PREFIX}/enterprises/:uscc`, { config: { policy: readers }, schema: { tags, summary: '企业服务档案 · steward, contacts, problems and projects of one enterprise', params: usccParams, response: { 200: enterpriseOutreachView } } }, async (request) =>
    outreach.enterprise(request.params.uscc),
  );

  registerOutreachProjectRoutes(app, outreach);
}
