// One enterprise problem as a card (phones, and the unit's own list): what was raised, by which enterprise and
// when, where it went and by when, the answer, the ledger task it became, and the actions the viewer has.
import { Card } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import type { ProblemView } from '../../../api/outreach.ts';
import { enterprisePath } from '../labels.ts';
import { DueDate, LedgerTask, ProblemStateTag } from '../Tags.tsx';

export function ProblemCard({ problem: p, actions, linkEnterprise = true }: { problem: ProblemView; actions?: ReactNode; linkEnterprise?: boolean }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const late = p.state === 'routed' && p.dueOn !== null && p.dueOn < new Date().toISOString().slice(0, 10);
  return (
    <Card size="small" className={`ys-work-card${late ? ' is-overdue' : p.state === 'routed' ? ' is-normal' : ''}`} data-testid="problem-card">
      <div className="ys-work-card-head">
        <span className="ys-work-card-title" data-testid="problem-title-text">
          {p.title}
        </span>
        <ProblemStateTag state={p.state} />
      </div>
      {p.detail && <p className="ys-break ys-outreach-detail">{p.detail}</p>}
      <dl className="ys-work-facts">
        <dt>{t('outreach.fields.enterprise')}</dt>
        <dd>{linkEnterprise ? <Link to={enterprisePath(p.uscc)}>{p.enterpriseName}</Link> : p.enterpriseName}</dd>
        <dt>{t('outreach.problems.raisedOn')}</dt>
        <dd>{p.raisedOn}</dd>
        {p.departmentName && (
          <>
            <dt>{t('outreach.problems.unit')}</dt>
            <dd>{label(p.departmentName, p.departmentId)}</dd>
            <dt>{t('outreach.problems.dueOn')}</dt>
            <dd>
              <DueDate dueOn={p.dueOn} open={p.state === 'routed'} />
            </dd>
          </>
        )}
        {p.ledgerTaskId && (
          <>
            <dt>{t('outreach.problems.ledger')}</dt>
            <dd>
              <LedgerTask id={p.ledgerTaskId} />
            </dd>
          </>
        )}
      </dl>
      {p.answer && (
        <div className="ys-outreach-answer ys-break" data-testid="problem-answer">
          {p.answer}
        </div>
      )}
      {actions && <div className="ys-outreach-card-actions">{actions}</div>}
    </Card>
  );
}
