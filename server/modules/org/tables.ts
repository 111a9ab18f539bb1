import { foreignKey, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// 行政区划 (GB/T 2260): the demo city, its districts, banners/counties and development zones.
export const regions = pgTable('region', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  level: text('level').notNull(), // province | prefecture | district | county | banner | devzone
  parentCode: text('parent_code'),
});

// 部门: the department tree (市本级 → 部门; 旗县区; 开发区/新区). Users and roles come with the
// identity issue; data scope follows this tree.
export const departments = pgTable(
  'department',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    shortName: text('short_name').notNull(),
    kind: text('kind').notNull(), // government | department | court | procuratorate | customs | zone
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    parentId: uuid('parent_id'),
    sort: integer('sort').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.parentId], foreignColumns: [t.id] }),
    index('department_parent_idx').on(t.parentId),
    index('department_region_idx').on(t.regionCode),
  ],
);
