import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Pagination, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { listBundles, type BundleSummary } from '../../../../api/catalog-admin.ts';
import { useDepartmentLabel } from '../../../../api/departmentNames.ts';
import { useRemote } from '../../../../api/useRemote.ts';
import { ListToolbar } from '../../../../components/ListToolbar.tsx';
import { LoadError } from '../../../../components/LoadError.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { useNarrow } from '../../../registry/useNarrow.ts';
import { CatalogStatusTag, DerivedBadges } from '../CatalogTags.tsx';
import { readBundleFilters, writeBundleFilters, type BundleFilters } from '../filters.ts';
import { eventLabel, eventOptions, statusOptions } from '../labels.ts';
import { bundlePath, newBundlePath } from '../paths.ts';
import '../catalog-admin.css';
import { useUrlFilters } from '../../../../app/urlFilters.ts';

/** 一件事列表: the latest edition of each bundle, filtered and paged. */
export function BundlesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const narrow = useNarrow();
  const label = useDepartmentLabel();
  const { filters, change } = useUrlFilters(readBundleFilters, writeBundleFilters);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const bundles = useRemote(useCallback((signal: AbortSignal) => listBundles(filters, signal), [filters]));
  const setFilters = (next: Partial<BundleFilters>) =>
    change({ page: 1, ...next });
  const active = (['status', 'kind', 'event'] as const).filter((key) => filters[key]).length;
  const data = bundles.data;

  const meta = (bundle: BundleSummary) =>
    `${t(`catalogAdmin.bundles.kinds.${bundle.kind}`)} · ${eventLabel(bundle.event)} · ${t('catalogAdmin.bundles.memberCount', { count: bundle.memberCount })}`;
  const columns: TableColumnsType<BundleSummary> = [
    {
      title: t('catalogAdmin.bundles.fields.name'),
      key: 'name',
      render: (_, bundle) => (
        <div style={{ minWidth: 0 }}>
          <Link to={bundlePath(bundle.id)} className="ys-break" data-testid="bundle-link">
            {bundle.name}
          </Link>
          <div className="ys-cat-meta">
            <span className="ys-code">{bundle.code}</span> ·{' '}
            {t('catalogAdmin.item.editionN', { edition: bundle.edition })}
          </div>
          <div style={{ marginTop: 4 }}>
            <DerivedBadges item={{ fullyOnline: bundle.fullyOnline, mobile: false }} />
          </div>
        </div>
      ),
    },
    {
      title: t('catalogAdmin.bundles.kind'),
      key: 'meta',
      responsive: ['md'],
      render: (_, bundle) => meta(bundle),
    },
    {
      title: t('catalogAdmin.bundles.fields.leadDepartment'),
      key: 'lead',
      width: 170,
      responsive: ['lg'],
      render: (_, bundle) => (bundle.leadDepartmentName ? label(bundle.leadDepartmentName) : '—'),
    },
    {
      title: t('catalogAdmin.bundles.fields.promisedLimitDays'),
      key: 'limit',
      width: 110,
      responsive: ['lg'],
      render: (_, bundle) => `${bundle.promisedLimitDays} ${t('catalogAdmin.item.units.days')}`,
    },
    {
      title: t('catalogAdmin.bundles.fields.status'),
      key: 'status',
      width: 90,
      render: (_, bundle) => <CatalogStatusTag status={bundle.status} />,
    },
  ];
  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={filters.q || active ? t('catalogAdmin.bundles.noMatch') : t('catalogAdmin.bundles.empty')}
    />
  );
  const pagination = {
    current: data?.page ?? filters.page,
    pageSize: data?.pageSize ?? filters.pageSize,
    total: data?.total ?? 0,
    showSizeChanger: !narrow,
    showTotal: (total: number) => t('catalogAdmin.bundles.total', { total }),
    onChange: (page: number, pageSize: number) => setFilters({ page, pageSize }),
    simple: narrow,
  };

  return (
    <div data-testid="catalog-bundles-page">
      <PageHeader
        title={t('catalogAdmin.menu.bundles')}
        description={t('catalogAdmin.bundles.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={bundles.reload} aria-label={t('common.refresh')} />
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate(newBundlePath)}
              data-testid="bundle-create"
            >
              {t('catalogAdmin.bundles.create')}
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
            placeholder: t('catalogAdmin.bundles.search'),
          }}
          filtersLabel={
            active ? t('catalogAdmin.filtersActive', { count: active }) : t('catalogAdmin.filters')
          }
          columns={3}
        >
          <Select
            allowClear
            value={filters.kind}
            onChange={(kind) => setFilters({ kind })}
            placeholder={t('catalogAdmin.bundles.kind')}
            aria-label={t('catalogAdmin.bundles.kind')}
            options={(['life', 'business'] as const).map((kind) => ({
              value: kind,
              label: t(`catalogAdmin.bundles.kinds.${kind}`),
            }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            value={filters.event}
            onChange={(event) => setFilters({ event })}
            placeholder={t('catalogAdmin.bundles.fields.event')}
            aria-label={t('catalogAdmin.bundles.fields.event')}
            options={eventOptions(t('catalogAdmin.lifeEvents'), t('catalogAdmin.businessEvents'))}
          />
          <Select
            allowClear
            value={filters.status}
            onChange={(status) => setFilters({ status })}
            placeholder={t('catalogAdmin.bundles.fields.status')}
            aria-label={t('catalogAdmin.bundles.fields.status')}
            options={statusOptions()}
          />
        </ListToolbar>
        {bundles.error && !bundles.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={bundles.error} onRetry={bundles.reload} />
          </div>
        ) : narrow ? (
          <div className="ys-cat-cards" data-testid="bundle-cards">
            {(data?.items ?? []).map((bundle) => (
              <Card key={bundle.id} size="small">
                <div className="ys-cat-card-head">
                  <Link to={bundlePath(bundle.id)} className="ys-cat-card-name" data-testid="bundle-link">
                    {bundle.name}
                  </Link>
                  <CatalogStatusTag status={bundle.status} />
                </div>
                <div className="ys-cat-meta">{meta(bundle)}</div>
                <div className="ys-cat-meta">
                  {bundle.leadDepartmentName ? label(bundle.leadDepartmentName) : '—'} · {bundle.promisedLimitDays}{' '}
                  {t('catalogAdmin.item.units.days')}
                </div>
              </Card>
            ))}
            {!bundles.loading && data?.items.length === 0 && emptyText}
            {(data?.total ?? 0) > 0 && (
              <div className="ys-cat-pager">
                <Typography.Text type="secondary">
                  {t('catalogAdmin.bundles.total', { total: data?.total ?? 0 })}
                </Typography.Text>
                <Pagination {...pagination} showTotal={undefined} size="small" />
              </div>
            )}
          </div>
        ) : (
          <Table<BundleSummary>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={bundles.loading}
            locale={{ emptyText: data ? emptyText : <div style={{ height: 120 }} /> }}
            pagination={{ ...pagination, style: { padding: '0 16px' } }}
            data-testid="bundle-table"
          />
        )}
      </Card>
    </div>
  );
}
