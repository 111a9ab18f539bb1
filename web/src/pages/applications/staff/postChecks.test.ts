import { describe, expect, it } from 'vitest';
import { handoverCandidates, rowActions } from './postChecks.ts';

const SCJG = '0190c0de-0000-7000-8000-0000000000a1';
const ZWFW = '0190c0de-0000-7000-8000-0000000000a2';
const user = (id: string, roles: { role: string; departmentId: string | null }[], extra: object = {}) =>
  ({ id, name: id, kind: 'staff', disabled: false, roles, ...extra }) as Parameters<typeof handoverCandidates>[0][number];

describe('handoverCandidates', () => {
  it("keeps the department's approvers and inspectors, not oneself, others' roles, applicants or disabled accounts", () => {
    const users = [
      user('me', [{ role: 'approver', departmentId: SCJG }]),
      user('inspector', [{ role: 'inspector', departmentId: SCJG }]),
      user('both', [{ role: 'approver', departmentId: SCJG }, { role: 'inspector', departmentId: SCJG }, { role: 'approver', departmentId: SCJG }]),
      user('clerk', [{ role: 'clerk', departmentId: SCJG }]),
      user('elsewhere', [{ role: 'approver', departmentId: ZWFW }]),
      user('gone', [{ role: 'inspector', departmentId: SCJG }], { disabled: true }),
      user('citizen', [{ role: 'approver', departmentId: SCJG }], { kind: 'applicant' }),
    ];
    expect(handoverCandidates(users, SCJG, 'me')).toEqual([
      { id: 'inspector', name: 'inspector', roles: ['inspector'] },
      { id: 'both', name: 'both', roles: ['approver', 'inspector'] },
    ]);
    expect(handoverCandidates(users, SCJG, undefined).map((c) => c.id)).toContain('me');
  });
});

describe('rowActions', () => {
  it("offers what the server allows on a pending check, in the page's order", () => {
    expect(rowActions({ result: 'pending', actions: ['urge', 'handover', 'pass', 'fail'] })).toEqual(['pass', 'fail', 'handover', 'urge']);
    expect(rowActions({ result: 'pending', actions: ['urge'] })).toEqual(['urge']);
    expect(rowActions({ result: 'passed', actions: ['pass'] })).toEqual([]);
    expect(rowActions({ result: 'pending' })).toEqual([]);
  });
});
