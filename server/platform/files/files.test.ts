import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../../seed/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';
import { docxBytes, exeBytes, jpegBytes, ofdBytes, pdfBytes, pngBytes, xlsxBytes } from '../../test/file-samples.ts';

let t: TestApp;
let dataDir: string;
let qiye: Browser;
let shimin: Browser;
let handler: Browser;
let admin: Browser;
let leader: Browser;
let qiyeId: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'ys-files-'));
  // A 1 MiB limit, so the oversize case is cheap.
  t = await createTestApp({ DATA_DIR: dataDir, FILES_MAX_MB: '1' });
  await seedDemoCity(t.services, { seed: 1, scale: 'small', catalog: false });
  [qiye, shimin, handler, admin, leader] = (await Promise.all(['qiye', 'shimin', 'handler', 'admin', 'leader'].map((u) => signIn(t.app, u, DEMO_PASSWORD)))) as [Browser, Browser, Browser, Browser, Browser];
  qiyeId = (await t.services.org.users.findByUsername('qiye'))!.id;
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

interface UploadOptions {
  name: string;
  type?: string;
  purpose?: string;
  lang?: string;
}

const upload = (who: Browser, bytes: Buffer, o: UploadOptions) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/files?purpose=${o.purpose ?? 'application.material'}&name=${encodeURIComponent(o.name)}`,
    headers: { ...who.headers(true), 'content-type': o.type ?? 'application/octet-stream', ...(o.lang ? { 'accept-language': o.lang } : {}) },
    payload: bytes,
  });

const uploaded = async (who: Browser, bytes: Buffer, o: UploadOptions): Promise<string> => {
  const res = await upload(who, bytes, o);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};

const fetchAs = (who: Browser, url: string) => t.app.inject({ method: 'GET', url, headers: who.headers() });
const diskPath = (id: string) => path.join(dataDir, 'files', id.slice(-2), id.slice(-4, -2), id);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const rowCount = async () => Number((await queryRows<{ n: number }>(t.services.database.db, sql`select count(*)::int as n from stored_file`))[0]!.n);

describe('uploading and downloading', () => {
  it('stores a PDF with its checksum, audits it, and gives the same bytes back with a safe Chinese file name', async () => {
    const bytes = pdfBytes();
    const name = '营业执照（副本）.pdf';
    const res = await upload(qiye, bytes, { name, type: 'application/pdf' });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    expect(view).toEqual({ id: expect.any(String), name, mime: 'application/pdf', size: bytes.length, sha256: sha256(bytes), createdAt: expect.any(String), attachedTo: null });
    expect(existsSync(diskPath(view.id))).toBe(true);

    const audit = await queryRows<{ action: string; actor_id: string }>(t.services.database.db, sql`select action, actor_id from audit_log where entity = 'stored_file' and entity_id = ${view.id}`);
    expect(audit).toEqual([{ action: 'files.upload', actor_id: qiyeId }]);

    expect((await fetchAs(qiye, `/api/v1/files/${view.id}`)).json()).toEqual(view);
    const content = await fetchAs(qiye, `/api/v1/files/${view.id}/content`);
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(bytes)).toBe(true);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers['content-disposition']).toBe(`attachment; filename="________.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`);
    const inline = await fetchAs(qiye, `/api/v1/files/${view.id}/content?inline=true`);
    expect(inline.headers['content-disposition']).toMatch(/^inline; /);
  });

  it('recognises PNG, JPEG, OFD, DOCX and XLSX by their content, whatever the client calls them', async () => {
    const cases: [Buffer, string, string, string][] = [
      [pngBytes(), '现场照片.png', 'image/png', 'image/png'],
      [jpegBytes(), 'photo.JPG', 'application/octet-stream', 'image/jpeg'],
      [ofdBytes(), '电子发票.ofd', 'application/octet-stream', 'application/ofd'],
      [docxBytes(), '申请书.docx', 'application/zip', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [await xlsxBytes(), '人员名单.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ];
    for (const [bytes, name, type, mime] of cases) {
      const res = await upload(qiye, bytes, { name, type, purpose: 'workflow.attachment' });
      expect(res.statusCode, `${name}: ${res.body}`).toBe(201);
      expect(res.json()).toMatchObject({ name, mime, size: bytes.length, sha256: sha256(bytes) });
      const back = await fetchAs(qiye, `/api/v1/files/${res.json().id}/content`);
      expect(back.rawPayload.equals(bytes)).toBe(true);
      expect(back.headers['content-type']).toBe(mime);
    }
  });

  it('refuses a program sent as a PDF with 415 naming the accepted types, in both languages, and keeps nothing', async () => {
    const before = await rowCount();
    const zh = await upload(qiye, exeBytes(), { name: 'setup.pdf', type: 'application/pdf' });
    expect(zh.statusCode).toBe(415);
    expect(zh.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(zh.json().detail).toContain('不支持的文件类型。可上传：PDF 文档（.pdf）、JPEG 图片（.jpg、.jpeg）');
    expect(zh.json().detail).toContain('OFD 版式文档（.ofd）');
    const en = await upload(qiye, exeBytes(), { name: 'setup.exe', type: 'application/pdf', lang: 'en' });
    expect(en.statusCode).toBe(415);
    expect(en.json().detail).toMatch(/^Unsupported file type\. Allowed: PDF document \(\.pdf\), JPEG image \(\.jpg, \.jpeg\)/);
    expect(await rowCount()).toBe(before);
  });

  it('refuses content whose name says another type (415), and bodies of types it does not read', async () => {
    const png = await upload(qiye, pngBytes(), { name: 'scan.pdf' });
    expect(png.statusCode).toBe(415);
    expect(png.json().detail).toContain('文件内容是PNG 图片，与文件名的扩展名“.pdf”不符');
    const docx = await upload(qiye, docxBytes(), { name: 'table.xlsx', lang: 'en' });
    expect(docx.json().detail).toContain('The content is a Word document (.docx), which does not match the name\'s extension ".xlsx"');
    const noExtension = await upload(qiye, pdfBytes(), { name: 'scan' });
    expect(noExtension.statusCode).toBe(415);
    // A zip that is none of OFD/DOCX/XLSX.
    const zip = await upload(qiye, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(40)]), { name: 'a.ofd' });
    expect(zip.statusCode).toBe(415);
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/files?purpose=application.material&name=a.pdf', headers: qiye.headers(true), payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
    expect(json.json().detail).toContain('可上传：PDF');
  });

  it('refuses a file over the limit with 413 naming the limit (Fastify\'s own body limit included)', async () => {
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(1024 * 1024)]);
    const zh = await upload(qiye, big, { name: 'big.pdf' });
    expect(zh.statusCode).toBe(413);
    expect(zh.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', detail: '文件超过 1 MB 的大小上限' });
    const en = await upload(qiye, big, { name: 'big.pdf', lang: 'en' });
    expect(en.json().detail).toBe('The file is larger than the 1 MB limit');
    // Sent in chunks without a length: refused as the bytes pass the limit.
    const streamed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/files?purpose=application.material&name=big.pdf',
      headers: { ...qiye.headers(true), 'content-type': 'application/pdf' },
      payload: Readable.from([pdfBytes(), Buffer.alloc(600 * 1024), Buffer.alloc(600 * 1024)]),
    });
    expect(streamed.statusCode).toBe(413);
    expect(streamed.json().detail).toBe('文件超过 1 MB 的大小上限');
    // The service says the same when called directly.
    await expect(t.services.files.save(null, { type: 'system', id: null }, { ownerId: null, purpose: 'application.material', name: 'big.pdf', bytes: big })).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('refuses an empty body with 400, and bad query values with 400', async () => {
    const empty = await upload(qiye, Buffer.alloc(0), { name: 'a.pdf', type: 'application/pdf' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toBe('文件为空：请上传文件内容');
    const noType = await t.app.inject({ method: 'POST', url: '/api/v1/files?purpose=application.material&name=a.pdf', headers: qiye.headers(true) });
    expect(noType.statusCode).toBe(400);
    expect((await upload(qiye, pdfBytes(), { name: 'a.pdf', purpose: 'selfie' })).statusCode).toBe(400);
    expect((await upload(qiye, pdfBytes(), { name: '/\u202e' })).statusCode).toBe(400);
  });

  it('keeps only the last part of a name with folders, and drops control and direction-override characters', async () => {
    const res = await upload(qiye, pdfBytes(), { name: 'C:\\Users\\me\\invoice\u202Efdp.pdf' });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe('invoicefdp.pdf');
  });

  it('answers 401 to nobody signed in', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/files?purpose=application.material&name=a.pdf', headers: { 'content-type': 'application/pdf' }, payload: pdfBytes() });
    expect(res.statusCode).toBe(401);
  });
});

describe('who may read a file', () => {
  it('an unclaimed file: its owner and admins; another applicant and other staff get 404', async () => {
    const id = await uploaded(qiye, pdfBytes(), { name: '身份证明.pdf' });
    for (const who of [shimin, handler]) {
      expect((await fetchAs(who, `/api/v1/files/${id}`)).statusCode).toBe(404);
      expect((await fetchAs(who, `/api/v1/files/${id}/content`)).statusCode).toBe(404);
    }
    expect((await fetchAs(admin, `/api/v1/files/${id}`)).statusCode).toBe(200);
    expect((await fetchAs(qiye, `/api/v1/files/${id}/content`)).statusCode).toBe(200);
    expect((await fetchAs(qiye, '/api/v1/files/0193a000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await fetchAs(qiye, '/api/v1/files/not-a-uuid')).statusCode).toBe(400);
  });

  it('a claimed file: staff until its room registers a reader, then whom the reader says (and the owner)', async () => {
    const plain = await uploaded(qiye, pdfBytes(), { name: 'a.pdf' });
    const guarded = await uploaded(qiye, pdfBytes(), { name: 'b.pdf' });
    const db = t.services.database.db;
    await db.transaction((tx) => t.services.files.attach(tx, [plain], 'test-plain:1', qiyeId));
    await db.transaction((tx) => t.services.files.attach(tx, [guarded], 'test-guarded:7', qiyeId));
    const seen: string[] = [];
    t.services.files.registerReader('test-guarded:', async (principal, attachedTo) => {
      seen.push(attachedTo);
      return principal.username === 'leader';
    });
    expect(() => t.services.files.registerReader('test-guarded:', async () => true)).toThrow(/already registered/);

    expect((await fetchAs(handler, `/api/v1/files/${plain}`)).statusCode).toBe(200);
    expect((await fetchAs(shimin, `/api/v1/files/${plain}`)).statusCode).toBe(404);
    expect((await fetchAs(handler, `/api/v1/files/${guarded}`)).statusCode).toBe(404);
    expect((await fetchAs(admin, `/api/v1/files/${guarded}`)).statusCode).toBe(404);
    expect((await fetchAs(leader, `/api/v1/files/${guarded}/content`)).statusCode).toBe(200);
    expect((await fetchAs(qiye, `/api/v1/files/${guarded}`)).json()).toMatchObject({ attachedTo: 'test-guarded:7' });
    expect(seen).toContain('test-guarded:7');
  });
});

describe('attaching files', () => {
  it('claims own files in the caller\'s transaction; refuses others\' (404) and files claimed elsewhere (409), all or none', async () => {
    const files = t.services.files;
    const db = t.services.database.db;
    const [a, b] = [await uploaded(qiye, pdfBytes(), { name: 'a.pdf' }), await uploaded(qiye, pngBytes(), { name: 'b.png' })];
    const theirs = await uploaded(shimin, pdfBytes(), { name: 'c.pdf' });

    await expect(db.transaction((tx) => files.attach(tx, [a, theirs], 'app:1', qiyeId))).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
    expect((await files.get(a)).attachedTo).toBeNull();
    await expect(db.transaction((tx) => files.attach(tx, ['0193a000-0000-7000-8000-000000000000'], 'app:1', qiyeId))).rejects.toMatchObject({ status: 404 });

    const claimed = await db.transaction((tx) => files.attach(tx, [a, b, a], 'app:1', qiyeId));
    expect(claimed.map((f) => [f.id, f.attachedTo])).toEqual([[a, 'app:1'], [b, 'app:1']]);
    expect([...(await files.describe([a, b, theirs, '0193a000-0000-7000-8000-000000000000'])).keys()].sort()).toEqual([a, b, theirs].sort());
    // Again for the same subject: fine; for another: 409.
    await db.transaction((tx) => files.attach(tx, [a], 'app:1', [null, 'someone-else', qiyeId]));
    await expect(db.transaction((tx) => files.attach(tx, [a], 'app:1', [null]))).rejects.toMatchObject({ status: 404 });
    await db.transaction((tx) => files.attach(tx, [a], 'app:1', qiyeId));
    await expect(db.transaction((tx) => files.attach(tx, [b], 'app:2', qiyeId))).rejects.toMatchObject({ code: 'CONFLICT', status: 409 });

    // A claim rolled back with its caller's transaction leaves the file unclaimed.
    const c = await uploaded(qiye, pdfBytes(), { name: 'd.pdf' });
    await expect(
      db.transaction(async (tx) => {
        await files.attach(tx, [c], 'app:3', qiyeId);
        throw new Error('the caller failed');
      }),
    ).rejects.toThrow('the caller failed');
    expect((await files.get(c)).attachedTo).toBeNull();
  });
});

describe('sweeping unclaimed uploads', () => {
  it('removes uploads unclaimed for a day, row and bytes, and keeps claimed and recent ones', async () => {
    const db = t.services.database.db;
    const [old, claimed, recent] = [await uploaded(qiye, pdfBytes(), { name: 'old.pdf' }), await uploaded(qiye, pdfBytes(), { name: 'claimed.pdf' }), await uploaded(qiye, pdfBytes(), { name: 'recent.pdf' })];
    await db.transaction((tx) => t.services.files.attach(tx, [claimed], 'app:kept', qiyeId));
    await db.execute(sql`update stored_file set created_at = now() - interval '25 hours' where id in (${old}, ${claimed})`);
    expect(existsSync(diskPath(old))).toBe(true);

    const result = await t.services.files.sweepUnattached(24);
    expect(result).toEqual({ removed: 1, bytesFailed: 0 });
    expect(existsSync(diskPath(old))).toBe(false);
    await expect(t.services.files.get(old)).rejects.toMatchObject({ status: 404 });
    expect(existsSync(diskPath(claimed))).toBe(true);
    expect(existsSync(diskPath(recent))).toBe(true);
    const audit = await queryRows<{ change: unknown }>(db, sql`select change from audit_log where action = 'files.sweep'`);
    expect(JSON.stringify(audit)).toContain(old);
    expect(await t.services.files.sweepUnattached(24)).toEqual({ removed: 0, bytesFailed: 0 });
  });
});

describe('upload properties', () => {
  const signatures = ['%PDF-', '\xff\xd8\xff', '\x89PNG'].map((s) => Buffer.from(s, 'latin1'));
  const accepted = (b: Buffer) => signatures.some((s) => b.subarray(0, s.length).equals(s));

  it('refuses any bytes that are not an accepted type with a 4xx, never a 5xx', async () => {
    const body = fc.oneof(
      fc.uint8Array({ minLength: 1, maxLength: 512 }).map((a) => Buffer.from(a)),
      // Damaged zips, which the central-directory reader must survive.
      fc.uint8Array({ maxLength: 512 }).map((a) => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from(a), Buffer.from('PK\x05\x06', 'latin1'), Buffer.from(a.slice(0, 18))])),
    );
    const name = fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom('pdf', 'png', 'jpg', 'ofd', 'docx', 'xlsx', 'exe', '')).map(([s, ext]) => `${s}x.${ext}`);
    await fc.assert(
      fc.asyncProperty(body, name, fc.constantFrom('application/pdf', 'application/octet-stream', 'image/png', 'application/zip'), async (bytes, fileName, type) => {
        fc.pre(!accepted(bytes));
        const res = await upload(qiye, bytes, { name: fileName, type });
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });

  it('takes any name for a good PDF without a 5xx, and every download header stays plain ASCII', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary-ascii', maxLength: 40 })), async (stem) => {
        const res = await upload(qiye, pdfBytes(), { name: `${stem}.pdf` });
        expect(res.statusCode).toBeLessThan(500);
        if (res.statusCode !== 201) return;
        const content = await fetchAs(qiye, `/api/v1/files/${res.json().id}/content`);
        expect(content.statusCode).toBe(200);
        expect(content.headers['content-disposition']).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%!#$&+\-.^_`|~]+$/);
        expect(decodeURIComponent(String(content.headers['content-disposition']).split("UTF-8''")[1]!)).toBe(res.json().name);
      }),
      { numRuns: 40 },
    );
  });
});
