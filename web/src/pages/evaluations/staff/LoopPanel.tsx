// The 差评 loop of a rating: its state, deadlines, holders, how it was dealt with, the 回访 outcome, one
// button per action the server allows this user now, and the history as a timeline.
import { Button, Card, Empty, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOOP_STATES, type LoopState } from '../../../../../common/api/evaluations.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import type { LoopView } from '../../../api/evaluations.ts';
import { formatDateTime } from '../../../components/format.ts';
import { LoopDeadlineTag, LoopStateTag } from './EvalTags.tsx';
import { bilingual, decisionLabel, holdersText, isLoopOpen, loopStateLabel } from './labels.ts';
import type { LoopAction } from './loopActions.ts';

/** The main step first (the one that moves the loop on), then the rest as the server listed them. */
const FORWARD = ['assign', 'fixNow', 'toLedger', 'explain', 'completeFix', 'callBack'];
const DANGER = new Set(['reopen']);

const stateName = (state: string) =>
  (LOOP_STATES as readonly string[]).includes(state) ? loopStateLabel(state as LoopState) : state;

export function LoopPanel({ loop, onAction }: { loop: LoopView; onAction: (action: LoopAction) => void }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const open = isLoopOpen(loop.state);
  const actions = [...loop.actions].sort((a, b) => rank(a.key) - rank(b.key));
  const firstForward = actions.findIndex((a) => FORWARD.includes(a.key));
  return (
    <Card
      title={t('evalWork.loop.title')}
      extra={<LoopStateTag state={loop.state} />}
      data-testid="loop-panel"
    >
      <dl className="ys-work-facts">
        <dt>{t('evalWork.fields.deadline')}</dt>
        <dd data-testid="loop-deadline">
          <LoopDeadlineTag loop={loop} showDue={false} />
        </dd>
        {open && loop.stateDueAt && (
          <>
            <dt>{t('evalWork.loop.stateDueAt')}</dt>
            <dd>{formatDateTime(loop.stateDueAt)}</dd>
          </>
        )}
        {/* The loop's own clock stands still while a ledger fix runs: only the step's deadline counts then. */}
        {open && loop.dueAt && loop.state !== 'rectifying' && (
          <>
            <dt>{t('evalWork.loop.dueAt')}</dt>
            <dd>{formatDateTime(loop.dueAt)}</dd>
          </>
        )}
        <dt>{t('evalWork.fields.holders')}</dt>
        <dd data-testid="loop-holders">
          {holdersText(loop.holders, label)}
        </dd>
        {loop.decision && (
          <>
            <dt>{t('evalWork.loop.decision')}</dt>
            <dd data-testid="loop-decision">{decisionLabel(loop.decision)}</dd>
          </>
        )}
        {loop.calledBack && (
          <>
            <dt>{t('evalWork.loop.callBack')}</dt>
            <dd data-testid="loop-callback">
              <span className="ys-tags">
                <Tag color={loop.calledBack.contacted ? 'blue' : 'default'}>
                  {t(loop.calledBack.contacted ? 'evalWork.loop.contacted' : 'evalWork.loop.notContacted')}
                </Tag>
                {loop.calledBack.satisfied !== null && (
                  <Tag color={loop.calledBack.satisfied ? 'green' : 'red'}>
                    {t(loop.calledBack.satisfied ? 'evalWork.loop.satisfied' : 'evalWork.loop.notSatisfied')}
                  </Tag>
                )}
              </span>
              <div className="ys-muted">{formatDateTime(loop.calledBack.at)}</div>
            </dd>
          </>
        )}
        {loop.closedAt && (
          <>
            <dt>{t('evalWork.loop.closedAt')}</dt>
            <dd>
              {formatDateTime(loop.closedAt)}
              {loop.onTime !== null && (
                <span className="ys-muted">
                  {' '}
                  · {t(loop.onTime ? 'evalWork.loop.onTimeYes' : 'evalWork.loop.onTimeNo')}
                </span>
              )}
            </dd>
          </>
        )}
      </dl>
      <div className="ys-work-actions" data-testid="loop-actions">
        {actions.length === 0 ? (
          <span className="ys-muted" data-testid="loop-no-actions">
            {open ? t('evalWork.loop.noActions') : t('evalWork.loop.finished')}
          </span>
        ) : (
          actions.map((action, i) => (
            <Button
              key={action.key}
              type={i === firstForward ? 'primary' : 'default'}
              danger={DANGER.has(action.key)}
              onClick={() => onAction(action)}
              data-testid={`loop-action-${action.key}`}
            >
              {bilingual(action.label)}
            </Button>
          ))
        )}
      </div>
      <h2 className="ys-eval-subtitle">{t('evalWork.loop.history')}</h2>
      <LoopHistory loop={loop} />
    </Card>
  );
}

function rank(key: string): number {
  const at = FORWARD.indexOf(key);
  return at < 0 ? FORWARD.length : at;
}

function LoopHistory({ loop }: { loop: LoopView }) {
  const { t } = useTranslation();
  if (!loop.history.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evalWork.loop.noHistory')} />;
  return (
    <Timeline
      data-testid="loop-history"
      items={[...loop.history].reverse().map((entry, i) => ({
        key: `${entry.at}-${i}`,
        color:
          entry.action === 'reopen'
            ? 'red'
            : entry.action === 'urge'
              ? 'orange'
              : entry.toState === 'closed'
                ? 'green'
                : 'blue',
        children: (
          <div className="ys-work-history">
            <div>
              <strong>{bilingual(entry.actionLabel)}</strong>
              <span className="ys-muted">
                {' '}
                · {entry.actorName ?? t('evalWork.loop.system')} · {formatDateTime(entry.at)}
              </span>
            </div>
            {entry.fromState !== entry.toState && (
              <div className="ys-muted">
                {t('evalWork.loop.moved', { from: stateName(entry.fromState), to: stateName(entry.toState) })}
              </div>
            )}
            {entry.comment && <div className="ys-break ys-work-comment">{entry.comment}</div>}
          </div>
        ),
      }))}
    />
  );
}
