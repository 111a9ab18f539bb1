// Typed errors (DESIGN.md §5.7): a code, an HTTP status and a message in zh-CN and en.
// One handler (./handler.ts) turns them into RFC 9457 problem JSON.

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface FieldError {
  /** Dotted path of the offending field, e.g. `body.items.0.name`. */
  path: string;
  message: LocalizedText;
}

export const errorCodes = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  ACCOUNT_DISABLED: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  ACCOUNT_LOCKED: 423,
  CALENDAR_YEAR_MISSING: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly text: LocalizedText,
    readonly fields: FieldError[] = [],
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
    this.name = 'AppError';
    this.status = errorCodes[code];
  }
}

export const notFound = (what: LocalizedText) =>
  new AppError('NOT_FOUND', { zh: `${what.zh}不存在`, en: `${what.en} not found` });

export const validationFailed = (fields: FieldError[]) =>
  new AppError(
    'VALIDATION_FAILED',
    { zh: '请求内容有误，请检查标出的字段', en: 'The request has invalid fields' },
    fields,
  );

export const versionConflict = (what: LocalizedText) =>
  new AppError('VERSION_CONFLICT', {
    zh: `${what.zh}已被他人修改，请刷新后重试`,
    en: `${what.en} was changed by someone else; reload and try again`,
  });
