// The item editor's form values ↔ the API's itemInput / itemUpdate. The form keeps the application
// form's JSON Schema and UI hints as text (so a half-typed schema is not lost), everything else in the
// contract's shape.
import type { ProblemFieldError } from '../../../../api/client.ts';
import type { Item, ItemInput, ItemUpdate, Material } from '../../../../api/catalog-admin.ts';
import type { PrefillSource } from '../../../../../../common/catalog/vocabulary.ts';
import { parseObjectText, printObject, schemaPropertyKeys, type ParsedObject } from '../schemaText.ts';

type Input = Required<Omit<ItemInput, 'form' | 'materials' | 'steps' | 'fee'>>;
export type MaterialValues = Required<Material>;

export interface ItemFormValues extends Omit<
  Input,
  'code' | 'baseCode' | 'competentDepartmentId' | 'implementingDepartmentId'
> {
  code: string;
  baseCode: string;
  competentDepartmentId: string | null;
  implementingDepartmentId: string | null;
  fee: { charged: boolean; basis: string | null; standard: string | null };
  materials: MaterialValues[];
  steps: { name: string; limitDays: number; description: string }[];
  /** The form's JSON Schema as typed. */
  schemaText: string;
  /** Its UI hints (rjsf uiSchema) as typed; blank = none. */
  uiSchemaText: string;
  /** Pre-fill source per form field; a field without one is absent or undefined. */
  prefill: Record<string, PrefillSource | undefined>;
}

/** The tabs of the editor, in order. */
export const EDITOR_TABS = ['basic', 'handling', 'materials', 'process', 'form', 'guide'] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

const starterSchema = {
  type: 'object',
  required: ['applicantName'],
  properties: {
    applicantName: { type: 'string', title: '申请人名称' },
    contactPhone: { type: 'string', title: '联系电话' },
  },
};

/** A new item: 承诺件, no visit, consultation online (the rule check then says what else 零跑动 needs). */
export function blankValues(): ItemFormValues {
  return {
    code: '',
    baseCode: '',
    name: '',
    type: 'licensing',
    target: 'entity',
    competentDepartmentId: null,
    implementingDepartmentId: null,
    legalBasis: '',
    legalLimitDays: 20,
    promisedLimitDays: 10,
    onTheSpot: false,
    visits: 0,
    visitsReason: null,
    onlineStages: [1],
    mobileChannel: false,
    fee: { charged: false, basis: null, standard: null },
    materials: [],
    conditions: [],
    steps: [],
    crossRegion: 'none',
    reformMode: null,
    commitmentAllowed: false,
    postCheckMonths: null,
    resultLicenceTypeCode: null,
    events: [],
    themes: [],
    keywords: [],
    hallAddress: '',
    hallHours: '',
    consultPhone: '',
    complaintPhone: '',
    schemaText: printObject(starterSchema),
    uiSchemaText: '',
    prefill: { applicantName: 'entity.name' },
  };
}

/** The form's values for an edition from the server. */
export function valuesOf(item: Item): ItemFormValues {
  const { form, materials, ...rest } = item;
  const values: ItemFormValues = { ...blankValues(), schemaText: '', uiSchemaText: '', prefill: {} };
  for (const key of Object.keys(values) as (keyof ItemFormValues)[]) {
    if (key in rest)
      (values as unknown as Record<string, unknown>)[key] = (rest as Record<string, unknown>)[key];
  }
  values.materials = materials.map((m) => ({ ...blankMaterial(), ...m }));
  values.schemaText = printObject(form.schema);
  values.uiSchemaText = Object.keys(form.uiSchema ?? {}).length ? printObject(form.uiSchema) : '';
  values.prefill = { ...form.prefill };
  return values;
}

export function blankMaterial(): MaterialValues {
  return {
    key: '',
    name: '',
    source: 'applicant',
    issuingDepartmentId: null,
    licenceTypeCode: null,
    form: 'electronic',
    copies: 1,
    required: true,
    condition: null,
    note: null,
  };
}

const orNull = (value: string | null | undefined) =>
  value === undefined || value === null || value.trim() === '' ? null : value;

export type InputResult =
  | { ok: true; input: ItemInput }
  | { ok: false; field: 'schemaText' | 'uiSchemaText'; parsed: Extract<ParsedObject, { ok: false }> };

/** The request body for what the form holds; the JSON texts must parse. */
export function toInput(values: ItemFormValues): InputResult {
  const schema = parseObjectText(values.schemaText);
  if (!schema.ok) return { ok: false, field: 'schemaText', parsed: schema };
  const uiSchema = parseObjectText(values.uiSchemaText ?? '', true);
  if (!uiSchema.ok) return { ok: false, field: 'uiSchemaText', parsed: uiSchema };
  const prefill: Record<string, PrefillSource> = {};
  for (const [field, source] of Object.entries(values.prefill ?? {})) if (source) prefill[field] = source;
  const charged = Boolean(values.fee?.charged);
  const input: ItemInput = {
    code: values.code.trim(),
    baseCode: values.baseCode.trim(),
    name: values.name,
    type: values.type,
    target: values.target,
    competentDepartmentId: values.competentDepartmentId ?? '',
    implementingDepartmentId: values.implementingDepartmentId ?? '',
    legalBasis: values.legalBasis,
    legalLimitDays: values.legalLimitDays,
    promisedLimitDays: values.promisedLimitDays,
    onTheSpot: Boolean(values.onTheSpot),
    visits: values.visits,
    visitsReason: values.visits > 0 ? orNull(values.visitsReason) : null,
    onlineStages: [...(values.onlineStages ?? [])].sort((a, b) => a - b),
    mobileChannel: Boolean(values.mobileChannel),
    fee: {
      charged,
      basis: charged ? orNull(values.fee?.basis) : null,
      standard: charged ? orNull(values.fee?.standard) : null,
    },
    materials: (values.materials ?? []).map((m) => ({
      key: m.key,
      name: m.name,
      source: m.source,
      issuingDepartmentId: m.source === 'department' ? (m.issuingDepartmentId ?? null) : null,
      licenceTypeCode: m.source === 'licence' ? orNull(m.licenceTypeCode) : null,
      form: m.form,
      copies: m.copies ?? 0,
      required: Boolean(m.required),
      condition: m.required ? null : orNull(m.condition),
      note: orNull(m.note),
    })),
    conditions: (values.conditions ?? []).filter((c) => c !== undefined && c !== null),
    steps: (values.steps ?? []).map((s) => ({
      name: s.name,
      limitDays: s.limitDays ?? 0,
      description: s.description ?? '',
    })),
    crossRegion: values.crossRegion,
    reformMode: values.reformMode ?? null,
    commitmentAllowed: Boolean(values.commitmentAllowed),
    postCheckMonths: values.commitmentAllowed ? (values.postCheckMonths ?? null) : null,
    events: values.events ?? [],
    themes: values.themes ?? [],
    keywords: values.keywords ?? [],
    hallAddress: values.hallAddress ?? '',
    hallHours: values.hallHours ?? '',
    consultPhone: values.consultPhone ?? '',
    complaintPhone: values.complaintPhone ?? '',
    form: { schema: schema.value, uiSchema: uiSchema.value, prefill },
  };
  return { ok: true, input };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only what changed, with the version it was read at; null when nothing did. The code never changes. */
export function updateOf(item: Item, input: ItemInput): ItemUpdate | null {
  const original = toInput(valuesOf(item));
  if (!original.ok) return { ...withoutCode(input), version: item.version };
  const before = original.input as Record<string, unknown>;
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(withoutCode(input))) {
    if (!same(before[key], value)) changes[key] = value;
  }
  if (Object.keys(changes).length === 0) return null;
  return { ...(changes as Omit<ItemUpdate, 'version'>), version: item.version };
}

function withoutCode(input: ItemInput): Omit<ItemInput, 'code'> {
  const { code: _code, ...rest } = input;
  return rest;
}

/** Fields of the API ('form.schema', 'materials.2.name') as the editor's form names them. */
export function formPath(path: string): string {
  return path
    .replace(/(^|\.)form\.schema(\.|$).*/, '$1schemaText')
    .replace(/(^|\.)form\.uiSchema(\.|$).*/, '$1uiSchemaText')
    .replace(/(^|\.)form\.prefill(\.|$)/, '$1prefill$2')
    .replace(/(^|\.)form$/, '$1schemaText');
}

/** The server's field errors with their paths renamed to the editor's fields. */
export const renameProblemPaths = (errors: readonly ProblemFieldError[]): ProblemFieldError[] =>
  errors.map((error) => ({ ...error, path: formPath(error.path) }));

const tabFields: Record<EditorTab, readonly string[]> = {
  basic: [
    'code',
    'baseCode',
    'name',
    'type',
    'target',
    'competentDepartmentId',
    'implementingDepartmentId',
    'legalBasis',
    'events',
    'themes',
    'keywords',
  ],
  handling: [
    'legalLimitDays',
    'promisedLimitDays',
    'onTheSpot',
    'visits',
    'visitsReason',
    'onlineStages',
    'mobileChannel',
    'fee',
    'crossRegion',
    'reformMode',
    'commitmentAllowed',
    'postCheckMonths',
  ],
  materials: ['materials'],
  process: ['conditions', 'steps'],
  form: ['form', 'schemaText', 'uiSchemaText', 'prefill'],
  guide: ['hallAddress', 'hallHours', 'consultPhone', 'complaintPhone'],
};

/** The tab that shows a field ('fee.basis' → handling); null for a field the editor does not show. */
export function tabOf(field: string | null | undefined): EditorTab | null {
  if (!field) return null;
  const head = field.replace(/^body\./, '').split('.')[0] ?? '';
  return EDITOR_TABS.find((tab) => tabFields[tab].includes(head)) ?? null;
}

/** Pre-fill entries whose field is no longer in the schema (shown so the editor can remove them). */
export function orphanPrefill(schema: Record<string, unknown>, prefill: ItemFormValues['prefill']): string[] {
  const keys = new Set(schemaPropertyKeys(schema));
  return Object.entries(prefill ?? {})
    .filter(([field, source]) => source && !keys.has(field))
    .map(([field]) => field);
}
