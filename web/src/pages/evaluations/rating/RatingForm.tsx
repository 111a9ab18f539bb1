// The rating form's parts, shared by 一事一评, 一次一评 and 综合点评: five big one-tap level buttons (a
// thumb's size on a phone, a row of tiles on a tablet), the optional dimensions as compact 5-step
// rates, the comment and the anonymous switch. Controlled: the page holds the draft.
import { FrownFilled, FrownOutlined, MehOutlined, SmileFilled, SmileOutlined } from '@ant-design/icons';
import { Input, Rate, Switch } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { RatingLevel } from '../../../../../common/api/evaluations.ts';
import {
  COMMENT_MAX,
  dimensionRows,
  langOf,
  levelButtons,
  rateTooltips,
  type Face,
  type RatingDraft,
} from './levels.ts';
import './rating.css';

const FACE_ICONS: Record<Face, ComponentType<{ className?: string }>> = {
  laugh: SmileFilled,
  smile: SmileOutlined,
  meh: MehOutlined,
  frown: FrownOutlined,
  angry: FrownFilled,
};

/** The five levels as a radio group of big buttons. */
export function LevelButtons({
  value,
  onChange,
  disabled,
  large,
  labelledBy,
}: {
  value: number | null;
  onChange: (level: RatingLevel) => void;
  disabled?: boolean;
  /** Bigger tiles for the window tablet. */
  large?: boolean;
  labelledBy?: string;
}) {
  const { i18n } = useTranslation();
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      className={`ys-rate-levels${large ? ' is-large' : ''}`}
      data-testid="rate-levels"
    >
      {levelButtons(langOf(i18n.language)).map((button) => {
        const Icon = FACE_ICONS[button.face];
        const checked = value === button.level;
        return (
          <button
            key={button.level}
            type="button"
            role="radio"
            aria-checked={checked}
            disabled={disabled}
            className={`ys-rate-level${checked ? ' is-checked' : ''}${button.bad ? ' is-bad' : ''}`}
            style={{ ['--ys-level-color' as string]: button.color }}
            onClick={() => onChange(button.level)}
            data-testid={`rate-level-${button.level}`}
          >
            <Icon className="ys-rate-level-icon" />
            <span className="ys-rate-level-label">{button.label}</span>
          </button>
        );
      })}
    </div>
  );
}

/** 总体评价 … 服务态度, each a compact 5-step rate (star 5 = 非常满意); clearing one leaves it unrated. */
export function DimensionRates({
  draft,
  onChange,
  disabled,
}: {
  draft: RatingDraft;
  onChange: (next: RatingDraft) => void;
  disabled?: boolean;
}) {
  const { i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const tooltips = rateTooltips(lang);
  return (
    <ul className="ys-rate-dimensions" data-testid="rate-dimensions">
      {dimensionRows(lang).map((row) => (
        <li key={row.key}>
          <span id={`ys-dim-${row.key}`} className="ys-rate-dimension-label">
            {row.label}
          </span>
          <Rate
            value={draft.dimensions[row.key] ?? 0}
            onChange={(value) => {
              const dimensions = { ...draft.dimensions };
              if (value >= 1) dimensions[row.key] = value;
              else delete dimensions[row.key];
              onChange({ ...draft, dimensions });
            }}
            tooltips={tooltips}
            disabled={disabled}
            aria-labelledby={`ys-dim-${row.key}`}
            data-testid={`rate-dimension-${row.key}`}
          />
        </li>
      ))}
    </ul>
  );
}

/** The optional comment (≤ 500 characters, counted). */
export function CommentField({
  value,
  onChange,
  placeholder,
  disabled,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  disabled?: boolean;
  error?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <label className="ys-rate-field">
      <span className="ys-rate-field-label">{t('rate.form.comment')}</span>
      <Input.TextArea
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder ?? t('rate.form.commentPlaceholder')}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={COMMENT_MAX}
        showCount
        disabled={disabled}
        status={error ? 'error' : undefined}
        data-testid="rate-comment"
      />
      {error && <span className="ys-rate-error">{error}</span>}
    </label>
  );
}

/** 匿名评价, with what it means: only the office sees who rated. */
export function AnonymousSwitch({
  value,
  onChange,
  disabled,
}: {
  value: boolean;
  onChange: (value: boolean) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="ys-rate-anonymous">
      <Switch
        checked={value}
        onChange={onChange}
        disabled={disabled}
        aria-labelledby="ys-rate-anonymous-label"
        data-testid="rate-anonymous"
      />
      <div>
        <div id="ys-rate-anonymous-label">{t('rate.form.anonymous')}</div>
        <div className="ys-muted ys-rate-hint">{t('rate.form.anonymousHint')}</div>
      </div>
    </div>
  );
}
