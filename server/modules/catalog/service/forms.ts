// Item forms on the server: the applicant's answers checked against the item edition's own JSON
// Schema with ajv (the web renders the same schema with rjsf), with our own zh/en message per
// field; and pre-fill of fields from the registry (the enterprise by its USCC, the applicant).
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { formFields } from '../../../../common/catalog/form-fields.ts';
import type { PrefillSource } from '../../../../common/catalog/vocabulary.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import type { ItemRow } from '../items-repository.ts';
import { itemWhat, type ItemService } from './items.ts';
import type { CatalogDeps, PrefillEntity } from './shared.ts';

type Text = { zh: string; en: string };
export interface FormError {
  field: string;
  message: Text;
}

const TYPE_NAMES: Record<string, Text> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是或否', en: 'yes or no' },
  object: { zh: '对象', en: 'an object' },
};
const FORMAT_NAMES: Record<string, Text> = {
  date: { zh: '日期（YYYY-MM-DD）', en: 'a date (YYYY-MM-DD)' },
  'date-time': { zh: '日期时间', en: 'a date and time' },
  time: { zh: '时间', en: 'a time' },
  email: { zh: '电子邮箱地址', en: 'an e-mail address' },
  uri: { zh: '网址', en: 'a web address' },
};

/** Our message for one ajv error, naming the field by its label. */
export function describeFormError(e: ErrorObject, labels: ReadonlyMap<string, string>): FormError {
  const p = e.params as Record<string, unknown>;
  const pathKey = e.instancePath.split('/').filter(Boolean).join('.');
  const key = e.keyword === 'required' ? String(p.missingProperty) : e.keyword === 'additionalProperties' ? String(p.additionalProperty) : pathKey;
  const label = labels.get(key) ?? key;
  const m = (zh: string, en: string): FormError => ({ field: key, message: { zh, en } });
  switch (e.keyword) {
    case 'required':
      return m(`请填写“${label}”`, `"${label}" is required`);
    case 'type': {
      const t = TYPE_NAMES[String(p.type)] ?? { zh: String(p.type), en: String(p.type) };
      return m(`“${label}”应为${t.zh}`, `"${label}" must be ${t.en}`);
    }
    case 'format': {
      const f = FORMAT_NAMES[String(p.format)] ?? { zh: String(p.format), en: String(p.format) };
      return m(`“${label}”应为${f.zh}`, `"${label}" must be ${f.en}`);
    }
    case 'enum': {
      const values = ((p.allowedValues as unknown[]) ?? []).map(String);
      return m(`“${label}”应为以下之一：${values.join('、')}`, `"${label}" must be one of: ${values.join(', ')}`);
    }
    case 'minLength':
      return m(`“${label}”至少 ${String(p.limit)} 个字`, `"${label}" must be at least ${String(p.limit)} characters`);
    case 'maxLength':
      return m(`“${label}”最多 ${String(p.limit)} 个字`, `"${label}" must be at most ${String(p.limit)} characters`);
    case 'minimum':
      return m(`“${label}”不能小于 ${String(p.limit)}`, `"${label}" must be at least ${String(p.limit)}`);
    case 'maximum':
      return m(`“${label}”不能大于 ${String(p.limit)}`, `"${label}" must be at most ${String(p.limit)}`);
    case 'pattern':
      return m(`“${label}”格式不正确`, `"${label}" is not in the expected format`);
    case 'additionalProperties':
      return m(`表单中没有“${key}”这一项`, `the form has no field "${key}"`);
    default:
      return m(`“${label}”填写有误`, `"${label}" is not valid`);
  }
}

interface Compiled {
  version: number;
  validate: ValidateFunction;
  labels: Map<string, string>;
}

const CACHE_SIZE = 1000;

/** Values of the registry for each pre-fill source. */
export function prefillValues(entity: PrefillEntity | null, applicant: { name: string | null; phone: string | null } | null): Record<PrefillSource, string | number | null> {
  return {
    'entity.name': entity?.name ?? null,
    'entity.uscc': entity?.uscc ?? null,
    'entity.legalRepresentative': entity?.legalRepresentative ?? null,
    'entity.address': entity?.address ?? null,
    'entity.districtCode': entity?.districtCode ?? null,
    'entity.registeredCapitalYuan': entity?.registeredCapitalFen == null ? null : entity.registeredCapitalFen / 100,
    'entity.establishedOn': entity?.establishedOn ?? null,
    'entity.industryName': entity?.industryName ?? null,
    'applicant.name': applicant?.name ?? null,
    'applicant.phone': applicant?.phone ?? null,
  };
}

export function createFormService(deps: CatalogDeps, items: ItemService) {
  const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false });
  addFormats(ajv);
  // Compiled once per edition (drafts again when their version changes); published editions never change.
  const cache = new Map<string, Compiled>();

  function compiled(row: Pick<ItemRow, 'id' | 'version' | 'form'>): Compiled {
    const hit = cache.get(row.id);
    if (hit && hit.version === row.version) return hit;
    let validate: ValidateFunction;
    try {
      validate = ajv.compile({ ...row.form.schema, $schema: undefined, $id: undefined });
    } catch (err) {
      throw new AppError('UNPROCESSABLE', { zh: '此事项的申请表单定义有误，暂时无法校验', en: "This item's application form is not valid and cannot be checked" }, [], { cause: err });
    }
    const labels = new Map(formFields(row.form.schema, row.form.uiSchema).map((f) => [f.key, f.label]));
    const entry = { version: row.version, validate, labels };
    cache.delete(row.id);
    cache.set(row.id, entry);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return entry;
  }

  async function load(itemId: string, includeDrafts: boolean) {
    const row = await items.row(itemId);
    if (!row || (row.status === 'draft' && !includeDrafts)) throw notFound(itemWhat);
    return row;
  }

  function check(row: Pick<ItemRow, 'id' | 'version' | 'form'>, data: Record<string, unknown>) {
    const { validate, labels } = compiled(row);
    const given = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== '' && value !== null && value !== undefined));
    if (validate(given)) return { valid: true, errors: [] as FormError[] };
    return { valid: false, errors: (validate.errors ?? []).map((e) => describeFormError(e, labels)) };
  }

  return {
    /** Checks answers against an edition already in hand (an application holding its item): no read. */
    validateEdition: (item: Pick<ItemRow, 'id' | 'version' | 'form'>, data: Record<string, unknown>) => check(item, data),

    /** Checks an applicant's answers; empty text counts as not given. */
    async validate(itemId: string, data: Record<string, unknown>, options: { includeDrafts?: boolean } = {}) {
      const row = await load(itemId, options.includeDrafts ?? false);
      const { validate, labels } = compiled(row);
      const given = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== '' && value !== null && value !== undefined));
      if (validate(given)) return { valid: true, errors: [] as FormError[] };
      return { valid: false, errors: (validate.errors ?? []).map((e) => describeFormError(e, labels)) };
    },

    /** The form's pre-filled values: each field with a pre-fill source, from the entity (by USCC) and the applicant. */
    /**
     * Values for the form's pre-filled fields. `onBehalfOf`: an applicant's user id — they may pre-fill only from an
     * entity they represent (its legal representative or agent in the registry); staff read any entity.
     */
    async prefill(itemId: string, from: { uscc?: string | undefined; applicant?: { name: string | null; phone: string | null } | undefined; onBehalfOf?: string | undefined }) {
      const row = await load(itemId, true);
      if (from.uscc && from.onBehalfOf && !(await deps.represents(from.onBehalfOf, from.uscc))) {
        throw new AppError('FORBIDDEN', { zh: '您不是该企业的法定代表人或经办人，不能使用其登记信息', en: 'You do not represent this entity, so its registry data cannot be used' });
      }
      const entity = from.uscc ? await deps.entityByUscc(from.uscc) : null;
      const values = prefillValues(entity, from.applicant ?? null);
      const out: Record<string, string | number | null> = {};
      for (const [field, source] of Object.entries(row.form.prefill ?? {})) out[field] = values[source as PrefillSource] ?? null;
      return { values: out };
    },
  };
}

export type FormService = ReturnType<typeof createFormService>;
