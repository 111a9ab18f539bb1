// Where the bytes of uploads live. The service knows only this interface; the local disk (the
// default, under DATA_DIR/files) and an S3-compatible bucket (s3-store.ts) implement it.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

export interface FileStore {
  readonly kind: 'local' | 's3';
  /** Stores the bytes under `key`, whole or not at all. */
  put(key: string, bytes: Buffer, meta?: { contentType?: string }): Promise<void>;
  /** The bytes under `key`; rejects with a StoredBytesMissing when there are none. */
  get(key: string): Promise<Readable | Buffer>;
  /** Removes the bytes under `key`; a key with nothing stored is not an error. */
  remove(key: string): Promise<void>;
}

/** The store has no bytes under a key its row names. */
export class StoredBytesMissing extends Error {
  constructor(readonly key: string) {
    super(`stored file bytes missing: ${key}`);
    this.name = 'StoredBytesMissing';
  }
}

/** Keys are made by the service (`ab/cd/<uuid>`); anything else, above all `..`, is refused. */
const keyPattern = /^[a-z0-9]+(?:[/_.-][a-z0-9]+)*$/;

export function checkKey(key: string): string {
  if (!keyPattern.test(key)) throw new Error(`invalid storage key: ${JSON.stringify(key)}`);
  return key;
}

/**
 * Files on the local disk under `dir`, in sub-folders by the key's shard (two levels of 256, so
 * no folder grows past a few thousand entries). A write goes to a temporary file beside the
 * target, is flushed to disk, then renamed into place: a reader never sees half a file, and a
 * failed write leaves nothing behind.
 */
export function localStore(dir: string): FileStore {
  const root = path.resolve(dir);
  const pathOf = (key: string) => path.join(root, ...checkKey(key).split('/'));

  return {
    kind: 'local',

    async put(key, bytes) {
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        const handle = await open(temp, 'wx', 0o640);
        try {
          await handle.writeFile(bytes);
          await handle.datasync();
        } finally {
          await handle.close();
        }
        await rename(temp, target);
      } catch (err) {
        await rm(temp, { force: true }).catch(() => undefined);
        throw err;
      }
    },

    async get(key) {
      try {
        // Opened before anything is sent, so a missing file is an error here, not a broken reply.
        const handle = await open(pathOf(key), 'r');
        return handle.createReadStream();
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredBytesMissing(key);
        throw err;
      }
    },

    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
