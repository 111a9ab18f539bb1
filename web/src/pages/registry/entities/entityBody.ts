// From the entity form's values to the request bodies: trimmed text, 万元 → fen, blanks → null,
// and for an edit only what changed (with the version it was read at).
import { normalizeUscc, validateUscc } from '../../../../../common/ids/index.ts';
import type { Entity, EntityInput, EntityUpdate } from '../../../api/registry.ts';
import type { EntityStatus, EntityTag } from '../labels.ts';

export interface EntityFormValues {
  uscc: string;
  name: string;
  legalRepresentative: string;
  /** 注册资本 in 万元 (ten thousand yuan), as offices write it. */
  registeredCapitalWan?: number | null;
  industrySection: string;
  industryClass?: string | null;
  address: string;
  districtCode: string;
  /** YYYY-MM-DD */
  establishedOn: string;
  status: EntityStatus;
  tags?: EntityTag[];
  overrideUsccCheck?: boolean;
  overrideReason?: string;
}

/** 万元 → fen (1 万元 = 10 000 yuan = 1 000 000 fen); blank → null. */
export function wanToFen(wan: number | null | undefined): number | null {
  if (wan === null || wan === undefined || Number.isNaN(wan)) return null;
  return Math.round(wan * 1_000_000);
}

export function fenToWan(fen: number | null): number | null {
  return fen === null ? null : fen / 1_000_000;
}

const blankToNull = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export function createBody(values: EntityFormValues): EntityInput {
  const body: EntityInput = {
    uscc: normalizeUscc(values.uscc),
    name: values.name.trim(),
    legalRepresentative: values.legalRepresentative.trim(),
    registeredCapitalFen: wanToFen(values.registeredCapitalWan),
    industrySection: values.industrySection,
    industryClass: blankToNull(values.industryClass),
    address: values.address.trim(),
    districtCode: values.districtCode,
    establishedOn: values.establishedOn,
    status: values.status,
    tags: [...new Set(values.tags ?? [])],
  };
  // The override goes only with its reason; the server refuses it for anyone but an admin.
  if (values.overrideUsccCheck) {
    body.overrideUsccCheck = true;
    body.overrideReason = values.overrideReason?.trim() ?? '';
  }
  return body;
}

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Only the fields that differ from `entity`, plus its version; null when nothing changed. */
export function updateBody(
  entity: Entity,
  values: Omit<EntityFormValues, 'uscc' | 'overrideUsccCheck' | 'overrideReason'>,
): EntityUpdate | null {
  const next = createBody({ ...values, uscc: entity.uscc });
  const changes: EntityUpdate = { version: entity.version };
  let changed = false;
  const set = <K extends keyof EntityUpdate>(key: K, value: EntityUpdate[K]) => {
    changes[key] = value;
    changed = true;
  };
  if (next.name !== entity.name) set('name', next.name);
  if (next.legalRepresentative !== entity.legalRepresentative)
    set('legalRepresentative', next.legalRepresentative);
  if ((next.registeredCapitalFen ?? null) !== entity.registeredCapitalFen)
    set('registeredCapitalFen', next.registeredCapitalFen ?? null);
  if (next.industrySection !== entity.industrySection) set('industrySection', next.industrySection);
  if ((next.industryClass ?? null) !== entity.industryClass) set('industryClass', next.industryClass ?? null);
  if (next.address !== entity.address) set('address', next.address);
  if (next.districtCode !== entity.districtCode) set('districtCode', next.districtCode);
  if (next.establishedOn !== entity.establishedOn) set('establishedOn', next.establishedOn);
  if (next.status !== entity.status) set('status', next.status);
  if (!sameTags(next.tags ?? [], entity.tags)) set('tags', next.tags);
  return changed ? changes : null;
}

/** The form's values for an existing entity. */
export function valuesOf(entity: Entity): EntityFormValues {
  return {
    uscc: entity.uscc,
    name: entity.name,
    legalRepresentative: entity.legalRepresentative,
    registeredCapitalWan: fenToWan(entity.registeredCapitalFen),
    industrySection: entity.industrySection,
    industryClass: entity.industryClass,
    address: entity.address,
    districtCode: entity.districtCode,
    establishedOn: entity.establishedOn,
    status: entity.status,
    tags: entity.tags,
  };
}

export type UsccHint =
  | { kind: 'ok' }
  /** Nothing to check yet (empty: the required rule speaks). */
  | { kind: 'none' }
  /** Wrong beyond repair: the form refuses it before asking the server. */
  | { kind: 'invalid'; message: { zh: string; en: string } }
  /** Only the check character is off: the server decides (an admin may admit it with a reason). */
  | { kind: 'checkFails'; message: { zh: string; en: string } };

/** What the form says about a USCC as it is typed (the server checks again and has the last word). */
export function usccHint(code: string | undefined): UsccHint {
  const value = normalizeUscc(code ?? '');
  if (!value) return { kind: 'none' };
  const check = validateUscc(value);
  if (check.ok) return { kind: 'ok' };
  if (check.reason === 'check' || check.reason === 'orgCheck')
    return { kind: 'checkFails', message: check.message };
  return { kind: 'invalid', message: check.message };
}
