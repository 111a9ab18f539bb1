// /office/projects/:id — a key project: its facts, where it stands among the four approval stages, and its
// blockers (堵点) by stage — who holds each, since when, and how and when it was solved (at a 推进会 or otherwise).
// The office adds a blocker and solves one.
import { LeftOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Steps, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PROJECT_STAGES } from '../../../../../common/api/outreach.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { getProject, type BlockerView, type ProjectDetail } from '../../../api/outreach.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { useNarrow } from '../../registry/useNarrow.ts';
import { holdsAny, OUTREACH_WRITERS } from '../access.ts';
import { areaLabel, enterprisePath, formatInvestment, stageLabel, type ProjectStage } from '../labels.ts';
import { useDepartments } from '../useDepartments.ts';
import { AddBlockerDialog, SolveBlockerDialog } from './BlockerDialogs.tsx';
import { BlockerCount } from './ProjectsPage.tsx';
import '../../applications/staff/work.css';
import '../outreach.css';

export function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { roles } = useSession();
  const writer = holdsAny(roles, OUTREACH_WRITERS);
  const narrow = useNarrow();
  const [adding, setAdding] = useState(false);
  const [solving, setSolving] = useState<BlockerView | null>(null);
  const project = useRemote(useCallback((signal: AbortSignal) => getProject(id, signal), [id]));
  const departments = useDepartments();
  const p = project.data;
  const back = (
    <Link to="/office/projects" className="ys-back-link">
      <LeftOutlined /> {t('outreach.menu.projects')}
    </Link>
  );
  if (project.error && !project.loading) {
    return (
      <div data-testid="outreach-project-page">
        {back}
        <LoadError error={project.error} onRetry={project.reload} />
      </div>
    );
  }
  if (!p) {
    return (
      <div data-testid="outreach-project-page">
        {back}
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </div>
    );
  }
  const stageIndex = PROJECT_STAGES.indexOf(p.stage);
  return (
    <div data-testid="outreach-project-page">
      {back}
      <PageHeader
        title={<span data-testid="project-name">{p.name}</span>}
        description={<span className="ys-code">{p.code}</span>}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={project.reload} aria-label={t('common.refresh')} />
            {writer && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="blocker-add">
                {t('outreach.blockers.add')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small" data-testid="project-facts">
        <dl className="ys-work-facts ys-work-facts-wide">
          <dt>{t('outreach.fields.enterprise')}</dt>
          <dd>
            <Link to={enterprisePath(p.uscc)}>{p.enterpriseName}</Link>
          </dd>
          <dt>{t('outreach.fields.area')}</dt>
          <dd>{areaLabel(p.regionCode)}</dd>
          <dt>{t('outreach.projects.investmentUnit')}</dt>
          <dd>{formatInvestment(p.investment)}</dd>
          <dt>{t('outreach.projects.year')}</dt>
          <dd>{p.year}</dd>
          <dt>{t('outreach.projects.department')}</dt>
          <dd>{departments.nameOf(p.departmentId)}</dd>
          <dt>{t('outreach.projects.blockers')}</dt>
          <dd>
            <BlockerCount project={p} />
          </dd>
        </dl>
        <Steps
          className="ys-outreach-stages"
          size="small"
          direction={narrow ? 'vertical' : 'horizontal'}
          current={stageIndex}
          items={PROJECT_STAGES.map((s) => ({ title: stageLabel(s) }))}
        />
      </Card>
      {PROJECT_STAGES.map((stage) => (
        <StageBlockers key={stage} stage={stage} project={p} writer={writer} onSolve={setSolving} />
      ))}
      {adding && (
        <AddBlockerDialog
          project={p}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            project.reload();
          }}
        />
      )}
      {solving && (
        <SolveBlockerDialog
          blocker={solving}
          onClose={() => setSolving(null)}
          onStale={project.reload}
          onDone={() => {
            setSolving(null);
            project.reload();
          }}
        />
      )}
    </div>
  );
}

function StageBlockers({ stage, project, writer, onSolve }: { stage: ProjectStage; project: ProjectDetail; writer: boolean; onSolve: (b: BlockerView) => void }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const blockers = project.blockerList.filter((b) => b.stage === stage);
  const open = blockers.filter((b) => b.state === 'open').length;
  return (
    <Card
      size="small"
      className="ys-outreach-section"
      title={stageLabel(stage)}
      extra={blockers.length > 0 && <span className={open > 0 ? 'ys-outreach-open' : 'ys-muted'}>{t('outreach.blockers.stageCounts', { total: blockers.length, open })}</span>}
      data-testid={`project-stage-${stage}`}
    >
      {blockers.length === 0 ? (
        <div className="ys-muted">{t('outreach.blockers.none')}</div>
      ) : (
        <ul className="ys-outreach-blockers">
          {blockers.map((b) => (
            <li key={b.id} className={b.state === 'open' ? 'is-open' : 'is-solved'} data-testid="blocker">
              <div className="ys-outreach-blocker-head">
                <span className="ys-break">
                  <strong>{b.title}</strong>
                </span>
                <Tag color={b.state === 'open' ? 'red' : 'green'} data-testid="blocker-state">
                  {t(b.state === 'open' ? 'outreach.blockers.open' : 'outreach.blockers.solvedState')}
                </Tag>
              </div>
              <div className="ys-muted ys-break">{t('outreach.blockers.heldBy', { unit: label(b.departmentName, b.departmentId), on: b.foundOn })}</div>
              {b.detail && <div className="ys-break ys-outreach-detail">{b.detail}</div>}
              {b.state === 'solved' && (
                <div className="ys-outreach-answer ys-break" data-testid="blocker-solution">
                  {t(b.solvedMeetingId ? 'outreach.blockers.solvedAtMeeting' : 'outreach.blockers.solvedOnDay', { on: b.solvedOn ?? '' })}
                  {b.solution}
                </div>
              )}
              {writer && b.state === 'open' && (
                <Button size="small" onClick={() => onSolve(b)} style={{ marginTop: 6 }} data-testid="blocker-solve">
                  {t('outreach.blockers.solve')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
