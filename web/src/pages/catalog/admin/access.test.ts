import { describe, expect, it } from 'vitest';
import type { Role } from '../../../../../common/api/roles.ts';
import { menuFor, rolesFor } from '../../../app/menu.ts';
import { bundlePath, itemPath, newItemPath, qualityPath, synonymsPath } from './paths.ts';

const paths = (roles: Role[]) =>
  menuFor(new Set(roles)).flatMap((group) => group.entries.map((entry) => entry.path));
const screens = [
  '/catalog/admin/items',
  '/catalog/admin/bundles',
  '/catalog/admin/synonyms',
  '/catalog/admin/quality',
];

describe('事项管理 in the menu', () => {
  it('gives administrators and the office the four catalogue screens', () => {
    for (const role of ['admin', 'office'] as const)
      expect(paths([role])).toEqual(expect.arrayContaining(screens));
  });

  it('gives other roles none of them', () => {
    for (const role of ['clerk', 'approver', 'handler', 'leader', 'applicant'] as const) {
      expect(paths([role]).filter((p) => screens.includes(p))).toEqual([]);
    }
  });

  it('guards the editors beneath the lists with the same roles', () => {
    const id = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    for (const path of [newItemPath, itemPath(id), bundlePath(id), synonymsPath, qualityPath]) {
      expect(rolesFor(path)).toEqual(['admin', 'office']);
    }
  });
});
