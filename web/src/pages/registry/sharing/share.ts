// Data sharing's words: what a resource code names, how a shared record reads, why a request was refused.
import type { LicenceType, ShareLogItem } from '../../../api/registry.ts';
import { formatDateTime } from '../../../components/format.ts';
import type { Cell } from '../entities/profile.ts';
import {
  ENTITY_KINDS,
  ENTITY_STATUSES,
  ENTITY_TAGS,
  SHARE_REFUSAL_REASON_LABELS,
  type ShareRefusalReason,
} from '../../../../../common/api/registry.ts';
import {
  bilingual,
  entityKindLabel,
  entityStatusLabel,
  entityTagLabel,
  formatCapital,
  type EntityKind,
  type EntityStatus,
  type EntityTag,
} from '../labels.ts';
import { listMark } from '../../../i18n/punctuation.ts';

/** 'record' (the registration record) or a licence type's code. */
export function resourceOptions(
  types: readonly Pick<LicenceType, 'code' | 'name' | 'holderKind'>[],
  holderKind: 'entity' | 'person' | 'any',
  recordLabel: string,
) {
  const seen = new Set<string>();
  const licences = types
    .filter((type) => holderKind === 'any' || type.holderKind === holderKind)
    .filter((type) => !seen.has(type.code) && seen.add(type.code))
    .map((type) => ({ value: type.code, label: type.name }));
  return [{ value: 'record', label: recordLabel }, ...licences];
}

export function resourceLabel(
  resource: string,
  types: readonly Pick<LicenceType, 'code' | 'name'>[],
  recordLabel: string,
): string {
  if (resource === 'record') return recordLabel;
  return types.find((type) => type.code === resource)?.name ?? resource;
}

/**
 * What the dialog says of a granted request: when, what and for which case (the share log's own columns), and the
 * credit code the share log is searched by — a person can find the row with these, not with its internal id.
 */
export function shareReceipt(
  request: { resource: string; caseNumber: string; uscc: string },
  at: Date,
  types: readonly Pick<LicenceType, 'code' | 'name'>[],
  recordLabel: string,
) {
  return {
    at: formatDateTime(at.toISOString()),
    resource: resourceLabel(request.resource, types, recordLabel),
    caseNumber: request.caseNumber,
    uscc: request.uscc,
  };
}

/** Fields of a shared record worth a line, in this order; the rest follow under their own names. */
const recordOrder = [
  'name',
  'uscc',
  'idNumber',
  'kind',
  'legalRepresentative',
  'registeredCapitalFen',
  'industryName',
  'address',
  'districtCode',
  'establishedOn',
  'status',
  'tags',
  'phone',
];
const hidden = new Set(['id', 'version', 'usccOverride', 'industrySection', 'industryClass']);

/**
 * A shared record (an entity's or a person's, as the server sends it) as label/value lines. `labels`
 * names the fields this page knows; unknown fields keep their key, so nothing sent is hidden.
 */
export function recordRows(
  record: Record<string, unknown>,
  labels: Readonly<Record<string, string>>,
): [string, Cell][] {
  const keys = Object.keys(record).filter((key) => !hidden.has(key));
  keys.sort((a, b) => {
    const ia = recordOrder.indexOf(a);
    const ib = recordOrder.indexOf(b);
    return (ia < 0 ? recordOrder.length : ia) - (ib < 0 ? recordOrder.length : ib);
  });
  return keys.map((key) => [labels[key] ?? key, cellOf(record[key])]);
}

const isOneOf = <T extends string>(value: unknown, list: readonly T[]): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** Codes in a shared entity record in words (kind, status, tags, capital); other values as they are. */
export function presentRecord(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  if (isOneOf<EntityKind>(record.kind, ENTITY_KINDS)) out.kind = entityKindLabel(record.kind);
  if (isOneOf<EntityStatus>(record.status, ENTITY_STATUSES)) out.status = entityStatusLabel(record.status);
  if (Array.isArray(record.tags))
    out.tags = record.tags.map((tag) =>
      isOneOf<EntityTag>(tag, ENTITY_TAGS) ? entityTagLabel(tag) : String(tag),
    );
  if (typeof record.registeredCapitalFen === 'number' || record.registeredCapitalFen === null)
    out.registeredCapitalFen = formatCapital(record.registeredCapitalFen as number | null);
  return out;
}

function cellOf(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(String).join(listMark());
  return JSON.stringify(value);
}

/** Why a request was refused, in the interface language (the server writes the code). */
export function refusalLabel(reason: ShareRefusalReason | null): string | null {
  return reason ? bilingual(SHARE_REFUSAL_REASON_LABELS[reason]) : null;
}

/** What a share-log entry read: the record in this page's words, else the licence type's name the server gave. */
export function readLabel(
  item: Pick<ShareLogItem, 'resource' | 'resourceName'>,
  recordLabel: string,
): string {
  return item.resource === 'record' ? recordLabel : item.resourceName;
}
