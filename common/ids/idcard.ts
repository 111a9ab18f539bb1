// 公民身份号码 / 居民身份证号 (GB 11643-1999). 18 characters:
//   1–6    address code: GB/T 2260 district code (常住户口所在县)
//   7–14   出生日期码 YYYYMMDD
//   15–17  顺序码; position 17 odd = male, even = female
//   18     校验码: '10X98765432'[Σ(digit × weight) mod 11] (ISO 7064 MOD 11-2)
import type { Bilingual, IdCheck } from './types.ts';
import { codePoints, isRealDate, reject } from './internal.ts';
import { isProvinceCode } from './regions.ts';

export const ID_CARD_WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** Check character by Σ mod 11. */
const CHECK_CHARS = '10X98765432';

/** Every character an ID number may contain (X only at position 18). */
export const ID_CARD_CHARSET = '0123456789X';

/** Earliest accepted date of birth. */
const MIN_BIRTH = '19000101';

export type Sex = 'male' | 'female';

export type IdCardOptions = {
  /** "Today" for the not-in-the-future check, read as a date in China (UTC+8). Defaults to the current time. */
  now?: Date;
};

/** Trim and upper-case, so a trailing lower-case 'x' is accepted. */
export function normalizeIdCard(code: string): string {
  return code.trim().toUpperCase();
}

/** Check character (position 18) for 17 digits. Throws RangeError on malformed input. */
export function computeIdCardCheck(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError(`expected 17 digits, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (ID_CARD_WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** Today's date in China (UTC+8) as YYYYMMDD. */
function chinaDate(now: Date): string {
  const t = new Date(now.getTime() + 8 * 3600 * 1000);
  const y = String(t.getUTCFullYear()).padStart(4, '0');
  const m = String(t.getUTCMonth() + 1).padStart(2, '0');
  const d = String(t.getUTCDate()).padStart(2, '0');
  return `${y}${m}${d}`;
}

function isoDate(ymd: string): string {
  return `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;
}

/**
 * Validates an 18-character ID number (after trim + upper-case). Checks, in order: empty, length, charset, region
 * (province of positions 1–2), birthdate (positions 7–14: a real date, from 1900-01-01, not after today in China),
 * check.
 */
export function validateIdCard(code: string, opts: IdCardOptions = {}): IdCheck {
  const s = normalizeIdCard(code);
  const chars = codePoints(s);
  if (chars.length === 0) return reject('empty', '身份证号码为空', 'the ID card number is empty');
  if (chars.length !== 18) {
    const firstGen = chars.length === 15 && /^\d{15}$/.test(s);
    return reject(
      'length',
      `长度应为 18 位，实际 ${chars.length} 位${firstGen ? '（15 位为已停止使用的第一代身份证号码）' : ''}`,
      `must be 18 characters long, got ${chars.length}${firstGen ? ' (15 digits is a retired first-generation number)' : ''}`,
    );
  }
  for (let i = 0; i < 18; i++) {
    const c = chars[i] ?? '';
    const allowed = i === 17 ? ID_CARD_CHARSET.includes(c) : c >= '0' && c <= '9' && c.length === 1;
    if (!allowed) {
      const rule = i === 17 ? '数字或 X' : '数字';
      const ruleEn = i === 17 ? 'a digit or X' : 'a digit';
      return reject(
        'charset',
        `第 ${i + 1} 位含非法字符 "${c}"（应为${rule}）`,
        `position ${i + 1} has illegal character "${c}" (must be ${ruleEn})`,
        i + 1,
      );
    }
  }
  const province = s.slice(0, 2);
  if (!isProvinceCode(province)) {
    return reject(
      'region',
      `第 1–6 位地址码 "${s.slice(0, 6)}" 的省级代码 "${province}" 不存在`,
      `positions 1–6: address code "${s.slice(0, 6)}" has no province "${province}"`,
      1,
    );
  }
  const birth = s.slice(6, 14);
  const [y, m, d] = [Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6, 8))];
  if (!isRealDate(y, m, d)) {
    return reject(
      'birthdate',
      `第 7–14 位出生日期 "${birth}" 不是有效日期`,
      `positions 7–14: date of birth "${birth}" is not a valid date`,
      7,
    );
  }
  if (birth < MIN_BIRTH) {
    return reject(
      'birthdate',
      `出生日期 ${isoDate(birth)} 早于 1900-01-01`,
      `date of birth ${isoDate(birth)} is before 1900-01-01`,
      7,
    );
  }
  const today = chinaDate(opts.now ?? new Date());
  if (birth > today) {
    return reject(
      'birthdate',
      `出生日期 ${isoDate(birth)} 晚于今天 ${isoDate(today)}`,
      `date of birth ${isoDate(birth)} is after today (${isoDate(today)})`,
      7,
    );
  }
  const expected = computeIdCardCheck(s.slice(0, 17));
  const actual = s.charAt(17);
  if (actual !== expected) {
    return reject(
      'check',
      `第 18 位校验码应为 ${expected}，实际为 ${actual}`,
      `position 18: check character should be ${expected}, got ${actual}`,
      18,
    );
  }
  return { ok: true };
}

export type IdCardDescription = {
  /** The normalised number. */
  code: string;
  /** Address code (positions 1–6). */
  regionCode: string;
  /** Province-level code (positions 1–2). */
  provinceCode: string;
  /** Date of birth, ISO YYYY-MM-DD. */
  birthDate: string;
  /** From position 17: odd male, even female. */
  sex: Sex;
  sexLabel: Bilingual;
};

/** Parts of a valid ID number; null when `validateIdCard` rejects it (with the same `now`). */
export function describeIdCard(code: string, opts: IdCardOptions = {}): IdCardDescription | null {
  if (!validateIdCard(code, opts).ok) return null;
  const s = normalizeIdCard(code);
  const sex: Sex = Number(s.charAt(16)) % 2 === 1 ? 'male' : 'female';
  return {
    code: s,
    regionCode: s.slice(0, 6),
    provinceCode: s.slice(0, 2),
    birthDate: isoDate(s.slice(6, 14)),
    sex,
    sexLabel: sex === 'male' ? { zh: '男', en: 'male' } : { zh: '女', en: 'female' },
  };
}

/** Keeps `head` leading and `tail` trailing characters; masks the rest, or everything when too short. */
function maskMiddle(chars: string[], head: number, tail: number): string {
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  return chars.slice(0, head).join('') + '*'.repeat(chars.length - head - tail) + chars.slice(-tail).join('');
}

/**
 * Masks an ID number for display: first 6 and last 4 kept ('150102********123X'). Works on any input (it does not
 * validate); an input of 10 characters or fewer is masked entirely.
 */
export function maskIdCard(code: string): string {
  return maskMiddle(codePoints(normalizeIdCard(code)), 6, 4);
}

/**
 * Masks a phone number for display. A mainland mobile number (11 digits starting with 1, optionally with +86/86,
 * spaces or hyphens) becomes '138****5678'. Other numbers keep their first 3 and last 4 characters after removing
 * spaces and hyphens; 7 characters or fewer are masked entirely.
 */
export function maskPhone(phone: string): string {
  const compact = phone.trim().replace(/[\s-]/g, '');
  const mobile = /^(?:\+?86)?(1\d{10})$/.exec(compact);
  if (mobile?.[1]) return maskMiddle(codePoints(mobile[1]), 3, 4);
  return maskMiddle(codePoints(compact), 3, 4);
}

/** Masks an e-mail address for display: 'wangli@example.gov.cn' → 'w****i@example.gov.cn'. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return maskMiddle(codePoints(email), 1, 1);
  const local = codePoints(email.slice(0, at));
  return `${local.length <= 2 ? `${local[0]}*` : maskMiddle(local, 1, 1)}${email.slice(at)}`;
}
