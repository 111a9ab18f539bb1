import { ApiError, api } from './client.ts';
import { i18n } from '../i18n/index.ts';

/** GET /api/health */
export interface Health {
  status: string;
  /** Which database engine the server runs on. */
  db: 'pglite' | 'postgres' | (string & {});
  version: string;
}

function isHealth(value: unknown): value is Health {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.status === 'string' && typeof v.db === 'string' && typeof v.version === 'string';
}

export async function getHealth(signal?: AbortSignal): Promise<Health> {
  const body = await api.get<unknown>('/api/health', { signal });
  if (!isHealth(body)) {
    // E.g. an HTML page from a proxy or a static server that has no API behind it.
    throw new ApiError({
      type: 'about:blank',
      title: i18n.t('errors.badResponse'),
      status: 200,
      code: 'BAD_RESPONSE',
    });
  }
  return body;
}
