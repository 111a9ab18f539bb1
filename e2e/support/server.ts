// Starts the real server (`node bin/yingshang.js serve`) on a free port with a fresh data directory,
// waits until it is healthy, and stops it — with everything it spawned — afterwards. To look into a run, set
// E2E_SERVER_LOG=<file> (the server's output is appended there) and E2E_SERVER_LOG_LEVEL=info (every request).
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningServer {
  baseUrl: string;
  port: number;
  dataDir: string;
  /** The last lines the server wrote to stdout/stderr (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

export interface StartServerOptions {
  /** Extra or overriding environment, e.g. { DEMO: '0' }. */
  env?: Record<string, string | undefined>;
  /** How long to wait for GET /api/health to answer 200. */
  readyTimeoutMs?: number;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not get a free port'));
      });
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Signals the child's whole process group (it is started detached, so it leads its own group). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'yingshang-e2e-'));
  const baseUrl = `http://127.0.0.1:${port}`;

  const lines: string[] = [];
  const remember = (chunk: Buffer) => {
    if (process.env.E2E_SERVER_LOG) appendFileSync(process.env.E2E_SERVER_LOG, chunk);
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  const output = () => lines.join('\n');

  const child = spawn(process.execPath, ['bin/yingshang.js', 'serve'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: '1',
      LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? 'warn',
      // The journeys are a whole office of users, two files at a time, from one address.
      RATE_LIMIT_PER_MINUTE: '100000',
      ...options.env,
    },
    detached: true, // own process group, so stop() reaches anything the server spawns
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);
  let spawnError: Error | undefined;
  child.once('error', (error) => {
    spawnError = error;
  });

  // If the test process goes away without calling stop(), take the server with it.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  const killOnSignal = (signal: NodeJS.Signals) => {
    killOnExit();
    process.removeListener(signal, killOnSignal);
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.once('exit', killOnExit);
  process.on('SIGINT', killOnSignal);
  process.on('SIGTERM', killOnSignal);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!exited(child)) {
      signalGroup(child, 'SIGTERM');
      if (!(await waitForExit(child, 10_000))) {
        signalGroup(child, 'SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    signalGroup(child, 'SIGKILL'); // stragglers the server may have left in its group
    process.removeListener('exit', killOnExit);
    process.removeListener('SIGINT', killOnSignal);
    process.removeListener('SIGTERM', killOnSignal);
    if (!process.env.E2E_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (spawnError || exited(child)) {
      await stop();
      throw new Error(
        `The server exited before it was ready (${spawnError?.message ?? `code ${child.exitCode}, signal ${child.signalCode}`}).\n` +
          `--- server output ---\n${output()}`,
      );
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return { baseUrl, port, dataDir, output, stop };
      lastProblem = `GET /api/health answered ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  await stop();
  throw new Error(
    `The server was not healthy within ${(options.readyTimeoutMs ?? 180_000) / 1000} s (${lastProblem}).\n` +
      `--- server output ---\n${output()}`,
  );
}
