// The outreach menu group (企业服务), gathered into the app's menu (web/src/app/menu.ts).
import { CarOutlined, DashboardOutlined, IssuesCloseOutlined, ProjectOutlined, ScheduleOutlined, SecurityScanOutlined, ToolOutlined } from '@ant-design/icons';
import type { MenuGroup } from '../../app/menu.ts';
import { OUTREACH_READERS, OUTREACH_UNIT_ROLES } from './access.ts';

export const OUTREACH_MENU: MenuGroup = {
  // 企业服务: the office's figures and stewards, contacts and visits, problems, key projects and their meetings,
  // hall inspections; and a unit's own enterprise problems.
  key: 'outreach',
  label: 'outreach.menu.group',
  entries: [
    { path: '/office/outreach', label: 'outreach.menu.overview', description: 'outreach.menu.descriptions.overview', icon: DashboardOutlined, roles: OUTREACH_READERS, quickLink: true },
    { path: '/office/outreach/contacts', label: 'outreach.menu.contacts', description: 'outreach.menu.descriptions.contacts', icon: CarOutlined, roles: OUTREACH_READERS },
    { path: '/office/outreach/problems', label: 'outreach.menu.problems', description: 'outreach.menu.descriptions.problems', icon: IssuesCloseOutlined, roles: OUTREACH_READERS },
    { path: '/office/projects', label: 'outreach.menu.projects', description: 'outreach.menu.descriptions.projects', icon: ProjectOutlined, roles: OUTREACH_READERS },
    { path: '/office/projects/meetings', label: 'outreach.menu.meetings', description: 'outreach.menu.descriptions.meetings', icon: ScheduleOutlined, roles: OUTREACH_READERS },
    { path: '/office/inspections', label: 'outreach.menu.inspections', description: 'outreach.menu.descriptions.inspections', icon: SecurityScanOutlined, roles: OUTREACH_READERS },
    { path: '/work/outreach/problems', label: 'outreach.menu.unitProblems', description: 'outreach.menu.descriptions.unitProblems', icon: ToolOutlined, roles: OUTREACH_UNIT_ROLES },
  ],
};
