import { Layout as AntLayout, theme as antTheme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';

export function Layout() {
  const { t } = useTranslation();
  const { token } = antTheme.useToken();
  return (
    <AntLayout style={{ minHeight: '100vh' }}>
      <AntLayout.Header className="ys-header">
        <div className="ys-header-inner">
          <Link to="/" className="ys-brand" title={t('header.home')}>
            <span className="ys-brand-mark" style={{ background: token.colorPrimary }} aria-hidden>
              {t('app.logoMark')}
            </span>
            <span className="ys-brand-name" style={{ color: token.colorText }}>
              {t('app.name')}
            </span>
            <span className="ys-brand-sub" style={{ color: token.colorTextSecondary }}>
              {t('app.tagline')}
            </span>
          </Link>
          <LanguageSwitch />
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
