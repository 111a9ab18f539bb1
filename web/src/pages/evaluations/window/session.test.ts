import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setCsrfToken } from '../../../api/client.ts';
import {
  createWindowSession,
  getPublicWindowSession,
  getWindowSession,
  rateWindowSession,
  windowRatingUrl,
} from '../../../api/evaluations.ts';
import {
  checkCode,
  pollDelay,
  POLL_MS,
  secondsLeft,
  sessionPhase,
  shouldPoll,
  tabletFailureOf,
} from './session.ts';

const session = (over: { rated?: boolean; expiresAt?: string } = {}) => ({
  rated: false,
  expiresAt: '2026-03-10T04:30:00Z',
  ...over,
});

describe('the clerk’s poll', () => {
  const now = new Date('2026-03-10T04:10:00Z');

  it('waits while the page is open and unrated, and stops once rated or expired', () => {
    expect(sessionPhase(session(), now)).toBe('waiting');
    expect(sessionPhase(session({ rated: true }), now)).toBe('rated');
    expect(sessionPhase(session({ expiresAt: '2026-03-10T04:10:00Z' }), now)).toBe('expired');
    expect(sessionPhase(session({ rated: true, expiresAt: '2026-03-10T04:00:00Z' }), now)).toBe('rated');
    expect(shouldPoll('waiting')).toBe(true);
    expect(shouldPoll('rated')).toBe(false);
    expect(shouldPoll('expired')).toBe(false);
  });

  it('keeps waiting when the expiry cannot be read (the server decides)', () => {
    expect(sessionPhase(session({ expiresAt: 'soon' }), now)).toBe('waiting');
  });

  it('asks every 3 seconds, and backs off to 30 seconds while the server does not answer', () => {
    expect(pollDelay(0)).toBe(POLL_MS);
    expect(pollDelay(1)).toBe(6000);
    expect(pollDelay(3)).toBe(24000);
    expect(pollDelay(4)).toBe(30000);
    expect(pollDelay(100)).toBe(30000);
  });
});

describe('the check code and the tablet', () => {
  it('shows the last six letters and digits of the token, upper-case', () => {
    expect(checkCode('k3J9-xQ2_mZ7p')).toBe('Q2MZ7P');
    expect(checkCode('abc')).toBe('ABC');
    expect(checkCode('--')).toBe('——');
  });

  it('reads 404 and 410 as a link gone, anything else as a failure to retry', () => {
    const problem = (status: number) => new ApiError({ type: 'about:blank', title: 't', status, code: 'X' });
    expect(tabletFailureOf(problem(404))).toBe('gone');
    expect(tabletFailureOf(problem(410))).toBe('gone');
    expect(tabletFailureOf(problem(500))).toBe('other');
    expect(tabletFailureOf(new Error('offline'))).toBe('other');
  });

  it('counts the thank-you down in whole seconds', () => {
    expect(secondsLeft(1000, 8000, 1000)).toBe(8);
    expect(secondsLeft(1000, 8000, 8500)).toBe(1);
    expect(secondsLeft(1000, 8000, 20000)).toBe(0);
  });
});

describe('the window routes of the client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  function stub(reply: unknown, status = 200) {
    const fetchMock = vi.fn(
      async (_url: string, _init: RequestInit) =>
        new Response(JSON.stringify(reply), { status, headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }

  it('opens a session with the CSRF token, and polls it by id', async () => {
    setCsrfToken('csrf-1');
    const fetchMock = stub({ id: 's1', token: 'tok', rated: false });
    await createWindowSession({ service: '咨询' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/evaluations/window-sessions');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ service: '咨询' });
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('csrf-1');
    await getWindowSession('s/1');
    expect(fetchMock.mock.calls[1]![0]).toBe('/api/v1/evaluations/window-sessions/s%2F1');
  });

  it('reads and rates the public page by its token, and builds its address', async () => {
    const fetchMock = stub({ id: 'r1', bad: false }, 201);
    await getPublicWindowSession('a b');
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/v1/public/evaluations/window/a%20b');
    await rateWindowSession('tok', { level: 5, dimensions: {}, anonymous: false });
    expect(fetchMock.mock.calls[1]![0]).toBe('/api/v1/public/evaluations/window/tok');
    expect(windowRatingUrl('https://ys.example', 'tok')).toBe('https://ys.example/rate/window/tok');
  });

  it('turns a 410 into an ApiError with the server’s bilingual message', async () => {
    stub(
      {
        type: 'about:blank',
        title: 'Gone',
        status: 410,
        code: 'WINDOW_SESSION_GONE',
        detail: '评价链接已失效 / the rating link has expired',
      },
      410,
    );
    const error = await getPublicWindowSession('old').catch((e: unknown) => e);
    expect(tabletFailureOf(error)).toBe('gone');
    expect((error as ApiError).userMessage).toBe('评价链接已失效 / the rating link has expired');
  });
});
