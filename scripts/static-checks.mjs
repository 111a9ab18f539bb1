#!/usr/bin/env node
// `npm run check`: the type check and the lint at once (each keeps one core busy for about 50 s; one after the other
// they took twice that). Each one's output is printed whole when it ends, under its name; the exit code is non-zero
// when either failed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The package's own scripts, so each command is written in one place (package.json).
const checks = ['typecheck', 'lint'].map((name) => [name, 'npm', ['run', '--silent', name]]);

const results = await Promise.all(
  checks.map(
    ([name, command, args]) =>
      new Promise((resolve) => {
        const started = Date.now();
        const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('error', (error) => resolve({ name, code: 1, output: `${output}${error.message}\n`, seconds: 0 }));
        child.on('close', (code, signal) => {
          const seconds = ((Date.now() - started) / 1000).toFixed(0);
          process.stdout.write(`\n> ${name}: ${code === 0 ? 'passed' : `FAILED (${signal ?? `exit code ${code}`})`} in ${seconds} s\n${output}`);
          resolve({ name, code: code ?? 1 });
        });
      }),
  ),
);
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
