// The files room's public face (文件): the service other rooms call (save, attach, registerReader,
// read), the stores, and the routes. Other code imports only this file.
export {
  cleanFileName,
  createFileService,
  fileErrors,
  ownerIdOf,
  type FileReader,
  type FileService,
  type FileServiceDeps,
  type SaveInput,
  type StoredFile,
} from './service.ts';
export { localStore, StoredBytesMissing, type FileStore } from './store.ts';
export { s3Store, type S3StoreOptions } from './s3-store.ts';
export { sniffFile, zipEntryNames, type SniffResult } from './sniff.ts';
export { contentDisposition, registerFileRoutes } from './routes.ts';
