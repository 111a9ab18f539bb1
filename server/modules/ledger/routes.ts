// 督办台账 routes of the tasks: the list with every filter (lights included), the detail with its history and
// what the caller may do, creating and editing (the office), progress reports (the units), the closure path's
// steps and 挂牌督办. Thin: parse, call, reply. The structure's routes are in routes-structure.ts.
import { z } from 'zod';
import { escalateBody, liftEscalationBody, progressBody, taskActionBody, taskBody, taskCreated, taskDetail, taskListQuery, taskPage, taskUpdateBody } from '../../../common/api/ledger.ts';
import { actorOf, principalOf } from '../../platform/auth/index.ts';
import type { App } from '../../platform/http/index.ts';
import { idParams, office, PREFIX, registerLedgerStructureRoutes, staff, tags } from './routes-structure.ts';
import type { LedgerService } from './service/index.ts';

const escalationParams = idParams.extend({ escalationId: z.string().uuid('编号格式不对 / not a valid id') });

export function registerLedgerRoutes(app: App, ledger: LedgerService) {
  registerLedgerStructureRoutes(app, ledger);
  const { tasks } = ledger;

  app.get(`${PREFIX}/tasks`, { config: { policy: staff }, schema: { tags, summary: '台账任务 · tasks (every filter, lights on working days)', querystring: taskListQuery, response: { 200: taskPage } } }, async (request) =>
    tasks.list(principalOf(request), request.query),
  );
  app.post(`${PREFIX}/tasks`, { config: { policy: office }, schema: { tags, summary: '新建台账任务 · create a task', body: taskBody, response: { 201: taskCreated } } }, async (request, reply) =>
    reply.code(201).send(await tasks.create(actorOf(request), principalOf(request), request.body)),
  );
  app.get(`${PREFIX}/tasks/:id`, { config: { policy: staff }, schema: { tags, summary: '台账任务详情 · a task with its history and what you may do', params: idParams, response: { 200: taskDetail } } }, async (request) =>
    tasks.get(principalOf(request), request.params.id),
  );
  app.put(`${PREFIX}/tasks/:id`, { config: { policy: office }, schema: { tags, summary: '修改台账任务 · edit a task (a new lead unit takes it over)', params: idParams, body: taskUpdateBody, response: { 200: taskDetail } } }, async (request) =>
    tasks.update(actorOf(request), principalOf(request), request.params.id, request.body),
  );
  app.post(`${PREFIX}/tasks/:id/reports`, { config: { policy: staff }, schema: { tags, summary: '报送进展 · file progress (lead or support unit)', params: idParams, body: progressBody, response: { 201: taskDetail } } }, async (request, reply) =>
    reply.code(201).send(await tasks.report(actorOf(request), principalOf(request), request.params.id, request.body)),
  );
  app.post(`${PREFIX}/tasks/:id/actions`, { config: { policy: staff }, schema: { tags, summary: '销号流程 · a step on the closure path', params: idParams, body: taskActionBody, response: { 200: taskDetail } } }, async (request) =>
    tasks.act(actorOf(request), principalOf(request), request.params.id, request.body),
  );
  app.post(`${PREFIX}/tasks/:id/escalations`, { config: { policy: office }, schema: { tags, summary: '挂牌督办 · escalate a task', params: idParams, body: escalateBody, response: { 201: taskDetail } } }, async (request, reply) =>
    reply.code(201).send(await tasks.escalate(actorOf(request), principalOf(request), request.params.id, request.body)),
  );
  app.post(`${PREFIX}/tasks/:id/escalations/:escalationId/lift`, { config: { policy: office }, schema: { tags, summary: '解除挂牌督办 · lift an escalation', params: escalationParams, body: liftEscalationBody, response: { 200: taskDetail } } }, async (request) =>
    tasks.lift(actorOf(request), principalOf(request), request.params.id, request.params.escalationId, request.body),
  );
}
