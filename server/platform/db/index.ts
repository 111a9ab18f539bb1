export type { Database, Db, Engine, Schema } from '../../db/client.ts';
export { outsideTransaction } from '../../db/pglite-guard.ts';
export { uuidv7 } from './uuid.ts';
export { toInstant, toIsoDate, toJson, toNumber } from './normalize.ts';
export { queryRows } from './raw.ts';
export { insertRecordset } from './recordset.ts';
export { batchStatement, pending, preparedRead, runStatement, runWrites, runWritesFor, WriteRefused, type Buildable, type PendingCheck, type PendingWrite } from './writes.ts';
export { decodeRow, insertRow, insertRows, selectById, updateRow } from './rows.ts';
