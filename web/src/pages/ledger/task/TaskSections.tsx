// The parts of a task's page: the facts (source, issue and measure, units, period, expected result), the timeline
// of reports (kind, author, unit, text, figures, attachments) and the escalations (挂牌督办) with their lifting.
import { FlagOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Empty, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { fileUrl, type EscalationView, type ReportView, type TaskDetail } from '../../../api/ledger.ts';
import { formatDateTime } from '../../../components/format.ts';
import { levelLabel, sourceKindLabel } from '../labels.ts';
import { KIND_COLORS, reportKindOf } from './steps.ts';
import { listMark } from '../../../i18n/punctuation.ts';

export function TaskFacts({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  return (
    <dl className="ys-work-facts ys-work-facts-wide" data-testid="task-facts">
      <dt>{t('ledger.fields.source')}</dt>
      <dd>
        {sourceKindLabel(task.sourceKind)} · {task.sourceTitle}
      </dd>
      <dt>{t('ledger.fields.lead')}</dt>
      <dd data-testid="task-lead">{label(task.leadDepartmentName, task.leadDepartmentId)}</dd>
      {task.issue && (
        <>
          <dt>{t('ledger.fields.issue')}</dt>
          <dd>
            <span className="ys-code">{task.issue.code}</span> {task.issue.title}
          </dd>
        </>
      )}
      {task.measure && (
        <>
          <dt>{t('ledger.fields.measure')}</dt>
          <dd>
            <span className="ys-code">{task.measure.code}</span> {task.measure.title}
          </dd>
        </>
      )}
      <dt>{t('ledger.fields.support')}</dt>
      <dd>{task.supportDepartments.length ? task.supportDepartments.map((d) => label(d.name, d.id)).join(listMark()) : '—'}</dd>
      <dt>{t('ledger.fields.period')}</dt>
      <dd className="ys-code">
        {task.startsOn} ~ {task.dueOn}
      </dd>
      {task.batch && (
        <>
          <dt>{t('ledger.fields.batch')}</dt>
          <dd>{task.batch}</dd>
        </>
      )}
      <dt>{t('ledger.fields.lastReport')}</dt>
      <dd>{formatDateTime(task.lastReportAt)}</dd>
      {task.provincialSubmittedAt && (
        <>
          <dt>{t('ledger.task.provincialSubmittedAt')}</dt>
          <dd>{formatDateTime(task.provincialSubmittedAt)}</dd>
        </>
      )}
      {task.closedAt && (
        <>
          <dt>{t('ledger.fields.closedAt')}</dt>
          <dd>{formatDateTime(task.closedAt)}</dd>
        </>
      )}
    </dl>
  );
}

export function ReportTimeline({ reports }: { reports: readonly ReportView[] }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  if (reports.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.task.noReports')} />;
  // Newest first: what a unit or the office reads first is what happened last.
  const ordered = [...reports].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      data-testid="task-timeline"
      items={ordered.map((r) => {
        const kind = reportKindOf(r.kind);
        return {
          key: r.id,
          color: kind ? KIND_COLORS[kind] : 'gray',
          children: (
            <div className="ys-ledger-report" data-testid="task-report" data-kind={r.kind}>
              <div className="ys-ledger-report-head">
                <Tag color={kind ? KIND_COLORS[kind] : undefined} style={{ marginInlineEnd: 0 }}>
                  {kind ? t(`ledger.kinds.${kind}`) : r.kind}
                </Tag>
                <span className="ys-muted">{formatDateTime(r.at)}</span>
              </div>
              <div className="ys-muted ys-ledger-small">
                {r.authorName}
                {r.departmentName ? ` · ${label(r.departmentName)}` : ''}
                {r.progress !== null ? ` · ${t('ledger.task.progressAt', { value: r.progress })}` : ''}
              </div>
              {r.text && <div className="ys-ledger-text">{r.text}</div>}
              {r.figures.length > 0 && (
                <dl className="ys-ledger-report-figures">
                  {r.figures.map((f, i) => (
                    <div key={i}>
                      <dt>{f.label}</dt>
                      <dd>{f.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {r.attachments.length > 0 && (
                <ul className="ys-ledger-files">
                  {r.attachments.map((a) => (
                    <li key={a.id}>
                      <PaperClipOutlined aria-hidden />{' '}
                      <a href={fileUrl(a.id)} target="_blank" rel="noreferrer" className="ys-break" data-testid="report-attachment">
                        {a.name}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ),
        };
      })}
    />
  );
}

export function Escalations({ items, canLift, onLift }: { items: readonly EscalationView[]; canLift: boolean; onLift: (e: EscalationView) => void }) {
  const { t } = useTranslation();
  if (items.length === 0) return <div className="ys-muted">{t('ledger.escalation.none')}</div>;
  return (
    <ul className="ys-ledger-escalations" data-testid="task-escalations">
      {items.map((e) => (
        <li key={e.id} className={e.liftedAt ? 'is-lifted' : 'is-open'}>
          <div className="ys-ledger-report-head">
            <Tag color={e.liftedAt ? 'default' : 'red'} icon={<FlagOutlined />} style={{ marginInlineEnd: 0 }}>
              {levelLabel(e.level)}
            </Tag>
            <span className="ys-muted">{formatDateTime(e.openedAt)}</span>
          </div>
          <div className="ys-ledger-text">{e.reason}</div>
          {e.answerBy && <div className="ys-muted ys-ledger-small">{t('ledger.escalation.answerByOn', { date: e.answerBy })}</div>}
          {e.liftedAt ? (
            <div className="ys-muted ys-ledger-small">
              {t('ledger.escalation.liftedAt', { at: formatDateTime(e.liftedAt) })}
              {e.liftNote ? `：${e.liftNote}` : ''}
            </div>
          ) : (
            canLift && (
              <Button size="small" onClick={() => onLift(e)} data-testid="escalation-lift">
                {t('ledger.escalation.lift')}
              </Button>
            )
          )}
        </li>
      ))}
    </ul>
  );
}
