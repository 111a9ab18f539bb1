// What a page says when a write was refused because someone else changed the record first (409). The server's words
// end with an instruction for any client ("请刷新后重试" / "reload and try again"); the page has already read the
// record again by then, so the instruction is replaced by the page's own note of what it did.
import type { ApiError } from './client.ts';

const ZH_TAIL = /[，,；;、\s]*请刷新(页面)?后重试[。.！!]?\s*$/;
const EN_TAIL = /[;,.\s]*(please\s+)?reload and try again[.!]?\s*$/i;
const CJK = /[\u3400-\u9fff]/;

/** The server's reason without its "reload and try again", followed by `note` (what the page did: read it again). */
export function staleWords(serverMessage: string, note: string): string {
  const chinese = CJK.test(serverMessage);
  const reason = serverMessage.replace(ZH_TAIL, '').replace(EN_TAIL, '').trim();
  if (!reason) return note;
  if (!note) return reason;
  if (chinese) return /[。！？!?]$/.test(reason) ? `${reason}${note}` : `${reason}。${note}`;
  return /[.!?]$/.test(reason) ? `${reason} ${note}` : `${reason}. ${note}`;
}

/** staleWords for an API error (its message in the reader's language). */
export const staleNotice = (error: ApiError, note: string) => staleWords(error.userMessage, note);
