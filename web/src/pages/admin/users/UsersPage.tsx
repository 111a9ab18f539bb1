import { EditOutlined, MoreOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Dropdown, Input, Select, Space, Table, Typography, type MenuProps, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../../common/api/roles.ts';
import { isApiError } from '../../../api/client.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listDepartments, listUsers, resetPassword, updateUser, type UserSummary } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { formatDateTime, roleLabel } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { OneTimeSecret } from '../../../components/OneTimeSecret.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { RoleTags } from '../../../components/RoleTags.tsx';
import { UserForm, type UserFormTarget } from './UserForm.tsx';
import { UserStatusTag } from './UserStatusTag.tsx';
import { readUserFilters, writeUserFilters, type UserFilters } from './filters.ts';
import { useUrlFilters } from '../../../app/urlFilters.ts';

interface Secret {
  title: string;
  description: string;
  value: string;
}

/** 用户管理: search, filter and page through users; create, edit, disable, reset passwords. */
export function UsersPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { filters, change } = useUrlFilters(readUserFilters, writeUserFilters);
  const [target, setTarget] = useState<UserFormTarget | null>(null);
  const [secret, setSecret] = useState<Secret | null>(null);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  // The box follows the address when it changes under it (back, forward, a link).
  const [shownQ, setShownQ] = useState(filters.q);
  if (shownQ !== filters.q) {
    setShownQ(filters.q);
    setSearchText(filters.q ?? '');
  }

  const users = useRemote(useCallback((signal: AbortSignal) => listUsers(filters, signal), [filters]));
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const departmentList = useMemo(() => departments.data?.departments ?? [], [departments.data]);
  const label = useDepartmentLabel();

  const setFilters = (next: Partial<UserFilters>) =>
    change({ page: 1, ...next }, { replace: false });

  const failed = (error: unknown) => {
    if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
      void message.error(t('common.versionConflict'));
      users.reload();
      return;
    }
    void message.error(isApiError(error) ? error.userMessage : String(error));
  };

  const setDisabled = (user: UserSummary, disabled: boolean) => {
    modal.confirm({
      title: disabled ? t('users.disableConfirm', { name: user.name }) : t('users.enableConfirm', { name: user.name }),
      content: disabled ? t('users.disableHint') : undefined,
      okText: disabled ? t('users.disable') : t('users.enable'),
      okButtonProps: { danger: disabled },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await updateUser(user.id, { disabled, version: user.version });
          void message.success(disabled ? t('users.disabled') : t('users.enabled'));
          users.reload();
        } catch (error) {
          failed(error);
        }
      },
    });
  };

  const reset = (user: UserSummary) => {
    modal.confirm({
      title: t('users.resetConfirm', { name: user.name }),
      content: t('users.resetHint'),
      okText: t('users.resetPassword'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const reply = await resetPassword(user.id);
          setSecret({ title: t('users.resetDone'), description: t('users.initialPasswordFor', { username: user.username }), value: reply.initialPassword });
          users.reload();
        } catch (error) {
          failed(error);
        }
      },
    });
  };

  const actions = (user: UserSummary): MenuProps['items'] => [
    { key: 'edit', label: t('common.edit'), onClick: () => setTarget({ mode: 'edit', user }) },
    { key: 'reset', label: t('users.resetPassword'), onClick: () => reset(user) },
    user.disabled
      ? { key: 'enable', label: t('users.enable'), onClick: () => setDisabled(user, false) }
      : { key: 'disable', label: t('users.disable'), danger: true, onClick: () => setDisabled(user, true) },
  ];

  const columns: TableColumnsType<UserSummary> = [
    {
      title: t('users.fields.user'),
      key: 'user',
      render: (_, user) => (
        <div style={{ minWidth: 0 }}>
          <div className="ys-break">{user.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} className="ys-break">
            {user.username}
            {user.departmentName && <span className="ys-only-narrow">{label(user.departmentName, user.departmentId)}</span>}
          </Typography.Text>
          <div className="ys-only-narrow">
            <RoleTags grants={user.roles} />
            <UserStatusTag user={user} />
          </div>
        </div>
      ),
    },
    { title: t('users.fields.department'), dataIndex: 'departmentName', key: 'department', responsive: ['lg'], render: (name: string | null, user) => (name === null ? '—' : label(name, user.departmentId)) },
    { title: t('users.fields.roles'), key: 'roles', responsive: ['md'], render: (_, user) => <RoleTags grants={user.roles} /> },
    { title: t('users.fields.phone'), dataIndex: 'phone', key: 'phone', responsive: ['xl'], render: (phone: string | null) => phone ?? '—' },
    { title: t('users.fields.status'), key: 'status', responsive: ['sm'], width: 120, render: (_, user) => <UserStatusTag user={user} /> },
    { title: t('users.fields.lastSignIn'), dataIndex: 'lastSignInAt', key: 'lastSignIn', responsive: ['xl'], width: 150, render: (at: string | null) => (at ? formatDateTime(at) : t('users.neverSignedIn')) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 96,
      align: 'right',
      render: (_, user) => (
        <Space size={0}>
          <Button type="text" icon={<EditOutlined />} aria-label={`${t('common.edit')} ${user.username}`} onClick={() => setTarget({ mode: 'edit', user })} />
          <Dropdown menu={{ items: actions(user) }} trigger={['click']} placement="bottomRight">
            <Button type="text" icon={<MoreOutlined />} aria-label={`${t('common.more')} ${user.username}`} />
          </Dropdown>
        </Space>
      ),
    },
  ];

  const data = users.data;
  return (
    <div data-testid="users-page">
      <PageHeader
        title={t('menu.users')}
        description={t('users.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={users.reload} aria-label={t('common.refresh')} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })} data-testid="user-create">
              {t('users.create')}
            </Button>
          </>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <div className="ys-table-toolbar ys-filters">
          <Input.Search
            allowClear
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
            onSearch={(value) => setFilters({ q: value.trim() || undefined })}
            placeholder={t('users.search')}
            enterButton
            data-testid="user-search"
          />
          <DepartmentSelect
            departments={departmentList}
            value={filters.departmentId ?? null}
            onChange={(departmentId) => setFilters({ departmentId: departmentId ?? undefined })}
            placeholder={t('users.filterDepartment')}
          />
          <Select<Role>
            allowClear
            value={filters.role}
            onChange={(role) => setFilters({ role })}
            placeholder={t('users.filterRole')}
            options={ROLES.map((role) => ({ value: role, label: roleLabel(role) }))}
            style={{ width: '100%' }}
          />
        </div>
        {users.error && !users.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={users.error} onRetry={users.reload} />
          </div>
        ) : (
          <Table<UserSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={users.loading}
            locale={{ emptyText: filters.q || filters.departmentId || filters.role ? t('users.noMatch') : t('users.empty') }}
            pagination={{
              current: data?.page ?? filters.page,
              pageSize: data?.pageSize ?? filters.pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => t('common.total', { total }),
              onChange: (page, pageSize) => setFilters({ page, pageSize }),
              responsive: true,
              style: { padding: '0 16px' },
            }}
            data-testid="user-table"
          />
        )}
      </Card>
      {target && (
        <UserForm
          target={target}
          departments={departmentList}
          onClose={() => setTarget(null)}
          onChanged={users.reload}
          onCreated={(reply) =>
            setSecret({
              title: t('users.created'),
              description: t('users.initialPasswordFor', { username: reply.user.username }),
              value: reply.initialPassword,
            })
          }
        />
      )}
      <OneTimeSecret open={Boolean(secret)} title={secret?.title} description={secret?.description} secret={secret?.value ?? ''} onClose={() => setSecret(null)} />
    </div>
  );
}
