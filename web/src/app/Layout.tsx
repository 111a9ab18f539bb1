import { LikeOutlined, LoginOutlined, SolutionOutlined } from '@ant-design/icons';
import { Button, Flex, Layout as AntLayout, theme as antTheme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { Brand } from '../components/Brand.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { signInPath, signInUrl } from './paths.ts';

const servicesPath = '/services';
const satisfactionPath = '/satisfaction';

/** The layout for visitors who are not signed in: the landing page, sign-in, 404. */
export function Layout() {
  const { t, i18n } = useTranslation();
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
            {/* The public catalogue (办事服务): the first thing most visitors came for. */}
            <Button
              type="text"
              icon={<SolutionOutlined />}
              href={servicesPath}
              onClick={(event) => {
                event.preventDefault();
                void navigate(servicesPath);
              }}
              aria-label={t('catalogPublic.menu.services')}
              data-testid="header-services"
            >
              <span className="ys-hide-phone">{t('catalogPublic.menu.services')}</span>
            </Button>
            {/* 好差评 in public: each department's satisfaction, and where to review one. */}
            <Button
              type="text"
              icon={<LikeOutlined />}
              href={satisfactionPath}
              onClick={(event) => {
                event.preventDefault();
                void navigate(satisfactionPath);
              }}
              aria-label={t('rate.menu.satisfaction')}
              data-testid="header-satisfaction"
              // A phone's header has no room beside the brand: the landing page links it there.
              className="ys-hide-phone"
            >
              <span className="ys-hide-phone">{t('rate.menu.satisfaction')}</span>
            </Button>
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
                aria-label={t('shell.signIn')}
                data-testid="header-sign-in"
              >
                {/* "Yingshang" is wider than 营商通: on an English phone the button keeps only its icon. */}
                <span className={i18n.language === 'en' ? 'ys-hide-phone' : undefined}>{t('shell.signIn')}</span>
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
