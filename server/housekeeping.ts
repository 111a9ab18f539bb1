// Periodic chores of a running server: forget expired sessions (hourly) and purge audit rows
// past their retention (daily). Several processes may run them at once: both are idempotent, and
// the audit purge serialises on the audit chain's lock.
import type { FastifyBaseLogger } from 'fastify';
import type { Services } from './services.ts';

const HOUR = 3_600_000;

export function startHousekeeping(services: Services, log: FastifyBaseLogger): () => void {
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
  const timers = [setInterval(sweepSessions, HOUR), setInterval(purgeAudit, 24 * HOUR)];
  for (const t of timers) t.unref();
  return () => timers.forEach(clearInterval);
}
