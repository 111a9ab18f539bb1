// The import's column mapping: the ledger fields a workbook column may fill, and the server's guess read as
// field → header whichever way round it comes. Pure, tested in importMapping.test.ts.
import type { ImportField } from '../../../../../common/api/ledger.ts';

/** The fields in the order the mapping shows them (the contract's IMPORT_FIELDS; listed here so zod stays out). */
export const FIELDS = ['issueCode', 'issueTitle', 'indicator', 'measureCode', 'measureTitle', 'title', 'leadDepartment', 'supportDepartments', 'startsOn', 'dueOn', 'batch', 'expectedResult', 'progress', 'note', 'needsSecondApproval'] as const satisfies readonly ImportField[];
/** Without these a row cannot become a task. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['title', 'leadDepartment', 'dueOn'];

export type Mapping = Partial<Record<ImportField, string>>;

const isField = (value: string): value is ImportField => (FIELDS as readonly string[]).includes(value);

/** The guess as field → header, kept only where the header is in the sheet. */
export function guessedMapping(guessed: Record<string, string>, headers: readonly string[]): Mapping {
  const out: Mapping = {};
  for (const [key, value] of Object.entries(guessed)) {
    if (isField(key) && headers.includes(value)) out[key] = value;
    else if (isField(value) && headers.includes(key)) out[value] = key;
  }
  return out;
}

/** The required fields no column fills yet (a sheet listing measures only takes each measure as its task). */
export const missingFields = (mapping: Mapping) => REQUIRED_FIELDS.filter((field) => !mapping[field] && !(field === 'title' && mapping.measureTitle));

/** The body's mapping: only fields with a column. */
export const mappingBody = (mapping: Mapping): Mapping => Object.fromEntries(Object.entries(mapping).filter(([, header]) => Boolean(header)));

/** 0–100 for the progress bar. */
export function importPercent(view: { total: number; processed: number; status: string }): number {
  if (view.status === 'done') return 100;
  if (view.total <= 0) return 0;
  return Math.min(99, Math.floor((view.processed / view.total) * 100));
}
