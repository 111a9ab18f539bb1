import { HomeOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  return (
    <div data-testid="not-found">
      <Result
        status="404"
        title={t('notFound.title')}
        subTitle={<span className="ys-break">{t('notFound.subtitle', { path: pathname })}</span>}
        extra={
          // A real link (opens in a new tab, works without JS) that navigates in-app when clicked.
          <Button
            type="primary"
            icon={<HomeOutlined />}
            href="/"
            onClick={(event) => {
              event.preventDefault();
              void navigate('/');
            }}
          >
            {t('notFound.backHome')}
          </Button>
        }
      />
    </div>
  );
}
