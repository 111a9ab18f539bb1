// Periodic chores of a running server: seal new audit rows into the chain (every second), forget
// expired sessions (hourly) and purge audit rows past their retention (daily). Several processes
// may run them at once: all are idempotent, and sealing and purging serialise on the chain's lock
// (a process that finds the sealer busy skips its turn).
import type { FastifyBaseLogger } from 'fastify';
import type { Services } from './services.ts';

const HOUR = 3_600_000;

export function startHousekeeping(services: Services, log: FastifyBaseLogger): () => Promise<void> {
  let sealing = false;
  const seal = async () => {
    if (sealing) return;
    sealing = true;
    try {
      await services.audit.seal({ skipIfBusy: true });
    } catch (err) {
      log.error({ err }, 'audit sealing failed');
    } finally {
      sealing = false;
    }
  };
  const sweepSessions = async () => {
    try {
      const ended = await services.sessions.sweep();
      if (ended) log.info({ ended }, 'expired sessions removed');
    } catch (err) {
      log.error({ err }, 'session sweep failed');
    }
  };
  const purgeAudit = async () => {
    try {
      const result = await services.audit.purgeExpired({ type: 'system', id: 'housekeeping' });
      log.info({ cutoff: result.cutoff }, 'audit retention applied');
    } catch (err) {
      log.error({ err }, 'audit purge failed');
    }
  };
  const timers = [setInterval(seal, 1000), setInterval(sweepSessions, HOUR), setInterval(purgeAudit, 24 * HOUR)];
  for (const t of timers) t.unref();
  return async () => {
    timers.forEach(clearInterval);
    // What was written just before shutting down is sealed now rather than by the next start.
    await services.audit.seal().catch((err: unknown) => log.error({ err }, 'audit sealing failed'));
  };
}
