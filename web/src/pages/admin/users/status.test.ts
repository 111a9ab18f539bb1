import { describe, expect, it } from 'vitest';
import { userStatus } from './status.ts';

const now = Date.parse('2026-03-02T08:00:00Z');
const base = { disabled: false, lockedUntil: null, mustChangePassword: false };

describe('userStatus', () => {
  it('orders disabled, locked, password change, active', () => {
    expect(userStatus({ ...base, disabled: true, lockedUntil: '2026-03-02T09:00:00Z' }, now)).toBe('disabled');
    expect(userStatus({ ...base, lockedUntil: '2026-03-02T09:00:00Z', mustChangePassword: true }, now)).toBe('locked');
    expect(userStatus({ ...base, mustChangePassword: true }, now)).toBe('mustChangePassword');
    expect(userStatus(base, now)).toBe('active');
  });

  it('treats a lock that has run out as no lock', () => {
    expect(userStatus({ ...base, lockedUntil: '2026-03-02T07:59:59Z' }, now)).toBe('active');
  });
});
