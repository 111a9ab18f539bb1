// The catalogue's staff screens (事项管理): items and their editions, 一件事 bundles, search synonyms,
// the guide-quality check and the Excel import/export (contracts: common/api/catalog.ts and
// common/api/catalog-bundles.ts). Admin paths live under /api/v1/catalog/admin.
import type { z } from 'zod';
import type {
  editionsReply,
  Item,
  itemInput,
  itemsQuery,
  itemsReply,
  itemUpdate,
  qualityReply,
  RuleViolation,
} from '../../../common/api/catalog.ts';
import type {
  Bundle,
  bundleCheckReply,
  bundleInput,
  bundlesQuery,
  bundlesReply,
  bundleUpdate,
  synonymInput,
  synonymSchema,
  synonymsReply,
  synonymUpdate,
} from '../../../common/api/catalog-bundles.ts';
import type { CatalogImportReport } from '../../../common/api/catalog-excel.ts';
import { currentLanguage } from '../i18n/index.ts';
import { api } from './client.ts';

export type { Bundle, MergedField } from '../../../common/api/catalog-bundles.ts';
export type { Item, ItemForm, Material, RuleViolation } from '../../../common/api/catalog.ts';
export type ItemsQuery = Partial<z.infer<typeof itemsQuery>>;
export type ItemsReply = z.infer<typeof itemsReply>;
export type ItemSummary = ItemsReply['items'][number];
export type ItemInput = z.input<typeof itemInput>;
export type ItemUpdate = z.input<typeof itemUpdate>;
export type Editions = z.infer<typeof editionsReply>;
export type Edition = Editions['editions'][number];
export type QualityReply = z.infer<typeof qualityReply>;
export type BundlesQuery = Partial<z.infer<typeof bundlesQuery>>;
export type BundlesReply = z.infer<typeof bundlesReply>;
export type BundleSummary = BundlesReply['items'][number];
export type BundleInput = z.input<typeof bundleInput>;
export type BundleUpdate = z.input<typeof bundleUpdate>;
export type BundleCheck = z.infer<typeof bundleCheckReply>;
export type Synonym = z.infer<typeof synonymSchema>;
export type SynonymInput = z.input<typeof synonymInput>;
export type SynonymUpdate = z.input<typeof synonymUpdate>;
export type Synonyms = z.infer<typeof synonymsReply>;

export type { CatalogImportReport } from '../../../common/api/catalog-excel.ts';

const admin = '/api/v1/catalog/admin';
const seg = (value: string) => encodeURIComponent(value);

// ---- 事项 ----

export const listItems = (query: ItemsQuery, signal?: AbortSignal) =>
  api.get<ItemsReply>(`${admin}/items`, { query, signal });
export const getItem = (id: string, signal?: AbortSignal) =>
  api.get<Item>(`${admin}/items/${seg(id)}`, { signal });
export const listEditions = (id: string, signal?: AbortSignal) =>
  api.get<Editions>(`${admin}/items/${seg(id)}/editions`, { signal });
export const createItem = (body: ItemInput) => api.post<Item>(`${admin}/items`, body);
export const updateItem = (id: string, body: ItemUpdate) =>
  api.patch<Item>(`${admin}/items/${seg(id)}`, body);
/** A published edition is read-only: this copies it into a new draft edition. */
export const newItemEdition = (id: string, version: number) =>
  api.post<Item>(`${admin}/items/${seg(id)}/new-edition`, { version });
export const publishItem = (id: string, version: number) =>
  api.post<Item>(`${admin}/items/${seg(id)}/publish`, { version });
export const retireItem = (id: string, version: number) =>
  api.post<Item>(`${admin}/items/${seg(id)}/retire`, { version });

/** The current published edition of an item (its public guide): what a bundle's members offer to map onto. */
export const getPublishedItem = (code: string, signal?: AbortSignal) =>
  api.get<Item>(`/api/v1/catalog/items/${seg(code)}/guide`, { signal });

/** Published items (the public catalogue's list): the admin list shows only the latest edition, which may be a draft. */
export const listPublishedItems = (query: ItemsQuery, signal?: AbortSignal) =>
  api.get<ItemsReply>('/api/v1/catalog/services', { query, signal });

// ---- 一件事 ----

export const listBundles = (query: BundlesQuery, signal?: AbortSignal) =>
  api.get<BundlesReply>(`${admin}/bundles`, { query, signal });
export const getBundle = (id: string, signal?: AbortSignal) =>
  api.get<Bundle>(`${admin}/bundles/${seg(id)}`, { signal });
export const listBundleEditions = (id: string, signal?: AbortSignal) =>
  api.get<Editions>(`${admin}/bundles/${seg(id)}/editions`, { signal });
export const createBundle = (body: BundleInput) => api.post<Bundle>(`${admin}/bundles`, body);
export const updateBundle = (id: string, body: BundleUpdate) =>
  api.patch<Bundle>(`${admin}/bundles/${seg(id)}`, body);
export const newBundleEdition = (id: string, version: number) =>
  api.post<Bundle>(`${admin}/bundles/${seg(id)}/new-edition`, { version });
export const publishBundle = (id: string, version: number) =>
  api.post<Bundle>(`${admin}/bundles/${seg(id)}/publish`, { version });
export const retireBundle = (id: string, version: number) =>
  api.post<Bundle>(`${admin}/bundles/${seg(id)}/retire`, { version });
/** The publish-time checks without publishing: unmapped required fields, type mismatches, unpublished members. */
export const checkBundle = (id: string) => api.post<BundleCheck>(`${admin}/bundles/${seg(id)}/check`);

// ---- 质量检查 and 同义词 ----

export const getQuality = (signal?: AbortSignal) => api.get<QualityReply>(`${admin}/quality`, { signal });
export const listSynonyms = (signal?: AbortSignal) => api.get<Synonyms>(`${admin}/synonyms`, { signal });
export const createSynonym = (body: SynonymInput) => api.post<Synonym>(`${admin}/synonyms`, body);
export const updateSynonym = (id: string, body: SynonymUpdate) =>
  api.patch<Synonym>(`${admin}/synonyms/${seg(id)}`, body);
export const deleteSynonym = (id: string, version: number) =>
  api.delete<void>(`${admin}/synonyms/${seg(id)}`, { query: { version } });

// ---- Excel ----

/** The export's address with the list's filters (a plain link: the browser downloads it with the session cookie). */
/** The whole live catalogue (the latest edition of every item not retired) as the import's workbook. */
export const catalogExportUrl = (): string => `${admin}/export`;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends the workbook's bytes as the body, through the one client (CSRF, session expiry, problem JSON). */
export function importCatalog(file: Blob, options: { publish: boolean; signal?: AbortSignal }): Promise<CatalogImportReport> {
  return api.post<CatalogImportReport>(`${admin}/import?publish=${options.publish ? 'true' : 'false'}`, file, {
    headers: { 'Content-Type': XLSX_TYPE },
    signal: options.signal,
  });
}

/** A rule's message in the interface language. */
export const violationText = (violation: Pick<RuleViolation, 'message'>) =>
  currentLanguage() === 'en' ? violation.message.en : violation.message.zh;
