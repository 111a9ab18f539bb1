import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, ExclamationCircleOutlined, MinusCircleOutlined, PauseCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationState, Channel } from '../../../api/applications.ts';
import { daysLeft, deadlineLight, dueDate, type DeadlineState, type LightKey } from './deadline.ts';
import { channelLabel, materialColors, materialStatusLabel, stateColors, stateLabel } from './labels.ts';

const flat = { marginInlineEnd: 0 };

const ICONS: Record<LightKey, ReactNode> = {
  none: <MinusCircleOutlined />,
  normal: <CheckCircleOutlined />,
  warning: <ClockCircleOutlined />,
  overdue: <ExclamationCircleOutlined />,
  paused: <PauseCircleOutlined />,
  onTime: <CheckCircleOutlined />,
  late: <CloseCircleOutlined />,
};

export function StateTag({ state }: { state: ApplicationState }) {
  return (
    <Tag color={stateColors[state]} style={flat} data-testid="state-tag">
      {stateLabel(state)}
    </Tag>
  );
}

export function ChannelTag({ channel }: { channel: Channel }) {
  return <Tag style={flat}>{channelLabel(channel)}</Tag>;
}

/** The deadline light: an icon, a word and (when open) the due day, so colour is never the only sign. */
export function DeadlineTag({ deadline, dueAt, paused, finished, showDue = true }: { deadline: DeadlineState; dueAt: string | null; paused?: boolean; finished?: boolean; showDue?: boolean }) {
  const { t } = useTranslation();
  const light = deadlineLight(deadline, { paused, finished });
  const left = daysLeft(dueAt);
  const open = !finished && !paused && left !== null && light.key !== 'none';
  const when = !open ? null : left! > 0 ? t('work.deadline.daysLeft', { count: left! }) : left === 0 ? t('work.deadline.today') : t('work.deadline.daysOver', { count: -left! });
  return (
    <span className="ys-work-deadline" data-testid="deadline" data-light={light.key}>
      <Tag color={light.tone} icon={ICONS[light.key]} style={flat}>
        {t(`work.deadline.${light.key}`)}
        {when ? ` · ${when}` : ''}
      </Tag>
      {showDue && dueAt && !finished && <span className="ys-muted ys-work-due">{t('work.deadline.due', { date: dueDate(dueAt) })}</span>}
    </span>
  );
}

export function MaterialStatusTag({ status }: { status: keyof typeof materialColors }) {
  return (
    <Tag color={materialColors[status]} style={flat} data-testid="material-status">
      {materialStatusLabel(status)}
    </Tag>
  );
}
