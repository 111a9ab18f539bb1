// Every table of every room, gathered for Drizzle and drizzle-kit. Only this file reads other
// rooms' tables.ts (the lint rule allows it here and nowhere else).
export * from '../platform/audit/tables.ts';
export * from '../platform/calendar/tables.ts';
export * from '../modules/org/tables.ts';
export * from '../platform/auth/tables.ts';
export * from '../modules/registry/tables.ts';
export * from '../modules/catalog/tables.ts';
export * from '../platform/workflow/tables.ts';
export * from '../platform/notify/tables.ts';
export * from '../platform/files/tables.ts';
export * from '../platform/events/tables.ts';
export * from '../modules/applications/tables.ts';
export * from '../modules/evaluations/tables.ts';
export * from '../modules/appeals/tables.ts';
export * from '../modules/ledger/tables.ts';
export * from '../modules/outreach/tables.ts';
