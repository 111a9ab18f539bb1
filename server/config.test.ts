import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('config', () => {
  it('has working defaults: the embedded engine on port 3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, DATA_DIR: './data', engine: 'pglite', DEMO: false, secretKeyIsDefault: true });
  });

  it('switches to PostgreSQL when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@localhost/db' }).engine).toBe('postgres');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SECRET_KEY: 'short' }, 'SECRET_KEY'],
    [{ DEMO: 'maybe' }, 'DEMO'],
  ])('stops on %o with one line naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect((error as ConfigError).variable).toBe(variable);
    expect(message).toContain(variable);
    expect(message.split('\n')).toHaveLength(1);
  });
});

describe('config of stored files', () => {
  it('keeps files on the local disk, up to 20 MiB, unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ FILES_STORE: 'local', FILES_MAX_MB: 20, FILES_S3_REGION: 'us-east-1' });
    expect(loadConfig({ FILES_MAX_MB: '5' }).FILES_MAX_MB).toBe(5);
  });

  it.each([
    [{ FILES_STORE: 's3' }, 'FILES_S3_BUCKET'],
    [{ FILES_STORE: 's3', FILES_S3_BUCKET: 'yingshang' }, 'FILES_S3_ACCESS_KEY_ID'],
    [{ FILES_STORE: 's3', FILES_S3_BUCKET: 'yingshang', FILES_S3_ACCESS_KEY_ID: 'AKID' }, 'FILES_S3_SECRET_ACCESS_KEY'],
    [{ FILES_STORE: 'ftp' }, 'FILES_STORE'],
    [{ FILES_MAX_MB: '0' }, 'FILES_MAX_MB'],
  ])('refuses %o with one line naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message.split('\n')).toHaveLength(1);
  });

  it('accepts an S3 store with its bucket and keys', () => {
    const c = loadConfig({ FILES_STORE: 's3', FILES_S3_BUCKET: 'b', FILES_S3_ACCESS_KEY_ID: 'AKID', FILES_S3_SECRET_ACCESS_KEY: 'secret', FILES_S3_ENDPOINT: 'http://127.0.0.1:9000' });
    expect(c).toMatchObject({ FILES_STORE: 's3', FILES_S3_BUCKET: 'b' });
  });
});

describe('config secrets', () => {
  it('never echoes a connection string or the secret key in the error', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://admin:hunter2@db/x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://admin:hunter2@db/x' })).not.toThrow(/hunter2/);
    expect(() => loadConfig({ SECRET_KEY: 'tooshort-secret' })).not.toThrow(/tooshort-secret/);
  });
});
