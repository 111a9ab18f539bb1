import { CheckCircleFilled, ExclamationCircleFilled, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { useHealth } from './useHealth.ts';

function useEngineLabel(): (db: string) => string {
  const { t } = useTranslation();
  return (db) => {
    if (db === 'pglite') return t('status.engines.pglite');
    if (db === 'postgres') return t('status.engines.postgres');
    return t('status.engines.unknown', { db });
  };
}

export function HealthCard() {
  const { t, i18n } = useTranslation();
  const engineLabel = useEngineLabel();
  const { state, retry } = useHealth();
  // One width for all labels, so the values line up; English labels are longer.
  const labelWidth = i18n.language === 'en' ? '9em' : '5.5em';

  let extra = null;
  if (state.phase === 'ok') {
    extra =
      state.health.status === 'ok' ? (
        <Tag icon={<CheckCircleFilled />} color="success" data-testid="health-status">
          {t('status.ok')}
        </Tag>
      ) : (
        <Tag icon={<ExclamationCircleFilled />} color="warning" data-testid="health-status">
          {t('status.other', { status: state.health.status })}
        </Tag>
      );
  }

  return (
    <Card title={t('status.title')} extra={extra} data-testid="health-card" style={{ height: '100%' }}>
      {state.phase === 'loading' && (
        <div aria-busy="true" aria-live="polite">
          <Typography.Text type="secondary">{t('status.loading')}</Typography.Text>
          <Skeleton active title={false} paragraph={{ rows: 2 }} style={{ marginTop: 12 }} />
        </div>
      )}
      {state.phase === 'ok' && (
        <Descriptions
          column={1}
          size="small"
          colon={false}
          styles={{ label: { width: labelWidth, flex: 'none', whiteSpace: 'nowrap' } }}
        >
          <Descriptions.Item label={t('status.engine')}>
            <span data-testid="health-engine">{engineLabel(state.health.db)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('status.version')}>
            <span data-testid="health-version">{state.health.version}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('status.checkedAt')}>
            {state.checkedAt.toLocaleTimeString(i18n.language, { hour12: false })}
          </Descriptions.Item>
        </Descriptions>
      )}
      {state.phase === 'error' && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="health-error">
          <Alert
            type="error"
            showIcon
            message={t('status.errorTitle')}
            description={
              <>
                <div className="ys-break">
                  {isApiError(state.error) ? state.error.userMessage : state.error.message}
                </div>
                <div>{t('status.errorHint')}</div>
              </>
            }
          />
          <Button icon={<ReloadOutlined />} onClick={retry}>
            {t('status.retry')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
