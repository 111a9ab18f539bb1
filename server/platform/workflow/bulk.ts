// Bulk writes of cases for the demo seed and benchmarks: the rows a case, its history and its queue would
// have after running through the engine (openCase / applyAction, computed by the caller), inserted many
// at a time. The callers pass a transaction and append one audit row for the batch. Not for request handlers.
export { columnsOf as caseColumns, holderKeys, queueRowsOf } from './service.ts';
export { insertAssignments, insertCases, insertHistories, type NewAssignment, type NewCase, type NewHistory } from './repository.ts';
