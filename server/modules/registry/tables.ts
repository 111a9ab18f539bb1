import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

// 市场主体: enterprises, individual businesses and other organisations, keyed by USCC.
export const entities = pgTable(
  'market_entity',
  {
    id: uuid('id').primaryKey(),
    uscc: text('uscc').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind').notNull(), // enterprise | individual | cooperative | other
    legalRepresentative: text('legal_representative').notNull(),
    registeredCapitalFen: bigint('registered_capital_fen', { mode: 'number' }),
    industrySection: text('industry_section').notNull(), // GB/T 4754 门类
    industryClass: text('industry_class'), // GB/T 4754 小类 (4 digits)
    address: text('address').notNull(),
    districtCode: text('district_code').notNull(),
    establishedOn: date('established_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    usccOverride: boolean('uscc_override').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Name prefix search (企业名称前缀) under any collation.
    index('market_entity_name_idx').on(t.name.op('text_pattern_ops')),
    index('market_entity_legal_rep_idx').on(t.legalRepresentative),
    index('market_entity_district_idx').on(t.districtCode, t.status),
    index('market_entity_tags_idx').using('gin', t.tags.op('jsonb_path_ops')),
  ],
);

// 自然人: keyed by the ID number, stored only encrypted, found by its keyed hash.
export const persons = pgTable('person', {
  id: uuid('id').primaryKey(),
  idNumberEnc: text('id_number_enc').notNull(),
  idNumberIndex: text('id_number_index').notNull().unique(),
  idNumberMasked: text('id_number_masked').notNull(),
  name: text('name').notNull(),
  phoneEnc: text('phone_enc'),
  phoneMasked: text('phone_masked'),
  districtCode: text('district_code'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// 证照类型: which department issues it, to whom, with which data fields.
export const licenceTypes = pgTable('licence_type', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  holderKind: text('holder_kind').notNull(), // entity | person
  issuingDepartmentId: uuid('issuing_department_id').notNull(),
  fields: jsonb('fields').$type<{ key: string; label: string; type: 'text' | 'date' | 'number' }[]>().notNull(),
  validityYears: integer('validity_years'),
  numberPrefix: text('number_prefix').notNull(),
  version: integer('version').notNull().default(1),
});

// 电子证照: an issued licence. `signature` is an SM3 HMAC over its data, so a record altered
// outside the platform fails verification.
export const licences = pgTable(
  'licence',
  {
    id: uuid('id').primaryKey(),
    typeId: uuid('type_id')
      .notNull()
      .references(() => licenceTypes.id),
    entityId: uuid('entity_id').references(() => entities.id),
    personId: uuid('person_id').references(() => persons.id),
    number: text('number').notNull().unique(),
    verificationCode: text('verification_code').notNull().unique(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    fields: jsonb('fields').$type<Record<string, string | number | null>>().notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    revokedReason: text('revoked_reason'),
    signature: text('signature').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('licence_entity_idx').on(t.entityId), index('licence_person_idx').on(t.personId), index('licence_type_idx').on(t.typeId, t.validTo)],
);

// 共享规则: which department may read which resource ('record' or a licence type code) for which purposes.
export const sharingRules = pgTable(
  'sharing_rule',
  {
    id: uuid('id').primaryKey(),
    consumerDepartmentId: uuid('consumer_department_id').notNull(),
    resource: text('resource').notNull(),
    purposes: jsonb('purposes').$type<string[]>().notNull(),
    note: text('note').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sharing_rule_consumer_idx').on(t.consumerDepartmentId, t.resource)],
);

// 共享日志: every request for shared data, allowed or refused, with its purpose and case.
export const shareLog = pgTable(
  'share_log',
  {
    id: uuid('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    requesterType: text('requester_type').notNull(), // user | token | system | application (read for an applicant's submission)
    requesterId: text('requester_id'),
    requesterName: text('requester_name'),
    consumerDepartmentId: uuid('consumer_department_id'),
    subjectKind: text('subject_kind').notNull(), // entity | person
    entityId: uuid('entity_id'),
    personId: uuid('person_id'),
    resource: text('resource').notNull(),
    purpose: text('purpose').notNull(),
    caseNumber: text('case_number').notNull(),
    allowed: boolean('allowed').notNull(),
    reason: text('reason'),
  },
  (t) => [
    index('share_log_entity_idx').on(t.entityId, t.at),
    index('share_log_person_idx').on(t.personId, t.at),
    index('share_log_consumer_idx').on(t.consumerDepartmentId, t.at),
    index('share_log_refused_idx').on(t.at).where(sql`not allowed`),
  ],
);

// 企业账号关联: an applicant account acting for a market entity, as its legal representative or an
// agent. `user_id` is an org account (no foreign key across rooms: org is asked through its index).
export const entityAccounts = pgTable(
  'entity_account',
  {
    id: uuid('id').primaryKey(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(), // legal_representative | agent
    /** The actor who linked it (a user id, or 'cli' / 'demo-seed'). */
    grantedBy: text('granted_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('entity_account_entity_user_key').on(t.entityId, t.userId), index('entity_account_user_idx').on(t.userId)],
);
