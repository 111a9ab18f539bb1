import { useCallback, useEffect, useState } from 'react';
import { getHealth, type Health } from '../../api/health.ts';
import type { ApiError } from '../../api/client.ts';

export type HealthState =
  | { phase: 'loading' }
  | { phase: 'ok'; health: Health; checkedAt: Date }
  | { phase: 'error'; error: ApiError | Error };

/** Asks the server how it is, once on mount and again whenever `retry` is called. */
export function useHealth(): { state: HealthState; retry: () => void } {
  const [state, setState] = useState<HealthState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    getHealth(controller.signal).then(
      (health) => setState({ phase: 'ok', health, checkedAt: new Date() }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ phase: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ phase: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  return { state, retry };
}
