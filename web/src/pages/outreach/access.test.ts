// 企业服务 in the real menu: the office group for the office, leaders and admin; 企业问题办理 for a unit's staff; the
// pages beneath an entry guarded by its roles.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../common/api/roles.ts';
import { menu, menuFor, rolesFor } from '../../app/menu.ts';

const outreach = (role: Role) =>
  menuFor(new Set([role]), menu)
    .flatMap((group) => group.entries.map((entry) => entry.path))
    .filter((p) => p.includes('/outreach') || p.startsWith('/office/projects') || p.startsWith('/office/inspections'));

const OFFICE_PAGES = ['/office/outreach', '/office/outreach/contacts', '/office/outreach/problems', '/office/projects', '/office/projects/meetings', '/office/inspections'];

describe('企业服务 in the menu', () => {
  it('gives the office, leaders and admin the six office pages and not the unit page', () => {
    for (const role of ['office', 'leader', 'admin'] as const) expect(outreach(role), role).toEqual(OFFICE_PAGES);
  });

  it('gives a unit’s staff 企业问题办理 only, and applicants nothing', () => {
    for (const role of ['handler', 'clerk', 'approver', 'inspector', 'agent'] as const) expect(outreach(role), role).toEqual(['/work/outreach/problems']);
    expect(outreach('applicant')).toEqual([]);
  });

  it('guards an enterprise, a project and an inspection with their list’s roles', () => {
    const id = '0190f0f0-0000-7000-8000-000000000101';
    expect(rolesFor('/office/outreach/enterprises/91150100MA0ABCDE1X')).toEqual(rolesFor('/office/outreach'));
    expect(rolesFor(`/office/projects/${id}`)).toEqual(rolesFor('/office/projects'));
    expect(rolesFor(`/office/inspections/${id}`)).toEqual(['office', 'leader', 'admin']);
  });
});
