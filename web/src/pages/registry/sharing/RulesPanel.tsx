import { DeleteOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listDepartments } from '../../../api/org.ts';
import {
  listSharingRules,
  removeSharingRule,
  type LicenceType,
  type SharingRule,
} from '../../../api/registry.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { holdsAny, RULE_EDITORS } from '../access.ts';
import { purposeLabel } from '../labels.ts';
import '../registry.css';
import { useNarrow } from '../useNarrow.ts';
import { RuleForm } from './RuleForm.tsx';
import { resourceLabel } from './share.ts';
import { listMark } from '../../../i18n/punctuation.ts';

export function Rules({ types }: { types: readonly LicenceType[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { roles } = useSession();
  const narrow = useNarrow();
  const label = useDepartmentLabel();
  const editor = holdsAny(roles, RULE_EDITORS);
  const [adding, setAdding] = useState(false);
  const rules = useRemote(useCallback((signal: AbortSignal) => listSharingRules(signal), []));
  const departments = useRemote(
    useCallback(
      (signal: AbortSignal) => (editor ? listDepartments(signal) : Promise.resolve({ departments: [] })),
      [editor],
    ),
  );
  const record = t('registry.share.record');

  const remove = async (rule: SharingRule) => {
    try {
      await removeSharingRule(rule.id);
      void message.success(t('registry.sharing.ruleRemoved'));
      rules.reload();
    } catch (error) {
      void message.error(isApiError(error) ? error.userMessage : String(error));
    }
  };

  const actionsColumn = {
    title: t('common.actions'),
    key: 'actions',
    width: 72,
    align: 'right' as const,
    render: (_: unknown, rule: SharingRule) => (
      <Popconfirm
        title={t('registry.sharing.removeConfirm')}
        description={t('registry.sharing.removeHint')}
        okText={t('registry.sharing.remove')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        onConfirm={() => remove(rule)}
      >
        <Button
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={`${t('registry.sharing.remove')} ${label(rule.consumerDepartmentName, rule.consumerDepartmentId)}`}
          data-testid="rule-remove"
        />
      </Popconfirm>
    ),
  };

  const columns: TableColumnsType<SharingRule> = [
    {
      title: t('registry.sharing.fields.consumer'),
      dataIndex: 'consumerDepartmentName',
      key: 'consumer',
      render: (name: string | null, rule) => <span className="ys-break">{name ? label(name, rule.consumerDepartmentId) : '—'}</span>,
    },
    {
      title: t('registry.sharing.fields.resource'),
      dataIndex: 'resource',
      key: 'resource',
      render: (resource: string) => resourceLabel(resource, types, record),
    },
    {
      title: t('registry.sharing.fields.purposes'),
      dataIndex: 'purposes',
      key: 'purposes',
      render: (purposes: SharingRule['purposes']) => (
        <span className="ys-tags">
          {purposes.map((purpose) => (
            <Tag key={purpose} style={{ marginInlineEnd: 0 }}>
              {purposeLabel(purpose)}
            </Tag>
          ))}
        </span>
      ),
    },
    {
      title: t('registry.sharing.fields.note'),
      dataIndex: 'note',
      key: 'note',
      responsive: ['lg'],
      render: (note: string) => <span className="ys-break">{note || '—'}</span>,
    },
    ...(editor ? [actionsColumn] : []),
  ];

  return (
    <Card styles={{ body: { padding: 0 } }}>
      <div className="ys-table-toolbar">
        <Typography.Text type="secondary" style={{ flex: '1 1 240px' }}>
          {t('registry.sharing.rulesHint')}
        </Typography.Text>
        <div className="ys-filter-buttons">
          <Button icon={<ReloadOutlined />} onClick={rules.reload} aria-label={t('common.refresh')} />
          {editor && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="rule-create"
            >
              {t('registry.sharing.addRule')}
            </Button>
          )}
        </div>
      </div>
      {rules.error && !rules.loading ? (
        <div style={{ padding: 16 }}>
          <LoadError error={rules.error} onRetry={rules.reload} />
        </div>
      ) : narrow ? (
        <div className="ys-card-list" data-testid="rules-cards">
          {(rules.data?.rules ?? []).map((rule) => (
            <Card key={rule.id} size="small" className="ys-entity-card">
              <div className="ys-entity-card-head">
                <span className="ys-entity-card-name">{rule.consumerDepartmentName ? label(rule.consumerDepartmentName, rule.consumerDepartmentId) : '—'}</span>
                {editor && actionsColumn.render(undefined, rule)}
              </div>
              <dl className="ys-facts">
                <dt>{t('registry.sharing.fields.resource')}</dt>
                <dd>{resourceLabel(rule.resource, types, record)}</dd>
                <dt>{t('registry.sharing.fields.purposes')}</dt>
                <dd>{rule.purposes.map(purposeLabel).join(listMark())}</dd>
                {rule.note && (
                  <>
                    <dt>{t('registry.sharing.fields.note')}</dt>
                    <dd>{rule.note}</dd>
                  </>
                )}
              </dl>
            </Card>
          ))}
          {!rules.loading && rules.data?.rules.length === 0 && (
            <div className="ys-card-empty">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('registry.sharing.noRules')} />
            </div>
          )}
        </div>
      ) : (
        <Table<SharingRule>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rules.data?.rules ?? []}
          loading={rules.loading}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('registry.sharing.noRules')} />
            ),
          }}
          pagination={false}
          data-testid="rules-table"
        />
      )}
      {adding && (
        <RuleForm
          departments={departments.data?.departments ?? []}
          types={types}
          onClose={() => setAdding(false)}
          onSaved={rules.reload}
        />
      )}
    </Card>
  );
}
