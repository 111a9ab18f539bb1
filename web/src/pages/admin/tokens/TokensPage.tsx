import { PlusOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../../../common/api/auth.ts';
import { listTokens, revokeToken } from '../../../api/auth.ts';
import { isApiError } from '../../../api/client.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { OneTimeSecret } from '../../../components/OneTimeSecret.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { RoleTags } from '../../../components/RoleTags.tsx';
import { tokenState } from './state.ts';
import { TokenForm } from './TokenForm.tsx';

const stateColors = { active: 'green', revoked: 'default', expired: 'orange' } as const;

/** 接口令牌: tokens that departments' systems use to call the API; the secret is shown once. */
export function TokensPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tokens = useRemote(useCallback((signal: AbortSignal) => listTokens(signal), []));
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const departmentList = useMemo(() => departments.data?.departments ?? [], [departments.data]);
  const label = useDepartmentLabel();
  const departmentNames = useMemo(() => new Map(departmentList.map((d) => [d.id, label(d.name, d.id)])), [departmentList, label]);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);

  const revoke = async (token: ApiToken) => {
    try {
      await revokeToken(token.id);
      void message.success(t('tokens.revoked'));
      tokens.reload();
    } catch (error) {
      void message.error(isApiError(error) ? error.userMessage : String(error));
    }
  };

  const columns: TableColumnsType<ApiToken> = [
    {
      title: t('tokens.fields.name'),
      key: 'name',
      render: (_, token) => (
        <div style={{ minWidth: 0 }}>
          <div className="ys-break">{token.name}</div>
          <Typography.Text type="secondary" code style={{ fontSize: 12 }}>
            {token.prefix}…
          </Typography.Text>
        </div>
      ),
    },
    { title: t('tokens.fields.department'), key: 'department', responsive: ['lg'], render: (_, token) => departmentNames.get(token.departmentId) ?? '—' },
    { title: t('tokens.fields.roles'), key: 'roles', responsive: ['md'], render: (_, token) => <RoleTags grants={token.roles.map((role) => ({ role }))} /> },
    {
      title: t('tokens.fields.state'),
      key: 'state',
      width: 90,
      render: (_, token) => {
        const state = tokenState(token);
        return <Tag color={stateColors[state]}>{t(`tokens.state.${state}`)}</Tag>;
      },
    },
    { title: t('tokens.fields.createdAt'), dataIndex: 'createdAt', key: 'createdAt', responsive: ['xl'], width: 150, render: (at: string) => formatDateTime(at) },
    { title: t('tokens.fields.expiresAt'), dataIndex: 'expiresAt', key: 'expiresAt', responsive: ['lg'], width: 150, render: (at: string | null) => (at ? formatDateTime(at) : t('tokens.never')) },
    {
      title: t('tokens.fields.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      key: 'lastUsedAt',
      responsive: ['sm'],
      width: 150,
      render: (at: string | null) => (at ? formatDateTime(at) : <Typography.Text type="secondary">{t('tokens.neverUsed')}</Typography.Text>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      align: 'right',
      render: (_, token) =>
        tokenState(token) === 'revoked' ? null : (
          <Popconfirm
            title={t('tokens.revokeConfirm', { name: token.name })}
            description={t('tokens.revokeHint')}
            okText={t('tokens.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => revoke(token)}
          >
            <Button type="text" danger icon={<StopOutlined />} aria-label={`${t('tokens.revoke')} ${token.name}`} />
          </Popconfirm>
        ),
    },
  ];

  return (
    <div data-testid="tokens-page">
      <PageHeader
        title={t('menu.tokens')}
        description={t('tokens.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={tokens.reload} aria-label={t('common.refresh')} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
              {t('tokens.create')}
            </Button>
          </>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        {tokens.error && !tokens.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={tokens.error} onRetry={tokens.reload} />
          </div>
        ) : (
          <Table<ApiToken>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={tokens.data?.tokens ?? []}
            loading={tokens.loading}
            locale={{ emptyText: t('tokens.empty') }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }), style: { padding: '0 16px' } }}
            data-testid="token-table"
          />
        )}
      </Card>
      {creating && (
        <TokenForm
          departments={departmentList}
          onClose={() => setCreating(false)}
          onCreated={(reply) => {
            setSecret({ name: reply.token.name, value: reply.secret });
            tokens.reload();
          }}
        />
      )}
      <OneTimeSecret
        open={Boolean(secret)}
        title={t('tokens.created')}
        description={secret ? t('tokens.secretFor', { name: secret.name }) : undefined}
        secret={secret?.value ?? ''}
        onClose={() => setSecret(null)}
      />
    </div>
  );
}
