// SQL of the ledger room, in two files: the structure (members, sources, issues, measures, settings) and the
// tasks (rows, lists, reports, escalations). Either may be imported directly; this gathers both.
export * from './structure-repository.ts';
export * from './tasks-repository.ts';
