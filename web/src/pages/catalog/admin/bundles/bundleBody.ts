// The bundle editor's state ↔ the API's bundleInput / bundleUpdate. The basics live in an antd form;
// the members and the merged fields in plain state (the mapping matrix edits them as a whole).
import type { Bundle, BundleInput, BundleUpdate, MergedField } from '../../../../api/catalog-admin.ts';
import type { EventKey, Theme } from '../../../../../../common/catalog/vocabulary.ts';

export interface BundleBasics {
  code: string;
  name: string;
  kind: 'life' | 'business';
  event: EventKey | null;
  themes: Theme[];
  description: string;
  leadDepartmentId: string | null;
  promisedLimitDays: number;
  keywords: string[];
  hallAddress: string;
  consultPhone: string;
}

export type Member = { itemCode: string; note: string };

export const BUNDLE_TABS = ['basic', 'members', 'fields', 'materials'] as const;
export type BundleTab = (typeof BUNDLE_TABS)[number];

export function blankBasics(): BundleBasics {
  return {
    code: '',
    name: '',
    kind: 'business',
    event: null,
    themes: [],
    description: '',
    leadDepartmentId: null,
    promisedLimitDays: 5,
    keywords: [],
    hallAddress: '',
    consultPhone: '',
  };
}

export function basicsOf(bundle: Bundle): BundleBasics {
  return {
    code: bundle.code,
    name: bundle.name,
    kind: bundle.kind,
    event: bundle.event,
    themes: [...bundle.themes],
    description: bundle.description,
    leadDepartmentId: bundle.leadDepartmentId,
    promisedLimitDays: bundle.promisedLimitDays,
    keywords: [...bundle.keywords],
    hallAddress: bundle.hallAddress,
    consultPhone: bundle.consultPhone,
  };
}

export const membersOf = (bundle: Bundle): Member[] =>
  bundle.members.map((m) => ({ itemCode: m.itemCode, note: m.note ?? '' }));

export function toBundleInput(
  basics: BundleBasics,
  members: readonly Member[],
  fields: readonly MergedField[],
): BundleInput {
  return {
    code: basics.code.trim(),
    name: basics.name,
    kind: basics.kind,
    event: basics.event ?? ('' as EventKey),
    themes: basics.themes ?? [],
    description: basics.description ?? '',
    leadDepartmentId: basics.leadDepartmentId ?? '',
    promisedLimitDays: basics.promisedLimitDays,
    members: members.map((m) => ({ itemCode: m.itemCode, note: m.note ?? '' })),
    fields: fields.map((f) => ({
      ...f,
      options: f.type === 'enum' ? f.options : [],
      description: f.description ?? '',
      prefill: f.prefill ?? null,
    })),
    keywords: basics.keywords ?? [],
    hallAddress: basics.hallAddress ?? '',
    consultPhone: basics.consultPhone ?? '',
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only what changed, with the version read; null when nothing did. The code never changes. */
export function bundleUpdateOf(bundle: Bundle, input: BundleInput): BundleUpdate | null {
  const before = toBundleInput(basicsOf(bundle), membersOf(bundle), bundle.fields) as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key !== 'code' && !same(before[key], value)) changes[key] = value;
  }
  if (Object.keys(changes).length === 0) return null;
  return { ...(changes as Omit<BundleUpdate, 'version'>), version: bundle.version };
}

/** The tab that shows a field of the bundle ('fields.2.mapsTo.0' → fields, 'members.1.itemCode' → members). */
export function bundleTabOf(field: string | null | undefined): BundleTab {
  const head = (field ?? '').replace(/^body\./, '').split('.')[0];
  if (head === 'members') return 'members';
  if (head === 'fields') return 'fields';
  return 'basic';
}

/** A new empty merged field with a key not yet taken. */
export function blankField(taken: ReadonlySet<string>): MergedField {
  let n = taken.size + 1;
  while (taken.has(`field_${n}`)) n++;
  return {
    key: `field_${n}`,
    label: '',
    type: 'string',
    options: [],
    required: true,
    description: '',
    prefill: null,
    mapsTo: [],
  };
}
