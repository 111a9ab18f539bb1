// A small API client for the set-up a journey needs but does not test: sign in as a demo account and
// call the API with its cookie and CSRF token.
import { expect, inject } from 'vitest';
import { demoPassword } from './auth.ts';

export interface ApiSession {
  cookie: string;
  csrf: string;
}

export async function apiSignIn(username: string): Promise<ApiSession> {
  const response = await fetch(`${inject('baseUrl')}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  expect(response.status).toBe(200);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

export async function apiCall<T>(session: ApiSession, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${inject('baseUrl')}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}
