// The signed-in user, held for the whole app. Loaded from GET /auth/me on start; the CSRF token it
// carries goes to the API client for every write; a 401 from any later call ends the session here
// and the route guards send the user to sign in again (with "登录已过期").
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me, SessionReply } from '../../../common/api/auth.ts';
import type { Role } from '../../../common/api/roles.ts';
import { getSession, signOut as apiSignOut, signOutEverywhere as apiSignOutEverywhere } from '../api/auth.ts';
import { onCsrfRefused, onUnauthenticated, setCsrfToken } from '../api/client.ts';

export type AnonymousReason = 'none' | 'expired' | 'signedOut';

export type SessionState =
  | { status: 'loading' }
  /**
   * Why there is no session: never had one (`none`), the server ended the one this tab had
   * (`expired`: say so on the sign-in page, then come back), or the user signed out (`signedOut`:
   * a plain sign-in page, no way back to the page they left).
   */
  | { status: 'anonymous'; reason: AnonymousReason }
  | { status: 'error'; error: Error }
  | { status: 'signedIn'; session: SessionReply };

export interface SessionContextValue {
  state: SessionState;
  /** The user when signed in, else null. */
  user: Me | null;
  roles: ReadonlySet<Role>;
  /** Take a session the server just gave (sign-in); no extra round trip. */
  accept(reply: SessionReply): void;
  /** Ask the server again (after a password change, or to retry a failed start-up check). */
  refresh(): Promise<void>;
  signOut(options?: { everywhere?: boolean }): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function rolesOf(user: Me | null): ReadonlySet<Role> {
  return new Set(user?.roles.map((grant) => grant.role) ?? []);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const settle = useCallback((outcome: Promise<SessionReply | null>, signal?: AbortSignal) =>
    outcome.then(
      (reply) => {
        if (signal?.aborted) return;
        setState(reply ? { status: 'signedIn', session: reply } : { status: 'anonymous', reason: 'none' });
      },
      (error: unknown) => {
        if (signal?.aborted) return;
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    ), []);

  useEffect(() => {
    const controller = new AbortController();
    void settle(getSession(controller.signal), controller.signal);
    return () => controller.abort();
  }, [settle]);

  // The CSRF token follows the session.
  const csrfToken = state.status === 'signedIn' ? state.session.csrfToken : null;
  useEffect(() => setCsrfToken(csrfToken), [csrfToken]);

  // Any 401 while signed in means the server ended the session (idle, max age, signed out elsewhere).
  useEffect(
    () =>
      onUnauthenticated(() => {
        setCsrfToken(null);
        setState((current) =>
          current.status === 'signedIn' ? { status: 'anonymous', reason: 'expired' } : current,
        );
      }),
    [],
  );

  // A refused CSRF token: the browser's session changed under this tab (signed in again elsewhere).
  useEffect(
    () =>
      onCsrfRefused(async () => {
        const reply = await getSession();
        setCsrfToken(reply?.csrfToken ?? null);
        setState(reply ? { status: 'signedIn', session: reply } : { status: 'anonymous', reason: 'expired' });
        return reply?.csrfToken ?? null;
      }),
    [],
  );

  const accept = useCallback((reply: SessionReply) => {
    setCsrfToken(reply.csrfToken);
    setState({ status: 'signedIn', session: reply });
  }, []);

  const signOut = useCallback(async (options?: { everywhere?: boolean }) => {
    try {
      await (options?.everywhere ? apiSignOutEverywhere() : apiSignOut());
    } finally {
      // Signed out locally even if the server could not be reached: the cookie is the server's to drop.
      setCsrfToken(null);
      setState({ status: 'anonymous', reason: 'signedOut' });
    }
  }, []);

  const refresh = useCallback(() => settle(getSession()), [settle]);

  const value = useMemo<SessionContextValue>(() => {
    const user = state.status === 'signedIn' ? state.session.user : null;
    return { state, user, roles: rolesOf(user), accept, refresh, signOut };
  }, [state, accept, refresh, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() outside <SessionProvider>');
  return value;
}
