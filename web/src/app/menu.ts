// The side menu and the roles each page needs, in one list: a later module adds its pages here and
// both the menu and the route guard follow. `roles` absent = every signed-in user.
import {
  ApartmentOutlined,
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ClusterOutlined,
  DislikeOutlined,
  ExceptionOutlined,
  EyeOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FormOutlined,
  HomeOutlined,
  InboxOutlined,
  KeyOutlined,
  LikeOutlined,
  MessageOutlined,
  PhoneOutlined,
  ProfileOutlined,
  QrcodeOutlined,
  SafetyCertificateOutlined,
  ShareAltOutlined,
  ShopOutlined,
  SmileOutlined,
  SolutionOutlined,
  StopOutlined,
  TeamOutlined,
  TranslationOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Role } from '../../../common/api/roles.ts';
import type { ParseKeys } from 'i18next';
import { CATALOG_EDITORS } from '../pages/catalog/admin/access.ts';
import { LICENCE_TYPE_EDITORS, REGISTRY_READERS } from '../pages/registry/access.ts';
import {
  BLOCK_READERS,
  CASE_READERS,
  INTAKE_ROLES,
  POST_CHECK_ROLES,
  QUEUE_ROLES,
} from '../pages/applications/staff/access.ts';
import { WINDOW_RATING_ROLES } from '../pages/evaluations/window/access.ts';
import { EVAL_APPEAL_DECIDERS, EVAL_OVERVIEW_ROLES, EVAL_QUEUE_ROLES } from '../pages/evaluations/staff/access.ts';
import { OUTREACH_MENU } from '../pages/outreach/menu.ts';
import { APPEALS_MENU } from '../pages/appeals/menu.ts';
import { OPEN311_KEY_ADMINS } from '../pages/appeals/admin/access.ts';
import { LEDGER_MENU } from '../pages/ledger/menu.ts';

export interface MenuEntry {
  /** Route path; also the menu key. */
  path: string;
  /** i18n key of the label. */
  label: ParseKeys;
  /** i18n key of a one-line description (quick links on the home page). */
  description?: ParseKeys;
  icon: ComponentType;
  /** Any one of these roles opens the page; absent = every signed-in user. */
  roles?: readonly Role[];
  /** Shown as a quick link on the home page. */
  quickLink?: boolean;
}

export interface MenuGroup {
  key: string;
  label: ParseKeys;
  entries: readonly MenuEntry[];
}

export const menu: readonly MenuGroup[] = [
  {
    key: 'main',
    label: 'menu.groups.main',
    entries: [
      { path: '/', label: 'menu.home', icon: HomeOutlined },
      {
        path: '/services',
        label: 'catalogPublic.menu.services',
        description: 'catalogPublic.menu.description',
        icon: SolutionOutlined,
        quickLink: true,
      },
      // Public (好差评): every department's satisfaction, and 我要点评.
      {
        path: '/satisfaction',
        label: 'rate.menu.satisfaction',
        description: 'rate.menu.satisfactionDescription',
        icon: SmileOutlined,
      },
      {
        path: '/my/applications',
        label: 'apply.menu.mine',
        description: 'apply.menu.description',
        icon: FileDoneOutlined,
        roles: ['applicant'],
        quickLink: true,
      },
      {
        path: '/my/evaluations',
        label: 'rate.menu.mine',
        description: 'rate.menu.mineDescription',
        icon: LikeOutlined,
        roles: ['applicant'],
        quickLink: true,
      },
      // 接诉即办 for requesters: 我要反映 and 我的诉求 (a ticket's page falls under the latter).
      {
        path: '/my/appeals/new',
        label: 'appealsPublic.menu.new',
        description: 'appealsPublic.menu.newDescription',
        icon: PhoneOutlined,
        roles: ['applicant'],
        quickLink: true,
      },
      {
        path: '/my/appeals',
        label: 'appealsPublic.menu.mine',
        description: 'appealsPublic.menu.mineDescription',
        icon: MessageOutlined,
        roles: ['applicant'],
        quickLink: true,
      },
      {
        path: '/me/entities',
        label: 'registry.menu.myEntities',
        description: 'registry.menu.descriptions.myEntities',
        icon: ShopOutlined,
        roles: ['applicant'],
        quickLink: true,
      },
      {
        path: '/me/data-access',
        label: 'registry.menu.dataAccess',
        description: 'registry.menu.descriptions.dataAccess',
        icon: EyeOutlined,
        roles: ['applicant'],
        quickLink: true,
      },
    ],
  },
  {
    key: 'work',
    label: 'work.menu.group',
    entries: [
      {
        path: '/work/queue',
        label: 'work.menu.queue',
        description: 'work.menu.descriptions.queue',
        icon: InboxOutlined,
        roles: QUEUE_ROLES,
        quickLink: true,
      },
      {
        path: '/work/intake',
        label: 'work.menu.intake',
        description: 'work.menu.descriptions.intake',
        icon: FormOutlined,
        roles: INTAKE_ROLES,
        quickLink: true,
      },
      {
        path: '/work/window-rating',
        label: 'rate.menu.window',
        description: 'rate.menu.windowDescription',
        icon: QrcodeOutlined,
        roles: WINDOW_RATING_ROLES,
      },
      {
        path: '/work/applications',
        label: 'work.menu.applications',
        description: 'work.menu.descriptions.applications',
        icon: FileTextOutlined,
        roles: CASE_READERS,
        quickLink: true,
      },
      {
        path: '/work/post-checks',
        label: 'work.menu.postChecks',
        description: 'work.menu.descriptions.postChecks',
        icon: FileProtectOutlined,
        roles: POST_CHECK_ROLES,
      },
      {
        path: '/work/commitment-blocks',
        label: 'work.menu.blocks',
        description: 'work.menu.descriptions.blocks',
        icon: StopOutlined,
        roles: BLOCK_READERS,
      },
      {
        path: '/work/evaluations',
        label: 'evalWork.menu.queue',
        description: 'evalWork.menu.descriptions.queue',
        icon: DislikeOutlined,
        roles: EVAL_QUEUE_ROLES,
      },
    ],
  },
  APPEALS_MENU,
  LEDGER_MENU,
  OUTREACH_MENU,
  {
    key: 'registry',
    label: 'registry.menu.group',
    entries: [
      {
        path: '/registry/entities',
        label: 'registry.menu.entities',
        description: 'registry.menu.descriptions.entities',
        icon: BankOutlined,
        roles: REGISTRY_READERS,
        quickLink: true,
      },
      {
        path: '/registry/licences',
        label: 'registry.menu.licences',
        description: 'registry.menu.descriptions.licences',
        icon: SafetyCertificateOutlined,
        roles: REGISTRY_READERS,
        quickLink: true,
      },
      {
        path: '/registry/sharing',
        label: 'registry.menu.sharing',
        description: 'registry.menu.descriptions.sharing',
        icon: ShareAltOutlined,
        roles: REGISTRY_READERS,
        quickLink: true,
      },
      {
        path: '/registry/licence-types',
        label: 'registry.menu.licenceTypes',
        description: 'registry.menu.descriptions.licenceTypes',
        icon: ProfileOutlined,
        roles: LICENCE_TYPE_EDITORS,
      },
    ],
  },
  {
    key: 'catalogAdmin',
    label: 'catalogAdmin.menu.group',
    entries: [
      {
        path: '/catalog/admin/items',
        label: 'catalogAdmin.menu.items',
        description: 'catalogAdmin.menu.descriptions.items',
        icon: AppstoreOutlined,
        roles: CATALOG_EDITORS,
        quickLink: true,
      },
      {
        path: '/catalog/admin/bundles',
        label: 'catalogAdmin.menu.bundles',
        description: 'catalogAdmin.menu.descriptions.bundles',
        icon: ClusterOutlined,
        roles: CATALOG_EDITORS,
        quickLink: true,
      },
      {
        path: '/catalog/admin/synonyms',
        label: 'catalogAdmin.menu.synonyms',
        description: 'catalogAdmin.menu.descriptions.synonyms',
        icon: TranslationOutlined,
        roles: CATALOG_EDITORS,
      },
      {
        path: '/catalog/admin/quality',
        label: 'catalogAdmin.menu.quality',
        description: 'catalogAdmin.menu.descriptions.quality',
        icon: FileSearchOutlined,
        roles: CATALOG_EDITORS,
        quickLink: true,
      },
    ],
  },
  {
    // 好差评 for the office: the figures (with their drill-down and a rating's view) and the appeals.
    key: 'evaluations',
    label: 'evalWork.menu.officeGroup',
    entries: [
      {
        path: '/office/evaluations',
        label: 'evalWork.menu.overview',
        description: 'evalWork.menu.descriptions.overview',
        icon: BarChartOutlined,
        roles: EVAL_OVERVIEW_ROLES,
        quickLink: true,
      },
      {
        path: '/office/evaluations/appeals',
        label: 'evalWork.menu.appeals',
        description: 'evalWork.menu.descriptions.appeals',
        icon: ExceptionOutlined,
        roles: EVAL_APPEAL_DECIDERS,
      },
    ],
  },
  {
    key: 'admin',
    label: 'menu.groups.admin',
    entries: [
      {
        path: '/admin/departments',
        label: 'menu.departments',
        description: 'menu.descriptions.departments',
        icon: ApartmentOutlined,
        roles: ['admin'],
        quickLink: true,
      },
      {
        path: '/admin/users',
        label: 'menu.users',
        description: 'menu.descriptions.users',
        icon: TeamOutlined,
        roles: ['admin'],
        quickLink: true,
      },
      {
        path: '/admin/tokens',
        label: 'menu.tokens',
        description: 'menu.descriptions.tokens',
        icon: KeyOutlined,
        roles: ['admin'],
        quickLink: true,
      },
      // 节假日安排: each year's days off and make-up workdays, which working-day deadlines count on.
      {
        path: '/admin/calendar',
        label: 'calendarAdmin.menu.label',
        description: 'calendarAdmin.menu.description',
        icon: CalendarOutlined,
        roles: ['admin'],
      },
      // Open311 接口密钥: the keys outside systems file hotline tickets with.
      { path: '/admin/open311-keys', label: 'appealConfig.menu.keys', description: 'appealConfig.menu.descriptions.keys', icon: ApiOutlined, roles: OPEN311_KEY_ADMINS },
      {
        path: '/admin/audit',
        label: 'menu.audit',
        description: 'menu.descriptions.audit',
        icon: AuditOutlined,
        roles: ['admin', 'office'],
        quickLink: true,
      },
    ],
  },
];

export function allows(entry: Pick<MenuEntry, 'roles'>, roles: ReadonlySet<Role>): boolean {
  return !entry.roles || entry.roles.some((role) => roles.has(role));
}

/** The menu as this user sees it: entries their roles open, groups left empty dropped. */
export function menuFor(roles: ReadonlySet<Role>, groups: readonly MenuGroup[] = menu): MenuGroup[] {
  return groups
    .map((group) => ({ ...group, entries: group.entries.filter((entry) => allows(entry, roles)) }))
    .filter((group) => group.entries.length > 0);
}

/** The entry a path belongs to: exact, else the longest entry path that prefixes it. */
export function entryFor(pathname: string, groups: readonly MenuGroup[] = menu): MenuEntry | undefined {
  let best: MenuEntry | undefined;
  for (const entry of groups.flatMap((group) => group.entries)) {
    const matches =
      entry.path === pathname || (entry.path !== '/' && pathname.startsWith(`${entry.path}/`));
    if (matches && (!best || entry.path.length > best.path.length)) best = entry;
  }
  return best;
}

/** The roles a path needs (from its menu entry); undefined = any signed-in user. */
export function rolesFor(path: string): readonly Role[] | undefined {
  return entryFor(path)?.roles;
}
