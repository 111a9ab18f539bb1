// A task's tags: the state, and the light as a coloured dot with its words and the working days left (never
// colour alone); 挂牌督办 and 自治区销号 as tags of their own.
import { FlagOutlined } from '@ant-design/icons';
import { Progress, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Light, TaskState } from '../../../../common/ledger/vocabulary.ts';
import { LIGHT_COLORS, lightLabel, STATE_COLORS, stateLabel } from './labels.ts';

const flat = { marginInlineEnd: 0 };

export function StateTag({ state }: { state: TaskState }) {
  return (
    <Tag color={STATE_COLORS[state]} style={flat} data-testid="task-state">
      {stateLabel(state)}
    </Tag>
  );
}

export function Dot({ light, size = 10 }: { light: Light; size?: number }) {
  return <span className="ys-ledger-dot" aria-hidden style={{ width: size, height: size, background: LIGHT_COLORS[light] }} />;
}

interface Lit {
  light: Light;
  daysLeft: number;
  amberReason?: 'time' | 'half' | null;
  state?: TaskState;
}

/** 正常推进 · 剩 12 个工作日 / 临期预警 · 剩 2 个工作日 / 逾期 · 超 3 个工作日 / 已销号. */
export function LightMark({ task, compact = false }: { task: Lit; compact?: boolean }) {
  const { t } = useTranslation();
  const days =
    task.light === 'done'
      ? null
      : task.daysLeft < 0
        ? t('ledger.light.daysOver', { count: -task.daysLeft })
        : task.daysLeft === 0
          ? t('ledger.light.dueToday')
          : t('ledger.light.daysLeft', { count: task.daysLeft });
  const why = task.light === 'amber' && task.amberReason ? t(`ledger.light.amber.${task.amberReason}`) : null;
  const body = (
    <span className="ys-ledger-light" data-testid="task-light" data-light={task.light}>
      <Dot light={task.light} />
      <span className={`ys-ledger-light-word is-${task.light}`}>{lightLabel(task.light)}</span>
      {days && <span className="ys-ledger-light-days">{compact ? days : `· ${days}`}</span>}
    </span>
  );
  return why ? <Tooltip title={why}>{body}</Tooltip> : body;
}

export function EscalatedTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" icon={<FlagOutlined />} style={flat} data-testid="task-escalated">
      {t('ledger.task.escalated')}
    </Tag>
  );
}

export function SecondApprovalTag() {
  const { t } = useTranslation();
  return (
    <Tag color="purple" style={flat}>
      {t('ledger.task.needsSecondApproval')}
    </Tag>
  );
}

export function ProgressMark({ value, light }: { value: number; light: Light }) {
  return <Progress percent={value} size="small" strokeColor={LIGHT_COLORS[light === 'done' ? 'green' : light]} style={{ margin: 0, minWidth: 80 }} />;
}
