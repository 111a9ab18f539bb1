// Marks the matched words in a text as plain pieces, so a page can emphasise them without HTML.

export interface Piece {
  text: string;
  match: boolean;
}

/**
 * Splits `text` into pieces that concatenate back to it exactly, marking every occurrence of a
 * term (case-insensitive). Longer terms claim their places first and matches never overlap;
 * neighbouring matches join into one piece.
 */
export function highlight(text: string, terms: readonly string[]): Piece[] {
  if (text === '') return [];
  // Lower-casing may change the length of a few letters (İ); then match the case as written.
  const lower = text.toLowerCase();
  const haystack = lower.length === text.length ? lower : text;
  const marked = new Uint8Array(text.length);
  for (const term of sortedTerms(terms, haystack === lower)) {
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(term, from);
      if (at < 0) break;
      let free = true;
      for (let i = at; i < at + term.length; i++) {
        if (marked[i]) {
          free = false;
          break;
        }
      }
      if (free) {
        marked.fill(1, at, at + term.length);
        from = at + term.length;
      } else {
        from = at + 1;
      }
    }
  }
  const pieces: Piece[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      pieces.push({ text: text.slice(start, i), match: marked[start] === 1 });
      start = i;
    }
  }
  return pieces;
}

/** The terms longest first, lower-cased or as written; kept per terms array (a page highlights every hit with the same). */
const prepared = new WeakMap<readonly string[], { lower?: string[]; asWritten?: string[] }>();
function sortedTerms(terms: readonly string[], lowerCase: boolean): string[] {
  let entry = prepared.get(terms);
  if (!entry) prepared.set(terms, (entry = {}));
  const key = lowerCase ? 'lower' : 'asWritten';
  return (entry[key] ??= [...new Set(terms.map((t) => (lowerCase ? t.toLowerCase() : t)).filter((t) => t.length > 0))].sort(
    (a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  ));
}
