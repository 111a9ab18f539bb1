// The whole HTTP shell (helmet, rate limit, zod validation, metrics, problem JSON) on a cheap
// public read, compared with the bare Fastify baseline: what the platform's plugins cost.
import { buildApp } from '../server/app.ts';
import type { Services } from '../server/services.ts';
import { loadTest } from './lib/http.ts';

export async function benchCalendarRoute(services: Services, options: { seconds: number; connections: number }) {
  const { app } = await buildApp(services, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  try {
    return await loadTest('platform shell: calendar read (cached, no SQL)', `http://127.0.0.1:${port}/api/v1/calendar/add-working-days?date=2026-02-12&days=3`, options);
  } finally {
    await app.close();
  }
}
