import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appLoggerOptions, buildApp } from '../../app.ts';
import { createServices } from '../../services.ts';
import { openTestDatabase, testConfig, type TestDatabase } from '../../test/harness.ts';

let db: TestDatabase;
const lines: string[] = [];
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

describe('request logs', () => {
  it('never carry an ID number, a phone number, a cookie or a token in clear', async () => {
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const services = createServices(testConfig({ LOG_LEVEL: 'info' }), db.database);
    const { app } = await buildApp(services, { logger: appLoggerOptions(services.config, stream) });
    await app.inject({ url: '/api/v1/org/users?q=11010519491231002X&phone=13912345678', headers: { cookie: 'ys_session=secret-cookie', authorization: 'Bearer ys_secret' } });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('/api/v1/org/users?q=110105********002X&phone=139****5678');
    for (const secret of ['11010519491231002X', '13912345678', 'secret-cookie', 'ys_secret']) expect(log).not.toContain(secret);
  });
});
