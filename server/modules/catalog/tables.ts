import { sql } from 'drizzle-orm';
import { boolean, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { BundleInput, MergedField } from '../../../common/api/catalog-bundles.ts';
import type { ItemForm, Material } from '../../../common/api/catalog.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

// 事项: one row per edition of a service item. Editing a published item makes a new draft edition;
// publishing it retires the previous one, so at most one edition per code is published and an
// application keeps the row id of the edition it was made under.
export const serviceItems = pgTable(
  'service_item',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(), // 业务办理项编码
    edition: integer('edition').notNull(),
    status: text('status').notNull(), // draft | published | retired
    baseCode: text('base_code').notNull(), // 基本编码
    name: text('name').notNull(),
    type: text('type').notNull(),
    target: text('target').notNull(),
    competentDepartmentId: uuid('competent_department_id').notNull(),
    implementingDepartmentId: uuid('implementing_department_id').notNull(),
    legalBasis: text('legal_basis').notNull(),
    legalLimitDays: integer('legal_limit_days').notNull(),
    promisedLimitDays: integer('promised_limit_days').notNull(),
    onTheSpot: boolean('on_the_spot').notNull(),
    visits: integer('visits').notNull(),
    visitsReason: text('visits_reason'),
    onlineStages: jsonb('online_stages').$type<number[]>().notNull(),
    mobileChannel: boolean('mobile_channel').notNull(),
    // Derived at write time from the stages and visits, so statistics are plain counts.
    onlineDepth: integer('online_depth').notNull(),
    fullyOnline: boolean('fully_online').notNull(),
    mobile: boolean('mobile').notNull(),
    fee: jsonb('fee').$type<{ charged: boolean; basis: string | null; standard: string | null }>().notNull(),
    materials: jsonb('materials').$type<Material[]>().notNull(),
    conditions: jsonb('conditions').$type<string[]>().notNull(),
    steps: jsonb('steps').$type<{ name: string; limitDays: number; description: string }[]>().notNull(),
    crossRegion: text('cross_region').notNull(),
    reformMode: text('reform_mode'),
    commitmentAllowed: boolean('commitment_allowed').notNull(),
    postCheckMonths: integer('post_check_months'),
    /** The registry licence type an approval issues (办理结果为电子证照); null when the result is not a licence. */
    resultLicenceTypeCode: text('result_licence_type_code'),
    events: jsonb('events').$type<string[]>().notNull(),
    themes: jsonb('themes').$type<string[]>().notNull(),
    keywords: jsonb('keywords').$type<string[]>().notNull(),
    hallAddress: text('hall_address').notNull(),
    hallHours: text('hall_hours').notNull(),
    consultPhone: text('consult_phone').notNull(),
    complaintPhone: text('complaint_phone').notNull(),
    form: jsonb('form').$type<ItemForm>().notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('service_item_code_edition_idx').on(t.code, t.edition),
    // At most one published edition per code.
    uniqueIndex('service_item_published_idx').on(t.code).where(sql`status = 'published'`),
    index('service_item_department_idx').on(t.implementingDepartmentId, t.status),
    index('service_item_status_idx').on(t.status),
  ],
);

// 一件事: one row per edition of a bundle; members are referenced by item code and resolved to
// their published editions.
export const bundles = pgTable(
  'bundle',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    edition: integer('edition').notNull(),
    status: text('status').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(), // life | business
    event: text('event').notNull(),
    themes: jsonb('themes').$type<string[]>().notNull(),
    description: text('description').notNull(),
    leadDepartmentId: uuid('lead_department_id').notNull(),
    promisedLimitDays: integer('promised_limit_days').notNull(),
    members: jsonb('members').$type<BundleInput['members']>().notNull(),
    fields: jsonb('fields').$type<MergedField[]>().notNull(),
    keywords: jsonb('keywords').$type<string[]>().notNull(),
    hallAddress: text('hall_address').notNull(),
    consultPhone: text('consult_phone').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('bundle_code_edition_idx').on(t.code, t.edition), uniqueIndex('bundle_published_idx').on(t.code).where(sql`status = 'published'`)],
);

// 检索文档: one row per published item or bundle. `terms` holds the jieba-segmented words of the
// name (weight A), keywords (B) and the rest (C) as a `simple`-configuration tsvector; the name and
// `words` also have trigram indexes for typos and partial words.
export const catalogSearch = pgTable(
  'catalog_search',
  {
    id: uuid('id').primaryKey(), // the item's or bundle's edition id
    kind: text('kind').notNull(), // item | bundle
    code: text('code').notNull(),
    name: text('name').notNull(),
    departmentId: uuid('department_id'),
    terms: tsvector('terms').notNull(),
    /**
     * The name (A) and keyword (B) words of `terms` alone (about a fifth of its size): candidates are
     * chosen and pre-ranked by it, the whole `terms` only scores the few chosen. Derived, so every
     * row (and every row published before it existed) has it.
     */
    nameTerms: tsvector('name_terms')
      .notNull()
      .generatedAlwaysAs(sql`ts_filter(terms, '{a,b}')`),
    /** The name, then each keyword, with spaces and punctuation removed: trigram similarity and exact-name hits. */
    words: text('words').notNull(),
    /**
     * The name's trigrams (pg_trgm's own, `show_trgm`) as a tsvector of them: the ranking counts the
     * query's trigrams among them for the name's similarity — the same number `similarity()` gives,
     * without cutting the name into trigrams again for every query. Derived, so every row has it.
     */
    nameTrigrams: tsvector('name_trigrams')
      .notNull()
      .generatedAlwaysAs(sql`array_to_tsvector(show_trgm(name))`),
  },
  (t) => [
    uniqueIndex('catalog_search_kind_code_idx').on(t.kind, t.code),
    index('catalog_search_terms_idx').using('gin', t.terms),
    index('catalog_search_name_terms_idx').using('gin', t.nameTerms),
    index('catalog_search_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    index('catalog_search_words_trgm_idx').using('gin', t.words.op('gin_trgm_ops')),
  ],
);

// 同义词: plain-language terms an admin maps to the catalogue's words (开饭店 → 餐饮, 食品经营).
export const searchSynonyms = pgTable('search_synonym', {
  id: uuid('id').primaryKey(),
  term: text('term').notNull().unique(),
  expansions: jsonb('expansions').$type<string[]>().notNull(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
