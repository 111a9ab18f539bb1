// The audit log over HTTP: read only. There is no route that changes or deletes audit rows;
// retention is `yingshang audit purge`, run by an operator or a timer.
import { auditQuery, auditReply } from '../../../common/api/org.ts';
import type { App } from '../http/index.ts';
import type { AuditService } from './service.ts';

const tags = ['audit 审计'];

export interface AuditRouteDeps {
  audit: AuditService;
  /** Display names for actor ids (users, tokens), supplied by the room that knows them. */
  actorNames?: (ids: string[]) => Promise<Map<string, string>>;
}

export function registerAuditRoutes(app: App, deps: AuditRouteDeps) {
  app.get(
    '/api/v1/audit',
    {
      config: { policy: { roles: ['admin', 'office'], scope: 'all' } },
      schema: {
        tags,
        summary: '审计日志 · audit log, newest first',
        querystring: auditQuery,
        response: { 200: auditReply },
      },
    },
    async (request) => {
      const { page, pageSize, from, to, ...filters } = request.query;
      const result = await deps.audit.list(
        {
          ...filters,
          from: from === undefined ? undefined : new Date(from),
          to: to === undefined ? undefined : new Date(to),
        },
        { page, pageSize },
      );
      if (!deps.actorNames) return result;
      const ids = [...new Set(result.items.map((r) => r.actorId).filter((id): id is string => Boolean(id)))];
      const names = await deps.actorNames(ids);
      return { ...result, items: result.items.map((r) => ({ ...r, actorName: (r.actorId && names.get(r.actorId)) || null })) };
    },
  );
}
