// 规则设置: the ledger's rules as the office reads and types them — shares (0–1) shown as percentages, with the
// bounds of common/api/ledger.ts `rulesView`, so the form refuses what the server would. Pure.
import type { LedgerRulesView } from '../../../api/ledger.ts';

/** What the form holds: percentages for the shares, whole working days for the silence. */
export interface RulesForm {
  amberPercent: number;
  halfTimePercent: number;
  halfTaskPercent: number;
  silentWorkingDays: number;
}

/** The bounds of `rulesView` (amberShare 0.01–0.9, halfTimeShare 0.1–0.9, halfTaskShare 0.1–1, 1–60 days). */
export const RULE_BOUNDS: Record<keyof RulesForm, { min: number; max: number }> = {
  amberPercent: { min: 1, max: 90 },
  halfTimePercent: { min: 10, max: 90 },
  halfTaskPercent: { min: 10, max: 100 },
  silentWorkingDays: { min: 1, max: 60 },
};

/** 0.2 → 20; kept to one decimal so a share like 0.125 reads 12.5 rather than 13. */
export const toPercent = (share: number) => Math.round(share * 1000) / 10;
/** 20 → 0.2, 12.5 → 0.125 (no floating dust such as 0.20000000000000004). */
export const toShare = (percent: number) => Math.round(percent * 10) / 1000;

export function rulesToForm(rules: LedgerRulesView): RulesForm {
  return {
    amberPercent: toPercent(rules.amberShare),
    halfTimePercent: toPercent(rules.halfTimeShare),
    halfTaskPercent: toPercent(rules.halfTaskShare),
    silentWorkingDays: rules.silentWorkingDays,
  };
}

export function rulesFromForm(form: RulesForm): LedgerRulesView {
  return {
    amberShare: toShare(form.amberPercent),
    halfTimeShare: toShare(form.halfTimePercent),
    halfTaskShare: toShare(form.halfTaskPercent),
    silentWorkingDays: Math.round(form.silentWorkingDays),
  };
}

/** Whether a form value is within its bound (and a number at all); the silence must be whole days. */
export function ruleValueFits(field: keyof RulesForm, value: unknown): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const { min, max } = RULE_BOUNDS[field];
  if (field === 'silentWorkingDays' && !Number.isInteger(value)) return false;
  return value >= min && value <= max;
}

export const sameRules = (a: LedgerRulesView, b: LedgerRulesView) =>
  a.amberShare === b.amberShare && a.halfTimeShare === b.halfTimeShare && a.halfTaskShare === b.halfTaskShare && a.silentWorkingDays === b.silentWorkingDays;

/** The form field a server error's path names ('body.rules.amberShare' → 'amberPercent'), or null. */
export function ruleFieldOfPath(path: string): keyof RulesForm | null {
  const last = path.split('.').filter(Boolean).at(-1);
  switch (last) {
    case 'amberShare':
      return 'amberPercent';
    case 'halfTimeShare':
      return 'halfTimePercent';
    case 'halfTaskShare':
      return 'halfTaskPercent';
    case 'silentWorkingDays':
      return 'silentWorkingDays';
    default:
      return null;
  }
}
