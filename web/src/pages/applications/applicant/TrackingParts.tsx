// Pieces of the tracking page: the facts (who holds it, the deadlines), the result (电子证照 with its
// verification link, postal status, post-check), a bundle's members, the materials and the timeline.
import { CheckCircleFilled, FileOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, List, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fileContentUrl, type ApplicationDetail } from '../../../api/applications.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { formatDateTime } from '../../../components/format.ts';
import { applicationPath, verifyPath } from './paths.ts';
import { answerRows, answerText, formatSize, langOf, textOf } from './presentation.ts';
import { DeadlineLight, StateTag } from './StateTags.tsx';

type Detail = ApplicationDetail;

export function Facts({ app }: { app: Detail }) {
  const { t, i18n } = useTranslation();
  const d = (key: string) => t(`apply.detail.${key}` as 'apply.detail.applicant');
  const lang = langOf(i18n.language);
  const label = useDepartmentLabel();
  return (
    <Card title={d('facts')} size="small" className="ys-apply-section" data-testid="application-facts">
      <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} size="small">
        <Descriptions.Item label={d('applicant')}>
          <div>
            <div className="ys-break">{app.applicantName}</div>
            {app.applicantUscc && <div className="ys-code ys-muted">{app.applicantUscc}</div>}
          </div>
        </Descriptions.Item>
        <Descriptions.Item label={d('channel')}>{t(`apply.channels.${app.channel}`)}</Descriptions.Item>
        <Descriptions.Item label={d('department')}>{app.departmentName ? label(app.departmentName, app.departmentId) : '—'}</Descriptions.Item>
        <Descriptions.Item label={d('submittedAt')}>{formatDateTime(app.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label={d('holders')}>
          <span data-testid="application-holders">{app.holders.length > 0 ? app.holders.map((name) => label(name)).join(lang === 'zh' ? '、' : ', ') : d('holdersNone')}</span>
        </Descriptions.Item>
        {app.dueAt && (
          // Awaiting intake the promised time has not started: the deadline shown is the intake's (5 working days).
          <Descriptions.Item label={app.state === 'submitted' ? d('intakeDueAt') : d('dueAt')}>
            <span>
              <span data-testid="application-due">{formatDateTime(app.dueAt)}</span> <DeadlineLight deadline={app.deadline} state={app.state} />
            </span>
          </Descriptions.Item>
        )}
        {app.stateDueAt && !(app.state === 'submitted' && app.dueAt) && <Descriptions.Item label={d('stateDueAt')}>{formatDateTime(app.stateDueAt)}</Descriptions.Item>}
        {app.workingDays !== null && <Descriptions.Item label={d('used')}>{t('apply.detail.workingDays', { days: app.workingDays })}</Descriptions.Item>}
        {app.finishedAt && <Descriptions.Item label={d('finishedAt')}>{formatDateTime(app.finishedAt)}</Descriptions.Item>}
        {app.commitment && (
          <Descriptions.Item label={d('commitment')}>
            <Tag color="gold" icon={<SafetyCertificateOutlined />}>
              {d('commitmentYes')}
            </Tag>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={d('delivery')}>{app.delivery === 'post' ? t('apply.wizard.confirm.post') : t('apply.wizard.confirm.electronic')}</Descriptions.Item>
        {app.delivery === 'post' && app.postAddress && (
          <Descriptions.Item label={d('postAddress')}>
            <span className="ys-break">{app.postAddress}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      {app.paused && <Alert type="info" showIcon message={d('paused')} style={{ marginTop: 8 }} />}
    </Card>
  );
}

/** The outcome, the e-licence with its public check, the postal status and the post-check. */
export function Outcome({ app }: { app: Detail }) {
  const { t } = useTranslation();
  const d = (key: string) => t(`apply.detail.${key}` as 'apply.detail.result');
  if (!app.result && !app.postStatus && !app.postCheck) return null;
  return (
    <Card title={d('outcome')} size="small" className="ys-apply-section" data-testid="application-result">
      {app.result && (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={d('licenceType')}>
            <span>
              {app.result.typeName}{' '}
              {app.result.revoked ? <Tag color="red">{d('revoked')}</Tag> : <CheckCircleFilled className="ys-apply-ok" aria-hidden />}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={d('licenceNumber')}>
            <Typography.Text copyable className="ys-code" data-testid="result-number">
              {app.result.number}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={d('verificationCode')}>
            <span>
              <span className="ys-code" data-testid="result-code">
                {app.result.verificationCode}
              </span>{' '}
              <Link to={verifyPath(app.result.verificationCode)} data-testid="result-verify">
                {d('verify')}
              </Link>
            </span>
          </Descriptions.Item>
        </Descriptions>
      )}
      {app.postStatus && (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={d('postStatus')}>
            <Tag color={app.postStatus === 'delivered' ? 'green' : 'blue'}>{t(`apply.postStatus.${app.postStatus}`)}</Tag>
          </Descriptions.Item>
          {app.postTracking && (
            <Descriptions.Item label={d('postTracking')}>
              <span className="ys-code">{app.postTracking}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      )}
      {app.postCheck && (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={d('postCheck')}>
            <div>
              <Tag color={app.postCheck.result === 'failed' ? 'red' : app.postCheck.result === 'passed' ? 'green' : 'default'}>
                {t(`apply.detail.postCheckResult.${app.postCheck.result}`)}
              </Tag>
              <span className="ys-muted">{t('apply.detail.postCheckDue', { date: app.postCheck.dueOn })}</span>
              {app.postCheck.findings && <div className="ys-break">{app.postCheck.findings}</div>}
            </div>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}

/** 一件事: each member item with its own department, state and deadline. */
export function Members({ app }: { app: Detail }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  if (app.members.length === 0) return null;
  return (
    <Card title={t('apply.detail.members')} size="small" className="ys-apply-section" data-testid="application-members">
      <List
        dataSource={app.members}
        renderItem={(member) => (
          <List.Item
            key={member.id}
            data-testid="application-member"
            extra={<StateTag state={member.state} />}
          >
            <List.Item.Meta
              title={
                <Link to={applicationPath(member.id)} className="ys-break">
                  {member.title}
                </Link>
              }
              description={
                <>
                  <span>{member.departmentName ? label(member.departmentName, member.departmentId) : '—'}</span>
                  {member.number && <span className="ys-code"> · {member.number}</span>}
                  <div>
                    <DeadlineLight deadline={member.deadline} state={member.state} /> {member.dueAt && <span className="ys-muted">{formatDateTime(member.dueAt)}</span>}
                  </div>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

const MATERIAL_STATUS_COLORS = { uploaded: 'blue', fetched: 'green', paper: 'purple', missing: 'red' } as const;

export function Materials({ app }: { app: Detail }) {
  const { t } = useTranslation();
  if (app.materials.length === 0) return null;
  return (
    <Card
      title={t('apply.detail.materials')}
      extra={app.exemptedCount > 0 ? <Tag color="success">{t('apply.detail.exempted', { count: app.exemptedCount })}</Tag> : undefined}
      size="small"
      className="ys-apply-section"
      data-testid="application-materials"
    >
      <ul className="ys-apply-material-list">
        {app.materials.map((m) => (
          <li key={m.key}>
            <div className="ys-apply-material-line">
              <span className="ys-break">{m.name}</span>
              <Tag color={MATERIAL_STATUS_COLORS[m.status]} bordered={false}>
                {t(`apply.materialStatus.${m.status}`)}
              </Tag>
            </div>
            {m.licenceNumber && <div className="ys-muted ys-code">{m.licenceNumber}</div>}
            {m.files.map((f) => (
              <div key={f.id} className="ys-apply-file-line">
                <FileOutlined aria-hidden />{' '}
                <a href={fileContentUrl(f.id)} target="_blank" rel="noopener noreferrer" className="ys-break">
                  {f.name}
                </a>{' '}
                <span className="ys-muted">{formatSize(f.size)}</span>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The answers in the form's order with their titles (the item's or bundle's current form, once loaded). */
export function Answers({ app, schema }: { app: Detail; schema?: Record<string, unknown> }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const rows = answerRows(schema, app.formData).filter((row) => row.value !== undefined);
  if (rows.length === 0) return null;
  return (
    <Card title={t('apply.detail.answers')} size="small" className="ys-apply-section" data-testid="application-answers">
      <Descriptions column={1} size="small">
        {rows.map((row) => (
          <Descriptions.Item key={row.key} label={row.title}>
            <span className="ys-break">{answerText(row.value, lang)}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}

/** The history, oldest first: what was done, by whom, when, and the note. */
export function History({ app }: { app: Detail }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  return (
    <Card title={t('apply.detail.timeline')} size="small" className="ys-apply-section" data-testid="application-timeline">
      {app.history.length === 0 ? (
        <Typography.Text type="secondary">{t('apply.detail.timelineEmpty')}</Typography.Text>
      ) : (
        <Timeline
          items={app.history.map((entry, index) => ({
            key: `${entry.at}-${index}`,
            color: index === app.history.length - 1 ? 'blue' : 'gray',
            children: (
              <div data-testid="timeline-entry">
                <div className="ys-apply-timeline-head">
                  <strong>{textOf(entry.actionLabel, lang) || entry.action}</strong>
                  <span className="ys-muted">{formatDateTime(entry.at)}</span>
                </div>
                {entry.actorName && <div className="ys-muted">{t('apply.detail.by', { name: entry.actorName })}</div>}
                {entry.comment && <div className="ys-apply-timeline-comment ys-break">{entry.comment}</div>}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
