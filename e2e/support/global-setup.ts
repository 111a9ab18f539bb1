// One server for the whole run (each test file can still start its own with startServer()).
// Set E2E_BASE_URL to run the journeys against a server you already have running.
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { assertChromium } from './browser.ts';
import { repoRoot, startServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  assertChromium();

  // The server serves web/dist: make sure it is not missing or older than the sources.
  const build = spawnSync(process.execPath, ['scripts/ensure-web-build.mjs'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('The web build failed (scripts/ensure-web-build.mjs); see above.');

  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseUrl', external.replace(/\/$/, ''));
    return undefined;
  }
  const server = await startServer();
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
