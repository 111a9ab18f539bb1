// 接诉即办's menu group, gathered into the app's menu (web/src/app/menu.ts): the seat console (12345), the units'
// tickets, the office's figures, and the hotline's own settings (派单目录, 知识库维护, 接诉即办规则). Open311 keys
// sit with the other administration pages in app/menu.ts.
import { BookOutlined, ContainerOutlined, CustomerServiceOutlined, FundOutlined, PartitionOutlined, SettingOutlined } from '@ant-design/icons';
import type { MenuGroup } from '../../app/menu.ts';
import { APPEAL_RULES_READERS, DISPATCH_RULE_EDITORS, KNOWLEDGE_EDITORS } from './admin/access.ts';
import { APPEAL_OVERVIEW_ROLES } from './office/access.ts';
import { SEAT_ROLES, TICKET_READERS } from './staff/access.ts';

export const APPEALS_MENU: MenuGroup = {
  key: 'appeals',
  label: 'appealWork.menu.group',
  entries: [
    { path: '/work/hotline', label: 'appealWork.menu.hotline', description: 'appealWork.menu.descriptions.hotline', icon: CustomerServiceOutlined, roles: SEAT_ROLES, quickLink: true },
    { path: '/work/appeals', label: 'appealWork.menu.queue', description: 'appealWork.menu.descriptions.queue', icon: ContainerOutlined, roles: TICKET_READERS, quickLink: true },
    // The office's figures: 三率 ranking and hot spots.
    { path: '/office/appeals', label: 'appealsPublic.menu.office', description: 'appealsPublic.menu.officeDescription', icon: FundOutlined, roles: APPEAL_OVERVIEW_ROLES, quickLink: true },
    { path: '/work/hotline/rules', label: 'appealCatalog.menu.rules', description: 'appealCatalog.menu.descriptions.rules', icon: PartitionOutlined, roles: DISPATCH_RULE_EDITORS },
    { path: '/work/hotline/knowledge', label: 'appealCatalog.menu.knowledge', description: 'appealCatalog.menu.descriptions.knowledge', icon: BookOutlined, roles: KNOWLEDGE_EDITORS },
    { path: '/office/appeals/settings', label: 'appealConfig.menu.settings', description: 'appealConfig.menu.descriptions.settings', icon: SettingOutlined, roles: APPEAL_RULES_READERS },
  ],
};
