// Sign-in (bounded by argon2id by design) and an authenticated read of /api/v1/auth/me through
// the whole app, compared with the bare-read baseline of the same run.
import { buildApp } from '../server/app.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../server/seed/index.ts';
import type { Services } from '../server/services.ts';
import { loadTest } from './lib/http.ts';
import { measure, type Measurement } from './lib/measure.ts';

export async function benchAuth(services: Services, options: { seconds: number; connections: number }): Promise<Measurement[]> {
  await seedDemoCity(services, { seed: 1, scale: 'small' });
  const meta = { ip: '127.0.0.1', userAgent: 'bench', requestId: null };
  const signIn = await measure('auth: password sign-in (argon2id)', () => services.org.auth.signIn('office', DEMO_PASSWORD, meta), {
    concurrency: 2,
    seconds: options.seconds,
    warmupOps: 2,
  });
  const { started } = await services.org.auth.signIn('office', DEMO_PASSWORD, meta);
  const { app } = await buildApp(services, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  try {
    const me = await loadTest('auth: GET /api/v1/auth/me (session)', `http://127.0.0.1:${port}/api/v1/auth/me`, {
      ...options,
      headers: { cookie: `ys_session=${started.token}` },
    });
    return [signIn, me];
  } finally {
    await app.close();
  }
}
