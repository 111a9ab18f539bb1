// A throwaway PostgreSQL for the test run: initdb into a temp dir, a free loopback port, fsync
// off. PostgreSQL refuses to run as root, so as root it runs as the `postgres` user in a
// directory that user owns.
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface TempPostgres {
  url: string;
  stop(): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function postgresUid(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const out = execFileSync('id', ['-u', 'postgres']).toString().trim();
  const gid = execFileSync('id', ['-g', 'postgres']).toString().trim();
  return { uid: Number(out), gid: Number(gid) };
}

export async function startTempPostgres(binDir: string): Promise<TempPostgres> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yingshang-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  writeFileSync(logFile, '');
  const owner = postgresUid();
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chownSync(logFile, owner.uid, owner.gid);
  }
  const run = (bin: string, args: string[]) => {
    const full = path.join(binDir, bin);
    const [cmd, argv] = owner ? ['runuser', ['-u', 'postgres', '--', full, ...args]] : [full, args];
    execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  const port = await freePort();
  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const settings = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-k ${dir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
    // BENCH_PGSS=1: load pg_stat_statements, to see what each statement costs the database in a benchmark.
    ...(process.env.BENCH_PGSS ? ['-c shared_preload_libraries=pg_stat_statements'] : []),
  ].join(' ');
  run('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', settings, '-w', '-t', '30', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
