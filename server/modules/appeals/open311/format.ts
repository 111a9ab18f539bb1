// Open311 GeoReport v2 documents (wiki.open311.org/GeoReport_v2, FixMyStreet's servicerequestupdates): the field
// lists the spec defines, our tickets mapped onto them, and the two renderings — XML (the required format,
// schemaless, no namespace) and JSON (the spec's "Spark convention": the root element dropped, lists as arrays).
// Pure: no I/O. Dates are W3C/ISO 8601 with the zone offset of the business day, Asia/Shanghai (+08:00).
import { DEFAULT_APPEAL_RULES, OUTCOME_LABELS, type Outcome } from '../../../../common/appeals/vocabulary.ts';
import { maskEmail, redactPersonalData } from '../../../../common/ids/index.ts';
import type { CategoryAttribute } from '../tables.ts';
import { dishonestyWorkflow, ticketWorkflow } from '../workflow.ts';

export type Format = 'json' | 'xml';
export type Lang = 'zh' | 'en';

export const CONTENT_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** 'requests.json' → { name: 'requests', format: 'json' }; null when the extension is not one we serve. */
export function splitFormat(file: string): { name: string; format: Format } | null {
  const dot = file.lastIndexOf('.');
  if (dot <= 0) return null;
  const ext = file.slice(dot + 1).toLowerCase();
  if (ext !== 'json' && ext !== 'xml') return null;
  return { name: file.slice(0, dot), format: ext };
}

/** The format a reply to this URL should take (errors included): its extension, JSON when it has none we know. */
export function formatOfUrl(url: string): Format {
  const path = url.split('?')[0] ?? '';
  return /\.xml$/i.test(path) ? 'xml' : 'json';
}

// ---- dates ----

const SHANGHAI_MS = 8 * 3600_000;

/** A W3C date-time in Beijing time with its offset: 2025-03-01T09:30:00+08:00. */
export function w3cDate(date: Date | null | undefined): string | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  return `${new Date(date.getTime() + SHANGHAI_MS).toISOString().slice(0, 19)}+08:00`;
}

const W3C = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*([Zz]|[+\- ]\d{2}:?\d{2})?)?$/;

/**
 * Parses a W3C date-time (the spec's format: 2010-01-01T00:00:00Z, with a zone offset; a bare date or a
 * time without a zone is read as Beijing time). A '+' that a query string turned into a space is taken back.
 * Null when malformed or not a real calendar moment.
 */
export function parseW3cDate(input: string): Date | null {
  const m = W3C.exec(input.trim());
  if (!m) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone] = m;
  const year = Number(y), month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(s);
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, Number(`0.${frac || '0'}`) * 1000);
  if (new Date(local).getUTCDate() !== day) return null; // 2025-02-30
  let offsetMs = SHANGHAI_MS;
  if (zone && /^[Zz]$/.test(zone)) offsetMs = 0;
  else if (zone) {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2)), om = Number(digits.slice(2));
    if (oh > 14 || om > 59) return null;
    offsetMs = sign * (oh * 60 + om) * 60_000;
  }
  return new Date(local - offsetMs);
}

// ---- text ----

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Public text: ID numbers, mobile numbers and e-mail addresses a caller dictated are masked. */
export function publicText(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  return redactPersonalData(text).replace(EMAIL, (m) => maskEmail(m));
}

// XML 1.0 cannot carry anything outside its Char production (not even escaped): most C0 controls, lone
// surrogates, U+FFFE/U+FFFF. With the u flag a lone surrogate is a code point of its own, outside every range here.
const XML_ILLEGAL = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(text: string): string {
  return text.replace(XML_ILLEGAL, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

// ---- states ----

const ENDED = new Set(['closed', 'merged', 'invalid']);

/** Our states → Open311's two: an ended ticket (closed, merged, invalid) is closed, anything else open. */
export const open311Status = (state: string): 'open' | 'closed' => (ENDED.has(state) ? 'closed' : 'open');

/** The states a status filter means (null: every state). */
export const ENDED_STATES = [...ENDED];

const STATE_LABELS: Record<string, { zh: string; en: string }> = Object.fromEntries(
  [dishonestyWorkflow(DEFAULT_APPEAL_RULES), ticketWorkflow(DEFAULT_APPEAL_RULES)].flatMap((w) => Object.entries(w.states).map(([k, s]) => [k, s.label])),
);

export const stateLabel = (state: string, lang: Lang) => STATE_LABELS[state]?.[lang] ?? state;

// ---- documents ----

export interface ServiceDoc {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
}

export interface AttributeDoc {
  variable: boolean;
  code: string;
  datatype: CategoryAttribute['datatype'];
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values: { key: string; name: string }[];
}

export interface ServiceDefinitionDoc {
  service_code: string;
  attributes: AttributeDoc[];
}

export interface RequestDoc {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string | null;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string | null;
  updated_datetime: string | null;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

export interface UpdateDoc {
  update_id: string;
  service_request_id: string;
  status: 'open' | 'closed';
  updated_datetime: string | null;
  description: string | null;
  media_url: string | null;
}

export interface DiscoveryDoc {
  changeset: string;
  contact: string;
  key_service: string;
  endpoints: { specification: string; url: string; changeset: string; type: 'production' | 'test'; formats: string[] }[];
}

export interface ErrorDoc {
  code: number;
  description: string;
}

/** A category as Open311 sees it (the appeal_category row's relevant columns). */
export interface ServiceSource {
  code: string;
  name: string;
  nameEn: string;
  description: string;
  keywords: string;
  attributes: CategoryAttribute[];
}

export function serviceDoc(c: ServiceSource, group: ServiceSource | null, lang: Lang): ServiceDoc {
  return {
    service_code: c.code,
    service_name: lang === 'en' ? c.nameEn : c.name,
    description: c.description,
    metadata: c.attributes.length > 0,
    type: 'realtime',
    // Ours are separated by spaces, commas or the Chinese comma; the spec wants a comma-separated list.
    keywords: c.keywords.split(/[\s,，、;；]+/).filter(Boolean).join(', '),
    group: group ? (lang === 'en' ? group.nameEn : group.name) : '',
  };
}

const DATATYPE_HINTS: Partial<Record<CategoryAttribute['datatype'], string>> = {
  number: '数字 / a number',
  datetime: 'ISO 8601 日期时间，如 2025-03-01T09:30:00+08:00 / an ISO 8601 date-time, e.g. 2025-03-01T09:30:00+08:00',
  singlevaluelist: '从所列值中选一个（填 key） / one of the listed values (its key)',
  multivaluelist: '从所列值中选一个或多个（填 key） / one or more of the listed values (their keys)',
};

export function serviceDefinitionDoc(c: ServiceSource): ServiceDefinitionDoc {
  const sorted = [...c.attributes].sort((a, b) => a.order - b.order);
  return {
    service_code: c.code,
    attributes: sorted.map((a, i) => ({
      variable: true,
      code: a.code,
      datatype: a.datatype,
      required: a.required,
      datatype_description: DATATYPE_HINTS[a.datatype] ?? null,
      // The spec wants distinct positive integers starting at 1.
      order: i + 1,
      description: a.description,
      values: a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist' ? (a.values ?? []).map((v) => ({ key: v.key, name: v.name })) : [],
    })),
  };
}

/** A ticket as the repository reads it for Open311 (public columns only: no requester, no phone). */
export interface TicketSource {
  number: string;
  categoryCode: string;
  state: string;
  outcome: string | null;
  reply: string | null;
  content: string;
  address: string | null;
  areaCode: string;
  lat: number | null;
  lng: number | null;
  attributes: Record<string, string | string[]>;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  dueAt: Date | null;
  mergedIntoNumber: string | null;
}

/** The media URL a client gave with its request (kept with the request's attributes). */
export const MEDIA_ATTRIBUTE = 'media_url';

export function statusNotes(t: Pick<TicketSource, 'state' | 'outcome' | 'reply' | 'mergedIntoNumber'>, lang: Lang): string {
  const label = stateLabel(t.state, lang);
  if (open311Status(t.state) === 'open') return label;
  const parts: string[] = [];
  const outcome = t.outcome && t.outcome in OUTCOME_LABELS ? OUTCOME_LABELS[t.outcome as Outcome][lang] : null;
  if (outcome && outcome !== label) parts.push(outcome);
  if (t.state === 'merged' && t.mergedIntoNumber) parts.push(lang === 'en' ? `merged into ${t.mergedIntoNumber}` : `并入 ${t.mergedIntoNumber}`);
  if (t.reply) parts.push(publicText(t.reply)!);
  return parts.length ? `${label}${lang === 'en' ? ': ' : '：'}${parts.join(lang === 'en' ? '; ' : '；')}` : label;
}

export function requestDoc(t: TicketSource, lookups: { serviceName: string; agency: string | null }, lang: Lang): RequestDoc {
  const status = open311Status(t.state);
  const media = t.attributes[MEDIA_ATTRIBUTE];
  return {
    service_request_id: t.number,
    status,
    status_notes: statusNotes(t, lang),
    service_name: lookups.serviceName,
    service_code: t.categoryCode,
    description: publicText(t.content),
    agency_responsible: lookups.agency,
    service_notice: lang === 'en' ? `Ticket ${t.number} of the 12345 hotline` : `12345 热线工单 ${t.number}`,
    requested_datetime: w3cDate(t.createdAt),
    // The spec: for a closed request, the time it was closed.
    updated_datetime: w3cDate(status === 'closed' ? (t.closedAt ?? t.updatedAt) : t.updatedAt),
    expected_datetime: w3cDate(t.dueAt),
    address: publicText(t.address),
    // Our "address id" is the place's GB/T 2260 region code (what a POST's address_id may name too).
    address_id: t.areaCode,
    zipcode: null,
    lat: t.lat,
    long: t.lng,
    media_url: typeof media === 'string' ? media : null,
  };
}

// ---- rendering ----

/** The element each list's items take in XML. */
const ITEM: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  service_request_updates: 'request_update',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

function xmlNode(name: string, value: Value, indent: string, out: string[]) {
  if (value === null || value === undefined) {
    out.push(`${indent}<${name}/>`);
  } else if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push(`${indent}<${name}/>`);
      return;
    }
    const item = ITEM[name] ?? 'item';
    out.push(`${indent}<${name}>`);
    for (const v of value) xmlNode(item, v, `${indent}  `, out);
    out.push(`${indent}</${name}>`);
  } else if (typeof value === 'object') {
    out.push(`${indent}<${name}>`);
    for (const [k, v] of Object.entries(value)) xmlNode(k, v, `${indent}  `, out);
    out.push(`${indent}</${name}>`);
  } else {
    const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
    out.push(text === '' ? `${indent}<${name}/>` : `${indent}<${name}>${xmlEscape(text)}</${name}>`);
  }
}

/** XML with the declaration the spec requires; `root` is the document element (services, errors …). */
export function toXml(root: string, value: Value): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  xmlNode(root, value, '', out);
  return `${out.join('\n')}\n`;
}

export type Document =
  | { root: 'discovery'; body: DiscoveryDoc }
  | { root: 'services'; body: ServiceDoc[] }
  | { root: 'service_definition'; body: ServiceDefinitionDoc }
  | { root: 'service_requests'; body: (RequestDoc | Partial<RequestDoc> | { service_request_id: string; token: string } | { service_request_id: string; service_notice: string | null; account_id: string | null })[] }
  | { root: 'service_request_updates'; body: (UpdateDoc | { update_id: string })[] }
  | { root: 'errors'; body: ErrorDoc[] };

/** The document in the asked format, with its content type. */
export function render(doc: Document, format: Format): { body: string; contentType: string } {
  const body = format === 'xml' ? toXml(doc.root, doc.body as unknown as Value) : JSON.stringify(doc.body);
  return { body, contentType: CONTENT_TYPES[format] };
}

/** An Open311 refusal: the HTTP status (400, 403, 404 as the spec uses them) and its bilingual description. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 429,
    readonly description: string,
    readonly code: number = status,
  ) {
    super(description);
    this.name = 'Open311Error';
  }
}

export const errorDocument = (e: Open311Error): Document => ({ root: 'errors', body: [{ code: e.code, description: e.description }] });
