// Bulk import and export of market entities (批量导入/导出): the spreadsheet's columns, the import
// report, and the export's filters. Shared by the server, the CLI and the web.
import { z } from 'zod';
import { entitiesQuery } from './registry.ts';

/** Entity fields a spreadsheet can carry, in the order the export writes them. */
export const IMPORT_FIELDS = [
  'uscc',
  'name',
  'legalRepresentative',
  'registeredCapital',
  'industrySection',
  'industryClass',
  'address',
  'districtCode',
  'establishedOn',
  'status',
  'tags',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * Each column: the Chinese header the export writes (and offices use), an English header, and other
 * spellings accepted on import. Headers match ignoring spaces, case and full-/half-width brackets.
 */
export const IMPORT_COLUMNS: Record<ImportField, { zh: string; en: string; aliases: readonly string[]; required: boolean }> = {
  uscc: { zh: '统一社会信用代码', en: 'USCC', aliases: ['uscc', '信用代码', '社会信用代码', 'unified social credit code'], required: true },
  name: { zh: '名称', en: 'Name', aliases: ['name', '企业名称', '主体名称', '市场主体名称'], required: true },
  legalRepresentative: {
    zh: '法定代表人',
    en: 'Legal representative',
    aliases: ['legalRepresentative', '法定代表人（负责人）', '负责人', '经营者', '法人'],
    required: true,
  },
  registeredCapital: {
    zh: '注册资本（万元）',
    en: 'Registered capital (10k CNY)',
    aliases: ['registeredCapital', '注册资本', '注册资本(万元)', '资金数额（万元）', '出资总额（万元）'],
    required: false,
  },
  industrySection: { zh: '行业门类', en: 'Industry section', aliases: ['industrySection', '门类'], required: true },
  industryClass: { zh: '行业代码', en: 'Industry class', aliases: ['industryClass', '行业小类', '行业小类代码'], required: false },
  address: { zh: '住所', en: 'Address', aliases: ['address', '地址', '住所（经营场所）', '经营场所'], required: true },
  districtCode: { zh: '区划代码', en: 'District code', aliases: ['districtCode', '行政区划代码', '所属区划'], required: true },
  establishedOn: { zh: '成立日期', en: 'Established on', aliases: ['establishedOn', '成立时间', '注册日期', 'established'], required: true },
  status: { zh: '登记状态', en: 'Status', aliases: ['status', '状态', '经营状态'], required: false },
  tags: { zh: '标签', en: 'Tags', aliases: ['tags'], required: false },
};

export const importFormats = ['csv', 'xlsx'] as const;
export const importQuery = z.object({
  /** Needed only with Content-Type application/octet-stream (sniffed from the bytes when absent). */
  format: z.enum(importFormats).optional(),
});

export const importErrorSchema = z.object({
  /** The row as the spreadsheet shows it: the header is row 1, the first data row is row 2. */
  row: z.number().int(),
  /** The entity field (see IMPORT_FIELDS), or 'row' for a problem with the whole row. */
  field: z.string(),
  message: z.object({ zh: z.string(), en: z.string() }),
});
export type ImportError = z.infer<typeof importErrorSchema>;

export const importReply = z.object({
  /** Data rows read (blank rows are not counted). */
  total: z.number().int(),
  inserted: z.number().int(),
  /** Rows not inserted because of at least one error. */
  skipped: z.number().int(),
  /** Every problem found, in row order (at most MAX_IMPORT_ERRORS; see errorsTruncated). */
  errors: z.array(importErrorSchema),
  errorsTruncated: z.boolean(),
});
export type ImportReport = z.infer<typeof importReply>;

export const MAX_IMPORT_ERRORS = 10_000;
export const MAX_IMPORT_ROWS = 200_000;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The entity search's filters, without paging: what the export writes. */
export const exportQuery = entitiesQuery.omit({ page: true, pageSize: true });
