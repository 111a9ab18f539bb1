// A small fetch wrapper: same-origin JSON (or raw files and bytes, and binary downloads),
// Accept-Language from the chosen language, and RFC 9457 problem responses turned into a typed
// ApiError the UI can show. Writes carry the session's CSRF token; a 401 while signed in is
// reported to the session (web/src/app/session.tsx).
import { currentLanguage, i18n } from '../i18n/index.ts';

export interface ProblemFieldError {
  path: string;
  message: string;
}

/** RFC 9457 problem details as the server sends them (DESIGN.md §5.7). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: ProblemFieldError[];
}

/** Codes the client makes up itself when there is no problem document to read. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'HTTP_ERROR' | 'BAD_RESPONSE';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;
  readonly code: string;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: ProblemFieldError[];
  readonly requestId: string | undefined;

  constructor(problem: ProblemDetails, options?: { cause?: unknown }) {
    super(problem.detail ?? problem.title, options);
    this.status = problem.status;
    this.code = problem.code;
    this.type = problem.type;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.requestId = problem.requestId;
  }

  /** The message for the user: the server's detail (already in the requested language) or its title. */
  get userMessage(): string {
    return this.detail ?? this.title;
  }

  /** Field errors keyed by path, for forms. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries(this.errors.map((e) => [e.path, e.message]));
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The server no longer knows the caller: the session expired, was signed out, or never existed. */
export function isSessionEnded(error: unknown): boolean {
  return isApiError(error) && error.status === 401 && error.code === 'UNAUTHENTICATED';
}

/** The caller is known but may not do this. */
export function isForbidden(error: unknown): boolean {
  return isApiError(error) && error.status === 403;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a problem document leniently: anything that has a title and a code counts. */
export function parseProblem(body: unknown, status: number): ProblemDetails | null {
  if (!isRecord(body) || typeof body.title !== 'string' || typeof body.code !== 'string') return null;
  const errors = Array.isArray(body.errors)
    ? body.errors
        .filter(isRecord)
        .map((e) => ({ path: String(e.path ?? ''), message: String(e.message ?? '') }))
    : undefined;
  return {
    type: typeof body.type === 'string' ? body.type : 'about:blank',
    title: body.title,
    status: typeof body.status === 'number' ? body.status : status,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    code: body.code,
    instance: typeof body.instance === 'string' ? body.instance : undefined,
    requestId: typeof body.requestId === 'string' ? body.requestId : undefined,
    errors,
  };
}

function clientProblem(code: ClientErrorCode, status: number, requestId?: string): ProblemDetails {
  const title =
    code === 'NETWORK_ERROR'
      ? i18n.t('errors.network')
      : code === 'BAD_RESPONSE'
        ? i18n.t('errors.badResponse')
        : i18n.t('errors.http', { status });
  return { type: 'about:blank', title, status, code, requestId };
}

// ---- Session hooks: set by the session provider, read on every request ----

let csrfToken: string | null = null;
type UnauthenticatedListener = (error: ApiError) => void;
let unauthenticatedListener: UnauthenticatedListener | null = null;

/** The token the server gave with the session; sent as `x-csrf-token` on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type CsrfRefresher = () => Promise<string | null>;
let csrfRefresher: CsrfRefresher | null = null;

/**
 * How to get a fresh CSRF token when the server refuses one (CSRF_FAILED): e.g. the user signed in
 * again in another tab, which gave the browser a new session cookie. The write is retried once.
 */
export function onCsrfRefused(refresher: CsrfRefresher): () => void {
  csrfRefresher = refresher;
  return () => {
    if (csrfRefresher === refresher) csrfRefresher = null;
  };
}

/** Called when the API answers 401 UNAUTHENTICATED (the session ended); returns an unsubscribe. */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListener = listener;
  return () => {
    if (unauthenticatedListener === listener) unauthenticatedListener = null;
  };
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * Sent as JSON, unless it is a Blob (a File), FormData, an ArrayBuffer or a typed array: those go
   * as they are, with no JSON content type (name the type in `headers['Content-Type']`; a Blob's
   * own type is used otherwise, and FormData gets its multipart boundary from the browser).
   */
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * A 401 here is an answer, not an expired session: sign-in and the initial /auth/me check set
   * this so their 401 does not send the user to the sign-in page.
   */
  expectUnauthenticated?: boolean;
  /** Set on the one retry after a refused CSRF token. */
  csrfRetried?: boolean;
}

/** A binary reply (a spreadsheet export …) and the file name the server suggested. */
export interface Download {
  blob: Blob;
  /** From Content-Disposition (the UTF-8 `filename*` when given), or null. */
  filename: string | null;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const qs = params.toString();
  if (!qs) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${qs}`;
}

/** Bodies fetch sends as they are (files, forms, bytes). */
export function isRawBody(body: unknown): body is Blob | FormData | ArrayBuffer | ArrayBufferView {
  return (
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body)
  );
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!/json/i.test(type)) return text;
  return JSON.parse(text) as unknown;
}

/** The file name in a Content-Disposition header: `filename*=UTF-8''…` first, then `filename="…"`. */
export function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/.exec(disposition);
  return plain ? (plain[1] ?? plain[2] ?? null) : null;
}

/**
 * Sends a request and reads a successful reply with `read`. Throws ApiError for problem responses,
 * other non-2xx answers and network failures (an AbortError passes through unchanged); a 401
 * UNAUTHENTICATED is reported to the session, and a refused CSRF token is refreshed and the
 * request sent once more.
 */
async function send<T>(
  path: string,
  options: RequestOptions,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  };
  let body: BodyInit | undefined;
  if (isRawBody(options.body)) {
    body = options.body as BodyInit;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const method = options.method ?? (body === undefined ? 'GET' : 'POST');
  if (writeMethods.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(clientProblem('NETWORK_ERROR', 0), { cause: error });
  }

  const requestId = response.headers.get('x-request-id') ?? undefined;
  if (!response.ok) {
    let parsed: unknown;
    try {
      parsed = await readBody(response);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      parsed = undefined;
    }
    const problem = parseProblem(parsed, response.status);
    const error = new ApiError(
      problem
        ? { ...problem, requestId: problem.requestId ?? requestId }
        : clientProblem('HTTP_ERROR', response.status, requestId),
    );
    if (isSessionEnded(error) && !options.expectUnauthenticated) unauthenticatedListener?.(error);
    // The server refused the write before doing anything, so asking again with a fresh token is safe.
    if (error.code === 'CSRF_FAILED' && !options.csrfRetried && csrfRefresher) {
      const token = await csrfRefresher().catch(() => null);
      if (token) return send(path, { ...options, csrfRetried: true }, read);
    }
    throw error;
  }
  try {
    return await read(response);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(clientProblem('BAD_RESPONSE', response.status, requestId), { cause: error });
  }
}

/** Calls the API and returns the parsed JSON body (undefined for 204; text when the reply is not JSON). */
export function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return send(path, options, async (response) => (await readBody(response)) as T);
}

/** Calls the API for a binary reply (GET unless a method is given); errors as for request(). */
export function download(path: string, options: RequestOptions = {}): Promise<Download> {
  return send(path, { ...options, headers: { Accept: '*/*', ...options.headers } }, async (response) => ({
    blob: await response.blob(),
    filename: filenameOf(response.headers.get('content-disposition')),
  }));
}

/** Hands a downloaded file to the browser to save (a temporary object URL and a clicked link). */
export function saveDownload({ blob, filename }: Download, fallbackName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename ?? fallbackName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the save before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'POST', body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'PUT', body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'PATCH', body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    request<T>(path, { ...options, method: 'DELETE' }),
  download: (path: string, options?: Omit<RequestOptions, 'body'>) => download(path, options),
};
