// Stored uploads (文件): bytes in the configured store, a `stored_file` row saying what they are.
// Domain-free: rooms claim files for their subjects (`attach`) and say who may read them
// (`registerReader`); unclaimed uploads are swept after a day.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { FILE_PURPOSES, FILE_TYPES, MIB, type FilePurpose, type FileView } from '../../../common/api/files.ts';
import { ROLES } from '../../../common/api/roles.ts';
import { appendAudit, systemActor, type Actor } from '../audit/index.ts';
import { hasAnyRole, type Principal } from '../auth/index.ts';
import type { Database, Db } from '../db/index.ts';
import { uuidv7 } from '../db/index.ts';
import { AppError, validationFailed } from '../errors/index.ts';
import * as repo from './repository.ts';
import { sniffFile } from './sniff.ts';
import type { FileStore } from './store.ts';

export type StoredFile = repo.StoredFileRow;

export interface FileServiceDeps {
  store: FileStore;
  /** The largest upload accepted, in bytes. */
  maxBytes: number;
  /** The clock of the sweep (tests move it). */
  now?: () => Date;
}

export interface SaveInput {
  /** The uploader (a user's id, or an API token's id); null for files the system makes. */
  ownerId: string | null;
  purpose: FilePurpose;
  name: string;
  bytes: Buffer;
}

/** Says whether `principal` may read a file attached to `attachedTo` (e.g. 'application:<id>'). */
export type FileReader = (principal: Principal, attachedTo: string) => Promise<boolean>;

export interface FileService {
  readonly maxBytes: number;
  /**
   * Checks the bytes (not empty, not over the limit, an accepted type by content whose extension
   * agrees), stores them, then inserts the row and its audit entry (`files.upload`) in one
   * transaction — a savepoint inside `db` when it is the caller's transaction, else its own. If
   * the insert fails, the stored bytes are removed again. (Should the caller's transaction roll
   * back after this returns, the bytes stay without a row.)
   */
  save(db: Db | null, actor: Actor, input: SaveInput): Promise<FileView>;
  /** The file's row; 404 when there is none. */
  get(id: string): Promise<StoredFile>;
  /** The views of those of `ids` that exist, by id (for a room listing its subject's files; no access check). */
  describe(ids: string[]): Promise<Map<string, FileView>>;
  /** The file's row and its bytes (a stream from the local disk or the bucket). */
  read(id: string): Promise<{ file: StoredFile; body: Readable | Buffer }>;
  /** Whether `principal` may see the file (see canRead's rules). */
  canRead(principal: Principal, file: StoredFile): Promise<boolean>;
  /** get / read for a reader: 404 for a file that is not theirs to see, as for one that does not exist. */
  getFor(principal: Principal, id: string): Promise<StoredFile>;
  readFor(principal: Principal, id: string): Promise<{ file: StoredFile; body: Readable | Buffer }>;
  /**
   * A room says who may read files attached to its subjects: files whose `attachedTo` starts with
   * `attachedToPrefix` (the longest registered prefix wins) are readable to their owner and to whom
   * `reader` says. Register once at start-up.
   */
  registerReader(attachedToPrefix: string, reader: FileReader): void;
  /**
   * Claims `ids` for `attachedTo` inside the caller's transaction (the caller's own audited write
   * records the claim). Refuses with 404 a file that does not exist or is not `ownerId`'s (or, given
   * several, any one of theirs — e.g. the applicant's and the assisting clerk's), and with 409 one
   * already attached to another subject; claiming again for the same subject is a no-op.
   */
  attach(tx: Db, ids: string[], attachedTo: string, ownerId: string | readonly (string | null)[]): Promise<FileView[]>;
  /** Removes uploads nobody claimed within `olderThanHours` (rows, then bytes); audited as `files.sweep`. */
  sweepUnattached(olderThanHours: number, actor?: Actor): Promise<{ removed: number; bytesFailed: number }>;
  view(file: StoredFile): FileView;
}

/** Whose file an upload is: the signed-in user, or the API token itself. */
export const ownerIdOf = (principal: Principal): string => principal.userId ?? principal.id;

const STAFF_ROLES = ROLES.filter((r) => r !== 'applicant');

/** "20 MB", "512 KB", "100 字节 / bytes" — the limit as people read it. */
function formatLimit(bytes: number): { zh: string; en: string } {
  if (bytes >= MIB && bytes % MIB === 0) return { zh: `${bytes / MIB} MB`, en: `${bytes / MIB} MB` };
  if (bytes >= 1024 && bytes % 1024 === 0) return { zh: `${bytes / 1024} KB`, en: `${bytes / 1024} KB` };
  return { zh: `${bytes} 字节`, en: `${bytes} bytes` };
}

const allowedList = {
  zh: FILE_TYPES.map((t) => `${t.label.zh}（${t.extensions.map((e) => `.${e}`).join('、')}）`).join('、'),
  en: FILE_TYPES.map((t) => `${t.label.en} (${t.extensions.map((e) => `.${e}`).join(', ')})`).join(', '),
};

export const fileErrors = {
  empty: () => new AppError('BAD_REQUEST', { zh: '文件为空：请上传文件内容', en: 'The file is empty: send its content as the body' }),
  tooLarge: (maxBytes: number) => {
    const limit = formatLimit(maxBytes);
    return new AppError('PAYLOAD_TOO_LARGE', { zh: `文件超过 ${limit.zh} 的大小上限`, en: `The file is larger than the ${limit.en} limit` });
  },
  unsupported: () =>
    new AppError('UNSUPPORTED_MEDIA_TYPE', {
      zh: `不支持的文件类型。可上传：${allowedList.zh}`,
      en: `Unsupported file type. Allowed: ${allowedList.en}`,
    }),
  mismatch: (actual: { zh: string; en: string }, extension: string) =>
    new AppError('UNSUPPORTED_MEDIA_TYPE', {
      zh: `文件内容是${actual.zh}，与文件名的扩展名${extension ? `“.${extension}”` : '（无）'}不符。可上传：${allowedList.zh}`,
      en: `The content is a ${actual.en}, which does not match the name's extension ${extension ? `".${extension}"` : '(none)'}. Allowed: ${allowedList.en}`,
    }),
  notFound: (id?: string) =>
    new AppError('NOT_FOUND', { zh: id ? `文件 ${id} 不存在` : '文件不存在', en: id ? `File ${id} not found` : 'File not found' }),
};

/**
 * The name as given, without any folder part, control or bidirectional-override characters (which
 * can make `invoice\u202Efdp.exe` read as a PDF), or halves of surrogate pairs.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  return base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .trim()
    .slice(0, 255)
    .replace(/[\ud800-\udbff]$/, '');
}

/** Two levels of folders from the id's random tail, then the id. */
const storageKeyOf = (id: string) => `${id.slice(-2)}/${id.slice(-4, -2)}/${id}`;

const SWEEP_BATCH = 200;

export function createFileService(database: Database, deps: FileServiceDeps): FileService {
  const { store, maxBytes } = deps;
  const now = deps.now ?? (() => new Date());
  const readers = new Map<string, FileReader>();

  const view = (f: StoredFile): FileView => ({
    id: f.id,
    name: f.name,
    mime: f.mime,
    size: f.size,
    sha256: f.sha256,
    createdAt: f.createdAt.toISOString(),
    attachedTo: f.attachedTo,
  });

  const readerFor = (attachedTo: string): FileReader | undefined => {
    let best: string | undefined;
    for (const prefix of readers.keys()) if (attachedTo.startsWith(prefix) && (!best || prefix.length > best.length)) best = prefix;
    return best === undefined ? undefined : readers.get(best);
  };

  const get = async (id: string) => {
    const file = await repo.findFile(database.db, id);
    if (!file) throw fileErrors.notFound();
    return file;
  };

  const readBytes = async (file: StoredFile) => {
    if (file.store !== store.kind) {
      throw new Error(`file ${file.id} is kept in the ${file.store} store, but this server uses ${store.kind}`);
    }
    return { file, body: await store.get(file.storageKey) };
  };

  async function canRead(principal: Principal, file: StoredFile): Promise<boolean> {
    if (file.ownerId !== null && file.ownerId === ownerIdOf(principal)) return true;
    if (file.attachedTo === null) return hasAnyRole(principal, ['admin']);
    const reader = readerFor(file.attachedTo);
    if (reader) return reader(principal, file.attachedTo);
    // No room has said who reads files of this subject yet: staff may. Each room that attaches
    // files registers a reader (registerReader) and so narrows this to the people of its case.
    return hasAnyRole(principal, STAFF_ROLES);
  }

  const getFor = async (principal: Principal, id: string) => {
    const file = await repo.findFile(database.db, id);
    if (!file || !(await canRead(principal, file))) throw fileErrors.notFound();
    return file;
  };

  return {
    maxBytes,
    view,
    get,
    describe: async (ids) => new Map((await repo.findFiles(database.db, [...new Set(ids)])).map((f) => [f.id, view(f)])),
    canRead,
    getFor,
    read: async (id) => readBytes(await get(id)),
    readFor: async (principal, id) => readBytes(await getFor(principal, id)),

    async save(db, actor, input) {
      const name = cleanFileName(input.name);
      if (!name) throw validationFailed([{ path: 'query.name', message: { zh: '请给出文件名（含扩展名）', en: 'Give the file name, with its extension' } }]);
      if (!FILE_PURPOSES.includes(input.purpose)) {
        throw validationFailed([{ path: 'query.purpose', message: { zh: `用途应为 ${FILE_PURPOSES.join('、')} 之一`, en: `purpose must be one of ${FILE_PURPOSES.join(', ')}` } }]);
      }
      const { bytes } = input;
      if (bytes.length === 0) throw fileErrors.empty();
      if (bytes.length > maxBytes) throw fileErrors.tooLarge(maxBytes);
      const sniffed = sniffFile(bytes, name);
      if (!sniffed.ok) throw sniffed.reason === 'mismatch' ? fileErrors.mismatch(sniffed.actual.label, sniffed.extension) : fileErrors.unsupported();

      const id = uuidv7();
      const storageKey = storageKeyOf(id);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const mime = sniffed.type.mime;
      await store.put(storageKey, bytes, { contentType: mime });
      try {
        const row = await (db ?? database.db).transaction(async (tx) => {
          const inserted = await repo.insertFile(tx, { id, ownerId: input.ownerId, purpose: input.purpose, name, mime, size: bytes.length, sha256, store: store.kind, storageKey });
          await appendAudit(tx, actor, { action: 'files.upload', entity: 'stored_file', entityId: id, change: { name, mime, size: bytes.length, sha256, purpose: input.purpose, ownerId: input.ownerId } });
          return inserted;
        });
        return view(row);
      } catch (err) {
        // No orphan: bytes without a row would never be swept.
        await store.remove(storageKey).catch(() => undefined);
        throw err;
      }
    },

    registerReader(prefix, reader) {
      if (!prefix) throw new Error('files.registerReader: the prefix must not be empty');
      if (readers.has(prefix)) throw new Error(`files.registerReader: a reader for "${prefix}" is already registered`);
      readers.set(prefix, reader);
    },

    async attach(tx, ids, attachedTo, ownerId) {
      if (!attachedTo) throw new Error('files.attach: attachedTo must not be empty');
      const owners = new Set((typeof ownerId === 'string' ? [ownerId] : ownerId).filter((o): o is string => Boolean(o)));
      const unique = [...new Set(ids)];
      const rows = new Map((await repo.lockFiles(tx, unique)).map((r) => [r.id, r]));
      for (const id of unique) {
        const row = rows.get(id);
        if (!row || row.ownerId === null || !owners.has(row.ownerId)) throw fileErrors.notFound(id);
        if (row.attachedTo !== null && row.attachedTo !== attachedTo) {
          throw new AppError('CONFLICT', { zh: `文件 ${row.name} 已用于其他事项，请重新上传`, en: `The file ${row.name} is already used elsewhere; upload it again` });
        }
      }
      await repo.setAttachedTo(tx, unique.filter((id) => rows.get(id)!.attachedTo === null), attachedTo);
      return unique.map((id) => view({ ...rows.get(id)!, attachedTo }));
    },

    async sweepUnattached(olderThanHours, actor = systemActor) {
      const cutoff = new Date(now().getTime() - olderThanHours * 3_600_000);
      let removed = 0;
      let bytesFailed = 0;
      for (;;) {
        const batch = await repo.listUnattachedBefore(database.db, cutoff, SWEEP_BATCH);
        if (batch.length === 0) break;
        const gone = await database.db.transaction(async (tx) => {
          const rows = await repo.deleteUnattached(tx, batch.map((r) => r.id));
          if (rows.length > 0) {
            await appendAudit(tx, actor, {
              action: 'files.sweep',
              entity: 'stored_file',
              change: { olderThanHours, files: rows.map((r) => ({ id: r.id, name: r.name, sha256: r.sha256, ownerId: r.ownerId })) },
            });
          }
          return rows;
        });
        // Rows first, then bytes: a failure here leaves unreachable bytes, never a row without them.
        for (const row of gone) {
          if (row.store !== store.kind) continue;
          try {
            await store.remove(row.storageKey);
          } catch {
            bytesFailed++;
          }
        }
        removed += gone.length;
        if (batch.length < SWEEP_BATCH) break;
      }
      return { removed, bytesFailed };
    },
  };
}
