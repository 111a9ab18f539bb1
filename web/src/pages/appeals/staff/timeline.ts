// The ticket's timeline as the page shows it. The server lists the engine's steps and the ticket's own entries
// side by side, so a reply is there twice (the step 答复 with its comment, and the reply entry with the unit and
// whether it is public) and a callback too (回访办结 / 重办 and the callback's record). Each such pair, written in
// the same moment, becomes one entry: the step's label, the entry's words, unit and publicity.
import type { TimelineEntry } from '../../../api/appeals.ts';

/** Engine step → the kinds of entry the same step writes. */
const PAIRS: Record<string, readonly string[]> = { reply: ['reply'], close: ['callback'], reopen: ['callback'] };

export function mergedTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  const used = new Set<number>();
  const out: TimelineEntry[] = [];
  entries.forEach((step, i) => {
    if (used.has(i)) return;
    const kinds = PAIRS[step.kind];
    const j = kinds ? entries.findIndex((e, k) => k > i && !used.has(k) && e.at === step.at && kinds.includes(e.kind)) : -1;
    if (j < 0) {
      out.push(step);
      return;
    }
    used.add(j);
    const entry = entries[j]!;
    out.push({ ...entry, label: step.label, actorName: step.actorName ?? entry.actorName, to: step.to ?? entry.to, text: entry.text ?? step.text });
  });
  return out;
}
