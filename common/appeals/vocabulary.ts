// 接诉即办's code tables (DOMAIN.md "接诉即办"): channels, kinds with their default limits, urgency,
// callback answers, and the configurable rules of the hotline. Shared by the server, the web and Open311.
import type { TimeLimit } from '../calendar/index.ts';

const t = (zh: string, en: string) => ({ zh, en });

/** Where a ticket came in. */
export const CHANNELS = ['phone', 'web', 'mobile', 'email', 'enterprise', 'dishonesty', 'open311'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, { zh: string; en: string }> = {
  phone: t('热线来电', 'Hotline call'),
  web: t('网站', 'Website'),
  mobile: t('手机', 'Phone app'),
  email: t('电子邮件', 'E-mail'),
  enterprise: t('企业专席', 'Enterprise line'),
  dishonesty: t('政务失信举报', 'Government dishonesty report'),
  open311: t('Open311 接口', 'Open311 API'),
};

/** 诉求类型. */
export const KINDS = ['consult', 'help', 'suggest', 'complain', 'report', 'praise'] as const;
export type Kind = (typeof KINDS)[number];
export const KIND_LABELS: Record<Kind, { zh: string; en: string }> = {
  consult: t('咨询', 'Enquiry'),
  help: t('求助', 'Request for help'),
  suggest: t('建议', 'Suggestion'),
  complain: t('投诉', 'Complaint'),
  report: t('举报', 'Report'),
  praise: t('表扬', 'Praise'),
};

/** 紧急程度: urgent = safety of life or property; utility = water, power, gas, heating outages. */
export const URGENCIES = ['normal', 'urgent', 'utility'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, { zh: string; en: string }> = {
  normal: t('一般', 'Normal'),
  urgent: t('紧急', 'Urgent'),
  utility: t('水电气热', 'Utilities'),
};

/** 回访满意度. */
export const SATISFACTIONS = ['satisfied', 'basic', 'unsatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];
export const SATISFACTION_LABELS: Record<Satisfaction, { zh: string; en: string }> = {
  satisfied: t('满意', 'Satisfied'),
  basic: t('基本满意', 'Fairly satisfied'),
  unsatisfied: t('不满意', 'Not satisfied'),
};

/** How a ticket ended. */
export const OUTCOMES = ['answered', 'solved', 'unsolved', 'merged', 'invalid'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, { zh: string; en: string }> = {
  answered: t('直接答复', 'Answered on the call'),
  solved: t('已解决', 'Solved'),
  unsolved: t('未解决', 'Not solved'),
  merged: t('已并单', 'Merged'),
  invalid: t('无效工单', 'Invalid'),
};

/** The hotline's configurable rules, with DOMAIN.md's defaults. */
export interface AppealRules {
  /** 办理时限 per kind, in working days (咨询 3, 求助/建议 7, 投诉/举报 15; 表扬 is acknowledged like 咨询). */
  kindDays: Record<Kind, number>;
  /** Safety of life or property: hours. */
  urgentHours: number;
  /** Water, power, gas, heating: hours. */
  utilityHours: number;
  /** 签收 within this many working hours' worth: working days (⚠ local practice; default 1). */
  signDays: number;
  /** A unit may return a misrouted ticket within this many working days of dispatch. */
  returnDays: number;
  /** Most working days the hotline may grant in extensions. */
  maxExtensionDays: number;
  /** 回访 within this many working days of the reply. */
  callbackDays: number;
  /** 并单: the same caller, or the same place and category, within this many days. */
  repeatWindowDays: number;
  /** 政务失信: feedback to the reporter within this many working days ⚠. */
  dishonestyDays: number;
  /** 三率: weights of the composite score and the smallest sample a unit is ranked on. */
  weights: { response: number; resolution: number; satisfaction: number };
  minSample: number;
}

export const DEFAULT_APPEAL_RULES: AppealRules = {
  kindDays: { consult: 3, help: 7, suggest: 7, complain: 15, report: 15, praise: 3 },
  urgentHours: 2,
  utilityHours: 24,
  signDays: 1,
  returnDays: 2,
  maxExtensionDays: 15,
  callbackDays: 2,
  repeatWindowDays: 7,
  dishonestyDays: 10,
  weights: { response: 0.1, resolution: 0.45, satisfaction: 0.45 },
  minSample: 10,
};

/** The limit a ticket runs under: its urgency first, then its kind. */
export function ticketLimit(rules: AppealRules, kind: Kind, urgency: Urgency): TimeLimit {
  if (urgency === 'urgent') return { unit: 'hours', value: rules.urgentHours };
  if (urgency === 'utility') return { unit: 'hours', value: rules.utilityHours };
  return { unit: 'workingDays', value: rules.kindDays[kind] };
}

/** A phone number as lists show it: 138****5678. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\s+/g, '');
  return digits.length >= 7 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : '****';
}

/** A name as lists show it: 张* / 王** — the first character and at most two stars (the length is not told either). */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.min(2, Math.max(1, chars.length - 1)));
}
