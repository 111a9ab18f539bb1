// 督办台账 routes of the structure: the leading group's members, sources with their issue → measure tree,
// issues, measures, and the rules. Thin: parse, call, reply.
import { z } from 'zod';
import {
  issueBody,
  issueRow,
  issueUpdateBody,
  measureBody,
  measureRow,
  measureUpdateBody,
  memberBody,
  memberUpdateBody,
  memberView,
  membersQuery,
  membersReply,
  settingsBody,
  settingsView,
  sourceBody,
  sourcesReply,
  sourceTree,
  sourceUpdateBody,
  sourceView,
} from '../../../common/api/ledger.ts';
import { actorOf } from '../../platform/auth/index.ts';
import type { App } from '../../platform/http/index.ts';
import type { LedgerService } from './service/index.ts';

export const tags = ['ledger 督办台账'];
export const PREFIX = '/api/v1/ledger';
/** Staff read the ledger (what each sees of the tasks is the service's data scope). */
export const staff = { roles: ['admin', 'office', 'leader', 'agent', 'handler', 'clerk', 'approver', 'inspector'], scope: 'subtree' } as const;
/** The office (and admins) write the structure, tasks, reviews and escalations. */
export const office = { roles: ['admin', 'office'], scope: 'all' } as const;
const overseers = { roles: ['admin', 'office', 'leader'], scope: 'all' } as const;
export const idParams = z.object({ id: z.string().uuid('编号格式不对 / not a valid id') });

export function registerLedgerStructureRoutes(app: App, ledger: LedgerService) {
  app.get(`${PREFIX}/members`, { config: { policy: staff }, schema: { tags, summary: '领导小组成员单位 · the leading group (on a date, changes in a period)', querystring: membersQuery, response: { 200: membersReply } } }, async (request) =>
    ledger.members.list(request.query),
  );
  app.post(`${PREFIX}/members`, { config: { policy: office }, schema: { tags, summary: '新增成员单位 · add a member unit', body: memberBody, response: { 201: memberView } } }, async (request, reply) =>
    reply.code(201).send(await ledger.members.create(actorOf(request), request.body)),
  );
  app.put(`${PREFIX}/members/:id`, { config: { policy: office }, schema: { tags, summary: '修改成员单位（含退出） · edit a member unit (or record it leaving)', params: idParams, body: memberUpdateBody, response: { 200: memberView } } }, async (request) =>
    ledger.members.update(actorOf(request), request.params.id, request.body),
  );

  app.get(`${PREFIX}/sources`, { config: { policy: staff }, schema: { tags, summary: '台账来源 · ledger sources with task counts', response: { 200: sourcesReply } } }, async () => ({ items: await ledger.sources.list() }));
  app.post(`${PREFIX}/sources`, { config: { policy: office }, schema: { tags, summary: '新增台账来源 · add a source', body: sourceBody, response: { 201: sourceView } } }, async (request, reply) =>
    reply.code(201).send(await ledger.sources.create(actorOf(request), request.body)),
  );
  app.get(`${PREFIX}/sources/:id`, { config: { policy: staff }, schema: { tags, summary: '台账来源 · a source', params: idParams, response: { 200: sourceView } } }, async (request) => ledger.sources.get(request.params.id));
  app.put(`${PREFIX}/sources/:id`, { config: { policy: office }, schema: { tags, summary: '修改台账来源 · edit a source', params: idParams, body: sourceUpdateBody, response: { 200: sourceView } } }, async (request) =>
    ledger.sources.update(actorOf(request), request.params.id, request.body),
  );
  app.get(`${PREFIX}/sources/:id/tree`, { config: { policy: staff }, schema: { tags, summary: '问题与整改措施 · issues → measures with task counts', params: idParams, response: { 200: sourceTree } } }, async (request) =>
    ledger.sources.tree(request.params.id),
  );

  app.post(`${PREFIX}/issues`, { config: { policy: office }, schema: { tags, summary: '新增问题 · add an issue', body: issueBody, response: { 201: issueRow } } }, async (request, reply) =>
    reply.code(201).send(await ledger.issues.create(actorOf(request), request.body)),
  );
  app.put(`${PREFIX}/issues/:id`, { config: { policy: office }, schema: { tags, summary: '修改问题 · edit an issue', params: idParams, body: issueUpdateBody, response: { 200: issueRow } } }, async (request) =>
    ledger.issues.update(actorOf(request), request.params.id, request.body),
  );
  app.post(`${PREFIX}/measures`, { config: { policy: office }, schema: { tags, summary: '新增整改措施 · add a measure', body: measureBody, response: { 201: measureRow } } }, async (request, reply) =>
    reply.code(201).send(await ledger.measures.create(actorOf(request), request.body)),
  );
  app.put(`${PREFIX}/measures/:id`, { config: { policy: office }, schema: { tags, summary: '修改整改措施 · edit a measure', params: idParams, body: measureUpdateBody, response: { 200: measureRow } } }, async (request) =>
    ledger.measures.update(actorOf(request), request.params.id, request.body),
  );

  app.get(`${PREFIX}/settings`, { config: { policy: overseers }, schema: { tags, summary: '台账规则 · the ledger’s rules (lights, half-time check)', response: { 200: settingsView } } }, async () => ledger.settings.get());
  app.put(`${PREFIX}/settings`, { config: { policy: office }, schema: { tags, summary: '修改台账规则 · change the rules', body: settingsBody, response: { 200: settingsView } } }, async (request) =>
    ledger.settings.save(actorOf(request), request.body),
  );
}
