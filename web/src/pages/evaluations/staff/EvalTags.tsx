// Tags of 好差评: the level (非常不满意 red, 不满意 orange), the loop's state and its deadline light (the
// same light as 办件's, with words, never colour alone), the channel, an appeal's status.
import { Tag } from 'antd';
import type {
  AppealStatus,
  LoopState,
  LoopView,
  RatingChannel,
} from '../../../../../common/api/evaluations.ts';
import { DeadlineTag } from '../../applications/staff/WorkTags.tsx';
import {
  appealStatusColors,
  appealStatusLabel,
  channelLabel,
  levelColor,
  levelLabel,
  loopDueAt,
  loopLight,
  loopStateColors,
  loopStateLabel,
  type LoopClock,
} from './labels.ts';

const flat = { marginInlineEnd: 0 };

export function LevelTag({ level }: { level: number }) {
  return (
    <Tag color={levelColor(level)} style={flat} data-testid="level-tag" data-level={level}>
      {levelLabel(level)}
    </Tag>
  );
}

export function LoopStateTag({ state }: { state: LoopState }) {
  return (
    <Tag color={loopStateColors[state]} style={flat} data-testid="loop-state-tag">
      {loopStateLabel(state)}
    </Tag>
  );
}

export function RatingChannelTag({ channel }: { channel: RatingChannel }) {
  return <Tag style={flat}>{channelLabel(channel)}</Tag>;
}

export function AppealStatusTag({ status }: { status: AppealStatus }) {
  return (
    <Tag color={appealStatusColors[status]} style={flat} data-testid="appeal-status">
      {appealStatusLabel(status)}
    </Tag>
  );
}

/** The light and the days left, counted to the deadline that sets the light (see loopDueAt). */
export function LoopDeadlineTag({
  loop,
  showDue = true,
}: {
  loop: LoopClock & Pick<LoopView, 'stateDueAt'>;
  showDue?: boolean;
}) {
  const light = loopLight(loop);
  return (
    <DeadlineTag
      deadline={light.deadline}
      finished={light.finished}
      dueAt={loopDueAt(loop) ?? loop.dueAt}
      showDue={showDue}
    />
  );
}
