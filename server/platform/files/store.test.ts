import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/index.ts';
import { openTestDatabase, type TestDatabase } from '../../test/harness.ts';
import { createFileService, localStore, s3Store, sniffFile, StoredBytesMissing, zipEntryNames, type FileStore } from './index.ts';
import { docxBytes, ofdBytes, pdfBytes, xlsxBytes } from '../../test/file-samples.ts';

const actor = { type: 'system' as const, id: null };
let tdb: TestDatabase;
let tmp: string;

beforeAll(async () => {
  tdb = await openTestDatabase();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ys-store-'));
});
afterAll(async () => {
  await tdb.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Every file under `dir`, as paths relative to it. */
const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
const bytesOf = async (body: Readable | Buffer) => (Buffer.isBuffer(body) ? body : Buffer.concat(await body.toArray()));
const rowsNamed = async (name: string) => (await queryRows(tdb.database.db, sql`select id from stored_file where name = ${name}`)).length;

describe('telling types apart by content', () => {
  it('reads the entries of real zip packages: OFD, DOCX, and an XLSX written by exceljs', async () => {
    expect(zipEntryNames(await xlsxBytes())).toContain('xl/workbook.xml');
    expect(sniffFile(await xlsxBytes(), 'a.xlsx')).toMatchObject({ ok: true, type: { extensions: ['xlsx'] } });
    expect(sniffFile(ofdBytes(), 'a.OFD')).toMatchObject({ ok: true, type: { mime: 'application/ofd' } });
    expect(sniffFile(docxBytes(), 'a.ofd')).toMatchObject({ ok: false, reason: 'mismatch', extension: 'ofd' });
    expect(sniffFile(pdfBytes(), 'a.pdf.exe')).toMatchObject({ ok: false, reason: 'mismatch', extension: 'exe' });
  });

  it('never throws on damaged archives, whatever their central directory says', () => {
    const archive = docxBytes();
    fc.assert(
      fc.property(fc.nat(archive.length - 1), fc.integer({ min: 0, max: 255 }), fc.nat(archive.length), (at, value, cut) => {
        const damaged = Buffer.from(archive);
        damaged[at] = value;
        for (const bytes of [damaged, damaged.subarray(0, cut)]) {
          expect(() => sniffFile(bytes, 'a.docx')).not.toThrow();
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('the local store', () => {
  it('writes, reads and removes bytes under sharded folders, and refuses keys that leave its folder', async () => {
    const dir = path.join(tmp, 'plain');
    const store = localStore(dir);
    await store.put('ab/cd/one', Buffer.from('hello'));
    expect(filesUnder(dir)).toEqual([path.join('ab', 'cd', 'one')]);
    expect((await bytesOf(await store.get('ab/cd/one'))).toString()).toBe('hello');
    await store.remove('ab/cd/one');
    await store.remove('ab/cd/one');
    await expect(store.get('ab/cd/one')).rejects.toBeInstanceOf(StoredBytesMissing);
    for (const key of ['../x', 'ab/../../x', '/etc/passwd', 'ab//x', 'AB/x', '']) {
      await expect(store.put(key, Buffer.from('x'))).rejects.toThrow(/invalid storage key/);
    }
  });

  it('leaves no half-written file when a write fails after the bytes went to disk', async () => {
    const dir = path.join(tmp, 'rename-fails');
    // Something already occupies the target (a folder with a file in it), so the final rename fails.
    mkdirSync(path.join(dir, 'ab', 'cd', 'two'), { recursive: true });
    writeFileSync(path.join(dir, 'ab', 'cd', 'two', 'keep'), 'x');
    await expect(localStore(dir).put('ab/cd/two', Buffer.alloc(64 * 1024, 1))).rejects.toThrow();
    expect(filesUnder(dir)).toEqual([path.join('ab', 'cd', 'two', 'keep')]);
  });

  it('keeps no row and no file when the store cannot write', async () => {
    // The store's folder cannot be made: a plain file is where it should be (root ignores read-only modes).
    const blocked = path.join(tmp, 'blocked');
    writeFileSync(blocked, 'not a folder');
    const files = createFileService(tdb.database, { store: localStore(path.join(blocked, 'files')), maxBytes: 1024 * 1024 });
    await expect(files.save(null, actor, { ownerId: null, purpose: 'application.material', name: 'unwritable.pdf', bytes: pdfBytes() })).rejects.toThrow();
    expect(await rowsNamed('unwritable.pdf')).toBe(0);
    expect(filesUnder(tmp).filter((f) => f.startsWith('blocked' + path.sep))).toEqual([]);
  });

  it('removes the stored bytes again when the row cannot be written', async () => {
    const dir = path.join(tmp, 'insert-fails');
    const files = createFileService(tdb.database, { store: localStore(dir), maxBytes: 1024 * 1024 });
    await tdb.database.exec(`create function refuse_file() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$;
      create trigger refuse_file before insert on stored_file for each row when (new.name = 'refused.pdf') execute function refuse_file();`);
    try {
      await expect(files.save(null, actor, { ownerId: null, purpose: 'application.material', name: 'refused.pdf', bytes: pdfBytes() })).rejects.toThrow();
      expect(filesUnder(dir)).toEqual([]);
      expect(await rowsNamed('refused.pdf')).toBe(0);
      // The same service still saves other files.
      const saved = await files.save(null, actor, { ownerId: null, purpose: 'application.material', name: 'fine.pdf', bytes: pdfBytes() });
      expect(filesUnder(dir)).toEqual([path.join(saved.id.slice(-2), saved.id.slice(-4, -2), saved.id)]);
    } finally {
      await tdb.database.exec('drop trigger refuse_file on stored_file; drop function refuse_file();');
    }
  });
});

/** A small S3-compatible server (path-style): keeps PUT bodies, answers GET and DELETE, wants a SigV4 Authorization header. */
async function startS3(bucket: string) {
  const objects = new Map<string, { body: Buffer; type: string | undefined }>();
  const requests: { method: string; url: string; authorization: string }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const authorization = String(req.headers.authorization ?? '');
      requests.push({ method: req.method!, url: req.url!, authorization });
      const xml = (status: number, code: string) => res.writeHead(status, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
      if (!/^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/cn-north-1\/s3\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/.test(authorization)) return xml(403, 'AccessDenied');
      const url = new URL(req.url!, 'http://s3');
      const prefix = `/${bucket}/`;
      if (!url.pathname.startsWith(prefix)) return xml(404, 'NoSuchBucket');
      const key = decodeURIComponent(url.pathname.slice(prefix.length));
      if (req.method === 'PUT') {
        objects.set(key, { body: Buffer.concat(chunks), type: req.headers['content-type'] });
        return res.writeHead(200, { etag: `"${createHash('md5').update(Buffer.concat(chunks)).digest('hex')}"` }).end();
      }
      if (req.method === 'GET') {
        const object = objects.get(key);
        if (!object) return xml(404, 'NoSuchKey');
        return res.writeHead(200, { 'content-type': object.type ?? 'application/octet-stream', 'content-length': object.body.length }).end(object.body);
      }
      if (req.method === 'DELETE') {
        objects.delete(key);
        return res.writeHead(204).end();
      }
      return xml(405, 'MethodNotAllowed');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { objects, requests, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('the S3-compatible store', () => {
  it('puts, gets and deletes objects with signed requests, and a service over it saves, reads and sweeps', async () => {
    const s3 = await startS3('materials');
    try {
      const options = { endpoint: s3.url, region: 'cn-north-1', bucket: 'materials', accessKeyId: 'AKIDTEST', secretAccessKey: 'secret', forcePathStyle: true };
      const store: FileStore = s3Store(options);
      await store.put('ab/cd/obj', Buffer.from('你好'), { contentType: 'text/plain' });
      expect(s3.objects.get('ab/cd/obj')).toEqual({ body: Buffer.from('你好'), type: 'text/plain' });
      expect(await text((await store.get('ab/cd/obj')) as Readable)).toBe('你好');
      await store.remove('ab/cd/obj');
      await store.remove('ab/cd/obj');
      expect(s3.objects.size).toBe(0);
      await expect(store.get('ab/cd/obj')).rejects.toBeInstanceOf(StoredBytesMissing);
      expect(s3.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toContain('PUT /materials/ab/cd/obj');

      const files = createFileService(tdb.database, { store, maxBytes: 1024 * 1024 });
      const saved = await files.save(null, actor, { ownerId: null, purpose: 'application.material', name: '委托书.pdf', bytes: pdfBytes() });
      expect([...s3.objects.keys()]).toEqual([`${saved.id.slice(-2)}/${saved.id.slice(-4, -2)}/${saved.id}`]);
      const { file, body } = await files.read(saved.id);
      expect(file.store).toBe('s3');
      expect((await bytesOf(body)).equals(pdfBytes())).toBe(true);
      await tdb.database.db.execute(sql`update stored_file set created_at = now() - interval '2 days' where id = ${saved.id}`);
      expect((await files.sweepUnattached(24)).removed).toBeGreaterThanOrEqual(1);
      expect(s3.objects.size).toBe(0);

      // Wrong keys: the server refuses, and so does the store (no silent success).
      const wrong = s3Store({ ...options, accessKeyId: 'OTHER' });
      await expect(wrong.put('ab/cd/x', Buffer.from('x'))).rejects.toThrow();
    } finally {
      await s3.close();
    }
  });
});
