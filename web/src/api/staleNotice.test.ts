import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { staleWords } from './staleNotice.ts';

describe('staleWords', () => {
  it('replaces the Chinese instruction to reload with what the page did', () => {
    expect(staleWords('工单已被他人处理（当前版本 3），请刷新后重试', '已重新载入这张工单。')).toBe('工单已被他人处理（当前版本 3）。已重新载入这张工单。');
    expect(staleWords('案件已被他人处理，当前环节为“签收”（版本 2），请刷新后重试。', '已重新载入此办件的最新情况。')).toBe('案件已被他人处理，当前环节为“签收”（版本 2）。已重新载入此办件的最新情况。');
  });

  it('replaces the English instruction to reload with what the page did', () => {
    expect(staleWords('The ticket was changed meanwhile (now version 3); reload and try again', 'The ticket was reloaded.')).toBe('The ticket was changed meanwhile (now version 3). The ticket was reloaded.');
    expect(staleWords('Someone updated the postal status first; Reload and try again.', 'Read again.')).toBe('Someone updated the postal status first. Read again.');
  });

  it('keeps a message without the instruction whole, with the note after it', () => {
    expect(staleWords('申诉已被处理', '已重新载入。')).toBe('申诉已被处理。已重新载入。');
    expect(staleWords('已被撤回。', '已重新载入。')).toBe('已被撤回。已重新载入。');
    expect(staleWords('It went meanwhile.', 'Read again.')).toBe('It went meanwhile. Read again.');
  });

  it('never loses the reason or the note, and never says to reload', () => {
    const reason = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.stringMatching(/^[工单办件已被他人处理修改（）0-9 ]{1,20}$/)).filter((s) => s.trim() !== '' && !/[，,；;、.。!！?？\s]$/.test(s) && !/请刷新|reload/i.test(s));
    fc.assert(
      fc.property(reason, fc.constantFrom('', '，请刷新后重试', '; reload and try again'), fc.string({ minLength: 1, maxLength: 20 }), (r, tail, note) => {
        const out = staleWords(`${r.trim()}${tail}`, note);
        expect(out.startsWith(r.trim())).toBe(true);
        expect(out.endsWith(note)).toBe(true);
        expect(out.slice(0, out.length - note.length)).not.toMatch(/请刷新后重试|reload and try again/i);
      }),
    );
  });
});
