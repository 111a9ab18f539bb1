import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appealSettingsBody } from '../../../../../common/api/appeals.ts';
import { DEFAULT_APPEAL_RULES } from '../../../../../common/appeals/vocabulary.ts';
import {
  DEFAULT_FORM,
  RULE_FIELDS,
  fieldFits,
  formIssues,
  routeProblems,
  sameRules,
  settingsFromForm,
  settingsToForm,
  toPercent,
  toShare,
  valueAt,
  weightsAddUp,
  weightsTotal,
  type RuleField,
  type SettingsForm,
} from './settingsForm.ts';

/** The defaults' form with one field set (by its dotted key). */
function withValue(key: string, value: number): SettingsForm {
  const form = structuredClone(DEFAULT_FORM) as unknown as Record<string, unknown>;
  const parts = key.split('.');
  let at = form;
  for (const part of parts.slice(0, -1)) at = at[part] as Record<string, unknown>;
  at[parts.at(-1)!] = value;
  return form as unknown as SettingsForm;
}

const serverTakes = (form: SettingsForm) => appealSettingsBody.safeParse({ rules: settingsFromForm(form), version: 0 }).success;

describe('接诉即办规则 as a form', () => {
  it('shows the defaults with the weights in percent and sends them back unchanged, the sign-for and callback limits too', () => {
    expect(DEFAULT_FORM.weights).toEqual({ response: 10, resolution: 45, satisfaction: 45 });
    expect(DEFAULT_FORM.kindDays.consult).toBe(3);
    const body = settingsFromForm(DEFAULT_FORM);
    expect(body).toMatchObject({ signDays: DEFAULT_APPEAL_RULES.signDays, callbackDays: DEFAULT_APPEAL_RULES.callbackDays });
    expect(body).toEqual(DEFAULT_APPEAL_RULES);
    expect(serverTakes(DEFAULT_FORM)).toBe(true);
    expect(sameRules(body, DEFAULT_APPEAL_RULES)).toBe(true);
    expect(sameRules(settingsFromForm(withValue('kindDays.consult', 4)), DEFAULT_APPEAL_RULES)).toBe(false);
  });

  it('has every editable rule as a field, with the bounds the server checks', () => {
    const keys = RULE_FIELDS.map((f) => f.key);
    for (const key of ['kindDays.consult', 'kindDays.praise', 'urgentHours', 'utilityHours', 'signDays', 'callbackDays', 'returnDays', 'maxExtensionDays', 'repeatWindowDays', 'dishonestyDays', 'weights.response', 'minSample']) {
      expect(keys).toContain(key);
    }
    for (const f of RULE_FIELDS.filter((r) => r.unit !== 'percent')) {
      expect(serverTakes(withValue(f.key, f.min)), `${f.key} at ${f.min}`).toBe(true);
      expect(serverTakes(withValue(f.key, f.max)), `${f.key} at ${f.max}`).toBe(true);
      expect(serverTakes(withValue(f.key, f.min - 1)), `${f.key} below`).toBe(false);
      expect(serverTakes(withValue(f.key, f.max + 1)), `${f.key} above`).toBe(false);
      expect(fieldFits(f, f.min) && fieldFits(f, f.max)).toBe(true);
      expect(fieldFits(f, f.min - 1) || fieldFits(f, f.max + 1) || fieldFits(f, f.min + 0.5)).toBe(false);
    }
  });

  it('takes percentages with one decimal and refuses what is not a number', () => {
    const response = RULE_FIELDS.find((f) => f.key === 'weights.response') as RuleField;
    expect(fieldFits(response, 12.5)).toBe(true);
    expect(fieldFits(response, 33.33)).toBe(false);
    expect(fieldFits(response, 0)).toBe(true);
    expect(fieldFits(response, 101)).toBe(false);
    expect(fieldFits(response, null)).toBe(false);
    expect(fieldFits(response, Number.NaN)).toBe(false);
    expect(toPercent(0.125)).toBe(12.5);
    expect(toShare(12.5)).toBe(0.125);
  });

  it('adds the weights up live and says when they are not 100%', () => {
    expect(weightsTotal({ response: 10, resolution: 45, satisfaction: 45 })).toBe(100);
    expect(weightsTotal({ response: 10, resolution: 45 })).toBe(55);
    expect(weightsTotal({ response: 33.3, resolution: 33.3, satisfaction: 33.3 })).toBe(99.9);
    expect(weightsAddUp({ response: 20, resolution: 45, satisfaction: 45 })).toBe(false);
    expect(formIssues(DEFAULT_FORM)).toEqual({ fields: [], weights: false });
    expect(formIssues(withValue('weights.response', 20))).toEqual({ fields: [], weights: true });
    expect(formIssues({ ...DEFAULT_FORM, urgentHours: undefined })).toEqual({ fields: ['urgentHours'], weights: false });
    expect(serverTakes(withValue('weights.response', 20))).toBe(false);
  });

  it('sends weights that add up to 100% as shares the server finds add up to 1 (no floating dust)', () => {
    // Any split of 100% into three parts in tenths of a percent.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (a, b) => {
        fc.pre(a + b <= 1000);
        const weights = { response: a / 10, resolution: b / 10, satisfaction: (1000 - a - b) / 10 };
        const form = { ...DEFAULT_FORM, weights };
        expect(weightsAddUp(weights)).toBe(true);
        expect(serverTakes(form)).toBe(true);
        expect(settingsToForm(settingsFromForm(form)).weights).toEqual(weights);
      }),
    );
  });

  it('reads values by their dotted key', () => {
    expect(valueAt(DEFAULT_FORM, 'kindDays.complain')).toBe(15);
    expect(valueAt(DEFAULT_FORM, 'weights.nothing')).toBeUndefined();
    expect(valueAt(undefined, 'minSample')).toBeUndefined();
  });

  it('puts the server’s field errors under their fields, the sum under the weights, the rest above', () => {
    const routed = routeProblems([
      { path: 'body.rules.kindDays.consult', message: '不能大于 60' },
      { path: 'body.rules.weights', message: '三率权重之和应为 1' },
      { path: 'body.rules.weights.response', message: '不能大于 1' },
      { path: 'body.version', message: '应为整数' },
      { path: 'body.rules.kindDays.consult', message: '应为整数' },
    ]);
    expect(routed.fields).toEqual([
      { name: ['kindDays', 'consult'], errors: ['不能大于 60', '应为整数'] },
      { name: ['weights', 'response'], errors: ['不能大于 1'] },
    ]);
    expect(routed.weights).toEqual(['三率权重之和应为 1']);
    expect(routed.other).toEqual(['应为整数']);
  });

  it('finds the fields of the errors the server really gives for a bad body', () => {
    const parsed = appealSettingsBody.safeParse({ rules: settingsFromForm(withValue('kindDays.consult', 61)), version: 0 });
    expect(parsed.success).toBe(false);
    const errors = parsed.error!.issues.map((issue) => ({ path: ['body', ...issue.path.map(String)].join('.'), message: issue.message }));
    expect(routeProblems(errors).fields.map((f) => f.name)).toEqual([['kindDays', 'consult']]);
    const weights = appealSettingsBody.safeParse({ rules: settingsFromForm(withValue('weights.response', 20)), version: 0 });
    const sumErrors = weights.error!.issues.map((issue) => ({ path: ['body', ...issue.path.map(String)].join('.'), message: issue.message }));
    expect(routeProblems(sumErrors).weights).toHaveLength(1);
  });
});
