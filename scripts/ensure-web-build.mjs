#!/usr/bin/env node
// Builds the web app (vite build) only when web/dist is missing or older than its sources, so
// `npm start` and `npm run e2e` never serve a stale UI and never rebuild for nothing.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const output = path.join(root, 'web/dist/index.html');
const sources = ['web/src', 'web/public', 'web/index.html', 'vite.config.ts'];

/** The newest file under (or at) `target`: { file, mtimeMs }, or null if it does not exist. */
function newest(target) {
  if (!existsSync(target)) return null;
  const stat = statSync(target);
  if (!stat.isDirectory()) return { file: target, mtimeMs: stat.mtimeMs };
  let best = null;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    const found = newest(path.join(target, entry.name));
    if (found && (!best || found.mtimeMs > best.mtimeMs)) best = found;
  }
  return best;
}

function reason() {
  if (!existsSync(output)) return 'web/dist/index.html is missing';
  const built = statSync(output).mtimeMs;
  let latest = null;
  for (const source of sources) {
    const found = newest(path.join(root, source));
    if (found && (!latest || found.mtimeMs > latest.mtimeMs)) latest = found;
  }
  if (latest && latest.mtimeMs > built) return `${path.relative(root, latest.file)} is newer than web/dist`;
  return null;
}

const why = reason();
if (!why) {
  console.log('web build: up to date (web/dist is newer than web/src, web/index.html and vite.config.ts)');
  process.exit(0);
}

const started = Date.now();
const vite = path.join(root, 'node_modules/vite/bin/vite.js');
const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
child.stdout.on('data', (chunk) => (log += chunk));
child.stderr.on('data', (chunk) => (log += chunk));
child.on('error', (error) => {
  console.error(`web build: could not run vite (${error.message})`);
  process.exit(1);
});
child.on('close', (code, signal) => {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code === 0) {
    console.log(`web build: built web/dist in ${seconds} s because ${why}`);
    if (log.trim()) process.stdout.write(log); // warnings only (--logLevel warn)
    return;
  }
  process.stderr.write(log);
  console.error(`web build: vite build failed (${signal ?? `exit code ${code}`}) after ${seconds} s`);
  process.exit(code || 1);
});
