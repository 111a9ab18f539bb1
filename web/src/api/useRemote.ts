import { useCallback, useEffect, useState } from 'react';

export interface Remote<T> {
  /** The last data loaded; kept while a newer request runs (tables do not blink). */
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  load: unknown;
  attempt: number;
  data: T | undefined;
  error: Error | undefined;
}

/**
 * Runs `load` when it changes (wrap it in useCallback with its inputs) and on `reload()`, aborting
 * the previous request. Loading is derived, so no state is set synchronously inside the effect.
 */
export function useRemote<T>(load: (signal: AbortSignal) => Promise<T>): Remote<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T>>({ load: null, attempt: -1, data: undefined, error: undefined });

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ load, attempt, data, error: undefined });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof Error ? error : new Error(String(error));
        setSettled((previous) => ({ load, attempt, data: previous.data, error: failure }));
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const loading = settled.load !== load || settled.attempt !== attempt;
  return { data: settled.data, error: loading ? undefined : settled.error, loading, reload };
}
