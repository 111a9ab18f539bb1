// /admin/open311-keys — Open311 接口密钥: the keys outside systems file tickets with through the GeoReport v2 API
// (/open311/v2/, `api_key` in the POSTed form). Administrators issue a key with a name (its secret shown once, with
// a copy button), see each key's prefix, when it was issued and last used, and revoke it after a confirmation.
import { PlusOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issueOpen311Key, listOpen311Keys, revokeOpen311Key, type CreateOpen311KeyReply, type Open311Key } from '../../../api/appeals-config.ts';
import { isApiError } from '../../../api/client.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { OneTimeSecret } from '../../../components/OneTimeSecret.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { applyProblem } from '../../../components/problemForm.ts';
import './admin.css';

const P = 'appealConfig.keys';
const stateOf = (key: Pick<Open311Key, 'revokedAt'>) => (key.revokedAt ? 'revoked' : 'active');

export function Open311KeysPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const keys = useRemote(useCallback((signal: AbortSignal) => listOpen311Keys(signal), []));
  const [issuing, setIssuing] = useState(false);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);

  const revoke = async (key: Open311Key) => {
    try {
      await revokeOpen311Key(key.id);
      void message.success(t(`${P}.revoked`));
    } catch (error) {
      void message.error(isApiError(error) ? error.userMessage : String(error));
    }
    keys.reload();
  };

  const columns: TableColumnsType<Open311Key> = [
    {
      title: t(`${P}.fields.name`),
      key: 'name',
      render: (_, key) => (
        <div style={{ minWidth: 140 }}>
          <div className="ys-break">{key.name}</div>
          <Typography.Text type="secondary" code style={{ fontSize: 12 }} data-testid="open311-key-prefix">
            {key.prefix}…
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t(`${P}.fields.state`),
      key: 'state',
      width: 90,
      render: (_, key) => {
        const state = stateOf(key);
        return (
          <Tag color={state === 'active' ? 'green' : 'default'} data-testid="open311-key-state">
            {t(`${P}.state.${state}`)}
          </Tag>
        );
      },
    },
    { title: t(`${P}.fields.createdAt`), dataIndex: 'createdAt', key: 'createdAt', width: 150, render: (at: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span> },
    {
      title: t(`${P}.fields.lastUsedAt`),
      dataIndex: 'lastUsedAt',
      key: 'lastUsedAt',
      width: 150,
      render: (at: string | null) =>
        at ? <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span> : <Typography.Text type="secondary">{t(`${P}.neverUsed`)}</Typography.Text>,
    },
    {
      title: t(`${P}.fields.revokedAt`),
      dataIndex: 'revokedAt',
      key: 'revokedAt',
      width: 150,
      responsive: ['md'],
      render: (at: string | null) => (at ? <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(at)}</span> : '—'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      align: 'right',
      render: (_, key) =>
        stateOf(key) === 'revoked' ? null : (
          <Popconfirm
            title={t(`${P}.revokeConfirm`, { name: key.name })}
            description={t(`${P}.revokeHint`)}
            okText={t(`${P}.revoke`)}
            okButtonProps={{ danger: true, 'data-testid': 'open311-key-revoke-confirm' }}
            cancelText={t('common.cancel')}
            onConfirm={() => revoke(key)}
          >
            <Button type="text" danger icon={<StopOutlined />} aria-label={`${t(`${P}.revoke`)} ${key.name}`} data-testid="open311-key-revoke" />
          </Popconfirm>
        ),
    },
  ];

  return (
    <div data-testid="open311-keys-page">
      <PageHeader
        title={t('appealConfig.menu.keys')}
        description={t(`${P}.description`)}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={keys.reload} aria-label={t('common.refresh')} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)} data-testid="open311-key-issue">
              {t(`${P}.issue`)}
            </Button>
          </>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        {keys.error && !keys.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={keys.error} onRetry={keys.reload} />
          </div>
        ) : (
          <Table<Open311Key>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={keys.data?.keys ?? []}
            loading={keys.loading}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t(`${P}.empty`) }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }), style: { padding: '0 16px' } }}
            data-testid="open311-key-table"
          />
        )}
      </Card>
      <Help />
      {issuing && (
        <IssueDialog
          onClose={() => setIssuing(false)}
          onIssued={(reply) => {
            setSecret({ name: reply.key.name, value: reply.secret });
            keys.reload();
          }}
        />
      )}
      <OneTimeSecret
        open={Boolean(secret)}
        title={t(`${P}.issued`)}
        description={secret ? t(`${P}.secretFor`, { name: secret.name }) : undefined}
        secret={secret?.value ?? ''}
        onClose={() => setSecret(null)}
      />
    </div>
  );
}

function IssueDialog({ onClose, onIssued }: { onClose: () => void; onIssued: (reply: CreateOpen311KeyReply) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async ({ name }: { name: string }) => {
    setSaving(true);
    setFailure(null);
    try {
      onIssued(await issueOpen311Key({ name: name.trim() }));
      onClose();
    } catch (error) {
      setFailure(applyProblem(form, error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t(`${P}.issueTitle`)}
      okText={t(`${P}.issue`)}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'open311-key-issue-submit' }}
      maskClosable={false}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" style={{ marginBottom: 16 }} role="alert" />}
      <Form form={form} layout="vertical" onFinish={(values) => void save(values)} data-testid="open311-key-form">
        <Form.Item name="name" label={t(`${P}.fields.name`)} extra={t(`${P}.nameHint`)} rules={[{ required: true, whitespace: true, message: t(`${P}.nameRequired`) }, { max: 60 }]}>
          <Input maxLength={60} autoFocus data-testid="open311-key-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Where the API is and how a client passes its key. */
function Help() {
  const { t } = useTranslation();
  const origin = window.location.origin;
  const example = [
    `curl -X POST ${origin}/open311/v2/requests.json \\`,
    '  -d api_key=o311_… \\',
    '  -d service_code=<service_code> \\',
    '  -d lat=40.8424 -d long=111.7490 \\',
    '  --data-urlencode "description=…"',
  ].join('\n');
  return (
    <Card size="small" title={t(`${P}.help.title`)} className="ys-open311-help" style={{ marginTop: 16 }} data-testid="open311-help">
      <dl>
        <dt>{t(`${P}.help.endpoint`)}</dt>
        <dd>
          <Typography.Text code copyable>{`${origin}/open311/v2/`}</Typography.Text>
        </dd>
        <dt>{t(`${P}.help.discovery`)}</dt>
        <dd>
          <Typography.Text code>GET /open311/v2/discovery.json</Typography.Text>
        </dd>
        <dt>{t(`${P}.help.services`)}</dt>
        <dd>
          <Typography.Text code>GET /open311/v2/services.json</Typography.Text>
        </dd>
      </dl>
      <div className="ys-break">{t(`${P}.help.post`)}</div>
      <pre>{example}</pre>
      <Typography.Paragraph type="secondary" className="ys-break" style={{ marginBottom: 4 }}>
        {t(`${P}.help.note`)}
      </Typography.Paragraph>
      <Typography.Link href="http://wiki.open311.org/GeoReport_v2" target="_blank" rel="noopener noreferrer">
        {t(`${P}.help.spec`)}
      </Typography.Link>
    </Card>
  );
}
