// 督办台账's board, statistics and dispatch meetings (调度会) with their packs. Thin: parse, call, reply. The office,
// leaders and admins read; the office and admins write (meetings, holding them, their decisions).
import { z } from 'zod';
import { boardQuery, boardView, decisionBody, ledgerStats, ledgerStatsQuery, meetingBody, meetingPack, meetingUpdateBody, meetingView } from '../../../common/api/ledger.ts';
import { actorOf, principalOf } from '../../platform/auth/index.ts';
import type { App } from '../../platform/http/index.ts';
import type { LedgerBoard } from './service/board.ts';
import type { LedgerMeetings } from './service/meetings.ts';
import type { LedgerStatsService } from './service/stats.ts';

const tags = ['ledger 督办台账'];
const readers = { roles: ['office', 'leader', 'admin'], scope: 'all' } as const;
const writers = { roles: ['office', 'admin'], scope: 'all' } as const;
const idParams = z.object({ id: z.string().uuid() });
const created = z.object({ id: z.string(), number: z.string() });
const PREFIX = '/api/v1/ledger';

export function registerLedgerBoardRoutes(app: App, ledger: { board: LedgerBoard; meetings: LedgerMeetings; stats: LedgerStatsService }) {
  const { board, meetings, stats } = ledger;

  app.get(`${PREFIX}/board`, { config: { policy: readers }, schema: { tags, summary: '台账总览 · lights, the half-time check and closures per month', querystring: boardQuery, response: { 200: boardView } } }, async (request) =>
    board.board(principalOf(request), request.query),
  );
  app.get(`${PREFIX}/stats`, { config: { policy: readers }, schema: { tags, summary: '台账统计 · issues and tasks listed and closed in a period (for the metrics)', querystring: ledgerStatsQuery, response: { 200: ledgerStats } } }, async (request) =>
    stats.stats(request.query),
  );
  app.get(`${PREFIX}/pack`, { config: { policy: readers }, schema: { tags, summary: '调度会材料 · the live pack since the last meeting held', response: { 200: meetingPack } } }, async () => meetings.pack(null));

  app.get(`${PREFIX}/meetings`, { config: { policy: readers }, schema: { tags, summary: '调度会 · dispatch meetings, latest first', response: { 200: z.object({ items: z.array(meetingView) }) } } }, async () => ({
    items: await meetings.list(),
  }));
  app.post(`${PREFIX}/meetings`, { config: { policy: writers }, schema: { tags, summary: '新建调度会 · record a meeting', body: meetingBody, response: { 201: meetingView } } }, async (request, reply) =>
    reply.code(201).send(await meetings.create(actorOf(request), request.body)),
  );
  app.get(`${PREFIX}/meetings/:id`, { config: { policy: readers }, schema: { tags, summary: '调度会 · a meeting with its decisions', params: idParams, response: { 200: meetingView } } }, async (request) =>
    meetings.get(request.params.id),
  );
  app.put(`${PREFIX}/meetings/:id`, { config: { policy: writers }, schema: { tags, summary: '修改调度会 · edit a meeting (version)', params: idParams, body: meetingUpdateBody, response: { 200: meetingView } } }, async (request) =>
    meetings.update(actorOf(request), request.params.id, request.body),
  );
  app.post(`${PREFIX}/meetings/:id/hold`, { config: { policy: writers }, schema: { tags, summary: '召开调度会 · hold the meeting (freezes its pack)', params: idParams, response: { 200: meetingView } } }, async (request) =>
    meetings.hold(actorOf(request), request.params.id),
  );
  app.get(`${PREFIX}/meetings/:id/pack`, { config: { policy: readers }, schema: { tags, summary: '调度会材料 · the meeting’s pack (frozen once held)', params: idParams, response: { 200: meetingPack } } }, async (request) =>
    meetings.pack(request.params.id),
  );
  app.post(`${PREFIX}/meetings/:id/decisions`, { config: { policy: writers }, schema: { tags, summary: '会议议定事项 · a decision, filed as a task', params: idParams, body: decisionBody, response: { 201: created } } }, async (request, reply) =>
    reply.code(201).send(await meetings.addDecision(actorOf(request), request.params.id, request.body)),
  );
}
