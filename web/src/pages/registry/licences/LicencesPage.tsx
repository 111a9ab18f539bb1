import { ReloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Pagination, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LICENCE_STATUSES } from '../../../../../common/api/registry.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listLicences, listLicenceTypes, type Licence } from '../../../api/registry.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { ListToolbar } from '../../../components/ListToolbar.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { readLicenceFilters, writeLicenceFilters, type LicenceFilters } from '../filters.ts';
import '../registry.css';
import { LicenceStatusTag } from '../RegistryTags.tsx';
import { useNarrow } from '../useNarrow.ts';
import { IssueLicenceForm } from './IssueLicenceForm.tsx';
import { mayIssue } from './licenceBody.ts';
import { licencePath } from './paths.ts';
import { useUrlFilters } from '../../../app/urlFilters.ts';

/** 电子证照: every licence the platform issued, by type, holder and status; issue new ones. */
export function LicencesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const narrow = useNarrow();
  const label = useDepartmentLabel();
  const { user } = useSession();
  const { filters, change } = useUrlFilters(readLicenceFilters, writeLicenceFilters);
  const [holderText, setHolderText] = useState(filters.holderUscc ?? '');
  const [issuing, setIssuing] = useState(false);

  const licences = useRemote(useCallback((signal: AbortSignal) => listLicences(filters, signal), [filters]));
  const types = useRemote(useCallback((signal: AbortSignal) => listLicenceTypes(signal), []));
  const typeList = useMemo(() => types.data?.types ?? [], [types.data]);
  const grants = useMemo(() => user?.roles ?? [], [user]);
  const issuable = useMemo(() => typeList.filter((type) => mayIssue(type, grants)), [typeList, grants]);

  const setFilters = (next: Partial<LicenceFilters>) =>
    change({ page: 1, ...next });
  const active = (['typeId', 'status'] as const).filter((key) => filters[key]).length;
  const filtered = Boolean(filters.holderUscc) || active > 0;
  const data = licences.data;

  const columns: TableColumnsType<Licence> = [
    {
      title: t('registry.licence.fields.type'),
      key: 'type',
      render: (_, licence) => (
        <div style={{ minWidth: 0 }}>
          <Link to={licencePath(licence.id)} data-testid="licence-link">
            {licence.typeName}
          </Link>
          <div className="ys-muted ys-code">{licence.number}</div>
        </div>
      ),
    },
    {
      title: t('registry.licence.fields.holder'),
      key: 'holder',
      render: (_, licence) => (
        <div style={{ minWidth: 0 }}>
          <div className="ys-break">{licence.holderName}</div>
          <div className="ys-muted ys-code">{licence.holderCode}</div>
        </div>
      ),
    },
    {
      title: t('registry.licence.fields.issuingDepartment'),
      dataIndex: 'issuingDepartmentName',
      key: 'department',
      responsive: ['xl'],
      render: (name: string | null) => (name ? label(name) : '—'),
    },
    {
      title: t('registry.licence.fields.issuedOn'),
      dataIndex: 'issuedOn',
      key: 'issuedOn',
      width: 110,
      responsive: ['lg'],
    },
    {
      title: t('registry.licence.fields.validTo'),
      dataIndex: 'validTo',
      key: 'validTo',
      width: 110,
      responsive: ['lg'],
      render: (validTo: string | null) => validTo ?? t('registry.licence.noEnd'),
    },
    {
      title: t('registry.licence.fields.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (status: Licence['status']) => <LicenceStatusTag status={status} />,
    },
  ];

  const emptyText = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={filtered ? t('registry.licences.noMatch') : t('registry.licences.empty')}
    />
  );
  const pagination = {
    current: data?.page ?? filters.page,
    pageSize: data?.pageSize ?? filters.pageSize,
    total: data?.total ?? 0,
    showSizeChanger: !narrow,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total: number) => t('common.total', { total }),
    onChange: (page: number, pageSize: number) => setFilters({ page, pageSize }),
    simple: narrow,
  };

  return (
    <div data-testid="licences-page">
      <PageHeader
        title={t('registry.menu.licences')}
        description={t('registry.licences.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={licences.reload} aria-label={t('common.refresh')} />
            {issuable.length > 0 && (
              <Button
                type="primary"
                icon={<SafetyCertificateOutlined />}
                onClick={() => setIssuing(true)}
                data-testid="licence-issue"
              >
                {t('registry.licences.issue')}
              </Button>
            )}
          </>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <ListToolbar
          search={{
            value: holderText,
            onChange: (event) => setHolderText(event.target.value),
            onSearch: (value) => setFilters({ holderUscc: value.trim().toUpperCase() || undefined }),
            placeholder: t('registry.licences.searchHolder'),
            maxLength: 18,
            'data-testid': 'licence-search',
          }}
          filtersLabel={active ? t('registry.filtersActive', { count: active }) : t('registry.filters')}
          columns={2}
        >
          <Select
            allowClear
            value={filters.typeId}
            onChange={(typeId) => setFilters({ typeId })}
            placeholder={t('registry.licence.fields.type')}
            aria-label={t('registry.licence.fields.type')}
            options={typeList.map((type) => ({ value: type.id, label: type.name }))}
            loading={types.loading}
            popupMatchSelectWidth={false}
          />
          <Select
            allowClear
            value={filters.status}
            onChange={(status) => setFilters({ status })}
            placeholder={t('registry.licence.fields.status')}
            aria-label={t('registry.licence.fields.status')}
            options={LICENCE_STATUSES.map((status) => ({
              value: status,
              label: t(`registry.licence.status.${status}`),
            }))}
          />
        </ListToolbar>
        {licences.error && !licences.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={licences.error} onRetry={licences.reload} />
          </div>
        ) : narrow ? (
          <div className="ys-card-list" data-testid="licence-cards">
            {(data?.items ?? []).map((licence) => (
              <Card key={licence.id} size="small" className="ys-entity-card" data-testid="licence-card">
                <div className="ys-entity-card-head">
                  <Link
                    to={licencePath(licence.id)}
                    className="ys-entity-card-name"
                    data-testid="licence-link"
                  >
                    {licence.typeName}
                  </Link>
                  <LicenceStatusTag status={licence.status} />
                </div>
                <dl className="ys-facts">
                  <dt>{t('registry.licence.fields.number')}</dt>
                  <dd className="ys-code">{licence.number}</dd>
                  <dt>{t('registry.licence.fields.holder')}</dt>
                  <dd>{licence.holderName}</dd>
                  <dt>{t('registry.licence.fields.validity')}</dt>
                  <dd>
                    {licence.issuedOn} — {licence.validTo ?? t('registry.licence.noEnd')}
                  </dd>
                </dl>
              </Card>
            ))}
            {!licences.loading && data?.items.length === 0 && (
              <div className="ys-card-empty">{emptyText}</div>
            )}
            {licences.loading && !data && <Card loading size="small" />}
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
          <Table<Licence>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data?.items ?? []}
            loading={licences.loading}
            locale={{ emptyText: data ? emptyText : <div className="ys-table-loading" /> }}
            pagination={{ ...pagination, style: { padding: '0 16px' } }}
            data-testid="licence-table"
          />
        )}
      </Card>
      {issuing && (
        <IssueLicenceForm
          types={issuable}
          onClose={() => setIssuing(false)}
          onIssued={(licence) => void navigate(licencePath(licence.id))}
        />
      )}
    </div>
  );
}
