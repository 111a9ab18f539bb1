import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError, isForbidden } from '../api/client.ts';
import { ForbiddenPage } from '../pages/forbidden/ForbiddenPage.tsx';

/** What a page shows when its data did not load: the 403 page, or the reason and a retry. */
export function LoadError({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isForbidden(error)) return <ForbiddenPage detail={isApiError(error) ? error.userMessage : undefined} />;
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="load-error"
      message={t('common.loadFailed')}
      description={
        <>
          <div className="ys-break">{isApiError(error) ? error.userMessage : error.message}</div>
          {requestId && <div className="ys-break ys-muted">{t('common.requestId', { id: requestId })}</div>}
        </>
      }
      action={
        onRetry && (
          <Button size="small" icon={<ReloadOutlined />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
