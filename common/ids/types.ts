// Shared result types for identifier checks (统一社会信用代码, 居民身份证号).

/** A text in both UI languages: Chinese first, English second. */
export type Bilingual = { zh: string; en: string };

/**
 * Why an identifier was rejected.
 * - `empty`: nothing left after trimming.
 * - `length`: wrong number of characters.
 * - `charset`: a character outside the allowed set for its position.
 * - `check`: the final check character (USCC position 18 / ID position 18) does not match.
 * - `orgCheck`: the GB 11714 organisation-code check (USCC position 17) does not match.
 * - `region`: the GB/T 2260 district code is malformed or names no province.
 * - `kind`: unknown registration authority (USCC position 1) or authority/kind pair (position 2).
 * - `birthdate`: the ID card's date of birth (positions 7–14) is not a real, past date since 1900.
 */
export type IdRejectReason =
  'empty' | 'length' | 'charset' | 'check' | 'orgCheck' | 'region' | 'kind' | 'birthdate';

/**
 * Result of a check. On rejection, `message` says concretely what is wrong, and `position` (1-based, when the
 * problem sits at one place) lets a form highlight the offending character.
 */
export type IdCheck =
  { ok: true } | { ok: false; reason: IdRejectReason; message: Bilingual; position?: number };
