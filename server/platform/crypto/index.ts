// 国密 primitives for personal data at rest (DESIGN.md §6): SM4 encryption with an SM3 HMAC over
// the ciphertext (encrypt-then-MAC, since this OpenSSL has no SM4-GCM), and a keyed SM3 "blind
// index" so an encrypted field can still be found by exact value. Keys derive from SECRET_KEY.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface FieldCrypto {
  /** 'v1:' + base64(iv ‖ ciphertext ‖ mac). */
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
  /** Deterministic keyed hash of a normalised value, for equality search on encrypted fields. */
  blindIndex(value: string): string;
}

function derive(secret: string, purpose: string, length: number): Buffer {
  return createHmac('sm3', secret).update(`yingshang:${purpose}`).digest().subarray(0, length);
}

export class DecryptError extends Error {
  constructor() {
    super('加密数据无法解开（密钥不符或数据被改动） / sealed data cannot be opened (wrong key or altered data)');
    this.name = 'DecryptError';
  }
}

export function createFieldCrypto(secret: string): FieldCrypto {
  const encKey = derive(secret, 'sm4-field', 16);
  const macKey = derive(secret, 'sm3-field-mac', 32);
  const indexKey = derive(secret, 'sm3-blind-index', 32);
  const mac = (data: Buffer) => createHmac('sm3', macKey).update(data).digest();
  return {
    encrypt(plain) {
      const iv = randomBytes(16);
      const cipher = createCipheriv('sm4-cbc', encKey, iv);
      const body = Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1:${Buffer.concat([body, mac(body)]).toString('base64')}`;
    },
    decrypt(sealed) {
      if (!sealed.startsWith('v1:')) throw new DecryptError();
      const raw = Buffer.from(sealed.slice(3), 'base64');
      if (raw.length < 16 + 16 + 32) throw new DecryptError();
      const body = raw.subarray(0, raw.length - 32);
      const tag = raw.subarray(raw.length - 32);
      if (!timingSafeEqual(tag, mac(body))) throw new DecryptError();
      const decipher = createDecipheriv('sm4-cbc', encKey, body.subarray(0, 16));
      return Buffer.concat([decipher.update(body.subarray(16)), decipher.final()]).toString('utf8');
    },
    blindIndex(value) {
      return createHmac('sm3', indexKey).update(value.trim().toUpperCase()).digest('hex');
    },
  };
}

/** SM3 hex of a secret token, for storing session ids and API-token secrets. */
export function hashToken(token: string): string {
  return createHash('sm3').update(token).digest('hex');
}

/** A random URL-safe token with a recognisable prefix, e.g. `ys_…`. */
export function randomToken(prefix = '', bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

export interface Signer {
  /** SM3 HMAC (hex) of the canonical JSON of `data`. */
  sign(data: unknown): string;
  verify(data: unknown, signature: string): boolean;
}

/** A keyed SM3 signer for records that must show when they were altered outside the platform (e-licences). */
export function createSigner(secret: string, purpose: string): Signer {
  const key = derive(secret, `signer:${purpose}`, 32);
  const sign = (data: unknown) => createHmac('sm3', key).update(canonical(data)).digest('hex');
  return {
    sign,
    verify(data, signature) {
      const expected = Buffer.from(sign(data), 'hex');
      const given = Buffer.from(signature, 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

/** JSON with sorted keys (same rule as the audit log's digest). */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}
