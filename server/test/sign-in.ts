// Signing in through the real API in tests: returns what a browser would hold.
import type { App } from '../platform/http/index.ts';

export interface Browser {
  cookie: string;
  csrf: string;
  /** Headers for a request as this signed-in browser; writes carry the CSRF token. */
  headers(write?: boolean): Record<string, string>;
}

export async function signIn(app: App, username: string, password: string): Promise<Browser> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'ys_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `ys_session=${setCookie.value}`;
  const csrf = res.json().csrfToken as string;
  return { cookie, csrf, headers: (write = false) => ({ cookie, ...(write ? { 'x-csrf-token': csrf } : {}) }) };
}
