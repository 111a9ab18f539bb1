// Where the app sends people between sign-in, password change and the page they wanted.

export const signInPath = '/sign-in';
export const changePasswordPath = '/account/password';

/**
 * A `next` target is only ever a path on this site: "/admin/users?page=2" yes, "//evil.example",
 * "/\\evil.example", "https://…" or "javascript:…" no (an open redirect would let a link phish our
 * users). The same rule as the server's OIDC `returnTo`.
 */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  if (!next || next.length > 2000 || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s]/.test(next)) return fallback;
  // Never send someone back to the sign-in page itself (a loop).
  if (next === signInPath || next.startsWith(`${signInPath}?`)) return fallback;
  return next;
}

/** `/sign-in?next=…` (and `&expired=1` when the session ran out). */
export function signInUrl(from: string, options: { expired?: boolean } = {}): string {
  const params = new URLSearchParams();
  const next = safeNext(from, '');
  if (next && next !== '/') params.set('next', next);
  if (options.expired) params.set('expired', '1');
  const qs = params.toString();
  return qs ? `${signInPath}?${qs}` : signInPath;
}

export function changePasswordUrl(from: string): string {
  const next = safeNext(from, '');
  if (!next || next === '/' || next.startsWith(changePasswordPath)) return changePasswordPath;
  return `${changePasswordPath}?${new URLSearchParams({ next }).toString()}`;
}
