import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout as AntLayout, theme as antTheme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { Brand } from '../components/Brand.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { NotificationBell } from '../components/notifications/NotificationBell.tsx';
import { SideMenu } from './SideMenu.tsx';
import { UserMenu } from './UserMenu.tsx';
import { useSession } from './session.tsx';

/**
 * The signed-in layout: header (brand, language, the notification bell, user), the role menu at the side on wide screens
 * and in a drawer behind a hamburger on phones (the switch is pure CSS, so there is no flash).
 */
export function Shell() {
  const { t } = useTranslation();
  const { token } = antTheme.useToken();
  const { user } = useSession();
  const { pathname } = useLocation();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerPath, setDrawerPath] = useState(pathname);
  // Close the drawer when the page changes (also on back/forward).
  if (drawerPath !== pathname) {
    setDrawerPath(pathname);
    setDrawerOpen(false);
  }
  // Until the password is changed there is nowhere else to go (RequireSession enforces it).
  const showMenu = Boolean(user && !user.mustChangePassword);

  return (
    <AntLayout style={{ minHeight: '100vh' }}>
      <AntLayout.Header className="ys-header">
        <div className="ys-shell-header">
          {showMenu && (
            <Button
              type="text"
              className="ys-hamburger"
              icon={<MenuOutlined />}
              aria-label={t('menu.open')}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
              data-testid="menu-button"
            />
          )}
          <Brand />
          <div className="ys-shell-actions">
            <LanguageSwitch />
            {/* 站内消息: not while the password must change first (the server refuses everything else then). */}
            {showMenu && <NotificationBell />}
            <UserMenu />
          </div>
        </div>
      </AntLayout.Header>
      <AntLayout hasSider={showMenu}>
        {showMenu && (
          <AntLayout.Sider width={220} theme="light" className="ys-sider">
            <SideMenu />
          </AntLayout.Sider>
        )}
        <AntLayout.Content style={{ minWidth: 0 }}>
          <main className="ys-shell-content">
            <Outlet />
          </main>
          <AntLayout.Footer className="ys-footer" style={{ color: token.colorTextTertiary }}>
            {t('footer.text')}
          </AntLayout.Footer>
        </AntLayout.Content>
      </AntLayout>
      {showMenu && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          width={264}
          title={t('app.name')}
          styles={{ body: { padding: '8px 0' } }}
          className="ys-menu-drawer"
        >
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </AntLayout>
  );
}
