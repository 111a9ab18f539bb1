// The case view's read-only sections: 申请表 (answers under their labels), 材料 (status and files),
// 办理记录 (a timeline) and a 一件事's members.
import { FileOutlined } from '@ant-design/icons';
import { Empty, Table, Timeline, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fileContentUrl, type ApplicationDetail, type ApplicationSummary, type HistoryEntry, type MaterialView } from '../../../api/applications.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { formatDateTime } from '../../../components/format.ts';
import { answerRows, type FieldLabel } from './answers.ts';
import { bilingual, casePath, isFinished, stateLabel } from './labels.ts';
import { DeadlineTag, MaterialStatusTag, StateTag } from './WorkTags.tsx';

export function FormAnswers({ formData, fields }: { formData: Record<string, unknown>; fields: readonly FieldLabel[] | null }) {
  const { t } = useTranslation();
  const rows = answerRows(formData, fields ?? [], { yes: t('work.case.yes'), no: t('work.case.no') });
  if (!rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.case.noAnswers')} />;
  return (
    <>
      {!fields && <Typography.Paragraph type="secondary">{t('work.case.formUnavailable')}</Typography.Paragraph>}
      <dl className="ys-work-answers" data-testid="case-answers">
        {rows.map((row) => (
          <div key={row.key} className="ys-work-answer">
            <dt>{row.label}</dt>
            <dd className="ys-break">{row.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export function MaterialsList({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  if (!application.materials.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.material.none')} />;
  return (
    <>
      {application.exemptedCount > 0 && <Typography.Paragraph type="secondary">{t('work.material.exempted', { count: application.exemptedCount })}</Typography.Paragraph>}
      <ol className="ys-work-intake-materials" data-testid="case-materials">
        {application.materials.map((m: MaterialView) => (
          <li key={m.key}>
            <div className="ys-work-intake-material-head">
              <span className="ys-break">
                {m.name}
                {!m.required && <span className="ys-muted"> {t('work.material.optional')}</span>}
              </span>
              <MaterialStatusTag status={m.status} />
            </div>
            <div className="ys-work-files">
              {m.files.map((file) => (
                <a key={file.id} href={fileContentUrl(file.id, false)} className="ys-break" data-testid="material-file">
                  <FileOutlined /> {file.name} <span className="ys-muted">({sizeText(file.size)})</span>
                </a>
              ))}
              {m.licenceNumber && <span className="ys-muted">{t('work.material.licence', { number: m.licenceNumber })}</span>}
              {m.fetchedFrom && m.status === 'fetched' && <span className="ys-muted">{t('work.material.fetchedFrom', { source: t(`work.material.sources.${m.fetchedFrom}`) })}</span>}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

function stateName(state: string) {
  return stateLabel(state as ApplicationSummary['state']) ?? state;
}

/** What an entry's data adds: the 补正 list, a target, days of extension. */
function historyExtra(entry: HistoryEntry, names: Map<string, string>, t: (key: 'work.history.missing' | 'work.history.extension', options: Record<string, unknown>) => string): string | null {
  const missing = entry.data.missing;
  if (Array.isArray(missing) && missing.length) return t('work.history.missing', { list: missing.map((m) => names.get(String(m)) ?? String(m)).join('；') });
  if (typeof entry.data.extension === 'number') return t('work.history.extension', { count: entry.data.extension });
  return null;
}

export function HistoryTimeline({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  const names = new Map(application.materials.map((m) => [m.key, m.name]));
  if (!application.history.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.history.empty')} />;
  return (
    <Timeline
      data-testid="case-history"
      items={[...application.history].reverse().map((entry, i) => {
        const extra = historyExtra(entry, names, t);
        return {
          key: `${entry.at}-${i}`,
          color: ['refuse', 'reject', 'terminate'].includes(entry.action) ? 'red' : ['requestCorrection', 'suspend', 'sendBack'].includes(entry.action) ? 'orange' : 'blue',
          children: (
            <div className="ys-work-history">
              <div>
                <strong>{bilingual(entry.actionLabel)}</strong>
                <span className="ys-muted"> · {entry.actorName ?? t('work.history.system')} · {formatDateTime(entry.at)}</span>
              </div>
              {entry.fromState !== entry.toState && <div className="ys-muted">{t('work.history.moved', { from: stateName(entry.fromState), to: stateName(entry.toState) })}</div>}
              {entry.comment && <div className="ys-break ys-work-comment">{entry.comment}</div>}
              {extra && <div className="ys-break">{extra}</div>}
            </div>
          ),
        };
      })}
    />
  );
}

export function MembersList({ members }: { members: ApplicationSummary[] }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const columns: TableColumnsType<ApplicationSummary> = [
    {
      title: t('work.fields.title'),
      key: 'title',
      render: (_, m) => (
        <div>
          <Link to={casePath(m.id)} className="ys-break">
            {m.title}
          </Link>
          <div className="ys-code ys-muted">{m.number ?? '—'}</div>
        </div>
      ),
    },
    { title: t('work.fields.department'), dataIndex: 'departmentName', key: 'department', responsive: ['md'], render: (_, m) => label(m.departmentName, m.departmentId) },
    { title: t('work.fields.state'), key: 'state', width: 110, render: (_, m) => <StateTag state={m.state} /> },
    { title: t('work.fields.deadline'), key: 'deadline', render: (_, m) => <DeadlineTag deadline={m.deadline} dueAt={m.dueAt} finished={isFinished(m.state)} showDue={false} /> },
  ];
  return <Table<ApplicationSummary> rowKey="id" size="small" columns={columns} dataSource={members} pagination={false} data-testid="case-members" />;
}
