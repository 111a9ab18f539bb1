import { CheckCircleOutlined, CloseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { violationText, type RuleViolation } from '../../../api/catalog-admin.ts';

/** Broken rules, errors (red) before warnings (amber); a violation with a field can take the editor there. */
export function ViolationList({
  violations,
  onGoTo,
}: {
  violations: readonly RuleViolation[];
  onGoTo?: (field: string) => void;
}) {
  const { t } = useTranslation();
  if (violations.length === 0) {
    return (
      <Typography.Text type="success" data-testid="violations-none">
        <CheckCircleOutlined /> {t('catalogAdmin.rules.none')}
      </Typography.Text>
    );
  }
  const sorted = [...violations].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <ul className="ys-violations" data-testid="violations">
      {sorted.map((violation, index) => {
        const text = violationText(violation);
        const error = violation.severity === 'error';
        const field = violation.field;
        return (
          <li
            key={`${violation.rule}-${violation.field ?? ''}-${index}`}
            className={`ys-violation ${error ? 'is-error' : 'is-warning'}`}
            data-severity={violation.severity}
          >
            <span aria-label={error ? t('catalogAdmin.rules.error') : t('catalogAdmin.rules.warning')}>
              {error ? <CloseCircleOutlined /> : <WarningOutlined />}
            </span>
            {field && onGoTo ? (
              <button type="button" onClick={() => onGoTo(field)}>
                {text}
              </button>
            ) : (
              <span>{text}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The rule check beside an editor: the count, the hint, the list. */
export function RulesPanel({
  violations,
  onGoTo,
}: {
  violations: readonly RuleViolation[];
  onGoTo?: (field: string) => void;
}) {
  const { t } = useTranslation();
  const errors = violations.filter((v) => v.severity === 'error').length;
  return (
    <Card
      size="small"
      title={t('catalogAdmin.rules.title')}
      extra={
        violations.length > 0 && (
          <Typography.Text type={errors ? 'danger' : 'warning'}>
            {t('catalogAdmin.rules.summary', { errors, warnings: violations.length - errors })}
          </Typography.Text>
        )
      }
      data-testid="rules-panel"
    >
      <ViolationList violations={violations} onGoTo={onGoTo} />
      {violations.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
          {t('catalogAdmin.rules.hint')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
