// /work/ledger/:id — one ledger task, for the office and the units alike: the head (number, title, state, light,
// deadline, progress), exactly the actions the server allows this user now, the facts, 挂牌督办 and the timeline of
// reports. Every step reloads the task; a 409 (someone acted first) says so and reloads; a task that is not there
// (or not the user's to see — the server answers 404 for both) says it was not found.
import { ArrowLeftOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Progress, Result, Row, Skeleton, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/client.ts';
import { getTask, type EscalationView, type TaskAction } from '../../../api/ledger.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { holdsAny, LEDGER_READERS } from '../access.ts';
import { bilingual, LIGHT_COLORS } from '../labels.ts';
import { EscalatedTag, LightMark, SecondApprovalTag, StateTag } from '../Tags.tsx';
import { EditDialog } from './EditDialog.tsx';
import { EscalationDialog } from './EscalationDialogs.tsx';
import { ProgressDialog } from './ProgressDialog.tsx';
import { orderActions, specOf } from './steps.ts';
import { StepDialog } from './StepDialog.tsx';
import { Escalations, ReportTimeline, TaskFacts } from './TaskSections.tsx';
import '../../applications/staff/work.css';
import '../ledger.css';

type Open = { kind: 'action'; action: TaskAction } | { kind: 'lift'; escalation: EscalationView } | null;

export function TaskPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { roles } = useSession();
  const remote = useRemote(useCallback((signal: AbortSignal) => getTask(id, signal), [id]));
  const [open, setOpen] = useState<Open>(null);
  const office = holdsAny(roles, LEDGER_READERS);
  const back = office ? { to: '/office/ledger/tasks', label: t('ledger.task.backToTasks') } : { to: '/work/ledger', label: t('ledger.task.backToMine') };
  const needsDepartments = open?.kind === 'action' && open.action.key === 'edit';
  const departments = useRemote(useCallback((signal: AbortSignal) => (needsDepartments ? listDepartments(signal) : Promise.resolve(null)), [needsDepartments]));
  const task = remote.data && remote.data.id === id ? remote.data : undefined;

  const close = () => setOpen(null);
  const done = () => {
    setOpen(null);
    remote.reload();
  };

  if (remote.error && !remote.loading && isApiError(remote.error) && remote.error.status === 404) {
    return (
      <div data-testid="task-not-found">
        <Result
          status="404"
          title={t('ledger.task.notFound')}
          subTitle={t('ledger.task.notFoundHint')}
          extra={
            <Link to={back.to}>
              <Button type="primary">{back.label}</Button>
            </Link>
          }
        />
      </div>
    );
  }
  if (remote.error && !remote.loading && !task) return <LoadError error={remote.error} onRetry={remote.reload} />;
  if (!task) return <Skeleton active paragraph={{ rows: 8 }} />;

  const actions = orderActions(task.actions);
  const canLift = task.actions.some((a) => a.key === 'lift');
  const openEscalation = task.escalations.find((e) => !e.liftedAt);
  const action = open?.kind === 'action' ? open.action : null;
  const dialog = action ? specOf(action.key)?.dialog : null;

  return (
    <div data-testid="task-page">
      <Flex justify="space-between" align="center" gap="small" wrap style={{ marginBottom: 12 }}>
        <Link to={back.to} className="ys-back-link" style={{ marginBottom: 0 }}>
          <ArrowLeftOutlined /> {back.label}
        </Link>
        <Button icon={<ReloadOutlined />} onClick={remote.reload} loading={remote.loading} aria-label={t('common.refresh')} />
      </Flex>
      <Card className="ys-work-case-head" data-testid="task-head">
        <div className="ys-ledger-number-line">
          <span className="ys-code" data-testid="task-number">
            {task.number}
          </span>
          <LightMark task={task} />
        </div>
        <div className="ys-work-case-title">
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }} className="ys-break" data-testid="task-title">
            {task.title}
          </Typography.Title>
          <span className="ys-tags">
            <StateTag state={task.state} />
            {task.escalated && <EscalatedTag />}
            {task.needsSecondApproval && <SecondApprovalTag />}
          </span>
        </div>
        <div className="ys-ledger-head-progress">
          <span className="ys-muted">{t('ledger.fields.due')}</span> <strong className="ys-code" data-testid="task-due">{task.dueOn}</strong>
          <Progress percent={task.progress} strokeColor={LIGHT_COLORS[task.light === 'done' ? 'green' : task.light]} aria-label={t('ledger.fields.progress')} data-testid="task-progress" />
        </div>
        <TaskFacts task={task} />
        <div className="ys-work-actions" data-testid="task-actions">
          {actions.length === 0 ? (
            <span className="ys-muted" data-testid="task-no-actions">
              {t(task.state === 'closed' || task.state === 'cancelled' ? 'ledger.task.ended' : 'ledger.task.noActions')}
            </span>
          ) : (
            actions.map((a, i) => (
              <Button key={a.key} type={i === 0 && specOf(a.key)?.forward ? 'primary' : 'default'} danger={specOf(a.key)?.danger} onClick={() => setOpen(a.key === 'lift' && openEscalation ? { kind: 'lift', escalation: openEscalation } : { kind: 'action', action: a })} data-testid={`action-${a.key}`}>
                {bilingual(a.label)}
              </Button>
            ))
          )}
        </div>
      </Card>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={10}>
          <Card title={t('ledger.task.about')} size="small">
            {task.detail ? <div className="ys-ledger-text">{task.detail}</div> : <div className="ys-muted">{t('ledger.task.noDetail')}</div>}
            {task.expectedResult && (
              <div className="ys-ledger-expected">
                <div className="ys-muted ys-ledger-small">{t('ledger.fields.expectedResult')}</div>
                <div className="ys-ledger-text">{task.expectedResult}</div>
              </div>
            )}
          </Card>
          <Card title={t('ledger.escalation.title')} size="small" style={{ marginTop: 16 }}>
            <Escalations items={task.escalations} canLift={canLift} onLift={(escalation) => setOpen({ kind: 'lift', escalation })} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('ledger.task.timeline')} size="small">
            <ReportTimeline reports={task.reports} />
          </Card>
        </Col>
      </Row>
      {action && dialog === 'report' && <ProgressDialog task={task} onClose={close} onDone={done} />}
      {action && dialog === 'step' && <StepDialog task={task} action={action} onClose={close} onDone={done} onStale={done} />}
      {action && dialog === 'escalate' && <EscalationDialog task={task} onClose={close} onDone={done} onStale={done} />}
      {open?.kind === 'lift' && <EscalationDialog task={task} lifting={open.escalation} onClose={close} onDone={done} onStale={done} />}
      {action && dialog === 'edit' && departments.data && <EditDialog task={task} departments={departments.data.departments} onClose={close} onDone={done} onStale={done} />}
    </div>
  );
}
