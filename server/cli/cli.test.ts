// The `yingshang` command as a user runs it: a real child process, real database.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openTestDatabase, testEngine } from '../test/harness.ts';

const run = promisify(execFile);
const bin = path.resolve(import.meta.dirname, '../../bin/yingshang.js');

async function yingshang(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('yingshang calendar', () => {
  it('adds working days: 2026-02-12 + 3 → 2026-02-24', async () => {
    const r = await yingshang(['calendar', 'add-working-days', '2026-02-12', '3']);
    expect(r).toMatchObject({ code: 0, stdout: '2026-02-24\n' });
  });

  it('counts working days between two dates', async () => {
    const r = await yingshang(['calendar', 'working-days-between', '2026-09-30', '2026-10-12']);
    // 10/1–10/7 off; 10/8, 10/9, 10/10 (make-up Saturday) and 10/12 are working days.
    expect(r).toMatchObject({ code: 0, stdout: '4\n' });
  });

  it('refuses a year without data in one line naming it', async () => {
    const r = await yingshang(['calendar', 'add-working-days', '2099-03-01', '1']);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('2099');
  });

  it.each([
    [['calendar', 'add-working-days', '2026-2-30', '1'], 'YYYY-MM-DD'],
    [['calendar', 'add-working-days', '2026-02-12', 'three'], 'N'],
    [['calendar', 'add-working-days', '2026-02-12'], 'missing required argument'],
  ])('refuses malformed arguments %j with one line', async (args, words) => {
    const r = await yingshang(args);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('yingshang validate', () => {
  it('prints valid for a good USCC and exits 0', async () => {
    expect(await yingshang(['validate', 'uscc', '91350100M000100Y43'])).toMatchObject({ code: 0, stdout: 'valid\n' });
  });
  it('prints the reason for a bad ID number and exits 1', async () => {
    const r = await yingshang(['validate', 'idcard', '110105194912310021']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/校验|check/);
  });
});

describe(`yingshang migrate and seed on ${testEngine}`, () => {
  it('migrates twice and seeds the demo city idempotently', async () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;
    if (testEngine === 'postgres') {
      const db = await openTestDatabase();
      env = { DATABASE_URL: db.url! };
      cleanup = () => db.close();
    } else {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'yingshang-cli-'));
      env = { DATA_DIR: dir };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
    try {
      expect((await yingshang(['migrate'], env)).code).toBe(0);
      expect((await yingshang(['migrate'], env)).code).toBe(0);
      // The structure only: the full city's seeds are tested room by room (server/seed/*.test.ts) and run by every
      // journey's server; here it is the command — its options, its report, running twice — that is under test.
      const first = await yingshang(['seed', '--seed', '7', '--no-history'], env);
      expect(first.code).toBe(0);
      const added = Number(/(\d+) departments added/.exec(first.stdout)?.[1]);
      expect(added).toBeGreaterThan(40);
      const second = await yingshang(['seed', '--seed', '7', '--no-history'], env);
      expect(second.stdout).toContain(' 0 departments added');
      const bad = await yingshang(['seed', '--scale', 'huge'], env);
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('--scale');

      // A year as its notice reads: ranges of days off (the weekend inside is off anyway) and a make-up Saturday
      // (2098-01-25; Friday 24, Saturday 25 and Monday 27 are the working days after Thursday 23 up to the 27th).
      const year = await yingshang(['calendar', 'add-year', '2098', '--note', '国办发明电〔2097〕1号', '--off', '2098-01-01..2098-01-03, 2098-02-02..2098-02-06', '--working', '2098-01-25'], env);
      expect(year).toMatchObject({ code: 0, stdout: 'added 2098: 7 days off, 1 make-up workdays\n' });
      expect((await yingshang(['calendar', 'add-working-days', '2098-01-01', '1', '--db'], env)).stdout).toBe('2098-01-06\n');
      expect((await yingshang(['calendar', 'working-days-between', '2098-01-23', '2098-01-27', '--db'], env)).stdout).toBe('3\n');
      const range = await yingshang(['calendar', 'add-year', '2097', '--note', 'x', '--working', '2097-01-01..2097-01-03'], env);
      expect(range.code).not.toBe(0);
      expect(range.stderr).toContain('2097-01-01..2097-01-03');
      const weekday = await yingshang(['calendar', 'add-year', '2097', '--note', 'x', '--working', '2097-01-02'], env);
      expect(weekday.code).not.toBe(0);
      expect(weekday.stderr).toContain('2097-01-02');
    } finally {
      await cleanup();
    }
  }, 120_000);
});
