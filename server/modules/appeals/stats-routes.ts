// 接诉即办 statistics routes: 三率 per unit and the city, and hot spots. Thin: parse, call, reply. The hotline,
// the office, leaders and admins see every unit; a handler their own unit only (the service applies it).
import { hotspotsQuery, hotspotsReply, ratesQuery, ratesReply } from '../../../common/api/appeals-stats.ts';
import { principalOf } from '../../platform/auth/index.ts';
import type { App } from '../../platform/http/index.ts';
import type { StatsService } from './service/stats.ts';

const tags = ['appeals 接诉即办'];
/** Handlers: their own department (the service filters); everyone else listed: all units. */
const viewers = { roles: ['office', 'leader', 'admin', 'agent', 'handler'], scope: 'department' } as const;

export function registerAppealStatsRoutes(app: App, stats: StatsService) {
  app.get(
    '/api/v1/appeals/stats/rates',
    { config: { policy: viewers }, schema: { tags, summary: '三率统计 · response, resolution and satisfaction rates per unit', querystring: ratesQuery, response: { 200: ratesReply } } },
    async (request) => stats.rates(principalOf(request), request.query),
  );
  app.get(
    '/api/v1/appeals/stats/hotspots',
    { config: { policy: viewers }, schema: { tags, summary: '诉求热点 · hot spots by category and area over time', querystring: hotspotsQuery, response: { 200: hotspotsReply } } },
    async (request) => stats.hotspots(principalOf(request), request.query),
  );
}
