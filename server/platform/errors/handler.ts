// One place that turns any thrown error into RFC 9457 problem JSON (application/problem+json).
// 5xx details are logged, never sent; every problem carries the request id.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode, type FieldError, type LocalizedText } from './app-error.ts';
import { splitMessage, zodIssuesToFields } from './zod-messages.ts';

export type Lang = 'zh' | 'en';

/** zh-CN unless the client prefers English (Accept-Language, q-values respected). */
export function pickLang(header: string | string[] | undefined): Lang {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  let best: { lang: Lang; q: number } | null = null;
  for (const part of value.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    if (!tag) continue;
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    const lang: Lang | null = tag.startsWith('zh') ? 'zh' : tag.startsWith('en') ? 'en' : null;
    if (lang && Number.isFinite(q) && (!best || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'zh';
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: ErrorCode;
  requestId: string;
  errors?: { path: string; message: string }[];
}

function kebab(code: string) {
  return code.toLowerCase().replace(/_/g, '-');
}

export function toProblem(err: AppError, request: FastifyRequest, lang: Lang): Problem {
  const problem: Problem = {
    type: `urn:yingshang:problem:${kebab(err.code)}`,
    title: err.text[lang],
    status: err.status,
    detail: err.fields.length
      ? err.fields.map((f) => `${f.path}: ${f.message[lang]}`).join('; ')
      : err.text[lang],
    instance: request.url.split('?')[0] ?? request.url,
    code: err.code,
    requestId: String(request.id),
  };
  if (err.fields.length) problem.errors = err.fields.map((f) => ({ path: f.path, message: f.message[lang] }));
  return problem;
}

const contextNames: Record<string, string> = { querystring: 'query' };

function fromFastifyError(err: FastifyError & { validationContext?: string }): AppError | null {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const prefix = contextNames[err.validationContext ?? ''] ?? err.validationContext;
    const issues = err.validation.map((v) => ({
      ...(v.params as object),
      code: v.keyword,
      path: v.instancePath.split('/').slice(1),
      message: v.message ?? '',
    }));
    return new AppError(
      'VALIDATION_FAILED',
      { zh: '请求内容有误，请检查标出的字段', en: 'The request has invalid fields' },
      zodIssuesToFields(issues as never, prefix),
    );
  }
  const status = err.statusCode ?? 500;
  const byCode: Partial<Record<string, [ErrorCode, LocalizedText]>> = {
    FST_ERR_CTP_INVALID_MEDIA_TYPE: ['UNSUPPORTED_MEDIA_TYPE', { zh: '不支持的内容类型', en: 'Unsupported content type' }],
    FST_ERR_CTP_BODY_TOO_LARGE: ['PAYLOAD_TOO_LARGE', { zh: '请求内容过大', en: 'Request body is too large' }],
    FST_ERR_CTP_EMPTY_JSON_BODY: ['BAD_REQUEST', { zh: '请求体为空，应为 JSON', en: 'The JSON body is empty' }],
    FST_ERR_CTP_INVALID_JSON_BODY: ['BAD_REQUEST', { zh: '请求体不是有效的 JSON', en: 'The body is not valid JSON' }],
    FST_ERR_RATE_LIMIT: ['RATE_LIMITED', { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' }],
  };
  const known = err.code ? byCode[err.code] : undefined;
  if (known) return new AppError(known[0], known[1]);
  if (status === 429) return new AppError('RATE_LIMITED', byCode.FST_ERR_RATE_LIMIT![1]);
  if (err instanceof SyntaxError || (status === 400 && /JSON/i.test(err.message))) {
    return new AppError('BAD_REQUEST', byCode.FST_ERR_CTP_INVALID_JSON_BODY![1]);
  }
  if (status >= 400 && status < 500) {
    return new AppError(status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST', {
      zh: '请求无效',
      en: 'Bad request',
    });
  }
  return null;
}

/** Errors from pure code in common/ carry a `code` and a "中文 / English" message. */
function fromDomainError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  if (err instanceof Error && 'code' in err) {
    const code = (err as { code: unknown }).code;
    if (code === 'CALENDAR_YEAR_MISSING') return new AppError('CALENDAR_YEAR_MISSING', splitMessage(err.message));
    if (code === 'INVALID_DATE') return new AppError('VALIDATION_FAILED', splitMessage(err.message));
  }
  return null;
}

const internal = new AppError('INTERNAL', {
  zh: '服务器内部错误，请稍后再试；如持续出现，请把请求编号告诉管理员',
  en: 'Internal server error; if it persists, give the request id to an administrator',
});

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appError = fromDomainError(error) ?? fromFastifyError(error);
    if (!appError || appError.status >= 500) {
      request.log.error({ err: error }, 'unhandled error');
    } else {
      request.log.info({ code: appError.code, fields: appError.fields.length }, 'request refused');
    }
    const chosen = appError ?? internal;
    const problem = toProblem(chosen.status >= 500 && chosen !== appError ? internal : chosen, request, pickLang(request.headers['accept-language']));
    return reply.status(chosen.status).type('application/problem+json; charset=utf-8').send(problem);
  });
}

export function routeNotFound(method: string, url: string) {
  return new AppError('ROUTE_NOT_FOUND', {
    zh: `没有这个接口：${method} ${url}`,
    en: `No such API route: ${method} ${url}`,
  });
}

export type { FieldError };
