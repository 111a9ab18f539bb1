import { HomeOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** 403: signed in, but this page (or the data behind it) is not for the user's roles. */
export function ForbiddenPage({ detail }: { detail?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div data-testid="forbidden">
      <Result
        status="403"
        title={t('forbidden.title')}
        subTitle={<span className="ys-break">{detail ?? t('forbidden.subtitle')}</span>}
        extra={
          <Button
            type="primary"
            icon={<HomeOutlined />}
            href="/"
            onClick={(event) => {
              event.preventDefault();
              void navigate('/');
            }}
          >
            {t('forbidden.backHome')}
          </Button>
        }
      />
    </div>
  );
}
