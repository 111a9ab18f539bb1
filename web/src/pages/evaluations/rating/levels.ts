// The rating form's model, shared by 一事一评 (the applicant), 一次一评 (the window tablet) and 综合点评
// (the public page): the five level buttons, the optional dimensions, and the body a filled form sends.
// Pure; the pages and their tests use it. Labels come from the contract in the interface language.
import {
  DIMENSION_LABELS,
  DIMENSIONS,
  isBadLevel,
  LEVEL_LABELS,
  LOOP_STATE_LABELS,
  RATING_LEVELS,
  type Dimension,
  type LoopState,
  type RatingLevel,
} from '../../../../../common/api/evaluations.ts';

export type Lang = 'zh' | 'en';
export const langOf = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'zh');

/** The face on a level's button: laughing for 非常满意 down to angry for 非常不满意. */
export type Face = 'laugh' | 'smile' | 'meh' | 'frown' | 'angry';

export interface LevelButton {
  level: RatingLevel;
  label: string;
  /** 不满意 and 非常不满意 are a 差评. */
  bad: boolean;
  face: Face;
  /** The button's colour when chosen. */
  color: string;
}

const FACES: Record<RatingLevel, Face> = { 5: 'laugh', 4: 'smile', 3: 'meh', 2: 'frown', 1: 'angry' };
// Dark enough that white words on the chosen button stay readable (WCAG AA, 4.5:1 and more).
const COLORS: Record<RatingLevel, string> = {
  5: '#237804',
  4: '#3f8600',
  3: '#874d00',
  2: '#d4380d',
  1: '#cf1322',
};

export const isRatingLevel = (value: unknown): value is RatingLevel =>
  typeof value === 'number' && (RATING_LEVELS as readonly number[]).includes(value);

/** The five buttons, best first (非常满意 … 非常不满意), as GB/T 39734 orders them. */
export function levelButtons(lang: Lang): LevelButton[] {
  return RATING_LEVELS.map((level) => ({
    level,
    label: LEVEL_LABELS[level][lang],
    bad: isBadLevel(level),
    face: FACES[level],
    color: COLORS[level],
  }));
}

/** A level's label; an unknown number is shown as it is. */
export function levelLabel(level: number, lang: Lang): string {
  return isRatingLevel(level) ? LEVEL_LABELS[level][lang] : String(level);
}

export const levelColor = (level: number): string => (isRatingLevel(level) ? COLORS[level] : '#8c8c8c');

/** The optional dimensions in the contract's order (总体评价 first). */
export function dimensionRows(lang: Lang): { key: Dimension; label: string }[] {
  return DIMENSIONS.map((key) => ({ key, label: DIMENSION_LABELS[key][lang] }));
}

/** The labels a compact 5-step rate shows on hover, worst first (star 1 = 非常不满意). */
export function rateTooltips(lang: Lang): string[] {
  return [1, 2, 3, 4, 5].map((level) => levelLabel(level, lang));
}

export function loopStateLabel(state: LoopState, lang: Lang): string {
  return LOOP_STATE_LABELS[state][lang];
}

/** At most this many characters of comment (the contract's limit). */
export const COMMENT_MAX = 500;

/** What the rater has filled in so far. */
export interface RatingDraft {
  level: RatingLevel | null;
  dimensions: Partial<Record<Dimension, number>>;
  comment: string;
  anonymous: boolean;
}

export const emptyDraft = (): RatingDraft => ({ level: null, dimensions: {}, comment: '', anonymous: false });

export type DraftProblem = 'noLevel' | 'commentTooLong';

/** Why the draft cannot be sent yet; null when it can. */
export function draftProblem(draft: RatingDraft): DraftProblem | null {
  if (draft.level === null) return 'noLevel';
  if (draft.comment.trim().length > COMMENT_MAX) return 'commentTooLong';
  return null;
}

/** The body a complete draft sends: dimensions only as rated, the comment trimmed (left out when empty). */
export interface RatingBody {
  level: RatingLevel;
  dimensions: Partial<Record<Dimension, number>>;
  comment?: string;
  anonymous?: boolean;
}

/**
 * The body for a complete draft (throws on an incomplete one: check draftProblem first). `anonymous`
 * is sent only where the channel offers the choice (not for 追评 or a public review).
 */
export function ratingBody(draft: RatingDraft, options: { withAnonymous: boolean }): RatingBody {
  if (draft.level === null) throw new Error('A rating needs a level.');
  const dimensions: Partial<Record<Dimension, number>> = {};
  for (const key of DIMENSIONS) {
    const value = draft.dimensions[key];
    if (isRatingLevel(value)) dimensions[key] = value;
  }
  const comment = draft.comment.trim();
  return {
    level: draft.level,
    dimensions,
    ...(comment ? { comment } : {}),
    ...(options.withAnonymous ? { anonymous: draft.anonymous } : {}),
  };
}
