// Opens a throwaway database for a benchmark: a temporary PGlite data dir, or PostgreSQL
// (DATABASE_URL if set, otherwise a server started here like the test harness does).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/config.ts';
import { openPlatform } from '../../server/boot.ts';
import type { Services } from '../../server/services.ts';
import { findPostgresBin } from '../../server/test/postgres-binaries.ts';
import { startTempPostgres } from '../../server/test/postgres-server.ts';

export type BenchEngine = 'pglite' | 'postgres';

export interface BenchPlatform {
  services: Services;
  /** PostgreSQL's address (for tools such as pgbench); none on PGlite. */
  url?: string;
  close(): Promise<void>;
}

export function availableEngines(): BenchEngine[] {
  return process.env.DATABASE_URL || findPostgresBin() ? ['pglite', 'postgres'] : ['pglite'];
}

export async function openBenchPlatform(engine: BenchEngine): Promise<BenchPlatform> {
  const env = { LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', WEB_DIST: '/nonexistent', DATABASE_POOL_SIZE: '20' };
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'yingshang-bench-'));
    const services = await openPlatform(loadConfig({ ...env, DATA_DIR: dir }));
    return {
      services,
      async close() {
        await services.database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (process.env.DATABASE_URL) {
    const services = await openPlatform(loadConfig({ ...env, DATABASE_URL: process.env.DATABASE_URL }));
    return { services, url: process.env.DATABASE_URL, close: () => services.database.close() };
  }
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL binaries and no DATABASE_URL');
  const server = await startTempPostgres(bin);
  const services = await openPlatform(loadConfig({ ...env, DATABASE_URL: server.url }));
  return {
    services,
    url: server.url,
    async close() {
      await services.database.close();
      server.stop();
    },
  };
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}
