import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listAudit, type AuditRow } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { AuditDetail } from './AuditDetail.tsx';
import { AuditFilterForm } from './AuditFilterForm.tsx';
import { readAuditFilters, writeAuditFilters, type AuditFilters } from './filters.ts';
import { ActionText, ActorText, EntityText } from './AuditCells.tsx';
import { actorParts, actorTypeName } from './labels.ts';
import { useUrlFilters } from '../../../app/urlFilters.ts';

/** 审计日志: every write, who made it and what changed; filter, page, open a row. Read only. */
export function AuditPage() {
  const { t } = useTranslation();
  const { params, filters, change } = useUrlFilters(readAuditFilters, writeAuditFilters);
  const [open, setOpen] = useState<AuditRow | null>(null);
  const audit = useRemote(useCallback((signal: AbortSignal) => listAudit(filters, signal), [filters]));

  const setFilters = (next: Partial<AuditFilters>) => change({ page: 1, ...next });

  const columns: TableColumnsType<AuditRow> = [
    {
      title: t('audit.fields.at'),
      dataIndex: 'at',
      key: 'at',
      width: 170,
      render: (at: string, row) => (
        <>
          {formatDateTime(at, true)}
          <Typography.Text type="secondary" className="ys-only-narrow" style={{ fontSize: 12 }}>
            {actorParts(row).name ?? actorTypeName(t, row.actorType) ?? row.actorType}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('audit.fields.actor'),
      key: 'actor',
      responsive: ['sm'],
      render: (_, row) => <ActorText row={row} />,
    },
    {
      title: t('audit.fields.action'),
      dataIndex: 'action',
      key: 'action',
      render: (action: string) => <ActionText code={action} />,
    },
    {
      title: t('audit.fields.entity'),
      key: 'entity',
      responsive: ['lg'],
      render: (_, row) => <EntityText row={row} />,
    },
    { title: t('audit.fields.ip'), dataIndex: 'ip', key: 'ip', responsive: ['xl'], width: 130, render: (ip: string | null) => ip ?? '—' },
  ];

  const data = audit.data;
  return (
    <div data-testid="audit-page">
      <PageHeader
        title={t('menu.audit')}
        description={t('audit.description')}
        extra={<Button icon={<ReloadOutlined />} onClick={audit.reload} aria-label={t('common.refresh')} />}
      />
      <Card styles={{ body: { padding: 0 } }}>
        <AuditFilterForm filters={filters} onApply={setFilters} onReset={() => change(() => readAuditFilters(new URLSearchParams()))} />
        {audit.error && !audit.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={audit.error} onRetry={audit.reload} />
          </div>
        ) : (
          <Table<AuditRow>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={audit.loading}
            onRow={(row) => ({
              onClick: () => setOpen(row),
              onKeyDown: (event) => {
                if (event.key === 'Enter') setOpen(row);
              },
              tabIndex: 0,
              style: { cursor: 'pointer' },
            })}
            locale={{ emptyText: params.toString() ? t('audit.noMatch') : t('audit.empty') }}
            pagination={{
              current: data?.page ?? filters.page,
              pageSize: data?.pageSize ?? filters.pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (total) => t('common.total', { total }),
              onChange: (page, pageSize) => setFilters({ page, pageSize }),
              style: { padding: '0 16px' },
            }}
            data-testid="audit-table"
          />
        )}
      </Card>
      <AuditDetail row={open} onClose={() => setOpen(null)} />
    </div>
  );
}
