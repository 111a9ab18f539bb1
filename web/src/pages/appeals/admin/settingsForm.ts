// 接诉即办规则 as the office reads and types them: the fields by card with their units and the bounds of
// common/api/appeals.ts `appealSettingsBody` (so the form refuses what the server would), 三率's weights shown as
// percentages that must add up to 100, the form ↔ body mapping, and the server's field errors routed to the form's
// fields. Pure (no antd, no zod at run time).
import { DEFAULT_APPEAL_RULES, KINDS, type Kind } from '../../../../../common/appeals/vocabulary.ts';
import type { EditableAppealRules } from '../../../api/appeals-config.ts';

type Weights = EditableAppealRules['weights'];
export type WeightKey = keyof Weights;
export const WEIGHT_KEYS = ['response', 'resolution', 'satisfaction'] as const satisfies readonly WeightKey[];

/** What the form holds: the editable rules' shape, but with the weights as percentages (10 for 0.1). */
export type SettingsForm = EditableAppealRules;

export type Unit = 'workingDays' | 'hours' | 'days' | 'percent' | 'tickets';
export type NamePath = (string | number)[];

export interface RuleField {
  /** The dotted path in the rules ('kindDays.consult', 'weights.response', 'minSample'). */
  key: string;
  /** The form's name path for it. */
  name: NamePath;
  unit: Unit;
  min: number;
  max: number;
  /** Whole numbers only (everything but the weights). */
  integer: boolean;
}

const field = (key: string, unit: Unit, min: number, max: number): RuleField => ({ key, name: key.split('.'), unit, min, max, integer: unit !== 'percent' });

/** The cards of the screen and their fields, with the contract's bounds. */
export const RULE_GROUPS = {
  /** 办理时限: per kind (working days), the urgent and utility tickets (hours), 政务失信 feedback. */
  kinds: KINDS.map((kind) => field(`kindDays.${kind}`, 'workingDays', 1, 60)),
  urgency: [field('urgentHours', 'hours', 1, 72), field('utilityHours', 'hours', 1, 168), field('dishonestyDays', 'workingDays', 1, 60)],
  /** 签收、退单、延期与回访. */
  handling: [field('signDays', 'workingDays', 1, 10), field('returnDays', 'workingDays', 1, 10), field('maxExtensionDays', 'workingDays', 0, 60), field('callbackDays', 'workingDays', 1, 10)],
  /** 重复件: a calendar window. */
  repeats: [field('repeatWindowDays', 'days', 1, 60)],
  /** 三率权重, in percent. */
  weights: WEIGHT_KEYS.map((key) => field(`weights.${key}`, 'percent', 0, 100)),
  /** 最少样本: tickets called back before a unit is ranked. */
  sample: [field('minSample', 'tickets', 1, 10_000)],
} as const satisfies Record<string, readonly RuleField[]>;

export const RULE_FIELDS: readonly RuleField[] = Object.values(RULE_GROUPS).flat();

/** 0.45 → 45; one decimal kept, so 0.125 reads 12.5. */
export const toPercent = (share: number) => Math.round(share * 1000) / 10;
/** 45 → 0.45, 12.5 → 0.125 (no floating dust such as 0.45000000000000001). */
export const toShare = (percent: number) => Math.round(percent * 10) / 1000;

export function settingsToForm(rules: EditableAppealRules): SettingsForm {
  return {
    kindDays: { ...rules.kindDays },
    urgentHours: rules.urgentHours,
    utilityHours: rules.utilityHours,
    signDays: rules.signDays,
    returnDays: rules.returnDays,
    maxExtensionDays: rules.maxExtensionDays,
    callbackDays: rules.callbackDays,
    repeatWindowDays: rules.repeatWindowDays,
    dishonestyDays: rules.dishonestyDays,
    weights: { response: toPercent(rules.weights.response), resolution: toPercent(rules.weights.resolution), satisfaction: toPercent(rules.weights.satisfaction) },
    minSample: rules.minSample,
  };
}

/** The body's rules from the form. */
export function settingsFromForm(form: SettingsForm): EditableAppealRules {
  const kindDays = Object.fromEntries(KINDS.map((kind) => [kind, form.kindDays[kind]])) as Record<Kind, number>;
  return {
    kindDays,
    urgentHours: form.urgentHours,
    utilityHours: form.utilityHours,
    signDays: form.signDays,
    returnDays: form.returnDays,
    maxExtensionDays: form.maxExtensionDays,
    callbackDays: form.callbackDays,
    repeatWindowDays: form.repeatWindowDays,
    dishonestyDays: form.dishonestyDays,
    weights: { response: toShare(form.weights.response), resolution: toShare(form.weights.resolution), satisfaction: toShare(form.weights.satisfaction) },
    minSample: form.minSample,
  };
}

/** DOMAIN.md's defaults (common/appeals/vocabulary.ts), as the form holds them: what 恢复默认 puts back. */
export const DEFAULT_FORM: SettingsForm = settingsToForm(DEFAULT_APPEAL_RULES);

/** A value in the form (or in a partial one the user is typing), by its dotted key. */
export function valueAt(form: unknown, key: string): unknown {
  let at: unknown = form;
  for (const part of key.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

/** Whether a value is a number within the field's bounds (whole where it must be, else one decimal at most). */
export function fieldFits(f: RuleField, value: unknown): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (f.integer && !Number.isInteger(value)) return false;
  // Percentages to one decimal at most (a share to three), so three of them add up exactly.
  if (!f.integer && Math.abs(value * 10 - Math.round(value * 10)) > 1e-9) return false;
  return value >= f.min && value <= f.max;
}

/** The weights' sum in percent, to one decimal (a field still empty counts 0). */
export function weightsTotal(weights: Partial<Record<WeightKey, unknown>> | undefined): number {
  const sum = WEIGHT_KEYS.reduce((total, key) => {
    const value = weights?.[key];
    return total + (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  }, 0);
  return Math.round(sum * 10) / 10;
}

/** 三率's weights must add up to 100% (1.0), as the server checks. */
export const weightsAddUp = (weights: Partial<Record<WeightKey, unknown>> | undefined) => Math.abs(weightsTotal(weights) - 100) < 1e-6;

/** What keeps the form from being saved: the fields out of bounds, and whether the weights add up. */
export function formIssues(form: unknown): { fields: string[]; weights: boolean } {
  return {
    fields: RULE_FIELDS.filter((f) => !fieldFits(f, valueAt(form, f.key))).map((f) => f.key),
    weights: !weightsAddUp(valueAt(form, 'weights') as Partial<Record<WeightKey, unknown>> | undefined),
  };
}

/** Whether two sets of rules are the same (so Save is offered only for a change). */
export function sameRules(a: EditableAppealRules, b: EditableAppealRules): boolean {
  return RULE_FIELDS.every((f) => valueAt(a, f.key) === valueAt(b, f.key));
}

export interface RoutedProblems {
  /** Errors for the form's fields, by name path. */
  fields: { name: NamePath; errors: string[] }[];
  /** Errors about the weights as a whole (their sum). */
  weights: string[];
  /** Anything else (the version, the body as a whole). */
  other: string[];
}

/**
 * The server's field errors ('body.rules.kindDays.consult', 'body.rules.weights') routed to the form: a field's
 * error under its field, the weights' sum under the weights, the rest above the form.
 */
export function routeProblems(errors: readonly { path: string; message: string }[]): RoutedProblems {
  const known = new Set(RULE_FIELDS.map((f) => f.key));
  const grouped = new Map<string, string[]>();
  const out: RoutedProblems = { fields: [], weights: [], other: [] };
  for (const error of errors) {
    const parts = error.path.split('.').filter(Boolean);
    if (parts[0] === 'body') parts.shift();
    if (parts[0] === 'rules') parts.shift();
    const key = parts.join('.');
    if (known.has(key)) grouped.set(key, [...(grouped.get(key) ?? []), error.message]);
    else if (key === 'weights') out.weights.push(error.message);
    else out.other.push(error.message);
  }
  out.fields = [...grouped].map(([key, messages]) => ({ name: key.split('.'), errors: messages }));
  return out;
}
