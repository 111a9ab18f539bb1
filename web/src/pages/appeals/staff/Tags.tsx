// The tags of a ticket: state, kind, urgency, channel, and the deadline light in words (never colour alone).
import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, MinusCircleOutlined, PauseCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Kind, Urgency } from '../../../../../common/appeals/vocabulary.ts';
import type { TicketSummary } from '../../../api/appeals.ts';
import { formatDateTime } from '../../../components/format.ts';
import { bilingual, channelLabel, kindLabel, stateColors, stateName, urgencyColors, urgencyLabel } from './labels.ts';
import { ticketLight, timeLeft, type LightKey } from './light.ts';

const flat = { marginInlineEnd: 0 };

const ICONS: Record<LightKey, ReactNode> = {
  none: <MinusCircleOutlined />,
  normal: <CheckCircleOutlined />,
  warning: <ClockCircleOutlined />,
  overdue: <ExclamationCircleOutlined />,
  held: <PauseCircleOutlined />,
  ended: <StopOutlined />,
};

export function StateTag({ state, label }: { state: string; label?: { zh: string; en: string } }) {
  return (
    <Tag color={stateColors[state] ?? 'default'} style={flat} data-testid="ticket-state">
      {label ? bilingual(label) : stateName(state)}
    </Tag>
  );
}

export const KindTag = ({ kind }: { kind: Kind }) => <Tag style={flat}>{kindLabel(kind)}</Tag>;
export const ChannelTag = ({ channel }: { channel: Channel }) => <Tag style={flat}>{channelLabel(channel)}</Tag>;
export function UrgencyTag({ urgency, always = false }: { urgency: Urgency; always?: boolean }) {
  if (urgency === 'normal' && !always) return null;
  return (
    <Tag color={urgencyColors[urgency]} style={flat}>
      {urgencyLabel(urgency)}
    </Tag>
  );
}

type Lit = Pick<TicketSummary, 'state' | 'deadline' | 'dueAt' | 'stateDueAt'>;

/** The light with the time left (hours when short) and, when asked, the due time itself. */
export function LightTag({ ticket, showDue = false }: { ticket: Lit; showDue?: boolean }) {
  const { t } = useTranslation();
  const light = ticketLight(ticket);
  const left = light.key === 'normal' || light.key === 'warning' || light.key === 'overdue' ? timeLeft(light.dueAt) : null;
  const when = !left
    ? null
    : left.unit === 'hours'
      ? left.value >= 0
        ? left.value === 0
          ? t('appealWork.light.lessThanHour')
          : t('appealWork.light.hoursLeft', { count: left.value })
        : t('appealWork.light.hoursOver', { count: -left.value })
      : left.value >= 0
        ? t('appealWork.light.daysLeft', { count: left.value })
        : t('appealWork.light.daysOver', { count: -left.value });
  return (
    <span className="ys-appeal-light" data-testid="deadline" data-light={light.key}>
      <Tag color={light.tone} icon={ICONS[light.key]} style={flat}>
        {t(`appealWork.light.${light.key}`)}
        {when ? ` · ${when}` : ''}
      </Tag>
      {showDue && light.dueAt && <span className="ys-muted ys-appeal-due">{t(ticket.state === 'signing' ? 'appealWork.light.signDue' : 'appealWork.light.due', { at: formatDateTime(light.dueAt) })}</span>}
    </span>
  );
}
