// The search's highlighted names: the server splits a name into plain and matched pieces
// (`nameHighlighted`), the page marks the matched ones with <mark>. No HTML is ever injected.

export interface Piece {
  text: string;
  match: boolean;
}

/**
 * Pieces ready to render: empty ones dropped, neighbours of the same kind joined. When the pieces
 * do not spell the name (an older server, a mismatch) the plain name is shown unmarked instead.
 */
export function highlightPieces(name: string, pieces: readonly Piece[] | null | undefined): Piece[] {
  const plain = name ? [{ text: name, match: false }] : [];
  if (!pieces || pieces.length === 0) return plain;
  if (pieces.map((piece) => piece.text).join('') !== name) return plain;
  const result: Piece[] = [];
  for (const piece of pieces) {
    if (!piece.text) continue;
    const last = result[result.length - 1];
    if (last && last.match === piece.match) last.text += piece.text;
    else result.push({ text: piece.text, match: piece.match });
  }
  return result;
}

/** Whether anything in the name was matched (a hit found only by its keywords or synonyms has none). */
export const anyMatch = (pieces: readonly Piece[]) => pieces.some((piece) => piece.match);
