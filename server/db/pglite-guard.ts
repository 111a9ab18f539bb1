// The embedded engine has one connection: a transaction holds it, and every statement on the database handle waits
// for it. A statement made on the database handle (not the transaction's) from inside a transaction and awaited there
// therefore waits for itself — the transaction never ends and every later request hangs with it, with no error and
// no CPU spent. On PostgreSQL the same code takes a second connection and seems fine.
//
// The guard marks the work a transaction's callback starts (AsyncLocalStorage) and refuses, at once and with the
// place it came from, a statement or a transaction started on the handle from within it: the fault shows up as an
// error in the test that runs it instead of a server that stops answering.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { PGlite } from '@electric-sql/pglite';

/** A statement on the database handle from inside a transaction (it would wait for that transaction forever). */
export class OutsideTransactionError extends Error {
  constructor(method: string) {
    super(
      `database.${method}() was called on the database handle inside a transaction; use the transaction's handle ` +
        '(on the embedded engine this waits for the transaction itself and never returns)',
    );
    this.name = 'OutsideTransactionError';
  }
}

const insideTransaction = new AsyncLocalStorage<boolean>();

/** Whether the current asynchronous work was started by a transaction's callback. */
const isInsideTransaction = (): boolean => insideTransaction.getStore() === true;

/**
 * Runs `work` as if outside any transaction: for background work started from one and not awaited there (a cache
 * refreshed in the background), which then simply runs once the transaction has ended.
 */
export const outsideTransaction = <T>(work: () => T): T => insideTransaction.exit(work);

type Method = 'query' | 'exec' | 'sql' | 'transaction';
const guarded = Symbol('yingshang.pgliteGuarded');

export interface GuardOptions {
  /** A transaction holding the connection longer than this is reported (it still runs to its end). */
  slowMs: number;
  slow: (origin: Error, slowMs: number) => void;
}

const reportSlow = (origin: Error, slowMs: number) => {
  const line = { level: 'warn', msg: `an embedded-database transaction has held the connection for over ${slowMs} ms; other requests wait for it`, stack: origin.stack };
  process.stderr.write(`${JSON.stringify(line)}\n`);
};

/** Wraps the client's entry points in place; returns the same client. */
export function guardPglite(client: PGlite, options: GuardOptions = { slowMs: 15_000, slow: reportSlow }): PGlite {
  const target = client as unknown as Record<Method, (...args: unknown[]) => Promise<unknown>>;
  if ((client as unknown as { [guarded]?: true })[guarded]) return client;
  for (const method of ['query', 'exec', 'sql'] as const) {
    const original = target[method].bind(client);
    target[method] = (...args) => (isInsideTransaction() ? Promise.reject(new OutsideTransactionError(method)) : original(...args));
  }
  const transaction = target.transaction.bind(client);
  target.transaction = (...args) => {
    if (isInsideTransaction()) return Promise.reject(new OutsideTransactionError('transaction'));
    const [callback, ...rest] = args as [(tx: unknown) => Promise<unknown>, ...unknown[]];
    // Where it began, told if it holds the connection unusually long (everything else waits for it meanwhile).
    const origin = new Error('transaction started here');
    return transaction(async (tx: unknown) => {
      const timer = setTimeout(() => options.slow(origin, options.slowMs), options.slowMs);
      timer.unref();
      try {
        return await insideTransaction.run(true, () => callback(tx));
      } finally {
        clearTimeout(timer);
      }
    }, ...rest);
  };
  (client as unknown as { [guarded]?: true })[guarded] = true;
  return client;
}
