// Sessions: start, resolve (idle timeout and absolute lifetime), end, end everywhere.
import type { Db } from '../db/index.ts';
import { hashToken, randomToken } from '../crypto/index.ts';
import type { Principal } from './principal.ts';
import * as repo from './repository.ts';

export const SESSION_COOKIE = 'ys_session';

export interface SessionSettings {
  idleMinutes: number;
  maxHours: number;
  /** How long a resolved session and its principal are reused in this process; 0 turns the cache off. */
  cacheSeconds?: number;
}

export interface StartedSession {
  /** The cookie value; never stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  idleExpiresAt: Date;
}

export interface ResolvedSession {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
  idleExpiresAt: Date;
}

// Writing last_seen_at on every request would turn each read into a write; a minute's slack in
// the idle timeout is the price of not doing so.
const TOUCH_EVERY_MS = 60_000;

const CACHE_LIMIT = 50_000;

export function createSessionStore(db: Db, settings: SessionSettings) {
  const idleMs = settings.idleMinutes * 60_000;
  const maxMs = settings.maxHours * 3_600_000;
  const cacheMs = (settings.cacheSeconds ?? 5) * 1000;
  // Every signed-in request needs its session and its principal; reusing them for a few seconds
  // spares two queries per request. What ends a session here (sign-out, disabling, role or
  // password changes) forgets it at once in this process; other processes see it within cacheMs.
  const cache = new Map<string, { session: ResolvedSession; principal: Principal; at: number }>();
  const forgetUser = (userId: string) => {
    for (const [key, entry] of cache) if (entry.session.userId === userId) cache.delete(key);
  };
  return {
    idleMs,
    async start(tx: Db, userId: string, meta: { ip: string | null; userAgent: string | null; via: 'password' | 'oidc' }, now = new Date()): Promise<StartedSession> {
      const token = randomToken('', 32);
      const csrfToken = randomToken('', 24);
      const expiresAt = new Date(now.getTime() + maxMs);
      await repo.insertSession(tx, {
        tokenHash: hashToken(token),
        userId,
        csrfToken,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
        via: meta.via,
      });
      return { token, csrfToken, expiresAt, idleExpiresAt: new Date(Math.min(now.getTime() + idleMs, expiresAt.getTime())) };
    },

    /** The live session for a cookie value, or null when unknown, idle too long or past its lifetime (then deleted). */
    async resolve(token: string, now = new Date()): Promise<ResolvedSession | null> {
      if (!token || token.length > 100) return null;
      const tokenHash = hashToken(token);
      const row = await repo.findSession(db, tokenHash);
      if (!row) return null;
      if (row.expiresAt <= now || now.getTime() - row.lastSeenAt.getTime() > idleMs) {
        await repo.deleteSession(db, tokenHash);
        return null;
      }
      let lastSeen = row.lastSeenAt;
      if (now.getTime() - lastSeen.getTime() > TOUCH_EVERY_MS) {
        await repo.touchSession(db, tokenHash, now);
        lastSeen = now;
      }
      return {
        tokenHash,
        userId: row.userId,
        csrfToken: row.csrfToken,
        expiresAt: row.expiresAt,
        idleExpiresAt: new Date(Math.min(lastSeen.getTime() + idleMs, row.expiresAt.getTime())),
      };
    },

    /** The principal behind a cookie value, from the cache when fresh, else resolved and loaded by `load`. */
    async principalFor(token: string, load: (session: ResolvedSession) => Promise<Principal | null>, now = new Date()): Promise<Principal | null> {
      if (!token || token.length > 100) return null;
      const key = hashToken(token);
      const hit = cacheMs > 0 ? cache.get(key) : undefined;
      if (hit && now.getTime() - hit.at < cacheMs && hit.session.idleExpiresAt > now && hit.session.expiresAt > now) return hit.principal;
      const session = await this.resolve(token, now);
      const principal = session ? await load(session) : null;
      if (!session || !principal) {
        cache.delete(key);
        return null;
      }
      if (cacheMs > 0) {
        if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
        cache.set(key, { session, principal, at: now.getTime() });
      }
      return principal;
    },

    /** Drops cached principals of a user whose rights or sessions just changed. */
    forgetUser,

    end: async (tx: Db, tokenHash: string) => {
      cache.delete(tokenHash);
      await repo.deleteSession(tx, tokenHash);
    },
    endAllForUser: async (tx: Db, userId: string, keepTokenHash?: string) => {
      forgetUser(userId);
      return repo.deleteUserSessions(tx, userId, keepTokenHash);
    },
    sweep: (now = new Date()) => repo.deleteExpiredSessions(db, now, new Date(now.getTime() - idleMs)),
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;
