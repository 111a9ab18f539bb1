import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecryptError, createFieldCrypto, hashToken, randomToken } from './index.ts';

const a = createFieldCrypto('a'.repeat(40));
const b = createFieldCrypto('b'.repeat(40));

describe('field crypto (SM4 + SM3 MAC)', () => {
  it('round-trips any text, with a fresh IV each time', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const sealed = a.encrypt(text);
        expect(a.decrypt(sealed)).toBe(text);
        expect(a.encrypt(text)).not.toBe(sealed);
      }),
    );
  });

  it('refuses altered ciphertext and a different key', () => {
    const sealed = a.encrypt('150102199001011234');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[20] = raw[20]! ^ 1;
    expect(() => a.decrypt(`v1:${raw.toString('base64')}`)).toThrow(DecryptError);
    expect(() => b.decrypt(sealed)).toThrow(DecryptError);
    expect(() => a.decrypt('plain text')).toThrow(DecryptError);
  });

  it('blind index is deterministic per key, case-insensitive, and differs between keys', () => {
    expect(a.blindIndex('11010519491231002x')).toBe(a.blindIndex(' 11010519491231002X '));
    expect(a.blindIndex('x')).not.toBe(b.blindIndex('x'));
    expect(a.blindIndex('13800000000')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('makes distinct random tokens and hashes them with SM3', () => {
    const t1 = randomToken('ys_');
    expect(t1.startsWith('ys_')).toBe(true);
    expect(randomToken('ys_')).not.toBe(t1);
    // SM3("abc") from GB/T 32905 appendix A.
    expect(hashToken('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
});
