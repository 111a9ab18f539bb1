// 选择申请主体: the applicant themself (为本人申请) or one of the enterprises their account represents
// (its USCC goes with the application and pre-fills the form).
import { BankOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Radio, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyEntity } from '../../../api/registry.ts';

export function SubjectStep({
  userName,
  target,
  entities,
  value,
  onChange,
}: {
  userName: string;
  target: 'person' | 'entity' | 'both';
  /** undefined while loading. */
  entities: readonly MyEntity[] | undefined;
  value: string | null;
  onChange: (uscc: string | null) => void;
}) {
  const { t } = useTranslation();
  const s = (key: 'self' | 'noEntities' | 'entityTarget' | 'personTarget') => t(`apply.wizard.subject.${key}`);
  const active = (entities ?? []).filter((item) => item.entity.status === 'active');
  return (
    <div data-testid="apply-subject">
      {target !== 'both' && (
        <Typography.Paragraph type="secondary">{target === 'entity' ? s('entityTarget') : s('personTarget')}</Typography.Paragraph>
      )}
      <Radio.Group
        className="ys-apply-subjects"
        value={value ?? ''}
        onChange={(event) => onChange((event.target.value as string) || null)}
      >
        <Radio value="" className="ys-apply-subject">
          <span className="ys-apply-subject-body" data-testid="subject-self">
            <UserOutlined aria-hidden className="ys-apply-subject-icon" />
            <span>
              <strong>{s('self')}</strong>
              <span className="ys-muted ys-break">{t('apply.wizard.subject.selfHint', { name: userName })}</span>
            </span>
          </span>
        </Radio>
        {active.map(({ entity }) => (
          <Radio key={entity.uscc} value={entity.uscc} className="ys-apply-subject">
            <span className="ys-apply-subject-body" data-testid="subject-entity">
              <BankOutlined aria-hidden className="ys-apply-subject-icon" />
              <span>
                <strong className="ys-break">{entity.name}</strong>
                <span className="ys-muted ys-code">{t('apply.wizard.subject.entityHint', { uscc: entity.uscc })}</span>
              </span>
            </span>
          </Radio>
        ))}
      </Radio.Group>
      {!entities && <Skeleton active paragraph={{ rows: 1 }} />}
      {entities && active.length === 0 && <Alert type="info" showIcon message={s('noEntities')} style={{ marginTop: 12 }} />}
    </div>
  );
}
