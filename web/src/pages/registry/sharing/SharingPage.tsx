import { ReloadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Empty,
  Input,
  Pagination,
  Segmented,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listLicenceTypes, listShareLog, type ShareLogItem } from '../../../api/registry.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import {
  readShareLogFilters,
  writeShareLogFilters,
  type AllowedFilter,
  type ShareLogFilters,
} from '../filters.ts';
import { purposeLabel } from '../labels.ts';
import '../registry.css';
import { AllowedTag } from '../RegistryTags.tsx';
import { useNarrow } from '../useNarrow.ts';
import { Rules } from './RulesPanel.tsx';
import { readLabel, refusalLabel } from './share.ts';
import { useUrlFilters } from '../../../app/urlFilters.ts';

type Tab = 'log' | 'rules';

/** 数据共享: the log of every request for shared data (allowed or refused), and the rules that decide. */
export function SharingPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'rules' ? 'rules' : 'log';
  const types = useRemote(useCallback((signal: AbortSignal) => listLicenceTypes(signal), []));
  const typeList = useMemo(() => types.data?.types ?? [], [types.data]);

  return (
    <div data-testid="sharing-page">
      <PageHeader title={t('registry.menu.sharing')} description={t('registry.sharing.description')} />
      <Segmented<Tab>
        className="ys-sharing-tabs"
        value={tab}
        onChange={(key) =>
          setParams(key === 'rules' ? new URLSearchParams({ tab: 'rules' }) : new URLSearchParams())
        }
        options={[
          { value: 'log', label: t('registry.sharing.logTab') },
          { value: 'rules', label: t('registry.sharing.rulesTab') },
        ]}
        data-testid="sharing-tabs"
      />
      {tab === 'log' ? <ShareLog /> : <Rules types={typeList} />}
    </div>
  );
}

function ShareLog() {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const label = useDepartmentLabel();
  const { filters, change } = useUrlFilters(readShareLogFilters, writeShareLogFilters);
  const [usccText, setUsccText] = useState(filters.uscc ?? '');
  const log = useRemote(useCallback((signal: AbortSignal) => listShareLog(filters, signal), [filters]));
  const setFilters = (next: Partial<ShareLogFilters>) => change({ page: 1, ...next });
  const record = t('registry.share.record');
  const data = log.data;

  const reasonText = (item: ShareLogItem) => refusalLabel(item.reason);

  const columns: TableColumnsType<ShareLogItem> = [
    {
      title: t('registry.sharing.fields.at'),
      dataIndex: 'at',
      key: 'at',
      width: 150,
      render: (at: string) => formatDateTime(at),
    },
    {
      title: t('registry.sharing.fields.consumer'),
      key: 'consumer',
      render: (_, item) => (
        <div style={{ minWidth: 0 }}>
          <div className="ys-break">{item.consumerDepartmentName ? label(item.consumerDepartmentName) : '—'}</div>
          {item.requesterName && <div className="ys-muted">{item.requesterName}</div>}
        </div>
      ),
    },
    {
      title: t('registry.sharing.fields.subject'),
      key: 'subject',
      render: (_, item) => (
        <div style={{ minWidth: 0 }}>
          <div className="ys-break">{item.subjectName ?? '—'}</div>
          <div className="ys-muted">{t(`registry.sharing.subjectKinds.${item.subjectKind}`)}</div>
        </div>
      ),
    },
    {
      title: t('registry.sharing.fields.resource'),
      key: 'resource',
      responsive: ['lg'],
      width: 140,
      render: (_, item) => readLabel(item, record),
    },
    {
      title: t('registry.sharing.fields.purpose'),
      dataIndex: 'purpose',
      key: 'purpose',
      responsive: ['md'],
      width: 100,
      render: (purpose: ShareLogItem['purpose']) => purposeLabel(purpose),
    },
    {
      title: t('registry.sharing.fields.caseNumber'),
      dataIndex: 'caseNumber',
      key: 'caseNumber',
      responsive: ['xl'],
      width: 180,
      render: (value: string) => <span className="ys-code">{value}</span>,
    },
    {
      title: t('registry.sharing.fields.result'),
      key: 'result',
      width: 140,
      render: (_, item) => (
        <div>
          <AllowedTag allowed={item.allowed} />
          {!item.allowed && item.reason && <div className="ys-muted">{reasonText(item)}</div>}
        </div>
      ),
    },
  ];

  const filtered = Boolean(filters.allowed || filters.uscc);
  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={filtered ? t('registry.sharing.noMatch') : t('registry.sharing.empty')}
    />
  );
  const pagination = {
    current: data?.page ?? filters.page,
    pageSize: data?.pageSize ?? filters.pageSize,
    total: data?.total ?? 0,
    showSizeChanger: !narrow,
    showTotal: (total: number) => t('common.total', { total }),
    onChange: (page: number, pageSize: number) => setFilters({ page, pageSize }),
    simple: narrow,
  };

  return (
    <Card styles={{ body: { padding: 0 } }}>
      <div className="ys-table-toolbar ys-log-toolbar">
        <Segmented<'all' | AllowedFilter>
          value={filters.allowed ?? 'all'}
          onChange={(value) => setFilters({ allowed: value === 'all' ? undefined : value })}
          options={[
            { value: 'all', label: t('registry.sharing.all') },
            { value: 'true', label: t('registry.sharing.allowed') },
            { value: 'false', label: t('registry.sharing.refused') },
          ]}
          data-testid="share-log-allowed"
        />
        <Input.Search
          allowClear
          value={usccText}
          onChange={(event) => setUsccText(event.target.value)}
          onSearch={(value) => setFilters({ uscc: value.trim().toUpperCase() || undefined })}
          placeholder={t('registry.sharing.searchUscc')}
          aria-label={t('registry.sharing.searchUscc')}
          maxLength={18}
          enterButton
          className="ys-log-search"
        />
        <Button
          icon={<ReloadOutlined />}
          onClick={log.reload}
          aria-label={t('common.refresh')}
          className="ys-log-refresh"
        />
      </div>
      {log.error && !log.loading ? (
        <div style={{ padding: 16 }}>
          <LoadError error={log.error} onRetry={log.reload} />
        </div>
      ) : narrow ? (
        <div className="ys-card-list" data-testid="share-log-cards">
          {(data?.items ?? []).map((item) => (
            <Card key={item.id} size="small" className="ys-entity-card">
              <div className="ys-entity-card-head">
                <span className="ys-entity-card-name">{item.consumerDepartmentName ? label(item.consumerDepartmentName) : '—'}</span>
                <AllowedTag allowed={item.allowed} />
              </div>
              <dl className="ys-facts">
                <dt>{t('registry.sharing.fields.at')}</dt>
                <dd>{formatDateTime(item.at)}</dd>
                <dt>{t('registry.sharing.fields.subject')}</dt>
                <dd>{item.subjectName ?? '—'}</dd>
                <dt>{t('registry.sharing.fields.resource')}</dt>
                <dd>{readLabel(item, record)}</dd>
                <dt>{t('registry.sharing.fields.purpose')}</dt>
                <dd>
                  {purposeLabel(item.purpose)} · <span className="ys-code">{item.caseNumber}</span>
                </dd>
                {!item.allowed && item.reason && (
                  <>
                    <dt>{t('registry.sharing.fields.reason')}</dt>
                    <dd>{reasonText(item)}</dd>
                  </>
                )}
              </dl>
            </Card>
          ))}
          {!log.loading && data?.items.length === 0 && <div className="ys-card-empty">{emptyText}</div>}
          {(data?.total ?? 0) > 0 && (
            <div className="ys-card-pager">
              <Typography.Text type="secondary">
                {t('common.total', { total: data?.total ?? 0 })}
              </Typography.Text>
              <Pagination {...pagination} showTotal={undefined} size="small" />
            </div>
          )}
        </div>
      ) : (
        <Table<ShareLogItem>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={log.loading}
          locale={{ emptyText: data ? emptyText : <div className="ys-table-loading" /> }}
          pagination={{ ...pagination, style: { padding: '0 16px' } }}
          data-testid="share-log-table"
        />
      )}
    </Card>
  );
}
