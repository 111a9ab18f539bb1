// What the browser was last asked to do, for a step that fails. A step that times out says only "timed out in
// 60000 ms" and which step; its retry then runs on the same pages. The browser's API calls (Playwright's logger, given
// at launch) are kept with their time and, when the call has returned, the journey's line that made it, so a failed
// step's output shows where its time went and which call never came back.

interface Entry {
  at: number;
  text: string;
}

const KEEP = 200;
const entries: Entry[] = [];

/** The journey's own line in a call's stack (not support/, not node_modules), e.g. `catalog.e2e.ts:312`. */
function journeyLine(stack: string): string {
  for (const line of stack.split('\n')) {
    const found = /\/e2e\/([\w.-]+\.e2e\.ts):(\d+)/.exec(line);
    if (found) return `${found[1]}:${found[2]}`;
  }
  return '';
}

/** Playwright's logger sink: only its API calls ("=> locator.click started", "<= locator.click succeeded"). */
export const apiLogger = {
  isEnabled: (name: string) => name === 'api',
  log: (_name: string, _severity: string, message: string | Error) => {
    const where = journeyLine(new Error().stack ?? '');
    entries.push({ at: Date.now(), text: `${String(message)}${where ? ` (${where})` : ''}` });
    if (entries.length > KEEP) entries.splice(0, entries.length - KEEP);
  },
};

const clock = (at: number) => new Date(at).toISOString().slice(11, 23);

/** The calls made since `since` (at most the last `limit`), one per line with its time. */
export function apiCallsSince(since: number, limit = 40): string[] {
  const recent = entries.filter((entry) => entry.at >= since);
  const shown = recent.slice(-limit);
  const lines = shown.map((entry) => `  ${clock(entry.at)} ${entry.text}`);
  if (recent.length > shown.length) lines.unshift(`  … ${recent.length - shown.length} earlier calls left out`);
  return lines;
}
