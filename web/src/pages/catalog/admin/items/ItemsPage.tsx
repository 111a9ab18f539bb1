import { DownloadOutlined, PlusOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Pagination, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { catalogExportUrl, listItems, type ItemSummary } from '../../../../api/catalog-admin.ts';
import { useDepartmentLabel } from '../../../../api/departmentNames.ts';
import { listDepartments } from '../../../../api/org.ts';
import { useRemote } from '../../../../api/useRemote.ts';
import { DepartmentSelect } from '../../../../components/DepartmentSelect.tsx';
import { formatDateTime } from '../../../../components/format.ts';
import { ListToolbar } from '../../../../components/ListToolbar.tsx';
import { LoadError } from '../../../../components/LoadError.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { useNarrow } from '../../../registry/useNarrow.ts';
import { CatalogStatusTag, DerivedBadges } from '../CatalogTags.tsx';
import { activeItemFilters, readItemFilters, writeItemFilters, type ItemFilters } from '../filters.ts';
import { eventOptions, limitsText, statusOptions, themeOptions, typeLabel, typeOptions } from '../labels.ts';
import { itemPath, newItemPath } from '../paths.ts';
import '../catalog-admin.css';
import { CatalogImportDialog } from './CatalogImportDialog.tsx';
import { useUrlFilters } from '../../../../app/urlFilters.ts';

/** 事项列表: every edition of every item, filtered and paged; create, export, import. */
export function ItemsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const narrow = useNarrow();
  const label = useDepartmentLabel();
  const { filters, change } = useUrlFilters(readItemFilters, writeItemFilters);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [importing, setImporting] = useState(false);

  const items = useRemote(useCallback((signal: AbortSignal) => listItems(filters, signal), [filters]));
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const setFilters = (next: Partial<ItemFilters>) =>
    change({ page: 1, ...next });
  const active = activeItemFilters(filters);
  const data = items.data;
  const filtered = Boolean(filters.q) || active > 0;

  const columns: TableColumnsType<ItemSummary> = [
    {
      title: t('catalogAdmin.item.fields.name'),
      key: 'name',
      render: (_, item) => (
        <div style={{ minWidth: 0 }}>
          <Link to={itemPath(item.id)} className="ys-break" data-testid="item-link">
            {item.name}
          </Link>
          <div className="ys-cat-meta">
            <span className="ys-code">{item.code}</span> ·{' '}
            {t('catalogAdmin.item.editionN', { edition: item.edition })}
          </div>
          <div style={{ marginTop: 4 }}>
            <DerivedBadges item={item} />
          </div>
        </div>
      ),
    },
    {
      title: t('catalogAdmin.item.fields.type'),
      key: 'type',
      width: 120,
      responsive: ['lg'],
      render: (_, item) => typeLabel(item.type),
    },
    {
      title: t('catalogAdmin.item.fields.implementingDepartment'),
      key: 'department',
      width: 170,
      responsive: ['md'],
      render: (_, item) => (item.implementingDepartmentName ? label(item.implementingDepartmentName, item.implementingDepartmentId) : '—'),
    },
    {
      title: t('catalogAdmin.item.limits'),
      key: 'limits',
      width: 120,
      responsive: ['lg'],
      render: (_, item) => limitsText(item),
    },
    {
      title: t('catalogAdmin.item.fields.onlineDepth'),
      key: 'depth',
      width: 90,
      responsive: ['xl'],
      render: (_, item) => t('catalogAdmin.item.depthValue', { depth: item.onlineDepth }),
    },
    {
      title: t('catalogAdmin.item.fields.updatedAt'),
      key: 'updatedAt',
      width: 150,
      responsive: ['xl'],
      render: (_, item) => formatDateTime(item.updatedAt),
    },
    {
      title: t('catalogAdmin.item.fields.status'),
      key: 'status',
      width: 90,
      render: (_, item) => <CatalogStatusTag status={item.status} />,
    },
  ];

  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={filtered ? t('catalogAdmin.items.noMatch') : t('catalogAdmin.items.empty')}
    />
  );
  const pagination = {
    current: data?.page ?? filters.page,
    pageSize: data?.pageSize ?? filters.pageSize,
    total: data?.total ?? 0,
    showSizeChanger: !narrow,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total: number) => t('catalogAdmin.items.total', { total }),
    onChange: (page: number, pageSize: number) => setFilters({ page, pageSize }),
    simple: narrow,
  };

  return (
    <div data-testid="catalog-items-page">
      <PageHeader
        title={t('catalogAdmin.menu.items')}
        description={t('catalogAdmin.items.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={items.reload} aria-label={t('common.refresh')} />
            <Button
              icon={<DownloadOutlined />}
              href={catalogExportUrl()}
              download
              data-testid="catalog-export"
            >
              {t('catalogAdmin.items.export')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="catalog-import">
              {t('catalogAdmin.items.import')}
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate(newItemPath)}
              data-testid="item-create"
            >
              {t('catalogAdmin.items.create')}
            </Button>
          </>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <ListToolbar
          search={{
            value: searchText,
            onChange: (event) => setSearchText(event.target.value),
            onSearch: (value) => setFilters({ q: value.trim() || undefined }),
            placeholder: t('catalogAdmin.items.search'),
            'data-testid': 'item-search',
          }}
          filtersLabel={
            active ? t('catalogAdmin.filtersActive', { count: active }) : t('catalogAdmin.filters')
          }
          columns={6}
        >
          <DepartmentSelect
            departments={departments.data?.departments ?? []}
            loading={departments.loading}
            value={filters.departmentId}
            onChange={(departmentId) => setFilters({ departmentId: departmentId ?? undefined })}
            placeholder={t('catalogAdmin.item.fields.department')}
          />
          <Select
            allowClear
            value={filters.type}
            onChange={(type) => setFilters({ type })}
            placeholder={t('catalogAdmin.item.fields.type')}
            aria-label={t('catalogAdmin.item.fields.type')}
            options={typeOptions()}
            popupMatchSelectWidth={false}
          />
          <Select
            allowClear
            value={filters.status}
            onChange={(status) => setFilters({ status })}
            placeholder={t('catalogAdmin.item.fields.status')}
            aria-label={t('catalogAdmin.item.fields.status')}
            options={statusOptions()}
            data-testid="item-filter-status"
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            value={filters.event}
            onChange={(event) => setFilters({ event })}
            placeholder={t('catalogAdmin.item.fields.event')}
            aria-label={t('catalogAdmin.item.fields.event')}
            options={eventOptions(t('catalogAdmin.lifeEvents'), t('catalogAdmin.businessEvents'))}
            popupMatchSelectWidth={false}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            value={filters.theme}
            onChange={(theme) => setFilters({ theme })}
            placeholder={t('catalogAdmin.item.fields.theme')}
            aria-label={t('catalogAdmin.item.fields.theme')}
            options={themeOptions()}
            popupMatchSelectWidth={false}
          />
          <Select
            allowClear
            value={filters.fullyOnline}
            onChange={(fullyOnline) => setFilters({ fullyOnline })}
            placeholder={t('catalogAdmin.badges.fullyOnline')}
            aria-label={t('catalogAdmin.badges.fullyOnline')}
            options={[
              { value: 'true', label: t('catalogAdmin.items.fullyOnlineYes') },
              { value: 'false', label: t('catalogAdmin.items.fullyOnlineNo') },
            ]}
            data-testid="item-filter-online"
          />
        </ListToolbar>
        {items.error && !items.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={items.error} onRetry={items.reload} />
          </div>
        ) : narrow ? (
          <div className="ys-cat-cards" data-testid="item-cards">
            {(data?.items ?? []).map((item) => (
              <ItemCard key={item.id} item={item} />
            ))}
            {!items.loading && data?.items.length === 0 && emptyText}
            {items.loading && !data && <Card loading size="small" />}
            {(data?.total ?? 0) > 0 && (
              <div className="ys-cat-pager">
                <Typography.Text type="secondary">
                  {t('catalogAdmin.items.total', { total: data?.total ?? 0 })}
                </Typography.Text>
                <Pagination {...pagination} showTotal={undefined} size="small" />
              </div>
            )}
          </div>
        ) : (
          <Table<ItemSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={items.loading}
            locale={{ emptyText: data ? emptyText : <div style={{ height: 120 }} /> }}
            pagination={{ ...pagination, style: { padding: '0 16px' } }}
            data-testid="item-table"
          />
        )}
      </Card>
      {importing && <CatalogImportDialog onClose={() => setImporting(false)} onImported={items.reload} />}
    </div>
  );
}

/** One item as a card (phones). */
function ItemCard({ item }: { item: ItemSummary }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  return (
    <Card size="small" data-testid="item-card">
      <div className="ys-cat-card-head">
        <Link to={itemPath(item.id)} className="ys-cat-card-name" data-testid="item-link">
          {item.name}
        </Link>
        <CatalogStatusTag status={item.status} />
      </div>
      <div className="ys-cat-meta">
        <span className="ys-code">{item.code}</span> ·{' '}
        {t('catalogAdmin.item.editionN', { edition: item.edition })} · {typeLabel(item.type)}
      </div>
      <div className="ys-cat-meta">
        {item.implementingDepartmentName ? label(item.implementingDepartmentName, item.implementingDepartmentId) : '—'} ·{' '}
        {limitsText(item)}
      </div>
      <div style={{ marginTop: 6 }}>
        <DerivedBadges item={item} />
      </div>
    </Card>
  );
}
