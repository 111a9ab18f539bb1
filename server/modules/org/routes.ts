import { departmentsReply, regionsReply } from '../../../common/api/org.ts';
import type { App } from '../../platform/http/index.ts';
import type { OrgService } from './service.ts';

const tags = ['org 组织机构'];

export function registerOrgRoutes(app: App, org: OrgService) {
  // The list of government bodies and regions is public information (政务公开).
  app.get(
    '/api/v1/org/regions',
    { config: { policy: 'public' }, schema: { tags, summary: '行政区划 · regions (GB/T 2260)', response: { 200: regionsReply } } },
    async () => ({ regions: await org.listRegions() }),
  );
  app.get(
    '/api/v1/org/departments',
    { config: { policy: 'public' }, schema: { tags, summary: '部门 · departments', response: { 200: departmentsReply } } },
    async () => ({ departments: await org.listDepartments() }),
  );
}
