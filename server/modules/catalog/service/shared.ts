// What the catalogue's services share: the other rooms they ask (handed over in server/services.ts),
// the refusal for broken rules, and mapping unique-index races to 409.
import type { z } from 'zod';
import type { RuleViolation } from '../../../../common/api/catalog.ts';
import { AppError, zodIssuesToFields, type LocalizedText } from '../../../platform/errors/index.ts';

/** A registry entity as pre-fill reads it (the registry's Entity, the fields used here). */
export interface PrefillEntity {
  uscc: string;
  name: string;
  legalRepresentative: string;
  address: string;
  districtCode: string;
  registeredCapitalFen: number | null;
  establishedOn: string;
  industryName: string | null;
}

export interface CatalogDeps {
  /** A department's name, or null when there is no such department (org). */
  departmentName: (id: string) => Promise<string | null>;
  /** The codes of the registry's licence types. */
  licenceTypeCodes: () => Promise<string[]>;
  /** The registry entity with this USCC; throws NOT_FOUND when there is none. */
  entityByUscc: (uscc: string) => Promise<PrefillEntity>;
  /** Whether an applicant account represents the entity (registry enterprise accounts). */
  represents: (userId: string, uscc: string) => Promise<boolean>;
  /** Every department's id, code and name (the workbook names departments by code or name). */
  departments: () => Promise<{ id: string; code: string; name: string }[]>;
}

/**
 * Refusal for rule violations: 422 with one field error per violation, in words only. The rule's id is internal
 * (the check and quality endpoints list violations with their ids); people read these messages — under the
 * editor's fields and in the import report — so the id stays out of them.
 */
export function rulesRefused(violations: RuleViolation[], text: LocalizedText, prefix: string | null): AppError {
  return new AppError(
    'UNPROCESSABLE',
    text,
    violations.map((v) => ({ path: [prefix, v.field ?? 'item'].filter(Boolean).join('.'), message: v.message })),
  );
}

/** Parses what a caller (a route, the seed, the import) sends; bad input is a 400 naming the fields. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', { zh: '请求内容有误，请检查标出的字段', en: 'The request has invalid fields' }, zodIssuesToFields(parsed.error.issues, 'body'));
  }
  return parsed.data;
}

const isUniqueViolation = (err: unknown) => String((err as { cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code) === '23505';

/** Runs a write; a unique-index race (two drafts of one code, one code created twice) becomes a 409. */
export async function conflictOnDuplicate<T>(work: () => Promise<T>, text: LocalizedText): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', text, [], { cause: err });
    throw err;
  }
}

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const notDraft = (what: LocalizedText, status: string) =>
  new AppError(
    'CONFLICT',
    status === 'published'
      ? { zh: `已发布的${what.zh}不能直接修改，请先新建版本（new-edition），修改后再发布`, en: `A published ${what.en.toLowerCase()} cannot be edited: open a new edition (new-edition), edit it and publish it` }
      : { zh: `已停用的${what.zh}不能修改，请新建版本`, en: `A retired ${what.en.toLowerCase()} cannot be edited: open a new edition` },
  );
