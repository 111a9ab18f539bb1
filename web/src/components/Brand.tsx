import { theme as antTheme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The mark and name in the header; the tagline hides on narrow screens (global.css). */
export function Brand({ tagline = true }: { tagline?: boolean }) {
  const { t } = useTranslation();
  const { token } = antTheme.useToken();
  return (
    <Link to="/" className="ys-brand" title={t('header.home')}>
      <span className="ys-brand-mark" style={{ background: token.colorPrimary }} aria-hidden>
        {t('app.logoMark')}
      </span>
      <span className="ys-brand-name" style={{ color: token.colorText }}>
        {t('app.name')}
      </span>
      {tagline && (
        <span className="ys-brand-sub" style={{ color: token.colorTextSecondary }}>
          {t('app.tagline')}
        </span>
      )}
    </Link>
  );
}
