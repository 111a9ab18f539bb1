// What a verification result means to someone holding a phone in front of a licence: one word,
// one colour, one sentence on what to do.
import type { ParseKeys } from 'i18next';
import { isApiError } from '../../../api/client.ts';
import type { Verification } from '../../../api/registry.ts';

export type VerifyResult = Verification['result'];
export type Tone = 'valid' | 'warning' | 'danger';

export interface ResultView {
  tone: Tone;
  /** Background and text colours of the result banner (WCAG AA contrast on both). */
  background: string;
  color: string;
  title: ParseKeys;
  hint: ParseKeys;
}

export const resultViews: Record<VerifyResult, ResultView> = {
  valid: {
    tone: 'valid',
    background: '#237804',
    color: '#ffffff',
    title: 'registry.verify.results.valid',
    hint: 'registry.verify.hints.valid',
  },
  expired: {
    tone: 'warning',
    background: '#fff1b8',
    color: '#613400',
    title: 'registry.verify.results.expired',
    hint: 'registry.verify.hints.expired',
  },
  revoked: {
    tone: 'danger',
    background: '#a8071a',
    color: '#ffffff',
    title: 'registry.verify.results.revoked',
    hint: 'registry.verify.hints.revoked',
  },
  tampered: {
    tone: 'danger',
    background: '#a8071a',
    color: '#ffffff',
    title: 'registry.verify.results.tampered',
    hint: 'registry.verify.hints.tampered',
  },
};

/** A result the server may add later still shows, as a warning, rather than breaking the page. */
export function resultView(result: string): ResultView {
  return (
    (resultViews as Record<string, ResultView | undefined>)[result] ?? {
      tone: 'warning',
      background: '#fff1b8',
      color: '#613400',
      title: 'registry.verify.results.unknown',
      hint: 'registry.verify.hints.unknown',
    }
  );
}

/** Codes are 12 characters of A–Z and 2–9 without look-alikes; people type them with spaces, dashes and lower case. */
export function normalizeCode(input: string): string {
  return input.replace(/[\s\-－—]/g, '').toUpperCase();
}

/** Worth asking the server about (the API takes 6–20 characters). */
export const plausibleCode = (code: string) => /^[A-Z0-9]{6,20}$/.test(code);

/** The code from a scanned or pasted link (…/verify/CODE), or the text itself. */
export function codeFromInput(input: string): string {
  const match = /\/verify\/([^/?#\s]+)/.exec(input.trim());
  return normalizeCode(match ? decodeURIComponent(match[1]!) : input);
}

export type VerifyFailure = 'notFound' | 'badCode' | 'unavailable';

/** Why a check gave no result: no such code (404), a malformed one (400), or the service could not answer. */
export function failureOf(error: unknown): VerifyFailure {
  if (isApiError(error) && error.status === 404) return 'notFound';
  if (isApiError(error) && error.status === 400) return 'badCode';
  return 'unavailable';
}

/** The address a licence's QR code opens: this site's public verification page. */
export const verifyUrl = (origin: string, code: string) =>
  `${origin.replace(/\/$/, '')}/verify/${encodeURIComponent(code)}`;
