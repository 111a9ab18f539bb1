// /office/inspections — 明查暗访: the service-hall inspections, newest first, announced (明查) or covert (暗访),
// with how many findings each had and how many of their rectification tasks are closed; searched by hall,
// filtered by mode, dates and unit (kept in the address). The office records an inspection with its findings.
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Select, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { INSPECTION_MODES } from '../../../../../common/api/outreach.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listInspections, type InspectionView } from '../../../api/outreach.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { ListToolbar } from '../../../components/ListToolbar.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { holdsAny, OUTREACH_WRITERS } from '../access.ts';
import { DataList } from '../../../components/DataList.tsx';
import { activeFilters, listQueryOf, readListFilters, writeListFilters, type ListFilters } from '../filters.ts';
import { areaLabel, inspectionPath, modeLabel, type InspectionMode } from '../labels.ts';
import { ModeTag } from '../Tags.tsx';
import { useDepartments } from '../useDepartments.ts';
import { InspectionDialog } from './InspectionDialog.tsx';
import '../../applications/staff/work.css';
import '../outreach.css';
import { useUrlFilters } from '../../../app/urlFilters.ts';

const FILTER_KEYS = ['kind', 'from', 'departmentId'] as const;

/** "3 个 · 已整改 1": the findings and how many of their tasks are closed. */
export function findingCounts(t: TFunction, i: InspectionView) {
  if (i.findings.length === 0) return t('outreach.inspections.findingNone');
  const closed = i.findings.filter((f) => f.taskState === 'closed').length;
  return t('outreach.inspections.findingCount', { count: i.findings.length, closed });
}

export function InspectionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { roles } = useSession();
  const writer = holdsAny(roles, OUTREACH_WRITERS);
  const { filters, change } = useUrlFilters(readListFilters, writeListFilters);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [recording, setRecording] = useState(false);
  const departments = useDepartments();
  const label = useDepartmentLabel();
  const queryKey = JSON.stringify(listQueryOf(filters));
  const list = useRemote(useCallback((signal: AbortSignal) => listInspections(JSON.parse(queryKey) as ReturnType<typeof listQueryOf>, signal), [queryKey]));
  const setFilters = (next: Partial<ListFilters>) => change({ page: 1, ...next });
  const active = activeFilters(filters, FILTER_KEYS);

  const hall = (i: InspectionView) => (
    <Link to={inspectionPath(i.id)} className="ys-break" data-testid="inspection-link">
      {i.hallName}
    </Link>
  );
  const columns: TableColumnsType<InspectionView> = [
    { title: t('outreach.inspections.heldOn'), dataIndex: 'heldOn', key: 'heldOn', width: 110 },
    {
      title: t('outreach.inspections.hall'),
      key: 'hall',
      render: (_, i) => (
        <div style={{ minWidth: 0 }}>
          {hall(i)}
          <div className="ys-muted ys-break">{label(i.departmentName, i.departmentId)}</div>
        </div>
      ),
    },
    { title: t('outreach.inspections.mode'), key: 'mode', width: 90, render: (_, i) => <ModeTag mode={i.mode} /> },
    { title: t('outreach.fields.area'), key: 'area', width: 110, responsive: ['xl'], render: (_, i) => areaLabel(i.regionCode) },
    { title: t('outreach.inspections.inspectors'), dataIndex: 'inspectors', key: 'inspectors', width: 180, responsive: ['lg'], render: (v: string) => <span className="ys-break">{v}</span> },
    { title: t('outreach.inspections.findings'), key: 'findings', width: 150, render: (_, i) => findingCounts(t, i) },
  ];
  const card = (i: InspectionView) => (
    <Card size="small" className="ys-work-card" data-testid="inspection-card">
      <div className="ys-work-card-head">
        <span className="ys-work-card-title">{hall(i)}</span>
        <ModeTag mode={i.mode} />
      </div>
      <dl className="ys-work-facts">
        <dt>{t('outreach.inspections.heldOn')}</dt>
        <dd>{i.heldOn}</dd>
        <dt>{t('outreach.inspections.hallUnit')}</dt>
        <dd>{label(i.departmentName, i.departmentId)}</dd>
        <dt>{t('outreach.inspections.inspectors')}</dt>
        <dd>{i.inspectors}</dd>
        <dt>{t('outreach.inspections.findings')}</dt>
        <dd>{findingCounts(t, i)}</dd>
      </dl>
    </Card>
  );

  return (
    <div data-testid="outreach-inspections-page">
      <PageHeader
        title={t('outreach.menu.inspections')}
        description={t('outreach.inspections.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />
            {writer && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="inspection-record">
                {t('outreach.inspections.record')}
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
            placeholder: t('outreach.inspections.search'),
            'data-testid': 'inspection-search',
          }}
          filtersLabel={active ? t('outreach.common.filtersActive', { count: active }) : t('outreach.common.filters')}
          toggleTestId="inspection-filters-toggle"
          columns={4}
        >
          <Select
            allowClear
            value={filters.kind}
            onChange={(kind?: string) => setFilters({ kind })}
            placeholder={t('outreach.inspections.mode')}
            aria-label={t('outreach.inspections.mode')}
            options={INSPECTION_MODES.map((m) => ({ value: m, label: modeLabel(m as InspectionMode) }))}
          />
          <DatePicker.RangePicker
            className="ys-work-range"
            allowEmpty={[true, true]}
            value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
            onChange={(range) => setFilters({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            placeholder={[t('outreach.common.from'), t('outreach.common.to')]}
            aria-label={t('outreach.common.dates')}
          />
          <DepartmentSelect departments={departments.list} value={filters.departmentId} onChange={(departmentId) => setFilters({ departmentId: departmentId ?? undefined })} placeholder={t('outreach.inspections.hallUnit')} />
        </ListToolbar>
        {list.error && !list.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={list.error} onRetry={list.reload} />
          </div>
        ) : (
          <DataList
            cardsClassName="ys-outreach-cards"
            items={list.data?.items ?? []}
            rowKey={(i) => i.id}
            columns={columns}
            card={card}
            loading={list.loading}
            loaded={Boolean(list.data)}
            empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filters.q || active ? t('outreach.common.noMatch') : t('outreach.inspections.empty')} />}
            testId="inspections"
            pagination={{ current: filters.page, pageSize: filters.pageSize, total: list.data?.total ?? 0, onChange: (page, pageSize) => setFilters({ page, pageSize }) }}
          />
        )}
      </Card>
      {recording && (
        <InspectionDialog
          onClose={() => setRecording(false)}
          onDone={(inspection) => {
            setRecording(false);
            void navigate(inspectionPath(inspection.id));
          }}
        />
      )}
    </div>
  );
}
