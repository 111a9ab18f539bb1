// Sign-in (bounded by argon2id by design) and an authenticated read of /api/v1/auth/me through
// the whole app, compared with the bare-read baseline of the same run. The read is measured with
// 200 signed-in sessions taking turns, with the per-process session cache on (the default, 5 s)
// and off (every request resolves its session and loads its principal: two queries).
import { buildApp } from '../server/app.ts';
import { createServices } from '../server/services.ts';
import { loadConfig } from '../server/config.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../server/seed/index.ts';
import type { Services } from '../server/services.ts';
import { loadTest } from './lib/http.ts';
import { measure, type Measurement } from './lib/measure.ts';

async function meUnderLoad(services: Services, label: string, tokens: string[], options: { seconds: number; connections: number }) {
  const { app } = await buildApp(services, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  try {
    return await loadTest(label, `http://127.0.0.1:${port}/api/v1/auth/me`, { ...options, cookies: tokens.map((t) => `ys_session=${t}`) });
  } finally {
    await app.close();
  }
}

export async function benchAuth(services: Services, options: { seconds: number; connections: number }): Promise<Measurement[]> {
  await seedDemoCity(services, { seed: 1, scale: 'small', catalog: false });
  const meta = { ip: '127.0.0.1', userAgent: 'bench', requestId: null };
  const signIn = await measure('auth: password sign-in (argon2id)', () => services.org.auth.signIn('office', DEMO_PASSWORD, meta), {
    concurrency: 2,
    seconds: options.seconds,
    warmupOps: 2,
  });
  const accounts = ['office', 'clerk', 'approver', 'agent', 'handler', 'inspector', 'leader', 'admin'];
  const tokens: string[] = [];
  for (let i = 0; i < 200; i++) tokens.push((await services.org.auth.signIn(accounts[i % accounts.length]!, DEMO_PASSWORD, meta)).started.token);
  const cached = await meUnderLoad(services, 'auth: GET /auth/me, 200 sessions, cache 5 s', tokens, options);
  const uncachedServices = createServices(loadConfig({ ...process.env, ...pick(services), SESSION_CACHE_SECONDS: '0' }), services.database);
  const uncached = await meUnderLoad(uncachedServices, 'auth: GET /auth/me, 200 sessions, no cache', tokens, options);
  return [signIn, cached, uncached];
}

/** The settings the bench platform was opened with, so the second service set matches it. */
function pick(services: Services): Record<string, string> {
  const c = services.config;
  return { LOG_LEVEL: c.LOG_LEVEL, RATE_LIMIT_PER_MINUTE: String(c.RATE_LIMIT_PER_MINUTE), WEB_DIST: c.WEB_DIST };
}
