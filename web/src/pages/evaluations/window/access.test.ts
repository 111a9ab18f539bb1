import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../../common/api/roles.ts';
import { menu, menuFor, rolesFor } from '../../../app/menu.ts';

const paths = (roles: Role[]) =>
  menuFor(new Set(roles), menu).flatMap((group) => group.entries.map((entry) => entry.path));

describe('the 好差评 pages in the menu and the route guard', () => {
  it('gives applicants 我的评价, and guards the rating pages beneath it with the same role', () => {
    expect(paths(['applicant'])).toContain('/my/evaluations');
    expect(rolesFor('/my/evaluations')).toEqual(['applicant']);
    expect(rolesFor('/my/evaluations/0190f0f0-0000-7000-8000-000000000101/rate')).toEqual(['applicant']);
    expect(rolesFor('/my/evaluations/0190f0f0-0000-7000-8000-000000000101/supplement')).toEqual([
      'applicant',
    ]);
  });

  it('gives the window staff 窗口评价, and nobody else', () => {
    expect(rolesFor('/work/window-rating')).toEqual(['clerk', 'approver']);
    expect(paths(['clerk'])).toContain('/work/window-rating');
    expect(paths(['approver'])).toContain('/work/window-rating');
    for (const role of ['applicant', 'office', 'leader', 'admin', 'handler'] as const)
      expect(paths([role])).not.toContain('/work/window-rating');
  });

  it('shows the public satisfaction page to everyone, and the tablet page needs no role', () => {
    for (const role of ['applicant', 'clerk', 'office'] as const)
      expect(paths([role])).toContain('/satisfaction');
    expect(rolesFor('/satisfaction')).toBeUndefined();
    expect(rolesFor('/rate/window/abc')).toBeUndefined();
  });
});
