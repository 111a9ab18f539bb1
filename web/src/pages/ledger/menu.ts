// The ledger's menu group (督办台账), gathered into the app's menu (web/src/app/menu.ts).
import { CalendarOutlined, CheckSquareOutlined, FlagOutlined, ImportOutlined, NodeIndexOutlined, OrderedListOutlined, PieChartOutlined } from '@ant-design/icons';
import type { MenuGroup } from '../../app/menu.ts';
import { LEDGER_READERS, LEDGER_UNIT_ROLES, LEDGER_WRITERS } from './access.ts';

export const LEDGER_MENU: MenuGroup = {
  // 督办台账: the office's board, tasks, closure review, dispatch meetings, import and structure; a unit's own tasks
  // (whose entry also guards a task's page, /work/ledger/:id, which the office opens from its lists).
  key: 'ledger',
  label: 'ledger.menu.group',
  entries: [
    { path: '/office/ledger', label: 'ledger.menu.board', description: 'ledger.menu.descriptions.board', icon: PieChartOutlined, roles: LEDGER_READERS, quickLink: true },
    { path: '/office/ledger/tasks', label: 'ledger.menu.tasks', description: 'ledger.menu.descriptions.tasks', icon: OrderedListOutlined, roles: LEDGER_READERS },
    { path: '/office/ledger/review', label: 'ledger.menu.review', description: 'ledger.menu.descriptions.review', icon: CheckSquareOutlined, roles: LEDGER_WRITERS, quickLink: true },
    { path: '/office/ledger/meetings', label: 'ledger.menu.meetings', description: 'ledger.menu.descriptions.meetings', icon: CalendarOutlined, roles: LEDGER_READERS },
    { path: '/office/ledger/import', label: 'ledger.menu.import', description: 'ledger.menu.descriptions.import', icon: ImportOutlined, roles: LEDGER_WRITERS },
    { path: '/office/ledger/structure', label: 'ledger.menu.structure', description: 'ledger.menu.descriptions.structure', icon: NodeIndexOutlined, roles: LEDGER_READERS },
    { path: '/work/ledger', label: 'ledger.menu.mine', description: 'ledger.menu.descriptions.mine', icon: FlagOutlined, roles: LEDGER_UNIT_ROLES, quickLink: true },
  ],
};
