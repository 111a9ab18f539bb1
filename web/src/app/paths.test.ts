import { describe, expect, it } from 'vitest';
import { changePasswordUrl, safeNext, signInUrl } from './paths.ts';

describe('safeNext', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNext('/admin/users?page=2&q=han')).toBe('/admin/users?page=2&q=han');
  });

  it.each([null, undefined, '', 'admin', '//evil.example/x', '/\\evil.example', '/a\\b', 'https://evil.example', 'javascript:alert(1)', '/a b', '/a\nb'])(
    'refuses %s',
    (next) => {
      expect(safeNext(next)).toBe('/');
    },
  );

  it('never goes back to the sign-in page', () => {
    expect(safeNext('/sign-in?next=/x', '/home')).toBe('/home');
  });
});

describe('signInUrl', () => {
  it('carries where the user was and whether the session expired', () => {
    expect(signInUrl('/admin/users?q=%E5%BC%A0')).toBe('/sign-in?next=%2Fadmin%2Fusers%3Fq%3D%25E5%25BC%25A0');
    expect(signInUrl('/admin/audit', { expired: true })).toBe('/sign-in?next=%2Fadmin%2Faudit&expired=1');
    expect(signInUrl('/')).toBe('/sign-in');
    expect(signInUrl('//evil.example')).toBe('/sign-in');
  });
});

describe('changePasswordUrl', () => {
  it('keeps the page to return to', () => {
    expect(changePasswordUrl('/admin/users')).toBe('/account/password?next=%2Fadmin%2Fusers');
    expect(changePasswordUrl('/')).toBe('/account/password');
    expect(changePasswordUrl('/account/password?next=%2Fx')).toBe('/account/password');
  });
});
