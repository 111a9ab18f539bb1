import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../api/org.ts';
import { formatDateTime } from '../../../components/format.ts';
import { userStatus, type UserStatus } from './status.ts';

const colors: Record<UserStatus, string> = { disabled: 'default', locked: 'orange', mustChangePassword: 'gold', active: 'green' };

export function UserStatusTag({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const status = userStatus(user);
  const label =
    status === 'locked' ? t('users.status.locked', { until: formatDateTime(user.lockedUntil) }) : t(`users.status.${status}`);
  return (
    <Tag color={colors[status]} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
      {label}
    </Tag>
  );
}
