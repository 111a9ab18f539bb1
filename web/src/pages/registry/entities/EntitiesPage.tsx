import { PlusOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Pagination, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ENTITY_STATUSES, ENTITY_TAGS } from '../../../../../common/api/registry.ts';
import { listRegions } from '../../../api/org.ts';
import { searchEntities, type Entity } from '../../../api/registry.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { ListToolbar } from '../../../components/ListToolbar.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ENTITY_EDITORS, holdsAny } from '../access.ts';
import {
  activeEntityFilters,
  exportFilters,
  readEntityFilters,
  writeEntityFilters,
  type EntityFilters,
} from '../filters.ts';
import {
  districtName,
  districtOptions,
  entityStatusLabel,
  entityTagLabel,
  sectionOptions,
} from '../labels.ts';
import '../registry.css';
import { EntityStatusTag, EntityTagList } from '../RegistryTags.tsx';
import { useNarrow } from '../useNarrow.ts';
import { EntityForm } from './EntityForm.tsx';
import { ExportButton } from './ExportButton.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { useUrlFilters } from '../../../app/urlFilters.ts';

/** Counts stop at 10 001 on the server, so a one-character prefix stays cheap. */
const COUNT_CAP = 10_000;

export const entityPath = (uscc: string) => `/registry/entities/${encodeURIComponent(uscc)}`;

/** 市场主体: search by name prefix, USCC or legal representative; filter; page; register and import. */
export function EntitiesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const narrow = useNarrow();
  const { roles } = useSession();
  const editor = holdsAny(roles, ENTITY_EDITORS);
  const { filters, change } = useUrlFilters(readEntityFilters, writeEntityFilters);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  const entities = useRemote(
    useCallback((signal: AbortSignal) => searchEntities(filters, signal), [filters]),
  );
  const regions = useRemote(useCallback((signal: AbortSignal) => listRegions(signal), []));
  const regionList = useMemo(() => regions.data?.regions ?? [], [regions.data]);

  const setFilters = (next: Partial<EntityFilters>) =>
    change({ page: 1, ...next });
  const active = activeEntityFilters(filters);
  const filtered = Boolean(filters.q) || active > 0;
  const data = entities.data;
  const totalText = (total: number) =>
    total > COUNT_CAP
      ? t('registry.entities.totalCapped', { total: COUNT_CAP })
      : t('registry.entities.total', { total });

  const columns: TableColumnsType<Entity> = [
    {
      title: t('registry.entity.fields.name'),
      key: 'name',
      render: (_, entity) => (
        <div style={{ minWidth: 0 }}>
          <Link to={entityPath(entity.uscc)} className="ys-break" data-testid="entity-link">
            {entity.name}
          </Link>
          <div style={{ marginTop: 4 }}>
            <EntityTagList entity={entity} />
          </div>
        </div>
      ),
    },
    {
      title: t('registry.entity.fields.uscc'),
      dataIndex: 'uscc',
      key: 'uscc',
      width: 190,
      render: (uscc: string) => <span className="ys-code">{uscc}</span>,
    },
    {
      title: t('registry.entity.fields.legalRepresentative'),
      dataIndex: 'legalRepresentative',
      key: 'legalRepresentative',
      width: 120,
    },
    {
      title: t('registry.entity.fields.industry'),
      key: 'industry',
      responsive: ['lg'],
      render: (_, entity) => entity.industryName ?? entity.industrySection,
    },
    {
      title: t('registry.entity.fields.district'),
      dataIndex: 'districtCode',
      key: 'district',
      responsive: ['xl'],
      width: 130,
      render: (code: string) => districtName(regionList, code),
    },
    {
      title: t('registry.entity.fields.establishedOn'),
      dataIndex: 'establishedOn',
      key: 'establishedOn',
      width: 110,
      responsive: ['lg'],
    },
    {
      title: t('registry.entity.fields.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (status: Entity['status']) => <EntityStatusTag status={status} />,
    },
  ];

  const emptyText = filtered ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('registry.entities.noMatch')} />
  ) : (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={editor ? t('registry.entities.emptyEditor') : t('registry.entities.empty')}
    />
  );

  const pagination = {
    current: data?.page ?? filters.page,
    pageSize: data?.pageSize ?? filters.pageSize,
    total: Math.min(data?.total ?? 0, COUNT_CAP),
    showSizeChanger: !narrow,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: () => totalText(data?.total ?? 0),
    onChange: (page: number, pageSize: number) => setFilters({ page, pageSize }),
    simple: narrow,
  };

  return (
    <div data-testid="entities-page">
      <PageHeader
        title={t('registry.menu.entities')}
        description={t('registry.entities.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={entities.reload} aria-label={t('common.refresh')} />
            <ExportButton query={exportFilters(filters)} />
            {editor && (
              <Button
                icon={<UploadOutlined />}
                onClick={() => setImporting(true)}
                data-testid="entity-import"
              >
                {t('registry.entities.import')}
              </Button>
            )}
            {editor && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="entity-create"
              >
                {t('registry.entities.create')}
              </Button>
            )}
          </>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <ListToolbar
          search={{
            value: searchText,
            onChange: (event) => setSearchText(event.target.value),
            onSearch: (value) => setFilters({ q: value.trim() || undefined }),
            placeholder: t('registry.entities.search'),
            'data-testid': 'entity-search',
          }}
          filtersLabel={active ? t('registry.filtersActive', { count: active }) : t('registry.filters')}
          toggleTestId="entity-filters-toggle"
          columns={4}
        >
          <Select
            allowClear
            value={filters.status}
            onChange={(status) => setFilters({ status })}
            placeholder={t('registry.entity.fields.status')}
            aria-label={t('registry.entity.fields.status')}
            options={ENTITY_STATUSES.map((status) => ({ value: status, label: entityStatusLabel(status) }))}
            data-testid="entity-filter-status"
          />
          <Select
            allowClear
            value={filters.tag}
            onChange={(tag) => setFilters({ tag })}
            placeholder={t('registry.entity.fields.tags')}
            aria-label={t('registry.entity.fields.tags')}
            options={ENTITY_TAGS.map((tag) => ({ value: tag, label: entityTagLabel(tag) }))}
          />
          <Select
            allowClear
            value={filters.districtCode}
            onChange={(districtCode) => setFilters({ districtCode })}
            placeholder={t('registry.entity.fields.district')}
            aria-label={t('registry.entity.fields.district')}
            options={districtOptions(regionList)}
            loading={regions.loading}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            value={filters.industrySection}
            onChange={(industrySection) => setFilters({ industrySection })}
            placeholder={t('registry.entity.fields.industrySection')}
            aria-label={t('registry.entity.fields.industrySection')}
            options={sectionOptions}
            popupMatchSelectWidth={false}
          />
        </ListToolbar>
        {entities.error && !entities.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={entities.error} onRetry={entities.reload} />
          </div>
        ) : narrow ? (
          <div className="ys-card-list" data-testid="entity-cards">
            {(data?.items ?? []).map((entity) => (
              <EntityCard
                key={entity.id}
                entity={entity}
                district={districtName(regionList, entity.districtCode)}
              />
            ))}
            {!entities.loading && data?.items.length === 0 && (
              <div className="ys-card-empty">{emptyText}</div>
            )}
            {entities.loading && !data && <Card loading size="small" />}
            {(data?.total ?? 0) > 0 && (
              <div className="ys-card-pager">
                <Typography.Text type="secondary">{totalText(data?.total ?? 0)}</Typography.Text>
                <Pagination {...pagination} showTotal={undefined} size="small" />
              </div>
            )}
          </div>
        ) : (
          <Table<Entity>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={entities.loading}
            locale={{ emptyText: data ? emptyText : <div className="ys-table-loading" /> }}
            pagination={{ ...pagination, style: { padding: '0 16px' } }}
            data-testid="entity-table"
          />
        )}
      </Card>
      {creating && (
        <EntityForm
          target={{ mode: 'create' }}
          regions={regionList}
          onClose={() => setCreating(false)}
          onSaved={(entity) => void navigate(entityPath(entity.uscc))}
        />
      )}
      {importing && <ImportDialog onClose={() => setImporting(false)} onImported={entities.reload} />}
    </div>
  );
}

/** One entity as a card (phones): the name opens its file; the facts a caller asks for first. */
function EntityCard({ entity, district }: { entity: Entity; district: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" className="ys-entity-card" data-testid="entity-card">
      <div className="ys-entity-card-head">
        <Link to={entityPath(entity.uscc)} className="ys-entity-card-name" data-testid="entity-link">
          {entity.name}
        </Link>
        <EntityStatusTag status={entity.status} />
      </div>
      <dl className="ys-facts">
        <dt>{t('registry.entity.fields.uscc')}</dt>
        <dd className="ys-code">{entity.uscc}</dd>
        <dt>{t('registry.entity.fields.legalRepresentative')}</dt>
        <dd>{entity.legalRepresentative}</dd>
        <dt>{t('registry.entity.fields.industry')}</dt>
        <dd>{entity.industryName ?? entity.industrySection}</dd>
        <dt>{t('registry.entity.fields.district')}</dt>
        <dd>{district}</dd>
        <dt>{t('registry.entity.fields.establishedOn')}</dt>
        <dd className="ys-nowrap">{entity.establishedOn}</dd>
      </dl>
      <EntityTagList entity={entity} />
    </Card>
  );
}
