// 督办台账 (ledger): the workbook import's contracts (fields a column may map to, the import's progress and
// row-by-row problems, the preview of an upload) and the office's configurable rules. Re-exported by ledger.ts.
import { z } from 'zod';

const uuid = z.string().uuid('编号格式不对 / not a valid id');
const label = z.object({ zh: z.string(), en: z.string() });

// ── workbook import ──────────────────────────────────────────────────────────────────────────────
/** The ledger fields a workbook column may map to. */
export const IMPORT_FIELDS = ['issueCode', 'issueTitle', 'indicator', 'measureCode', 'measureTitle', 'title', 'leadDepartment', 'supportDepartments', 'startsOn', 'dueOn', 'batch', 'expectedResult', 'progress', 'note', 'needsSecondApproval'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const importStartBody = z.object({
  fileId: uuid,
  sourceId: uuid,
  /** field → the workbook's column header; missing fields use the default headers */
  mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(60)).default({}),
  sheet: z.string().max(60).optional(),
});
export const importView = z.object({
  id: z.string(),
  fileName: z.string(),
  status: z.enum(['parsing', 'importing', 'done', 'failed']),
  total: z.number(),
  processed: z.number(),
  imported: z.number(),
  rejected: z.number(),
  problems: z.array(z.object({ row: z.number(), column: z.string(), message: label })),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportView = z.infer<typeof importView>;
/** Headers found in an uploaded workbook, with the mapping guessed from them. */
export const importPreview = z.object({ sheets: z.array(z.string()), headers: z.array(z.string()), guessed: z.record(z.string(), z.string()), rows: z.number() });

export const rulesView = z.object({
  amberShare: z.number().min(0.01).max(0.9),
  halfTimeShare: z.number().min(0.1).max(0.9),
  halfTaskShare: z.number().min(0.1).max(1),
  silentWorkingDays: z.number().int().min(1).max(60),
});
export const settingsView = z.object({ rules: rulesView, version: z.number() });
export const settingsBody = z.object({ rules: rulesView, version: z.number().int().min(0) });
