import { HomeOutlined } from '@ant-design/icons';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../common/api/roles.ts';
import { entryFor, menu, menuFor, rolesFor, type MenuGroup } from './menu.ts';

// The filter's logic on a menu of its own, so other rooms adding pages do not move these tests.
const fixture: MenuGroup[] = [
  { key: 'main', label: 'menu.groups.main', entries: [{ path: '/', label: 'menu.home', icon: HomeOutlined }] },
  {
    key: 'admin',
    label: 'menu.groups.admin',
    entries: [
      { path: '/admin/users', label: 'menu.users', icon: HomeOutlined, roles: ['admin'] },
      { path: '/admin/audit', label: 'menu.audit', icon: HomeOutlined, roles: ['admin', 'office'] },
    ],
  },
];

const paths = (roles: Role[], groups: readonly MenuGroup[] = fixture) =>
  menuFor(new Set(roles), groups).flatMap((group) => group.entries.map((entry) => entry.path));

describe('menuFor', () => {
  it('keeps the entries any of the roles opens, in menu order', () => {
    expect(paths(['admin'])).toEqual(['/', '/admin/users', '/admin/audit']);
    expect(paths(['office'])).toEqual(['/', '/admin/audit']);
    expect(paths(['handler', 'office'])).toEqual(['/', '/admin/audit']);
  });

  it('drops a group left empty, and leaves everyone the entries without roles', () => {
    expect(menuFor(new Set<Role>(['handler']), fixture).map((g) => g.key)).toEqual(['main']);
    expect(paths([])).toEqual(['/']);
  });
});

describe('the menu of this platform', () => {
  const adminPages = ['/admin/departments', '/admin/users', '/admin/tokens', '/admin/calendar', '/admin/audit'];

  it('gives an administrator the five administration pages', () => {
    expect(paths(['admin'], menu)).toEqual(expect.arrayContaining(['/', ...adminPages]));
  });

  it('gives the office the audit log, read only, and no other administration page', () => {
    const office = paths(['office'], menu);
    expect(office).toContain('/admin/audit');
    expect(office.filter((p) => adminPages.includes(p))).toEqual(['/admin/audit']);
  });

  it('gives handlers, leaders and applicants no administration page', () => {
    for (const role of ['handler', 'leader', 'applicant', 'clerk'] as const) {
      expect(paths([role], menu).filter((p) => adminPages.includes(p))).toEqual([]);
      expect(paths([role], menu)).toContain('/');
    }
  });
});

describe('entryFor / rolesFor', () => {
  it('finds the entry of a page and of pages beneath it', () => {
    expect(entryFor('/admin/users', fixture)?.label).toBe('menu.users');
    expect(entryFor('/admin/users/123', fixture)?.label).toBe('menu.users');
    expect(entryFor('/', fixture)?.label).toBe('menu.home');
    expect(entryFor('/nowhere', fixture)).toBeUndefined();
    expect(entryFor('/admin/usersX', fixture)).toBeUndefined();
  });

  it('says which roles a path of the real menu needs', () => {
    expect(rolesFor('/admin/audit')).toEqual(['admin', 'office']);
    expect(rolesFor('/admin/users')).toEqual(['admin']);
    expect(rolesFor('/admin/calendar')).toEqual(['admin']);
    expect(rolesFor('/')).toBeUndefined();
  });
});

describe('the staff pages of 办件', () => {
  // The work pages of 办件 and the rooms before it; 督办台账 and 企业服务 have their own tests.
  const work = (role: Role) => paths([role], menu).filter((p) => p.startsWith('/work/') && !p.startsWith('/work/ledger') && !p.startsWith('/work/outreach'));

  it('gives each role the work pages its duties need', () => {
    expect(work('clerk')).toEqual(['/work/queue', '/work/intake', '/work/window-rating', '/work/applications', '/work/evaluations']);
    expect(work('approver')).toEqual(['/work/queue', '/work/window-rating', '/work/applications', '/work/post-checks', '/work/evaluations']);
    expect(work('leader')).toEqual(['/work/queue', '/work/applications', '/work/commitment-blocks', '/work/evaluations', '/work/appeals']);
    expect(work('office')).toEqual(['/work/applications', '/work/post-checks', '/work/commitment-blocks', '/work/evaluations', '/work/hotline', '/work/appeals', '/work/hotline/rules', '/work/hotline/knowledge']);
    expect(work('admin')).toEqual(['/work/applications', '/work/commitment-blocks', '/work/hotline', '/work/appeals', '/work/hotline/rules', '/work/hotline/knowledge']);
    expect(work('inspector')).toEqual(['/work/post-checks']);
    expect(work('applicant')).toEqual([]);
  });

  it('gives the hotline’s settings to the seats, the office and admins, the rules to leaders to read, Open311 keys to admins', () => {
    const hotline = (role: Role) => paths([role], menu).filter((p) => ['/work/hotline/', '/office/appeals/settings', '/admin/open311-keys'].some((prefix) => p.startsWith(prefix)));
    expect(hotline('agent')).toEqual(['/work/hotline/rules', '/work/hotline/knowledge', '/office/appeals/settings']);
    expect(hotline('office')).toEqual(['/work/hotline/rules', '/work/hotline/knowledge', '/office/appeals/settings']);
    expect(hotline('leader')).toEqual(['/office/appeals/settings']);
    expect(hotline('admin')).toEqual(['/work/hotline/rules', '/work/hotline/knowledge', '/office/appeals/settings', '/admin/open311-keys']);
    expect(hotline('handler')).toEqual([]);
    // The longer path's entry guards it, not the seat console's.
    expect(entryFor('/work/hotline/rules')?.label).toBe('appealCatalog.menu.rules');
  });

  it('guards a case view with the roles of 办件管理', () => {
    expect(rolesFor('/work/applications/0190f0f0-0000-7000-8000-000000000101')).toEqual(rolesFor('/work/applications'));
  });
});

describe('the pages of 好差评 for staff and the office', () => {
  const evaluations = (role: Role) => paths([role], menu).filter((p) => p.startsWith('/work/evaluations') || p.startsWith('/office/evaluations'));

  it('gives the 差评 queue to department staff and the office, the figures to the office, leaders and admin, the appeals to the office and admin', () => {
    expect(evaluations('clerk')).toEqual(['/work/evaluations']);
    expect(evaluations('approver')).toEqual(['/work/evaluations']);
    expect(evaluations('leader')).toEqual(['/work/evaluations', '/office/evaluations']);
    expect(evaluations('office')).toEqual(['/work/evaluations', '/office/evaluations', '/office/evaluations/appeals']);
    expect(evaluations('admin')).toEqual(['/office/evaluations', '/office/evaluations/appeals']);
    expect(evaluations('applicant')).toEqual([]);
    expect(evaluations('inspector')).toEqual([]);
  });

  it('guards a rating with the queue’s roles, the drill-down with the figures’, the appeals with the deciders’', () => {
    const id = '0190f0f0-0000-7000-8000-000000000101';
    expect(rolesFor(`/work/evaluations/${id}`)).toEqual(rolesFor('/work/evaluations'));
    expect(rolesFor(`/office/evaluations/ratings/${id}`)).toEqual(['office', 'admin', 'leader']);
    expect(rolesFor('/office/evaluations/appeals')).toEqual(['office', 'admin']);
  });
});

describe('the staff pages of 接诉即办', () => {
  const appeals = (role: Role) => paths([role], menu).filter((p) => p === '/work/hotline' || p.startsWith('/work/appeals'));

  it('gives the seat console to the hotline (and the office and admin), the tickets to the units, the hotline, the office and leaders', () => {
    expect(appeals('agent')).toEqual(['/work/hotline', '/work/appeals']);
    expect(appeals('handler')).toEqual(['/work/appeals']);
    expect(appeals('leader')).toEqual(['/work/appeals']);
    expect(appeals('office')).toEqual(['/work/hotline', '/work/appeals']);
    expect(appeals('admin')).toEqual(['/work/hotline', '/work/appeals']);
    for (const role of ['clerk', 'approver', 'inspector', 'applicant'] as const) expect(appeals(role)).toEqual([]);
  });

  it('guards a ticket’s page with the roles of 工单办理', () => {
    expect(rolesFor('/work/appeals/0190f0f0-0000-7000-8000-000000000101')).toEqual(rolesFor('/work/appeals'));
    expect(rolesFor('/work/hotline')).toEqual(['agent', 'office', 'admin']);
  });
});

describe('the pages of 接诉即办 for requesters', () => {
  const mine = (role: Role) => paths([role], menu).filter((p) => p.startsWith('/my/appeals'));

  it('gives applicants 我要反映 and 我的诉求, and staff neither', () => {
    expect(mine('applicant')).toEqual(['/my/appeals/new', '/my/appeals']);
    for (const role of ['agent', 'handler', 'office', 'leader', 'admin'] as const) expect(mine(role)).toEqual([]);
  });

  it('guards a ticket’s page with the roles of 我的诉求', () => {
    expect(rolesFor('/my/appeals/0190f0f0-0000-7000-8000-000000000101')).toEqual(['applicant']);
    expect(entryFor('/my/appeals/0190f0f0-0000-7000-8000-000000000101')?.path).toBe('/my/appeals');
    expect(entryFor('/my/appeals/new')?.path).toBe('/my/appeals/new');
  });
});

describe('接诉即办分析 for the office', () => {
  it('opens to the office, leaders, administrators and the hotline’s seats, and no one else', () => {
    for (const role of ['office', 'leader', 'admin', 'agent'] as const) expect(paths([role], menu), role).toContain('/office/appeals');
    for (const role of ['applicant', 'handler', 'clerk', 'approver', 'inspector'] as const) expect(paths([role], menu), role).not.toContain('/office/appeals');
    expect(rolesFor('/office/appeals')).toEqual(['office', 'leader', 'admin', 'agent']);
  });
});

describe('督办台账', () => {
  const ledger = (role: Role) => paths([role], menu).filter((p) => p.includes('/ledger'));

  it('gives the office every ledger page, leaders and admin what they read or run, units their own tasks', () => {
    const office = ['/office/ledger', '/office/ledger/tasks', '/office/ledger/review', '/office/ledger/meetings', '/office/ledger/import', '/office/ledger/structure', '/work/ledger'];
    expect(ledger('office')).toEqual(office);
    expect(ledger('admin')).toEqual(office);
    expect(ledger('leader')).toEqual(['/office/ledger', '/office/ledger/tasks', '/office/ledger/meetings', '/office/ledger/structure', '/work/ledger']);
    for (const role of ['handler', 'clerk', 'approver', 'inspector', 'agent'] as const) expect(ledger(role), role).toEqual(['/work/ledger']);
    expect(ledger('applicant')).toEqual([]);
  });

  it('guards a task’s page with the roles of 我的台账任务 (the office opens it too), a meeting with the meetings’', () => {
    const id = '0190f0f0-0000-7000-8000-000000000101';
    expect(rolesFor(`/work/ledger/${id}`)).toEqual(rolesFor('/work/ledger'));
    expect(rolesFor(`/work/ledger/${id}`)).toEqual(expect.arrayContaining(['office', 'leader', 'admin', 'handler']));
    expect(rolesFor(`/office/ledger/meetings/${id}`)).toEqual(rolesFor('/office/ledger/meetings'));
  });
});
