// Items ↔ spreadsheet cells for the catalogue workbook. Vocabulary values are written as their
// Chinese labels and read back from either label or key; lists are one entry per line (or 、/,).
import type { Item, ItemInput, Material } from '../../../../common/api/catalog.ts';
import { itemInput, materialSchema } from '../../../../common/api/catalog.ts';
import { ITEM_COLUMNS, MATERIAL_COLUMNS, type ItemColumn, type MaterialColumn } from '../../../../common/api/catalog-excel.ts';
import {
  CROSS_REGION_LABELS,
  EVENT_LABELS,
  ITEM_TYPE_LABELS,
  MATERIAL_FORM_LABELS,
  MATERIAL_SOURCE_LABELS,
  REFORM_MODE_LABELS,
  SERVICE_TARGET_LABELS,
  THEME_LABELS,
} from '../../../../common/catalog/vocabulary.ts';
import { zodIssuesToFields } from '../../../platform/errors/index.ts';

export type Cell = string | number | boolean | Date | null;
export interface CellError {
  field: string;
  message: { zh: string; en: string };
}
/** Department lookups: id → code for export; code or name → id for import. */
export interface DepartmentLookup {
  codeOf(id: string): string;
  idOf(codeOrName: string): string | null;
}

const yes = (b: boolean) => (b ? '是' : '否');
const lines = (xs: readonly string[]) => xs.join('\n');
const labelOf = <K extends string>(labels: Record<K, { zh: string }>, k: K | null) => (k === null ? '' : labels[k].zh);

export function itemCells(item: Item, departments: DepartmentLookup): Record<ItemColumn, string | number> {
  return {
    code: item.code,
    baseCode: item.baseCode,
    name: item.name,
    type: labelOf(ITEM_TYPE_LABELS, item.type),
    target: labelOf(SERVICE_TARGET_LABELS, item.target),
    competentDepartment: departments.codeOf(item.competentDepartmentId),
    implementingDepartment: departments.codeOf(item.implementingDepartmentId),
    legalBasis: item.legalBasis,
    legalLimitDays: item.legalLimitDays,
    promisedLimitDays: item.promisedLimitDays,
    onTheSpot: yes(item.onTheSpot),
    visits: item.visits,
    visitsReason: item.visitsReason ?? '',
    onlineStages: item.onlineStages.join(','),
    mobileChannel: yes(item.mobileChannel),
    feeCharged: yes(item.fee.charged),
    feeBasis: item.fee.basis ?? '',
    feeStandard: item.fee.standard ?? '',
    conditions: lines(item.conditions),
    steps: lines(item.steps.map((s) => [s.name, s.limitDays, s.description].join('|'))),
    crossRegion: labelOf(CROSS_REGION_LABELS, item.crossRegion),
    reformMode: labelOf(REFORM_MODE_LABELS, item.reformMode),
    commitmentAllowed: yes(item.commitmentAllowed),
    postCheckMonths: item.postCheckMonths ?? '',
    resultLicenceTypeCode: item.resultLicenceTypeCode ?? '',
    events: item.events.map((e) => EVENT_LABELS[e].zh).join('、'),
    themes: item.themes.map((t) => THEME_LABELS[t].zh).join('、'),
    keywords: item.keywords.join('、'),
    hallAddress: item.hallAddress,
    hallHours: item.hallHours,
    consultPhone: item.consultPhone,
    complaintPhone: item.complaintPhone,
    form: JSON.stringify(item.form),
  };
}

export function materialCells(code: string, m: Material, departments: DepartmentLookup): Record<MaterialColumn, string | number> {
  return {
    code,
    key: m.key,
    name: m.name,
    source: MATERIAL_SOURCE_LABELS[m.source].zh,
    issuingDepartment: m.issuingDepartmentId ? departments.codeOf(m.issuingDepartmentId) : '',
    licenceTypeCode: m.licenceTypeCode ?? '',
    form: MATERIAL_FORM_LABELS[m.form].zh,
    copies: m.copies,
    required: m.required ? '必要' : '容缺',
    condition: m.condition ?? '',
    note: m.note ?? '',
  };
}

// ---- reading ----

const text = (c: Cell | undefined): string => {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c).trim();
};
const split = (c: Cell | undefined) =>
  text(c)
    .split(/[\n、,，;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
const splitLines = (c: Cell | undefined) =>
  text(c)
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Accepts the key, the Chinese label or the English label. */
function lookup<K extends string>(labels: Record<K, { zh: string; en: string }>, value: string): K | undefined {
  const v = value.trim().toLowerCase();
  return (Object.keys(labels) as K[]).find((k) => k.toLowerCase() === v || labels[k].zh === value.trim() || labels[k].en.toLowerCase() === v);
}

function bool(value: Cell | undefined): boolean | undefined {
  const v = text(value).toLowerCase();
  if (['是', 'y', 'yes', 'true', '1', '√', '必要'].includes(v)) return true;
  if (['否', 'n', 'no', 'false', '0', '', '容缺'].includes(v)) return false;
  return undefined;
}

function num(value: Cell | undefined): number | undefined {
  if (typeof value === 'number') return value;
  const v = text(value);
  return v === '' ? undefined : Number(v);
}

type Row = Partial<Record<string, Cell>>;

/** One item row (+ its materials) into a validated ItemInput, or the reasons it is not one. */
export function readItemRow(row: Row, materials: Row[], departments: DepartmentLookup): { input?: ItemInput; errors: CellError[] } {
  const errors: CellError[] = [];
  const bad = (field: string, zh: string, en: string) => errors.push({ field, message: { zh, en } });
  const vocab = <K extends string>(field: string, labels: Record<K, { zh: string; en: string }>, allowEmpty = false): K | null | undefined => {
    const v = text(row[field]);
    if (v === '' && allowEmpty) return null;
    const k = lookup(labels, v);
    if (!k) bad(field, `无法识别的取值「${v}」`, `Unrecognised value "${v}"`);
    return k;
  };
  const dept = (field: string, value: Cell | undefined) => {
    const v = text(value);
    const id = v ? departments.idOf(v) : null;
    if (!id) bad(field, `找不到部门「${v}」（填写部门编码或全称）`, `No department "${v}" (give its code or full name)`);
    return id ?? '';
  };
  let form: unknown = undefined;
  try {
    form = text(row.form) ? JSON.parse(text(row.form)) : { schema: { type: 'object', properties: {} }, uiSchema: {}, prefill: {} };
  } catch {
    bad('form', '申请表单不是有效的 JSON', 'The form is not valid JSON');
  }
  const readMaterial = (m: Row) => ({
    key: text(m.key),
    name: text(m.name),
    source: lookup(MATERIAL_SOURCE_LABELS, text(m.source)) ?? text(m.source),
    issuingDepartmentId: text(m.issuingDepartment) ? dept('materials.issuingDepartment', m.issuingDepartment) : null,
    licenceTypeCode: text(m.licenceTypeCode) || null,
    form: lookup(MATERIAL_FORM_LABELS, text(m.form)) ?? (text(m.form) || 'electronic'),
    copies: num(m.copies) ?? 1,
    required: bool(m.required) ?? true,
    condition: text(m.condition) || null,
    note: text(m.note) || null,
  });
  const candidate = {
    code: text(row.code),
    baseCode: text(row.baseCode),
    name: text(row.name),
    type: vocab('type', ITEM_TYPE_LABELS),
    target: vocab('target', SERVICE_TARGET_LABELS),
    competentDepartmentId: dept('competentDepartment', row.competentDepartment),
    implementingDepartmentId: dept('implementingDepartment', row.implementingDepartment),
    legalBasis: text(row.legalBasis),
    legalLimitDays: num(row.legalLimitDays),
    promisedLimitDays: num(row.promisedLimitDays),
    onTheSpot: bool(row.onTheSpot),
    visits: num(row.visits) ?? 0,
    visitsReason: text(row.visitsReason) || null,
    onlineStages: split(row.onlineStages).map(Number),
    mobileChannel: bool(row.mobileChannel),
    fee: { charged: bool(row.feeCharged) ?? false, basis: text(row.feeBasis) || null, standard: text(row.feeStandard) || null },
    materials: materials.map(readMaterial),
    conditions: splitLines(row.conditions),
    steps: splitLines(row.steps).map((line) => {
      const [name = '', days = '0', description = ''] = line.split('|');
      return { name: name.trim(), limitDays: Number(days), description: description.trim() };
    }),
    crossRegion: vocab('crossRegion', CROSS_REGION_LABELS) ?? undefined,
    reformMode: vocab('reformMode', REFORM_MODE_LABELS, true),
    commitmentAllowed: bool(row.commitmentAllowed),
    postCheckMonths: num(row.postCheckMonths) ?? null,
    resultLicenceTypeCode: text(row.resultLicenceTypeCode) || null,
    events: split(row.events).map((e) => lookup(EVENT_LABELS, e) ?? e),
    themes: split(row.themes).map((t) => lookup(THEME_LABELS, t) ?? t),
    keywords: split(row.keywords),
    hallAddress: text(row.hallAddress),
    hallHours: text(row.hallHours),
    consultPhone: text(row.consultPhone),
    complaintPhone: text(row.complaintPhone),
    form,
  };
  if (errors.length) return { errors };
  const parsed = itemInput.safeParse(candidate);
  if (!parsed.success) {
    for (const f of zodIssuesToFields(parsed.error.issues)) errors.push({ field: f.path, message: f.message });
    return { errors };
  }
  return { input: parsed.data, errors };
}

/** Checks a material row on its own, so its errors point at its own row. */
export function checkMaterialRow(m: Row): CellError[] {
  const parsed = materialSchema.safeParse({
    key: text(m.key),
    name: text(m.name),
    source: lookup(MATERIAL_SOURCE_LABELS, text(m.source)) ?? text(m.source),
    form: lookup(MATERIAL_FORM_LABELS, text(m.form)) ?? (text(m.form) || 'electronic'),
    copies: num(m.copies) ?? 1,
    required: bool(m.required) ?? true,
  });
  return parsed.success ? [] : zodIssuesToFields(parsed.error.issues).map((f) => ({ field: f.path, message: f.message }));
}

export const ITEM_HEADERS = ITEM_COLUMNS;
export const MATERIAL_HEADERS = MATERIAL_COLUMNS;
