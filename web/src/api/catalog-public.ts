// The public side of the service catalogue (事项清单): browse, search, guides (办事指南), form checks and
// statistics. No sign-in needed. Contracts: common/api/catalog.ts and common/api/catalog-bundles.ts
// (types only, so zod stays out of the public pages' code).
import type { z } from 'zod';
import type { formValidateReply, Item, itemsQuery, itemsReply, Material } from '../../../common/api/catalog.ts';
import type {
  Bundle,
  bundlesQuery,
  bundlesReply,
  CatalogStats,
  facetsReply,
  highlighted,
  MergedField,
  searchHit,
  SearchReply,
} from '../../../common/api/catalog-bundles.ts';
import { api } from './client.ts';

export type { Bundle, CatalogStats, Item, Material, MergedField, SearchReply };
export type ItemsQuery = Partial<z.infer<typeof itemsQuery>>;
export type ItemsReply = z.infer<typeof itemsReply>;
export type ItemSummary = ItemsReply['items'][number];
export type BundlesQuery = Partial<z.infer<typeof bundlesQuery>>;
export type BundlesReply = z.infer<typeof bundlesReply>;
export type BundleSummary = BundlesReply['items'][number];
export type Facets = z.infer<typeof facetsReply>;
export type SearchHit = z.infer<typeof searchHit>;
export type Highlighted = z.infer<typeof highlighted>;
export type FormValidateReply = z.infer<typeof formValidateReply>;
export type MergedMaterial = Bundle['materials'][number];
export type SearchKind = 'all' | 'item' | 'bundle';

const base = '/api/v1/catalog';
const seg = (value: string) => encodeURIComponent(value);

/** Published items, filtered and paged (the public list never asks for other statuses). */
export function listServices(query: ItemsQuery, signal?: AbortSignal) {
  return api.get<ItemsReply>(`${base}/services`, { query: { ...query, status: undefined }, signal });
}

/** How many published items each department, event and theme has. */
export function getFacets(signal?: AbortSignal) {
  return api.get<Facets>(`${base}/services/facets`, { signal });
}

/** Published 一件事 bundles. */
export function listBundles(query: BundlesQuery, signal?: AbortSignal) {
  return api.get<BundlesReply>(`${base}/bundles`, { query: { ...query, status: undefined }, signal });
}

/** The current published edition of an item, for its guide. */
export function getItemGuide(code: string, signal?: AbortSignal) {
  return api.get<Item>(`${base}/items/${seg(code)}/guide`, { signal });
}

/** The current published edition of a bundle, with its members and merged materials. */
export function getBundleGuide(code: string, signal?: AbortSignal) {
  return api.get<Bundle>(`${base}/bundles/${seg(code)}/guide`, { signal });
}

/** Chinese full-text search over items and bundles, ranked, with the matched words marked. */
export function searchCatalog(q: string, options: { kind?: SearchKind; limit?: number } = {}, signal?: AbortSignal) {
  return api.get<SearchReply>(`${base}/search`, { query: { q, kind: options.kind ?? 'all', limit: options.limit }, signal });
}

/** Checks form data against an item edition's schema on the server (the same rules as on submit). */
export function validateItemForm(itemId: string, data: Record<string, unknown>, signal?: AbortSignal) {
  return api.post<FormValidateReply>(`${base}/items/${seg(itemId)}/validate-form`, { data }, { signal });
}

/** The catalogue's figures (published editions only). */
export function getCatalogStats(signal?: AbortSignal) {
  return api.get<CatalogStats>(`${base}/stats`, { signal });
}
