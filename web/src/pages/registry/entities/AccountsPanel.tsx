import { DisconnectOutlined, UserAddOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  List,
  Popconfirm,
  Select,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACCOUNT_ROLE_LABELS,
  ACCOUNT_ROLES,
  type AccountRole,
} from '../../../../../common/api/registry-accounts.ts';
import { isApiError } from '../../../api/client.ts';
import {
  linkAccount,
  listEntityAccounts,
  unlinkAccount,
  type EntityAccount,
  type LinkAccountBody,
} from '../../../api/registry.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { applyProblem } from '../../../components/problemForm.ts';
import { bilingual } from '../labels.ts';

export const accountRoleLabel = (role: AccountRole) => bilingual(ACCOUNT_ROLE_LABELS[role]);

/**
 * 关联账号 (staff: admin, office, approver): the applicant accounts that act for this entity — its
 * legal representative and agents — with a form to link one by its sign-in name, and unlinking.
 */
export function AccountsPanel({ uscc }: { uscc: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LinkAccountBody>();
  const [adding, setAdding] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const accounts = useRemote(useCallback((signal: AbortSignal) => listEntityAccounts(uscc, signal), [uscc]));

  const save = async (values: LinkAccountBody) => {
    setSaving(true);
    setFailure(null);
    try {
      const linked = await linkAccount(uscc, { ...values, username: values.username.trim() });
      void message.success(t('registry.accounts.linked', { name: linked.accountName }));
      form.resetFields();
      setAdding(false);
      accounts.reload();
    } catch (error) {
      setFailure(applyProblem(form, error));
    } finally {
      setSaving(false);
    }
  };

  const remove = async (account: EntityAccount) => {
    try {
      await unlinkAccount(uscc, account.userId);
      void message.success(t('registry.accounts.unlinked', { name: account.accountName }));
      accounts.reload();
    } catch (error) {
      void message.error(isApiError(error) ? error.userMessage : String(error));
    }
  };

  const list = accounts.data?.accounts ?? [];
  return (
    <Card
      size="small"
      title={t('registry.accounts.title')}
      style={{ marginTop: 16 }}
      data-testid="accounts-panel"
      extra={
        !adding && (
          <Button
            size="small"
            icon={<UserAddOutlined />}
            onClick={() => setAdding(true)}
            data-testid="account-add"
          >
            {t('registry.accounts.add')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('registry.accounts.hint')}
      </Typography.Paragraph>
      {adding && (
        <Form<LinkAccountBody>
          form={form}
          layout="vertical"
          initialValues={{ username: '', role: 'legal_representative' }}
          onFinish={(values) => void save(values)}
          className="ys-account-form"
          data-testid="account-form"
        >
          {failure && (
            <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} role="alert" />
          )}
          <div className="ys-form-pair">
            <Form.Item
              name="username"
              label={t('registry.accounts.username')}
              extra={t('registry.accounts.usernameHint')}
              rules={[{ required: true, whitespace: true, message: t('registry.accounts.usernameRequired') }]}
            >
              <Input autoComplete="off" maxLength={64} data-testid="account-username" />
            </Form.Item>
            <Form.Item name="role" label={t('registry.accounts.role')} rules={[{ required: true }]}>
              <Select
                options={ACCOUNT_ROLES.map((role) => ({ value: role, label: accountRoleLabel(role) }))}
                data-testid="account-role"
              />
            </Form.Item>
          </div>
          <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginBottom: 12 }}>
            <Button onClick={() => setAdding(false)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="account-save">
              {t('registry.accounts.link')}
            </Button>
          </div>
        </Form>
      )}
      {accounts.error && !accounts.loading ? (
        <LoadError error={accounts.error} onRetry={accounts.reload} />
      ) : (
        <List<EntityAccount>
          loading={accounts.loading && !accounts.data}
          dataSource={list}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('registry.accounts.empty')} />
            ),
          }}
          data-testid="accounts-list"
          renderItem={(account) => (
            <List.Item
              actions={[
                <Popconfirm
                  key="unlink"
                  title={t('registry.accounts.unlinkConfirm', { name: account.accountName })}
                  description={t('registry.accounts.unlinkHint')}
                  okText={t('registry.accounts.unlink')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove(account)}
                >
                  <Button
                    type="text"
                    danger
                    icon={<DisconnectOutlined />}
                    aria-label={`${t('registry.accounts.unlink')} ${account.accountName}`}
                    data-testid="account-unlink"
                  />
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={
                  <span className="ys-break">
                    {account.accountName}{' '}
                    <Tag
                      color={account.role === 'legal_representative' ? 'gold' : 'blue'}
                      style={{ marginInlineEnd: 0 }}
                    >
                      {accountRoleLabel(account.role)}
                    </Tag>
                  </span>
                }
                description={t('registry.accounts.grantedAt', {
                  at: formatDateTime(account.createdAt),
                  by: account.grantedByName ?? t('registry.accounts.system'),
                })}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
