import { LoginOutlined } from '@ant-design/icons';
import { Button, Flex, Layout as AntLayout, theme as antTheme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { Brand } from '../components/Brand.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { signInPath, signInUrl } from './paths.ts';

/** The layout for visitors who are not signed in: the landing page, sign-in, 404. */
export function Layout() {
  const { t } = useTranslation();
  const { token } = antTheme.useToken();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const onSignIn = pathname === signInPath;
  const target = signInUrl(pathname === '/' ? '/' : `${pathname}${search}`);
  return (
    <AntLayout style={{ minHeight: '100vh' }}>
      <AntLayout.Header className="ys-header">
        <div className="ys-header-inner">
          <Brand />
          <Flex gap="small" align="center" style={{ flex: 'none' }}>
            <LanguageSwitch />
            {!onSignIn && (
              <Button
                type="primary"
                icon={<LoginOutlined />}
                href={target}
                onClick={(event) => {
                  event.preventDefault();
                  void navigate(target);
                }}
                data-testid="header-sign-in"
              >
                {t('shell.signIn')}
              </Button>
            )}
          </Flex>
        </div>
      </AntLayout.Header>
      <AntLayout.Content>
        <main className="ys-content">
          <Outlet />
        </main>
      </AntLayout.Content>
      <AntLayout.Footer className="ys-footer" style={{ color: token.colorTextTertiary }}>
        {t('footer.text')}
      </AntLayout.Footer>
    </AntLayout>
  );
}
