import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client.ts';
import {
  codeFromInput,
  failureOf,
  normalizeCode,
  plausibleCode,
  resultView,
  resultViews,
  verifyUrl,
} from './result.ts';

describe('resultView', () => {
  it('shows valid green, expired amber, revoked and tampered red', () => {
    expect(resultView('valid')).toMatchObject({ tone: 'valid', title: 'registry.verify.results.valid' });
    expect(resultView('expired')).toMatchObject({
      tone: 'warning',
      title: 'registry.verify.results.expired',
    });
    expect(resultView('revoked')).toMatchObject({ tone: 'danger', title: 'registry.verify.results.revoked' });
    expect(resultView('tampered')).toMatchObject({
      tone: 'danger',
      title: 'registry.verify.results.tampered',
    });
  });

  it('never shows anything but "valid" in the valid colours', () => {
    const green = resultViews.valid.background;
    for (const result of ['expired', 'revoked', 'tampered', 'something-new'])
      expect(resultView(result).background).not.toBe(green);
  });

  it('shows a result it does not know as a warning instead of failing', () => {
    expect(resultView('suspended')).toMatchObject({
      tone: 'warning',
      title: 'registry.verify.results.unknown',
    });
  });
});

describe('codes', () => {
  it('reads codes as people type them', () => {
    expect(normalizeCode(' abcd-efgh jkmn ')).toBe('ABCDEFGHJKMN');
    expect(normalizeCode('ABCD－EFGH')).toBe('ABCDEFGH');
  });

  it('takes the code out of a scanned or pasted verification link', () => {
    expect(codeFromInput('https://yingshang.example.gov.cn/verify/ABCDEFGHJKMN')).toBe('ABCDEFGHJKMN');
    expect(codeFromInput('http://localhost:3400/verify/abcdefghjkmn?from=qr')).toBe('ABCDEFGHJKMN');
    expect(codeFromInput('abcdefghjkmn')).toBe('ABCDEFGHJKMN');
  });

  it('asks the server only about plausible codes', () => {
    expect(plausibleCode('ABCDEFGHJKMN')).toBe(true);
    expect(plausibleCode('ABC')).toBe(false);
    expect(plausibleCode('ABCDEF<script>')).toBe(false);
    expect(plausibleCode('A'.repeat(21))).toBe(false);
  });

  it('builds the address the QR code opens', () => {
    expect(verifyUrl('https://yingshang.example.gov.cn/', 'ABCDEFGHJKMN')).toBe(
      'https://yingshang.example.gov.cn/verify/ABCDEFGHJKMN',
    );
  });
});

describe('failureOf', () => {
  const problem = (status: number) => new ApiError({ type: 'about:blank', title: 't', status, code: 'X' });
  it('tells an unknown code from a malformed one and from an outage', () => {
    expect(failureOf(problem(404))).toBe('notFound');
    expect(failureOf(problem(400))).toBe('badCode');
    expect(failureOf(problem(0))).toBe('unavailable');
    expect(failureOf(problem(500))).toBe('unavailable');
    expect(failureOf(new Error('boom'))).toBe('unavailable');
  });
});
