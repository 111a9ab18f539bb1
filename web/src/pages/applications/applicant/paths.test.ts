import { describe, expect, it } from 'vitest';
import { rolesFor } from '../../../app/menu.ts';
import { applicationPath, readListQuery, resumePath, rowPath, writeListQuery } from './paths.ts';

describe('paths', () => {
  it('resume a draft in its wizard and track the rest', () => {
    expect(resumePath({ id: 'd1', itemCode: 'A-1', bundleCode: null })).toBe('/apply/A-1?draft=d1');
    expect(resumePath({ id: 'd2', itemCode: null, bundleCode: 'QYKB' })).toBe('/apply/bundles/QYKB?draft=d2');
    expect(rowPath({ id: 'd1', state: 'draft', itemCode: 'A-1', bundleCode: null })).toBe('/apply/A-1?draft=d1');
    expect(rowPath({ id: 'x', state: 'review', itemCode: 'A-1', bundleCode: null })).toBe(applicationPath('x'));
    expect(rowPath({ id: 'x', state: 'draft', itemCode: null, bundleCode: null })).toBe('/my/applications/x');
  });

  it('read the list query leniently and write back only what differs from the defaults', () => {
    expect(readListQuery(new URLSearchParams('page=2&state=correction'))).toEqual({ page: 2, pageSize: 10, state: 'correction' });
    expect(readListQuery(new URLSearchParams('page=-1&pageSize=9999&state=nope'))).toEqual({ page: 1, pageSize: 10 });
    expect(writeListQuery({ page: 1, pageSize: 10 })).toEqual({});
    expect(writeListQuery({ page: 3, pageSize: 20, state: 'done' })).toEqual({ page: '3', pageSize: '20', state: 'done' });
  });

  it('give 我的办件 and its pages to applicants (the menu decides the route guard)', () => {
    expect(rolesFor('/my/applications')).toEqual(['applicant']);
    expect(rolesFor('/my/applications/0190c0de-0000-7000-8000-000000000000')).toEqual(['applicant']);
  });
});
