// What a failed rating request means for the rater, whatever the channel; the server's own (bilingual)
// message is shown beside it.
import { isApiError } from '../../../api/client.ts';

export type RateFailure = 'notFound' | 'expired' | 'already' | 'tooMany' | 'invalid' | 'other';

export function rateFailureOf(error: unknown): RateFailure {
  if (!isApiError(error)) return 'other';
  if (error.status === 404) return 'notFound';
  if (error.status === 410) return 'expired';
  if (error.status === 409) return 'already';
  if (error.status === 429) return 'tooMany';
  if (error.status === 400 || error.status === 422) return 'invalid';
  return 'other';
}

/** The server's message for the user, or the error's own. */
export const messageOf = (error: unknown): string =>
  isApiError(error) ? error.userMessage : error instanceof Error ? error.message : String(error);
