// Words for the catalogue's data in the interface language: vocabulary labels, time limits, badges,
// the online stages. Pure, so the unit tests and both guides share them.
import { FULLY_ONLINE_STAGES, ONLINE_STAGE_LABELS, ONLINE_STAGES } from '../../../../../common/catalog/vocabulary.ts';

export type Lang = 'zh' | 'en';
type Labels = Record<string, { zh: string; en: string }>;

/** The vocabulary language of an i18n language code. */
export const langOf = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'zh');

/** A vocabulary label ({zh, en}) in the language; the key itself when the vocabulary does not know it. */
export function vocab(labels: Labels, key: string | number | null | undefined, lang: Lang): string {
  if (key === null || key === undefined) return '—';
  return labels[String(key)]?.[lang] ?? String(key);
}

/** "5 个工作日" / "5 working days"; 0 is the same day. Null (unknown) is a dash. */
export function formatDays(days: number | null | undefined, lang: Lang): string {
  if (days === null || days === undefined || !Number.isFinite(days)) return '—';
  if (days === 0) return lang === 'en' ? 'Same day' : '当日办结';
  if (lang === 'en') return `${days} working day${days === 1 ? '' : 's'}`;
  return `${days} 个工作日`;
}

/** What the list and guide say about an item's promise: 即办件 is done on the spot. */
export function promisedText(item: { promisedLimitDays: number | null; onTheSpot?: boolean }, lang: Lang): string {
  if (item.onTheSpot) return lang === 'en' ? 'On the spot' : '即办件，当场办结';
  return formatDays(item.promisedLimitDays, lang);
}

/** How much shorter the promise is than the law's limit, in whole percent; null when it is not shorter. */
export function compressionPercent(legalDays: number, promisedDays: number): number | null {
  if (!(legalDays > 0) || !(promisedDays >= 0) || promisedDays >= legalDays) return null;
  return Math.round(((legalDays - promisedDays) / legalDays) * 100);
}

/** The badges a list row and a guide show, in this order. */
export const BADGES = ['fullyOnline', 'mobile', 'onTheSpot', 'national'] as const;
export type Badge = (typeof BADGES)[number];

export function itemBadges(item: { fullyOnline: boolean; mobile: boolean; onTheSpot?: boolean; crossRegion?: string }): Badge[] {
  const has: Record<Badge, boolean> = {
    fullyOnline: item.fullyOnline,
    mobile: item.mobile,
    onTheSpot: Boolean(item.onTheSpot),
    national: item.crossRegion === 'national',
  };
  return BADGES.filter((badge) => has[badge]);
}

export interface StageRow {
  stage: number;
  label: string;
  online: boolean;
  /** One of the stages that 全程网办 needs online. */
  neededForFullyOnline: boolean;
}

/** The seven 网办深度 stages, each marked online or not. */
export function onlineStageRows(onlineStages: readonly number[], lang: Lang): StageRow[] {
  const online = new Set(onlineStages);
  const needed = new Set<number>(FULLY_ONLINE_STAGES);
  return ONLINE_STAGES.map((stage) => ({
    stage,
    label: vocab(ONLINE_STAGE_LABELS, stage, lang),
    online: online.has(stage),
    neededForFullyOnline: needed.has(stage),
  }));
}

/** 到现场次数: "0 次" reads as "no visit needed". */
export function visitsText(visits: number, lang: Lang): string {
  if (visits === 0) return lang === 'en' ? 'No visit needed' : '0 次（无需到现场）';
  return lang === 'en' ? `${visits} visit${visits === 1 ? '' : 's'}` : `${visits} 次`;
}

/** The sum of the process steps' limits (the guide shows it beside the promise). */
export const stepDaysTotal = (steps: readonly { limitDays: number }[]) => steps.reduce((sum, step) => sum + step.limitDays, 0);
