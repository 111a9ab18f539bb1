import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEDGER_RULES } from '../../../../../common/ledger/vocabulary.ts';
import { ruleFieldOfPath, ruleValueFits, rulesFromForm, rulesToForm, sameRules, toPercent, toShare, type RulesForm } from './rules.ts';

describe('the ledger rules as percentages', () => {
  it('reads the defaults as 20%, 50%, 50% and 10 working days', () => {
    expect(rulesToForm(DEFAULT_LEDGER_RULES)).toEqual({ amberPercent: 20, halfTimePercent: 50, halfTaskPercent: 50, silentWorkingDays: 10 });
    expect(rulesFromForm(rulesToForm(DEFAULT_LEDGER_RULES))).toEqual(DEFAULT_LEDGER_RULES);
  });

  it('turns a typed percentage into a share without floating dust', () => {
    expect(toShare(20)).toBe(0.2);
    expect(toShare(33.3)).toBe(0.333);
    expect(toShare(12.5)).toBe(0.125);
    expect(toPercent(0.125)).toBe(12.5);
    expect(toPercent(0.07)).toBe(7);
  });

  it('round-trips every percentage with one decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 1000 }), (tenths) => {
        const percent = tenths / 10;
        expect(toPercent(toShare(percent))).toBe(percent);
      }),
    );
  });

  it('keeps every value the form accepts within the server’s bounds', () => {
    const form = fc.record({
      amberPercent: fc.integer({ min: 10, max: 900 }).map((n) => n / 10),
      halfTimePercent: fc.integer({ min: 100, max: 900 }).map((n) => n / 10),
      halfTaskPercent: fc.integer({ min: 100, max: 1000 }).map((n) => n / 10),
      silentWorkingDays: fc.integer({ min: 1, max: 60 }),
    });
    fc.assert(
      fc.property(form, (values) => {
        for (const [field, value] of Object.entries(values)) expect(ruleValueFits(field as keyof RulesForm, value)).toBe(true);
        const rules = rulesFromForm(values);
        expect(rules.amberShare).toBeGreaterThanOrEqual(0.01);
        expect(rules.amberShare).toBeLessThanOrEqual(0.9);
        expect(rules.halfTimeShare).toBeGreaterThanOrEqual(0.1);
        expect(rules.halfTimeShare).toBeLessThanOrEqual(0.9);
        expect(rules.halfTaskShare).toBeGreaterThanOrEqual(0.1);
        expect(rules.halfTaskShare).toBeLessThanOrEqual(1);
        expect(sameRules(rules, rulesFromForm(rulesToForm(rules)))).toBe(true);
      }),
    );
  });

  it('refuses what the server would', () => {
    expect(ruleValueFits('amberPercent', 0.5)).toBe(false);
    expect(ruleValueFits('amberPercent', 91)).toBe(false);
    expect(ruleValueFits('halfTimePercent', 95)).toBe(false);
    expect(ruleValueFits('halfTaskPercent', 100)).toBe(true);
    expect(ruleValueFits('silentWorkingDays', 2.5)).toBe(false);
    expect(ruleValueFits('silentWorkingDays', 61)).toBe(false);
    expect(ruleValueFits('silentWorkingDays', null)).toBe(false);
    expect(ruleValueFits('amberPercent', Number.NaN)).toBe(false);
  });

  it('puts the server’s field errors under the matching percentage', () => {
    expect(ruleFieldOfPath('body.rules.amberShare')).toBe('amberPercent');
    expect(ruleFieldOfPath('body.rules.halfTimeShare')).toBe('halfTimePercent');
    expect(ruleFieldOfPath('body.rules.halfTaskShare')).toBe('halfTaskPercent');
    expect(ruleFieldOfPath('body.rules.silentWorkingDays')).toBe('silentWorkingDays');
    expect(ruleFieldOfPath('body.version')).toBeNull();
    expect(ruleFieldOfPath('')).toBeNull();
  });
});
