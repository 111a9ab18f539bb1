// /office/inspections/:id — one hall inspection: its facts (明查/暗访, the hall and its unit, who inspected and
// with whom) and its findings, each with the unit that must put it right, the due date, and the ledger task it
// became — its number (a link to the task) and where that task stands.
import { LeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Skeleton, type TableColumnsType } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { getInspection, type InspectionFinding } from '../../../api/outreach.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { DataList } from '../../../components/DataList.tsx';
import { areaLabel } from '../labels.ts';
import { DueDate, LedgerTask, ModeTag, SeverityTag } from '../Tags.tsx';
import { useDepartments } from '../useDepartments.ts';
import '../../applications/staff/work.css';
import '../outreach.css';

export function InspectionPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const inspection = useRemote(useCallback((signal: AbortSignal) => getInspection(id, signal), [id]));
  const departments = useDepartments();
  const label = useDepartmentLabel();
  const i = inspection.data;
  const back = (
    <Link to="/office/inspections" className="ys-back-link">
      <LeftOutlined /> {t('outreach.menu.inspections')}
    </Link>
  );
  if (inspection.error && !inspection.loading) {
    return (
      <div data-testid="outreach-inspection-page">
        {back}
        <LoadError error={inspection.error} onRetry={inspection.reload} />
      </div>
    );
  }
  if (!i) {
    return (
      <div data-testid="outreach-inspection-page">
        {back}
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </div>
    );
  }
  const open = (f: InspectionFinding) => f.taskState !== 'closed' && f.taskState !== 'cancelled';
  const task = (f: InspectionFinding) => <LedgerTask id={f.ledgerTaskId} number={f.taskNumber} state={f.taskState} />;
  const columns: TableColumnsType<InspectionFinding> = [
    {
      title: t('outreach.inspections.findingTitle'),
      key: 'title',
      render: (_, f) => (
        <div style={{ minWidth: 0 }}>
          <div className="ys-break">
            <SeverityTag severity={f.severity} /> {f.title}
          </div>
          {f.detail && <div className="ys-muted ys-break">{f.detail}</div>}
        </div>
      ),
    },
    { title: t('outreach.inspections.findingUnit'), key: 'unit', width: 220, render: (_, f) => <span className="ys-break">{departments.nameOf(f.departmentId)}</span> },
    { title: t('outreach.inspections.findingDue'), key: 'due', width: 170, render: (_, f) => <DueDate dueOn={f.dueOn} open={open(f)} /> },
    { title: t('outreach.inspections.task'), key: 'task', width: 230, render: (_, f) => task(f) },
  ];
  const card = (f: InspectionFinding) => (
    <Card size="small" className="ys-work-card" data-testid="finding-card">
      <div className="ys-work-card-head">
        <span className="ys-work-card-title">{f.title}</span>
        <SeverityTag severity={f.severity} />
      </div>
      {f.detail && <p className="ys-break ys-outreach-detail">{f.detail}</p>}
      <dl className="ys-work-facts">
        <dt>{t('outreach.inspections.findingUnit')}</dt>
        <dd>{departments.nameOf(f.departmentId)}</dd>
        <dt>{t('outreach.inspections.findingDue')}</dt>
        <dd>
          <DueDate dueOn={f.dueOn} open={open(f)} />
        </dd>
        <dt>{t('outreach.inspections.task')}</dt>
        <dd>{task(f)}</dd>
      </dl>
    </Card>
  );

  return (
    <div data-testid="outreach-inspection-page">
      {back}
      <PageHeader
        title={
          <span className="ys-tags">
            <span data-testid="inspection-hall-name">{i.hallName}</span>
            <ModeTag mode={i.mode} />
          </span>
        }
        description={t('outreach.inspections.heldOnLine', { on: i.heldOn })}
        extra={<Button icon={<ReloadOutlined />} onClick={inspection.reload} aria-label={t('common.refresh')} />}
      />
      <Card size="small" data-testid="inspection-facts">
        <dl className="ys-work-facts ys-work-facts-wide">
          <dt>{t('outreach.inspections.hallUnit')}</dt>
          <dd>{label(i.departmentName, i.departmentId)}</dd>
          <dt>{t('outreach.fields.area')}</dt>
          <dd>{areaLabel(i.regionCode)}</dd>
          <dt>{t('outreach.inspections.inspectors')}</dt>
          <dd>{i.inspectors}</dd>
          <dt>{t('outreach.inspections.jointWith')}</dt>
          <dd>{i.jointWith || '—'}</dd>
        </dl>
        {i.summary && <p className="ys-break ys-outreach-detail">{i.summary}</p>}
      </Card>
      <Card size="small" title={t('outreach.inspections.findingsCount', { count: i.findings.length })} className="ys-outreach-section" styles={{ body: { padding: 0 } }} data-testid="inspection-findings-card">
        <DataList
          cardsClassName="ys-outreach-cards"
          items={i.findings}
          rowKey={(f) => f.id}
          columns={columns}
          card={card}
          loading={false}
          loaded
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('outreach.inspections.noFindings')} />}
          pagination={false}
          testId="findings"
        />
      </Card>
    </div>
  );
}
