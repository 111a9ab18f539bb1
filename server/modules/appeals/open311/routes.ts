// HTTP of the Open311 GeoReport v2 API (/open311/v2/…, public: the spec's GETs need no key, its POSTs carry
// `api_key` in the form) and of the administrator's key management (/api/v1/appeals/open311-keys).
// Within /open311 every reply — refusals and unknown paths included — is a GeoReport document in the format the
// URL asks for (.json or .xml); errors are `[{ code, description }]` with HTTP 400, 403 or 404 as the spec uses them.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { createOpen311KeyBody, createOpen311KeyReply, open311KeyParams, open311KeySchema, open311KeysReply } from '../../../../common/api/appeals-open311.ts';
import { actorOf } from '../../../platform/auth/index.ts';
import { AppError, pickLang } from '../../../platform/errors/index.ts';
import type { App } from '../../../platform/http/index.ts';
import { errorDocument, formatOfUrl, Open311Error, render, splitFormat, type Document, type Format } from './format.ts';
import type { Open311Service, Params } from './service.ts';

const tags = ['appeals 接诉即办 · Open311'];
const FORM_LIMIT = 256 * 1024;

/** An x-www-form-urlencoded body as name → value (a repeated name → its values). */
export function parseForm(text: string): Params {
  const fields = new Map<string, string | string[]>();
  for (const [key, value] of new URLSearchParams(text)) {
    const had = fields.get(key);
    fields.set(key, had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value]);
  }
  // fromEntries defines own properties, so a field named __proto__ stays a field.
  return Object.fromEntries(fields);
}

function send(reply: FastifyReply, format: Format, doc: Document, status = 200) {
  const { body, contentType } = render(doc, format);
  // The GETs are public data: any web page may read them (the POSTs stay same-origin for browsers).
  if (reply.request.method === 'GET') reply.header('access-control-allow-origin', '*');
  return reply.code(status).header('content-type', contentType).send(body);
}

const fileOf = (request: FastifyRequest) => (request.params as { file?: string }).file ?? '';
const langOf = (request: FastifyRequest) => pickLang(request.headers['accept-language']);
const metaOf = (request: FastifyRequest) => ({ ip: request.ip, requestId: String(request.id) });
const baseUrlOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

const notFound = (what: string) => new Open311Error(404, `没有这个资源：${what} / no such resource: ${what}`);

/** The resource's name and format; an extension other than .json/.xml is a 404 like an unknown path. */
function resource(request: FastifyRequest): { name: string; format: Format } {
  const file = fileOf(request);
  const split = splitFormat(file);
  if (!split) throw new Open311Error(404, `未知的格式：${file.slice(0, 80)}（应以 .json 或 .xml 结尾） / unknown format: ${file.slice(0, 80)} (use .json or .xml)`);
  return split;
}

function formOf(body: unknown): Params {
  if (body === undefined || body === null || body === '') return {};
  if (typeof body === 'object' && !Array.isArray(body)) return body as Params;
  throw new Open311Error(400, '请求体应为 application/x-www-form-urlencoded 表单 / the body must be an application/x-www-form-urlencoded form');
}

/** Any error inside /open311, said the GeoReport way. */
function open311ErrorOf(error: FastifyError | Error, request: FastifyRequest): Open311Error {
  if (error instanceof Open311Error) return error;
  if (error instanceof AppError && error.status < 500) {
    return new Open311Error(error.status === 403 ? 403 : error.status === 404 ? 404 : error.status === 429 ? 429 : 400, `${error.text.zh} / ${error.text.en}`);
  }
  const status = (error as FastifyError).statusCode ?? 500;
  const code = (error as FastifyError).code;
  if (status === 429) return new Open311Error(429, '请求过于频繁，请稍后再试 / too many requests; try again later');
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) return new Open311Error(400, '请以 application/x-www-form-urlencoded 提交 / send the form as application/x-www-form-urlencoded');
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) return new Open311Error(400, '请求内容过大 / the request body is too large');
  if (status >= 400 && status < 500) return new Open311Error(400, '请求无效 / the request is invalid');
  // The spec's "general service error" is a 400; the body's code says it was ours (500).
  request.log.error({ err: error }, 'open311 request failed');
  return new Open311Error(400, `服务暂时无法处理该请求，请稍后再试（请求编号 ${String(request.id)}） / general service error; try again later (request id ${String(request.id)})`, 500);
}

export function registerOpen311Routes(app: App, open311: Open311Service) {
  registerKeyRoutes(app, open311);

  void app.register(
    async (scope) => {
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_LIMIT }, (_request, body, done) => {
        done(null, parseForm(String(body)));
      });
      scope.setErrorHandler((error: FastifyError, request, reply) => {
        const e = open311ErrorOf(error, request);
        return send(reply, formatOfUrl(request.url), errorDocument(e), e.status);
      });
      scope.setNotFoundHandler((request, reply) => send(reply, formatOfUrl(request.url), errorDocument(notFound(`${request.method} ${request.url.split('?')[0]}`)), 404));

      const config = { policy: 'public' as const };

      // Service discovery: at the endpoint's root and, as the discovery spec suggests, above it.
      scope.get('/:file', { config, schema: { tags, summary: 'Open311 服务发现 · discovery' } }, async (request, reply) => {
        const r = resource(request);
        if (r.name !== 'discovery') throw notFound(fileOf(request));
        return send(reply, r.format, { root: 'discovery', body: open311.discovery(baseUrlOf(request)) });
      });

      scope.get('/v2/:file', { config, schema: { tags, summary: 'Open311: discovery, services, requests, servicerequestupdates' } }, async (request, reply) => {
        const r = resource(request);
        const query = request.query as Params;
        switch (r.name) {
          case 'discovery':
            return send(reply, r.format, { root: 'discovery', body: open311.discovery(baseUrlOf(request)) });
          case 'services':
            return send(reply, r.format, { root: 'services', body: await open311.services(langOf(request)) });
          case 'requests':
            return send(reply, r.format, { root: 'service_requests', body: await open311.requests(query, langOf(request)) });
          case 'servicerequestupdates':
            return send(reply, r.format, { root: 'service_request_updates', body: await open311.updates(query) });
          default:
            throw notFound(fileOf(request));
        }
      });

      scope.post('/v2/:file', { config, schema: { tags, summary: 'Open311: POST requests (api_key) · POST servicerequestupdates' } }, async (request, reply) => {
        const r = resource(request);
        // Some clients put api_key or jurisdiction_id in the URL: the form's own fields win.
        const form = { ...(request.query as Params), ...formOf(request.body) };
        switch (r.name) {
          case 'requests':
            return send(reply, r.format, { root: 'service_requests', body: await open311.createRequest(form, metaOf(request), langOf(request)) });
          case 'servicerequestupdates':
            return send(reply, r.format, { root: 'service_request_updates', body: await open311.createUpdate(form, metaOf(request)) });
          default:
            throw notFound(fileOf(request));
        }
      });

      scope.get('/v2/services/:file', { config, schema: { tags, summary: 'Open311: service definition' } }, async (request, reply) => {
        const r = resource(request);
        return send(reply, r.format, { root: 'service_definition', body: await open311.serviceDefinition(r.name) });
      });

      scope.get('/v2/requests/:file', { config, schema: { tags, summary: 'Open311: a service request' } }, async (request, reply) => {
        const r = resource(request);
        return send(reply, r.format, { root: 'service_requests', body: await open311.request(r.name, langOf(request)) });
      });

      scope.get('/v2/tokens/:file', { config, schema: { tags, summary: 'Open311: service_request_id from a token' } }, async (request, reply) => {
        const r = resource(request);
        return send(reply, r.format, { root: 'service_requests', body: await open311.token(r.name) });
      });
    },
    { prefix: '/open311' },
  );
}

function registerKeyRoutes(app: App, open311: Open311Service) {
  const admin = { roles: ['admin'], scope: 'all' } as const;
  app.get(
    '/api/v1/appeals/open311-keys',
    { config: { policy: admin }, schema: { tags, summary: 'Open311 接口密钥 · Open311 API keys', response: { 200: open311KeysReply } } },
    async () => ({ keys: await open311.keys.list() }),
  );
  app.post(
    '/api/v1/appeals/open311-keys',
    { config: { policy: { ...admin, sessionOnly: true } }, schema: { tags, summary: '签发 Open311 接口密钥 · issue an Open311 API key', body: createOpen311KeyBody, response: { 201: createOpen311KeyReply } } },
    async (request, reply) => reply.code(201).send(await open311.keys.issue(actorOf(request), request.body.name)),
  );
  app.post(
    '/api/v1/appeals/open311-keys/:id/revoke',
    { config: { policy: { ...admin, sessionOnly: true } }, schema: { tags, summary: '吊销 Open311 接口密钥 · revoke an Open311 API key', params: open311KeyParams, response: { 200: open311KeySchema } } },
    async (request) => open311.keys.revoke(actorOf(request), request.params.id),
  );
}
