// An application's state tag and its deadline light (green / orange / red), shared by the list and
// the tracking page.
import { ClockCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationState } from '../../../api/applications.ts';
import { deadlineLight, stateTone, type Deadline } from './presentation.ts';

export function StateTag({ state }: { state: ApplicationState }) {
  const { t } = useTranslation();
  return (
    <Tag color={stateTone(state)} bordered={false} data-testid="state-tag" data-state={state}>
      {t(`apply.states.${state}`)}
    </Tag>
  );
}

export function DeadlineLight({ deadline, state }: { deadline: Deadline; state: ApplicationState }) {
  const { t } = useTranslation();
  const light = deadlineLight(deadline, state);
  if (!light) return null;
  return (
    <Tag color={light.color} icon={<ClockCircleOutlined />} data-testid="deadline-light" data-deadline={light.key}>
      {t(`apply.deadline.${light.key}`)}
    </Tag>
  );
}
