// Bulk writes for the demo seed (server/seed/registry.ts) and the registry benchmark: many rows per
// statement, bypassing the services' one-at-a-time rules. Callers pass a transaction and append
// the audit row for the batch in it. Not for request handlers.
export { countEntities, type NewEntity } from './entities-repository.ts';
export { entitiesByUscc, insertEntitiesReturningUscc, insertLicencesBulk as insertLicences, insertPersonsReturningIndex, insertShareLogs, validLicencesOf } from './import-repository.ts';
export { insertLicenceType, listLicenceTypes, type NewLicence } from './licences-repository.ts';
export { insertRule, listRules, type ShareLogInsert } from './sharing-repository.ts';
export { newVerificationCode, signedData } from './service/licences.ts';
export { insertAccounts, type NewAccount } from './accounts-repository.ts';
