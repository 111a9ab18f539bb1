// The Open311 GeoReport v2 API over 接诉即办: categories are the services, tickets the requests, the public
// timeline the updates (FixMyStreet's servicerequestupdates). Reads come from our own repository; a POSTed
// request becomes a ticket through the tickets service (channel 'open311'), a POSTed update an 'external'
// timeline entry through the function the room hands over. Every refusal is an Open311Error (400/403/404).
import type { CreateTicketBody } from '../../../../common/api/appeals.ts';
import { DEMO_CITY_CODE, HOHHOT_REGIONS } from '../../../../common/ids/index.ts';
import type { Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import type { appealCategories } from '../tables.ts';
import { MEDIA_ATTRIBUTE, Open311Error, open311Status, parseW3cDate, publicText, requestDoc, serviceDefinitionDoc, serviceDoc, w3cDate, type DiscoveryDoc, type Lang, type RequestDoc, type ServiceDoc, type UpdateDoc } from './format.ts';
import { createOpen311Keys } from './keys.ts';
import * as repo from './repository.ts';

export type CategoryRow = typeof appealCategories.$inferSelect;
export type Open311TicketInput = CreateTicketBody & { externalId?: string; attributes?: Record<string, string | string[]> };

/** An update a client POSTs (servicerequestupdates): appended to the ticket's timeline as kind 'external'. */
export interface ExternalUpdateInput {
  ticketId: string;
  /** The API key it came with. */
  keyId: string;
  /** The client's own id for the update, if it sent one. */
  externalUpdateId: string | null;
  /** When the client says it happened (updated_datetime, else now). Keep it in the row's data: the row's own
   * `at` should be the server's time, so clients polling servicerequestupdates by time never miss it. */
  reportedAt: Date;
  /** The status the client reports; the hotline decides what it means for the ticket. */
  status: 'open' | 'closed';
  text: string;
  mediaUrl: string | null;
}

/** What the Open311 API needs from the rest of the appeals room. */
export interface Open311Deps {
  /** services.appeals.tickets.create: channel 'open311', principal null (filed with an API key). */
  createTicket: (actor: Actor, principal: Principal | null, input: Open311TicketInput, now?: Date) => Promise<{ id: string; number: string }>;
  /** Every appeal_category row (the room's cached list). */
  categories: () => Promise<CategoryRow[]>;
  departmentName: (id: string) => Promise<string | null>;
  addExternalUpdate: (actor: Actor, input: ExternalUpdateInput) => Promise<{ id: string }>;
  /** discovery's endpoint type: 'test' for the demo city. */
  endpointType?: 'production' | 'test';
}

/** A query string or form: Fastify gives a repeated name as an array. */
export type Params = Record<string, unknown>;
export interface RequestMeta {
  ip: string;
  requestId: string;
}

const DAY = 86_400_000;
const WINDOW_DAYS = 90;
const MAX_PAGE_SIZE = 1000;
const MAX_OFFSET = 10_000;
const STARTED = w3cDate(new Date())!;

const bad = (zh: string, en: string) => new Open311Error(400, `${zh} / ${en}`);

/** A parameter as one string ('' when absent); a repeated one joined with commas (the spec's lists). */
function param(p: Params, name: string): string {
  const v = p[name];
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string' || typeof x === 'number').join(',').trim();
  return '';
}
/** The first value of a parameter a client may repeat (media_url). */
function firstParam(p: Params, name: string): string {
  const v = p[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first.trim() : '';
}
const list = (value: string) => [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];

function dateParam(p: Params, name: string): Date | undefined {
  const value = param(p, name);
  if (!value) return undefined;
  const date = parseW3cDate(value);
  if (!date) throw bad(`${name} 不是有效的 W3C 日期时间（如 2025-03-01T00:00:00+08:00）`, `${name} is not a W3C date-time (e.g. 2025-03-01T00:00:00Z)`);
  return date;
}

/** start_date/end_date: the spec's window, 90 days at most, the most recent 90 days by default. */
function windowOf(p: Params, now: Date): { from: Date; to: Date } {
  const start = dateParam(p, 'start_date');
  const end = dateParam(p, 'end_date');
  const to = end ?? (start ? new Date(start.getTime() + WINDOW_DAYS * DAY) : now);
  const from = start ?? new Date(to.getTime() - WINDOW_DAYS * DAY);
  if (from > to) throw bad('start_date 晚于 end_date', 'start_date is after end_date');
  if (to.getTime() - from.getTime() > WINDOW_DAYS * DAY) throw bad('查询时段不能超过 90 天', 'the range may not span more than 90 days');
  return { from, to };
}

function intParam(p: Params, name: string, fallback: number, max: number): number {
  const value = param(p, name);
  if (!value) return fallback;
  if (!/^\d{1,7}$/.test(value) || Number(value) < 1 || Number(value) > max) throw bad(`${name} 应为 1 到 ${max} 的整数`, `${name} must be a whole number from 1 to ${max}`);
  return Number(value);
}

function paging(p: Params): { limit: number; offset: number } {
  const size = intParam(p, 'page_size', 50, MAX_PAGE_SIZE);
  const page = intParam(p, 'page', 1, 1_000_000);
  const offset = (page - 1) * size;
  if (offset > MAX_OFFSET) throw bad(`翻页过深（最多跳过 ${MAX_OFFSET} 条），请缩小 start_date/end_date 的范围`, `page too deep (at most ${MAX_OFFSET} skipped); narrow start_date/end_date`);
  return { limit: size, offset };
}

// Attributes arrive as attribute[code]=v, or attribute[code][]=v1&attribute[code][]=v2 for a multivaluelist.
const ATTRIBUTE = /^attribute\[([^\]]{1,64})\](\[\])?$/;

function attributesOf(form: Params): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, raw] of Object.entries(form)) {
    const m = ATTRIBUTE.exec(key);
    if (!m) continue;
    const values = (Array.isArray(raw) ? raw : [raw]).filter((v) => typeof v === 'string' || typeof v === 'number').map((v) => String(v).trim());
    out.set(m[1]!, [...(out.get(m[1]!) ?? []), ...values.filter(Boolean)]);
  }
  return out;
}

function checkAttributes(category: CategoryRow, given: Map<string, string[]>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const a of category.attributes) {
    const values = given.get(a.code) ?? [];
    const name = `attribute[${a.code}]`;
    if (values.length === 0) {
      if (a.required) throw bad(`缺少必填项 ${name}（${a.description}）`, `required ${name} is missing (${a.description})`);
      continue;
    }
    const keys = new Set((a.values ?? []).map((v) => v.key));
    if (a.datatype === 'multivaluelist') {
      const unknown = values.find((v) => !keys.has(v));
      if (unknown !== undefined) throw bad(`${name} 的值“${unknown}”不在可选项中`, `${name}: "${unknown}" is not one of its values`);
      out[a.code] = [...new Set(values)];
      continue;
    }
    if (values.length > 1) throw bad(`${name} 只能有一个值`, `${name} takes one value`);
    const v = values[0]!;
    if (a.datatype === 'singlevaluelist' && !keys.has(v)) throw bad(`${name} 的值“${v}”不在可选项中`, `${name}: "${v}" is not one of its values`);
    if (a.datatype === 'number' && !/^-?\d{1,15}(\.\d{1,10})?$/.test(v)) throw bad(`${name} 应为数字`, `${name} must be a number`);
    if (a.datatype === 'datetime' && !parseW3cDate(v)) throw bad(`${name} 应为 ISO 8601 日期时间`, `${name} must be an ISO 8601 date-time`);
    if (v.length > (a.datatype === 'text' ? 4000 : 500)) throw bad(`${name} 过长`, `${name} is too long`);
    out[a.code] = v;
  }
  return out;
}

const PLACES = HOHHOT_REGIONS.filter((r) => r.code && r.parent === DEMO_CITY_CODE);

/** The district a place names: address_id as a region code of the city, or a district's name in the address. */
function areaOf(addressId: string, address: string): string {
  const byId = PLACES.find((r) => r.code === addressId);
  if (byId) return byId.code!;
  const byName = PLACES.find((r) => address.includes(r.name));
  return byName?.code ?? DEMO_CITY_CODE;
}

function coordinate(value: string, name: 'lat' | 'long', limit: number): number | undefined {
  if (!value) return undefined;
  const n = /^[+-]?\d{1,3}(\.\d{1,12})?$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || Math.abs(n) > limit) throw bad(`${name} 不是有效的 WGS84 坐标`, `${name} is not a valid WGS84 coordinate`);
  return Math.round(n * 1e6) / 1e6;
}

function phoneOf(value: string): string | undefined {
  if (!value) return undefined;
  const phone = value.replace(/[\s()]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  if (!/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/.test(phone)) throw bad('phone 不是有效的电话号码（手机 11 位或带区号的固话）', 'phone is not a valid number (11-digit mobile or landline with area code)');
  return phone;
}

function emailOf(value: string): string | undefined {
  if (!value) return undefined;
  if (value.length > 120 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw bad('email 不是有效的电子邮件地址', 'email is not a valid e-mail address');
  return value;
}

function mediaUrlOf(value: string): string | null {
  if (!value) return null;
  if (value.length > 500 || !/^https?:\/\/[^\s<>"]+$/i.test(value)) throw bad('media_url 应为 http(s) 网址', 'media_url must be an http(s) URL');
  return value;
}

const CJK = /[\u3400-\u9fff]/;

function nameOf(first: string, last: string): string | undefined {
  const name = CJK.test(first + last) ? `${last}${first}` : `${first} ${last}`.trim();
  if (!name) return undefined;
  if (name.length > 50) throw bad('first_name/last_name 过长', 'first_name/last_name is too long');
  return name;
}

/** Any refusal of the room's own services, said the Open311 way (400 unless it is 403/404). */
function asOpen311(error: unknown): never {
  if (error instanceof AppError && error.status < 500) {
    const field = error.fields[0];
    const text = field ? `${error.text.zh}：${field.message.zh} / ${error.text.en}: ${field.message.en}` : `${error.text.zh} / ${error.text.en}`;
    throw new Open311Error(error.status === 403 ? 403 : error.status === 404 ? 404 : 400, text);
  }
  throw error;
}

export function createOpen311Service(database: Database, deps: Open311Deps) {
  const db = database.readDb;
  const keys = createOpen311Keys(database);

  async function catalogue() {
    const all = await deps.categories();
    const byCode = new Map(all.map((c) => [c.code, c]));
    const withChildren = new Set(all.filter((c) => c.active && c.parentCode).map((c) => c.parentCode!));
    // Leaves are what tickets are filed under (a parent without active children counts as one).
    const services = all.filter((c) => c.active && !withChildren.has(c.code));
    return { byCode, services };
  }

  async function requestDocs(rows: repo.RequestRow[], lang: Lang): Promise<RequestDoc[]> {
    const { byCode } = await catalogue();
    const agencies = new Map<string, string | null>();
    for (const id of new Set(rows.flatMap((r) => (r.leadDepartmentId ? [r.leadDepartmentId] : [])))) agencies.set(id, await deps.departmentName(id));
    return rows.map((r) => {
      const c = byCode.get(r.categoryCode);
      return requestDoc(r, { serviceName: c ? (lang === 'en' ? c.nameEn : c.name) : r.categoryCode, agency: r.leadDepartmentId ? (agencies.get(r.leadDepartmentId) ?? null) : null }, lang);
    });
  }

  async function apiKey(p: Params): Promise<string> {
    const secret = param(p, 'api_key');
    if (!secret) throw new Open311Error(403, '缺少 api_key / api_key is missing');
    const id = await keys.verify(secret);
    if (!id) throw new Open311Error(403, '无效或已吊销的 api_key / invalid or revoked api_key');
    return id;
  }

  return {
    keys,

    discovery(baseUrl: string): DiscoveryDoc {
      return {
        changeset: STARTED,
        contact: '12345 政务服务便民热线（呼和浩特市） / the 12345 government service hotline of Hohhot',
        key_service: '接口密钥（api_key）由平台管理员签发，请联系 12345 热线管理部门 / API keys are issued by the platform administrator: ask the 12345 hotline office',
        endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2', url: `${baseUrl}/open311/v2`, changeset: STARTED, type: deps.endpointType ?? 'production', formats: ['text/xml', 'application/json'] }],
      };
    },

    async services(lang: Lang): Promise<ServiceDoc[]> {
      const { byCode, services } = await catalogue();
      return services.map((c) => serviceDoc(c, c.parentCode ? (byCode.get(c.parentCode) ?? null) : null, lang));
    },

    async serviceDefinition(code: string) {
      const { services } = await catalogue();
      const c = services.find((s) => s.code === code);
      if (!c) throw new Open311Error(404, `没有代码为“${code.slice(0, 64)}”的服务 / no service with code "${code.slice(0, 64)}"`);
      return serviceDefinitionDoc(c);
    },

    /** GET requests: service_request_id overrides the rest; otherwise the window, codes, status and the page. */
    async requests(p: Params, lang: Lang, now = new Date()): Promise<RequestDoc[]> {
      const refs = list(param(p, 'service_request_id'));
      if (refs.length > MAX_PAGE_SIZE) throw bad(`service_request_id 最多 ${MAX_PAGE_SIZE} 个`, `at most ${MAX_PAGE_SIZE} service_request_id values`);
      if (refs.some((r) => r.length > 64)) throw bad('service_request_id 格式不对', 'malformed service_request_id');
      if (refs.length) return requestDocs(await repo.listRequests(db, { refs }, MAX_PAGE_SIZE, 0), lang);
      const statuses = list(param(p, 'status').toLowerCase());
      if (statuses.some((s) => s !== 'open' && s !== 'closed')) throw bad('status 只能是 open 或 closed', 'status must be open or closed');
      const codes = list(param(p, 'service_code'));
      if (codes.length > 200 || codes.some((c) => c.length > 64)) throw bad('service_code 格式不对', 'malformed service_code');
      const { from, to } = windowOf(p, now);
      const { limit, offset } = paging(p);
      const status = statuses.length === 1 ? (statuses[0] as 'open' | 'closed') : undefined;
      return requestDocs(await repo.listRequests(db, { categoryCodes: codes, status, from, to }, limit, offset), lang);
    },

    async request(ref: string, lang: Lang): Promise<RequestDoc[]> {
      const row = ref.length <= 64 ? await repo.findRequest(database.db, ref) : null;
      if (!row) throw new Open311Error(404, `没有编号为“${ref.slice(0, 64)}”的请求 / no service request "${ref.slice(0, 64)}"`);
      return requestDocs([row], lang);
    },

    async token(token: string) {
      const hit = token.length <= 200 ? await repo.findByToken(database.db, token) : null;
      if (!hit) throw new Open311Error(404, '没有这个 token / no such token');
      return [{ service_request_id: hit.number, token: hit.token }];
    },

    async updates(p: Params, now = new Date()): Promise<UpdateDoc[]> {
      const { from, to } = windowOf(p, now);
      const { limit, offset } = paging(p);
      const rows = await repo.listUpdates(db, from, to, limit, offset);
      return rows.map((u) => ({ update_id: u.id, service_request_id: u.number, status: open311Status(u.state), updated_datetime: w3cDate(u.at), description: publicText(u.text), media_url: null }));
    },

    /** POST requests: api_key, service_code, a location, the service's attributes → a ticket. */
    async createRequest(form: Params, meta: RequestMeta, lang: Lang) {
      const keyId = await apiKey(form);
      const code = param(form, 'service_code');
      if (!code) throw bad('缺少 service_code', 'service_code is missing');
      const { services } = await catalogue();
      const category = services.find((s) => s.code === code);
      if (!category) throw bad(`没有代码为“${code.slice(0, 64)}”的服务`, `no service with code "${code.slice(0, 64)}"`);
      const lat = coordinate(param(form, 'lat'), 'lat', 90);
      const lng = coordinate(param(form, 'long'), 'long', 180);
      const address = param(form, 'address_string');
      const addressId = param(form, 'address_id');
      if ((lat === undefined) !== (lng === undefined)) throw bad('lat 与 long 须同时提供', 'lat and long must be sent together');
      const point = lat !== undefined && lng !== undefined;
      if (!point && !address && !addressId) throw bad('缺少位置：lat 与 long，或 address_string，或 address_id 必须提供其一', 'a location is required: lat and long, or address_string, or address_id');
      if (address.length > 200 || addressId.length > 64) throw bad('address_string 或 address_id 过长', 'address_string or address_id is too long');
      const attributes = checkAttributes(category, attributesOf(form));
      const description = param(form, 'description');
      if (description.length > 4000) throw bad('description 最多 4000 字', 'description is limited to 4,000 characters');
      const media = mediaUrlOf(firstParam(form, 'media_url'));
      if (media) attributes[MEDIA_ATTRIBUTE] = media;
      const accountId = param(form, 'account_id').slice(0, 100) || null;
      const serviceName = lang === 'en' ? category.nameEn : category.name;
      const input: Open311TicketInput = {
        channel: 'open311',
        kind: category.defaultKind as CreateTicketBody['kind'],
        urgency: category.utility ? 'utility' : 'normal',
        categoryCode: category.code,
        areaCode: areaOf(addressId, address),
        title: ([...(description.split(/\r?\n/).find((l) => l.trim()) ?? '').trim()].slice(0, 30).join('') || category.name),
        content: description || category.name,
        requesterName: nameOf(param(form, 'first_name'), param(form, 'last_name')),
        requesterPhone: phoneOf(param(form, 'phone')),
        requesterEmail: emailOf(param(form, 'email')),
        address: address || (addressId && !PLACES.some((r) => r.code === addressId) ? addressId : undefined),
        ...(point ? { lat, lng } : {}),
        mediaFileIds: [],
        confidential: false,
        nameHidden: false,
        attributes,
      };
      const actor: Actor = { type: 'token', id: keyId, ip: meta.ip, requestId: meta.requestId };
      const created = await deps.createTicket(actor, null, input).catch(asOpen311);
      const notice = lang === 'en' ? `Received as ticket ${created.number} of the 12345 hotline (${serviceName}); follow it with this number` : `已受理为 12345 热线工单 ${created.number}（${serviceName}），可凭此编号查询办理进度`;
      return [{ service_request_id: created.number, service_notice: notice, account_id: accountId }];
    },

    /** POST servicerequestupdates (FixMyStreet): an update from the client onto the ticket's timeline. */
    async createUpdate(form: Params, meta: RequestMeta) {
      const keyId = await apiKey(form);
      const ref = param(form, 'service_request_id');
      if (!ref) throw bad('缺少 service_request_id', 'service_request_id is missing');
      const ticket = ref.length <= 64 ? await repo.findTicketRef(database.db, ref) : null;
      if (!ticket) throw new Open311Error(404, `没有编号为“${ref.slice(0, 64)}”的请求 / no service request "${ref.slice(0, 64)}"`);
      const text = param(form, 'description');
      if (!text) throw bad('缺少 description', 'description is missing');
      if (text.length > 2000) throw bad('description 最多 2000 字', 'description is limited to 2,000 characters');
      const status = (param(form, 'status') || 'open').toLowerCase();
      if (status !== 'open' && status !== 'closed') throw bad('status 只能是 open 或 closed', 'status must be open or closed');
      const reportedAt = dateParam(form, 'updated_datetime') ?? new Date();
      const externalUpdateId = param(form, 'update_id').slice(0, 100) || null;
      const actor: Actor = { type: 'token', id: keyId, ip: meta.ip, requestId: meta.requestId };
      const added = await deps
        .addExternalUpdate(actor, { ticketId: ticket.id, keyId, externalUpdateId, reportedAt, status, text, mediaUrl: mediaUrlOf(firstParam(form, 'media_url')) })
        .catch(asOpen311);
      return [{ update_id: added.id }];
    },
  };
}

export type Open311Service = ReturnType<typeof createOpen311Service>;
