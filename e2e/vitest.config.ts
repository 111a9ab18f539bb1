import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser journeys: real server, real Chromium, one file at a time against the one server. Two files at a time (two
// Chromiums, the server and Vitest on a 2-core machine) saved a couple of minutes, but in about one full run in two a
// click on a dialog's button or a row's 保存 then showed nothing for seconds and steps failed (three CI runs of
// 2026-11-27, in the administration, catalogue and 12345 journeys; never when a file ran alone, beside one other or
// beside CPU hogs). A journey still must not rely on the order journeys run in, nor count records other journeys
// make. A step that fails is tried once more; a real fault fails both tries. The retry starts from reloaded pages and
// is judged on its own console errors (support/after-failure.ts).
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    setupFiles: ['e2e/support/after-failure.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    fileParallelism: false,
    maxWorkers: 1,
    retry: 1,
  },
});
