// Deterministic generators of valid identifiers for tests and demo data. Never use them to make real identifiers.
import { computeIdCardCheck, validateIdCard } from './idcard.ts';
import type { Sex } from './idcard.ts';
import { isRealDate, own } from './internal.ts';
import { isPlausibleDistrictCode } from './regions.ts';
import {
  USCC_AUTHORITIES,
  USCC_CHARSET,
  computeOrgCodeCheck,
  computeUsccCheck,
  validateUscc,
} from './uscc.ts';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32: a small, fast 32-bit PRNG. The same seed always gives the same sequence (on every platform), which is
 * all test and demo data need; it is not cryptographically secure. `seed` is taken modulo 2^32.
 */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  let a = Math.trunc(seed) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, maxExclusive). */
export function randomInt(rng: Rng, maxExclusive: number): number {
  if (!Number.isInteger(maxExclusive) || maxExclusive <= 0) {
    throw new RangeError(`maxExclusive must be a positive integer, got ${maxExclusive}`);
  }
  return Math.min(maxExclusive - 1, Math.floor(rng() * maxExclusive));
}

export type GenerateUsccOptions = {
  /** GB/T 2260 code of the registering office (positions 3–8), e.g. '150102'. */
  regionCode: string;
  /** 登记管理部门 (position 1); default '9' 市场监管. */
  authority?: string;
  /** 机构类别 (position 2) within the authority; default '1' (with '9': 企业). */
  kind?: string;
};

/**
 * A valid USCC: authority + kind + region + a random 8-character organisation-code body (digits and the USCC
 * letters) + its GB 11714 check ('0'–'9' or 'X', all inside the USCC charset) + the USCC check character.
 * Throws RangeError for an unknown authority/kind pair or a region code with no province.
 */
export function generateUscc(rng: Rng, opts: GenerateUsccOptions): string {
  const { regionCode, authority = '9', kind = '1' } = opts;
  const entry = own(USCC_AUTHORITIES, authority);
  if (!entry || !own(entry.kinds, kind)) {
    throw new RangeError(`unknown registration authority/kind "${authority}${kind}"`);
  }
  if (regionCode !== '100000' && !isPlausibleDistrictCode(regionCode)) {
    throw new RangeError(`region code must be 6 digits starting with a province code, got "${regionCode}"`);
  }
  let body = '';
  for (let i = 0; i < 8; i++) body += USCC_CHARSET.charAt(randomInt(rng, USCC_CHARSET.length));
  const first17 = `${authority}${kind}${regionCode}${body}${computeOrgCodeCheck(body)}`;
  const code = first17 + computeUsccCheck(first17);
  const check = validateUscc(code);
  if (!check.ok) throw new Error(`generated an invalid USCC ${code}: ${check.message.en}`); // a bug if it happens
  return code;
}

export type GenerateIdCardOptions = {
  /** GB/T 2260 address code (positions 1–6), e.g. '150102'. */
  regionCode: string;
  /** Earliest date of birth, ISO YYYY-MM-DD (inclusive); default '1950-01-01'. Not before 1900-01-01. */
  birthFrom?: string;
  /**
   * Latest date of birth, ISO YYYY-MM-DD (inclusive); default '2005-12-31'. The result validates only against a
   * `now` on or after the date of birth, so keep this in the past.
   */
  birthTo?: string;
  /** Sex from position 17 (odd male, even female); random when omitted. */
  sex?: Sex;
};

const DAY_MS = 24 * 3600 * 1000;

function parseIsoDate(iso: string, name: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  if (!isRealDate(y, mo, d)) throw new RangeError(`${name} must be a real date YYYY-MM-DD, got "${iso}"`);
  return Date.UTC(y, mo - 1, d);
}

/** A valid 18-character ID number with a date of birth in [birthFrom, birthTo]. Throws RangeError on bad options. */
export function generateIdCard(rng: Rng, opts: GenerateIdCardOptions): string {
  const { regionCode, birthFrom = '1950-01-01', birthTo = '2005-12-31', sex } = opts;
  if (!isPlausibleDistrictCode(regionCode)) {
    throw new RangeError(`region code must be 6 digits starting with a province code, got "${regionCode}"`);
  }
  const from = parseIsoDate(birthFrom, 'birthFrom');
  const to = parseIsoDate(birthTo, 'birthTo');
  if (from < Date.UTC(1900, 0, 1))
    throw new RangeError(`birthFrom must not be before 1900-01-01, got "${birthFrom}"`);
  if (from > to) throw new RangeError(`birthFrom (${birthFrom}) is after birthTo (${birthTo})`);
  const birth = new Date(from + randomInt(rng, Math.round((to - from) / DAY_MS) + 1) * DAY_MS);
  const ymd =
    String(birth.getUTCFullYear()).padStart(4, '0') +
    String(birth.getUTCMonth() + 1).padStart(2, '0') +
    String(birth.getUTCDate()).padStart(2, '0');
  // 顺序码 001–999: odd for men, even for women (never 000).
  const male = sex === undefined ? randomInt(rng, 2) === 1 : sex === 'male';
  const seq = male ? 2 * randomInt(rng, 500) + 1 : 2 * (randomInt(rng, 499) + 1);
  const first17 = `${regionCode}${ymd}${String(seq).padStart(3, '0')}`;
  const code = first17 + computeIdCardCheck(first17);
  // Validate "as of" the date of birth itself, so the check does not depend on the clock.
  const check = validateIdCard(code, { now: birth });
  if (!check.ok) throw new Error(`generated an invalid ID number ${code}: ${check.message.en}`); // a bug if it happens
  return code;
}
