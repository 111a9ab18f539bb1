// Periodic chores of a running server: seal new audit rows into the chain (every second), turn 差评 that need a
// longer fix into ledger tasks (every minute), send case
// reminders and deem unanswered applications accepted (every 5 minutes), mark ledger imports a restart interrupted
// as failed (at start, then every 5 minutes), settle the hotline's finished days into its statistics' tallies (at
// start, then every 10 minutes), forget expired sessions and remove uploads nobody claimed within a
// day (hourly), remind administrators to enter next year's holidays from November (at start, then hourly; once
// each), and purge audit rows past their retention (daily). Several processes may run them
// at once: all are idempotent (a reminder is claimed once in the database; a swept file is deleted
// once), and sealing and purging serialise on the chain's lock (a process that finds the sealer
// busy skips its turn).
import type { FastifyBaseLogger } from 'fastify';
import { sendCaseReminders } from './reminders.ts';
import { remindNextYearCalendar } from './calendar-reminder.ts';
import { runLedgerReaders } from './modules/ledger/index.ts';
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
  let sweepingFiles = false;
  const sweepFiles = async () => {
    if (sweepingFiles) return;
    sweepingFiles = true;
    try {
      const { removed, bytesFailed } = await services.files.sweepUnattached(24, { type: 'system', id: 'housekeeping' });
      if (removed) log.info({ removed }, 'unclaimed uploads removed');
      if (bytesFailed) log.error({ bytesFailed }, 'unclaimed uploads: some stored bytes could not be removed');
    } catch (err) {
      log.error({ err }, 'file sweep failed');
    } finally {
      sweepingFiles = false;
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
  let reminding = false;
  const remind = async () => {
    if (reminding) return;
    reminding = true;
    try {
      // 逾期视为受理 first, so the reminders see the accepted cases' new deadlines.
      const deemed = await services.applications.deemAcceptOverdue();
      if (deemed) log.info({ deemed }, 'applications deemed accepted (no correction notice within 5 working days)');
      const sent = await sendCaseReminders(services);
      if (sent) log.info({ sent }, 'case reminders sent');
    } catch (err) {
      log.error({ err }, 'case reminders failed');
    } finally {
      reminding = false;
    }
  };
  // 好差评: ended applications and closed hotline tickets become rating invitations (and notices to their
  // applicants and requesters) within a minute.
  const invite = async () => {
    try {
      const handled = await services.evaluations.invitations.sync();
      if (handled) log.info({ handled }, 'rating invitations from ended applications and closed tickets');
    } catch (err) {
      log.error({ err }, 'rating invitations failed');
    }
  };
  // 督办台账: a 差评 that needs a longer fix becomes a ledger task within a minute.
  let reading = false;
  const ledgerReaders = async () => {
    if (reading) return;
    reading = true;
    try {
      const handled = await runLedgerReaders(services);
      if (handled) log.info({ handled }, 'ledger tasks from bad ratings');
    } catch (err) {
      log.error({ err }, 'ledger readers failed');
    } finally {
      reading = false;
    }
  };
  // 督办台账: an import whose row has not moved for 10 minutes (the server restarted under it) ends as failed, with a
  // reason, instead of showing 'importing' forever — swept at start and every 5 minutes.
  let sweepingImports = false;
  const sweepImports = async () => {
    if (sweepingImports) return;
    sweepingImports = true;
    try {
      const failed = await services.ledger.workbook.sweepInterrupted({ type: 'system', id: 'housekeeping' });
      if (failed) log.warn({ failed }, 'interrupted ledger imports marked failed');
    } catch (err) {
      log.error({ err }, 'ledger import sweep failed');
    } finally {
      sweepingImports = false;
    }
  };
  const sweptAtStart = sweepImports();
  // 接诉即办: days whose tickets have all ended are settled into the statistics' tallies — a couple of months' worth
  // at start and every 10 minutes, until the history is done, then each new day.
  let settling = false;
  const settleAppealDays = async () => {
    if (settling) return;
    settling = true;
    try {
      const days = await services.appeals.stats.settle();
      if (days.length) log.info({ days: days.length, last: days.at(-1) }, 'hotline days settled');
    } catch (err) {
      log.error({ err }, 'settling hotline days failed');
    } finally {
      settling = false;
    }
  };
  const settledAtStart = settleAppealDays();
  // 节假日安排: from November, the administrators are asked (once, and once more from 15 December) to enter next
  // year's holidays while it has none or counts weekends only.
  const remindCalendar = async () => {
    try {
      const told = await remindNextYearCalendar(services);
      if (told) log.info({ told }, 'administrators reminded to enter next year\'s holidays');
    } catch (err) {
      log.error({ err }, 'holiday calendar reminder failed');
    }
  };
  const calendarAtStart = remindCalendar();
  const timers = [
    setInterval(seal, 1000),
    setInterval(invite, 60_000),
    setInterval(ledgerReaders, 60_000),
    setInterval(remind, 5 * 60_000),
    setInterval(sweepImports, 5 * 60_000),
    setInterval(settleAppealDays, 10 * 60_000),
    setInterval(sweepSessions, HOUR),
    setInterval(sweepFiles, HOUR),
    setInterval(remindCalendar, HOUR),
    setInterval(purgeAudit, 24 * HOUR),
  ];
  for (const t of timers) t.unref();
  return async () => {
    timers.forEach(clearInterval);
    await sweptAtStart;
    await settledAtStart;
    await calendarAtStart;
    // What was written just before shutting down is sealed now rather than by the next start.
    await services.audit.seal().catch((err: unknown) => log.error({ err }, 'audit sealing failed'));
  };
}
