// Words and colours of the 好差评 codes, from the bilingual tables in the contract, and where a rating
// opens. Shared by the staff screens and the office's.
import {
  APPEAL_STATUS_LABELS,
  DIMENSION_LABELS,
  LEVEL_LABELS,
  LOOP_DECISION_LABELS,
  LOOP_STATE_LABELS,
  RATING_CHANNEL_LABELS,
  RATING_STATUS_LABELS,
  type AppealStatus,
  type LoopDecision,
  type LoopState,
  type LoopView,
  type RatingChannel,
  type RatingLevel,
} from '../../../../../common/api/evaluations.ts';
import type { Role } from '../../../../../common/api/roles.ts';
import type { DepartmentLabel } from '../../../api/departmentNames.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { EVAL_QUEUE_ROLES } from './access.ts';
import { listMark } from '../../../i18n/punctuation.ts';

type Text = { zh: string; en: string };
export const bilingual = (text: Text): string => (currentLanguage() === 'en' ? text.en : text.zh);

const isLevel = (level: number): level is RatingLevel => Number.isInteger(level) && level >= 1 && level <= 5;

export const levelLabel = (level: number) =>
  isLevel(level) ? bilingual(LEVEL_LABELS[level]) : String(level);
export const channelLabel = (channel: RatingChannel) => bilingual(RATING_CHANNEL_LABELS[channel]);
export const loopStateLabel = (state: LoopState) => bilingual(LOOP_STATE_LABELS[state]);
export const decisionLabel = (decision: LoopDecision) => bilingual(LOOP_DECISION_LABELS[decision]);
export const appealStatusLabel = (status: AppealStatus) => bilingual(APPEAL_STATUS_LABELS[status]);
export const ratingStatusLabel = (status: keyof typeof RATING_STATUS_LABELS) =>
  bilingual(RATING_STATUS_LABELS[status]);
export const dimensionLabel = (key: string) =>
  key in DIMENSION_LABELS ? bilingual(DIMENSION_LABELS[key as keyof typeof DIMENSION_LABELS]) : key;

/** 非常不满意 red, 不满意 orange; the good levels in greens, 基本满意 neutral. */
export const levelColors: Record<RatingLevel, string> = {
  5: 'green',
  4: 'cyan',
  3: 'gold',
  2: 'orange',
  1: 'red',
};
export const levelColor = (level: number) => (isLevel(level) ? levelColors[level] : 'default');

export const loopStateColors: Record<LoopState, string> = {
  verifying: 'processing',
  rectifying: 'orange',
  callback: 'purple',
  closed: 'green',
  voided: 'default',
};

export const appealStatusColors: Record<AppealStatus, string> = {
  filed: 'processing',
  upheld: 'green',
  dismissed: 'default',
};

/** A loop still running (its deadline light counts); closed and voided ones are finished. */
export const isLoopOpen = (state: LoopState) => state !== 'closed' && state !== 'voided';

export type LoopClock = Pick<LoopView, 'state' | 'deadline' | 'dueAt' | 'onTime'>;

/** The light of a loop's deadline: by `deadline` while open; a closed loop says whether it was on time. */
export function loopLight(loop: LoopClock): { deadline: LoopView['deadline']; finished: boolean } {
  if (isLoopOpen(loop.state)) return { deadline: loop.deadline, finished: false };
  if (loop.state === 'voided' || loop.onTime === null) return { deadline: 'none', finished: true };
  return { deadline: loop.onTime ? 'normal' : 'overdue', finished: true };
}

/**
 * The deadline an open loop is measured against: the current step's while a ledger fix runs (the loop's
 * own clock stands still then), otherwise whichever of the step's and the loop's comes first — the one
 * that turns the light red. A finished loop has none.
 */
export function loopDueAt(loop: Pick<LoopView, 'state' | 'dueAt' | 'stateDueAt'>): string | null {
  if (!isLoopOpen(loop.state)) return null;
  const { dueAt, stateDueAt } = loop;
  if (loop.state === 'rectifying' && stateDueAt) return stateDueAt;
  if (dueAt && stateDueAt) return Date.parse(stateDueAt) < Date.parse(dueAt) ? stateDueAt : dueAt;
  return stateDueAt ?? dueAt;
}

/**
 * Where a rating opens: the 差评处置 view for staff who hold a queue role, else the same view under the
 * office's pages (the administrator reads the overview but has no 差评 queue).
 */
export function ratingPath(id: string, roles: ReadonlySet<Role>): string {
  const queue = EVAL_QUEUE_ROLES.some((role) => roles.has(role));
  return `${queue ? '/work/evaluations' : '/office/evaluations/ratings'}/${encodeURIComponent(id)}`;
}

/** Who holds a loop, on one line: people by name, a department by its name in the interface language. */
export const holdersText = (holders: LoopView['holders'], label: DepartmentLabel): string =>
  holders.length ? holders.map((h) => (h.kind === 'department' ? label(h.name, h.id) : h.name)).join(listMark()) : '—';

/** What a rating is about; a public review's subject is a department, named in the interface language. */
export const subjectTitleOf = (r: { subjectType: string; subjectId: string; subjectTitle: string }, label: DepartmentLabel): string =>
  r.subjectType === 'department' ? label(r.subjectTitle, r.subjectId) : r.subjectTitle;

/** The application a 一事一评 rating is about (the staff case view). */
export const subjectPath = (subjectId: string) => `/work/applications/${encodeURIComponent(subjectId)}`;

/** "2026-03-05" of an ISO time in the reader's time zone; "—" for nothing. */
export function dayOf(iso: string | null | undefined): string {
  if (!iso) return '—';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
