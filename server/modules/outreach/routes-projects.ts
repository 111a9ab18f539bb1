// 企业服务 routes for key projects, their blockers, coordination meetings and hall inspections. Thin.
import {
  blockerBody,
  blockerView,
  inspectionBody,
  inspectionsReply,
  inspectionView,
  listQuery,
  projectBody,
  projectDetail,
  projectMeetingBody,
  projectMeetingsReply,
  projectMeetingView,
  projectsReply,
  solveBlockerBody,
} from '../../../common/api/outreach.ts';
import { actorOf, principalOf } from '../../platform/auth/index.ts';
import type { App } from '../../platform/http/index.ts';
import { idParams, PREFIX, readers, staff, tags, writers } from './policies.ts';
import type { OutreachService } from './service/index.ts';

export function registerOutreachProjectRoutes(app: App, outreach: OutreachService) {
  const { projects, inspections } = outreach;

  app.get(`${PREFIX}/projects`, { config: { policy: staff }, schema: { tags, summary: '重点项目 · key projects (a unit: those with its blockers)', querystring: listQuery, response: { 200: projectsReply } } }, async (request) =>
    projects.list(principalOf(request), request.query),
  );
  app.post(`${PREFIX}/projects`, { config: { policy: writers }, schema: { tags, summary: '登记重点项目 · add a key project', body: projectBody, response: { 201: projectDetail } } }, async (request, reply) =>
    reply.code(201).send(await projects.create(actorOf(request), principalOf(request), request.body)),
  );
  app.get(`${PREFIX}/projects/:id`, { config: { policy: staff }, schema: { tags, summary: '项目详情 · a project with its blockers', params: idParams, response: { 200: projectDetail } } }, async (request) =>
    projects.detail(principalOf(request), request.params.id),
  );
  app.post(`${PREFIX}/projects/:id/blockers`, { config: { policy: writers }, schema: { tags, summary: '登记堵点 · add a blocker', params: idParams, body: blockerBody, response: { 201: blockerView } } }, async (request, reply) =>
    reply.code(201).send(await projects.addBlocker(actorOf(request), request.params.id, request.body)),
  );
  app.post(`${PREFIX}/blockers/:id/solve`, { config: { policy: writers }, schema: { tags, summary: '解决堵点 · solve a blocker', params: idParams, body: solveBlockerBody, response: { 200: blockerView } } }, async (request) =>
    projects.solve(actorOf(request), request.params.id, request.body),
  );

  app.get(`${PREFIX}/project-meetings`, { config: { policy: readers }, schema: { tags, summary: '项目推进会 · coordination meetings', querystring: listQuery, response: { 200: projectMeetingsReply } } }, async (request) => projects.meetings(request.query));
  app.post(`${PREFIX}/project-meetings`, { config: { policy: writers }, schema: { tags, summary: '登记推进会 · record a meeting and the blockers it solved', body: projectMeetingBody, response: { 201: projectMeetingView } } }, async (request, reply) =>
    reply.code(201).send(await projects.holdMeeting(actorOf(request), request.body)),
  );

  app.get(`${PREFIX}/inspections`, { config: { policy: readers }, schema: { tags, summary: '明查暗访 · hall inspections', querystring: listQuery, response: { 200: inspectionsReply } } }, async (request) => inspections.list(request.query));
  app.post(`${PREFIX}/inspections`, { config: { policy: writers }, schema: { tags, summary: '登记明查暗访 · record an inspection (findings become ledger tasks)', body: inspectionBody, response: { 201: inspectionView } } }, async (request, reply) =>
    reply.code(201).send(await inspections.record(actorOf(request), request.body)),
  );
  app.get(`${PREFIX}/inspections/:id`, { config: { policy: readers }, schema: { tags, summary: '检查详情 · an inspection with its findings’ tasks', params: idParams, response: { 200: inspectionView } } }, async (request) =>
    inspections.get(request.params.id),
  );
}
