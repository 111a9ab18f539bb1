import { BellOutlined, DownOutlined, KeyOutlined, LogoutOutlined, PoweroffOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Dropdown, theme as antTheme, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../api/client.ts';
import { useDepartmentLabel } from '../api/departmentNames.ts';
import { notificationsPath } from '../components/notifications/notifications.ts';
import { changePasswordPath, signInPath } from './paths.ts';
import { useSession } from './session.tsx';

/** Avatar, name and department in the header; the account actions behind it. */
export function UserMenu() {
  const { t } = useTranslation();
  const { token } = antTheme.useToken();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const label = useDepartmentLabel();
  if (!user) return null;
  const department = user.department ? label(user.department.name, user.department.id) : '';

  const leave = async (everywhere: boolean) => {
    try {
      await signOut({ everywhere });
    } catch (error) {
      // Signed out here regardless; tell the user if the server did not hear it.
      void message.warning(isApiError(error) ? error.userMessage : t('shell.signOutFailed'));
    }
    void navigate(signInPath, { replace: true });
  };

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      className: 'ys-user-menu-who',
      label: (
        <div>
          <div style={{ color: token.colorText, fontWeight: 500 }}>{user.name}</div>
          <div style={{ color: token.colorTextSecondary, fontSize: 12 }}>
            {user.username}
            {user.department ? ` · ${department}` : ''}
          </div>
        </div>
      ),
    },
    { type: 'divider' },
    // 我的消息 is not in the side menu: the bell and this item lead there (not while the password must change).
    ...(user.mustChangePassword ? [] : [{ key: 'notifications', icon: <BellOutlined />, label: t('shell.myNotifications') }]),
    { key: 'password', icon: <KeyOutlined />, label: t('shell.changePassword') },
    { key: 'signOut', icon: <LogoutOutlined />, label: t('shell.signOut') },
    { key: 'signOutEverywhere', icon: <PoweroffOutlined />, label: t('shell.signOutEverywhere'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'notifications') void navigate(notificationsPath);
    if (key === 'password') void navigate(changePasswordPath);
    if (key === 'signOut') void leave(false);
    if (key === 'signOutEverywhere') {
      modal.confirm({
        title: t('shell.signOutEverywhereConfirm.title'),
        content: t('shell.signOutEverywhereConfirm.content'),
        okText: t('shell.signOutEverywhere'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () => leave(true),
      });
    }
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" className="ys-user-button" aria-label={t('shell.account')} data-testid="user-menu">
        <Avatar size="small" style={{ background: token.colorPrimary, flex: 'none' }} icon={<UserOutlined />} />
        <span className="ys-user-text">
          <span className="ys-user-name" data-testid="user-name">
            {user.name}
          </span>
          {user.department && (
            <span className="ys-user-dept" style={{ color: token.colorTextSecondary }} data-testid="user-department">
              {department}
            </span>
          )}
        </span>
        <DownOutlined style={{ fontSize: 10, color: token.colorTextTertiary }} />
      </Button>
    </Dropdown>
  );
}
