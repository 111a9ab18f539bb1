// Route guards: who may see a page. The server decides what data anyone gets; these only keep the
// interface honest (no page that would answer 403 anyway, no work before a forced password change).
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '../../../common/api/roles.ts';
import { ForbiddenPage } from '../pages/forbidden/ForbiddenPage.tsx';
import { HomePage } from '../pages/home/HomePage.tsx';
import { WelcomePage } from '../pages/home/WelcomePage.tsx';
import { allows, rolesFor } from './menu.ts';
import { changePasswordPath, changePasswordUrl, signInPath, signInUrl } from './paths.ts';
import { useSession } from './session.tsx';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }} data-testid="page-loading">
      <Spin tip={t('shell.loadingSession')} size="large">
        <div style={{ width: 160, height: 80 }} />
      </Spin>
    </Flex>
  );
}

/** The server could not say whether we are signed in (it is down or unreachable). */
export function SessionError() {
  const { t } = useTranslation();
  const { state, refresh } = useSession();
  const detail = state.status === 'error' ? state.error.message : '';
  return (
    <Result
      status="warning"
      title={t('shell.sessionError')}
      subTitle={<span className="ys-break">{detail}</span>}
      extra={
        <Button type="primary" icon={<ReloadOutlined />} onClick={() => void refresh()}>
          {t('common.retry')}
        </Button>
      }
      data-testid="session-error"
    />
  );
}

/** Signed in, and not owing a password change; otherwise off to the page that fixes it. */
export function RequireSession({ children }: { children?: ReactNode }) {
  const { state, user } = useSession();
  const { pathname, search } = useLocation();
  const here = `${pathname}${search}`;
  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'error') return <SessionError />;
  if (!user) {
    if (state.status === 'anonymous' && state.reason === 'signedOut') return <Navigate to={signInPath} replace />;
    return <Navigate to={signInUrl(here, { expired: state.status === 'anonymous' && state.reason === 'expired' })} replace />;
  }
  if (user.mustChangePassword && pathname !== changePasswordPath) {
    return <Navigate to={changePasswordUrl(here)} replace />;
  }
  return children ?? <Outlet />;
}

/** The page's roles come from its menu entry (app/menu.ts) unless given. */
export function RequireRoles({ roles, children }: { roles?: readonly Role[]; children?: ReactNode }) {
  const { roles: held } = useSession();
  const { pathname } = useLocation();
  const needed = roles ?? rolesFor(pathname);
  if (needed && !allows({ roles: needed }, held)) return <ForbiddenPage />;
  return children ?? <Outlet />;
}

/** "/" is the public landing page for visitors and the workspace home once signed in. */
export function HomeRoute() {
  const { state, user } = useSession();
  if (state.status === 'loading') return <PageLoading />;
  if (state.status === 'anonymous' && state.reason === 'expired') return <Navigate to={signInUrl('/', { expired: true })} replace />;
  if (!user) return <HomePage />;
  return (
    <RequireSession>
      <WelcomePage />
    </RequireSession>
  );
}
