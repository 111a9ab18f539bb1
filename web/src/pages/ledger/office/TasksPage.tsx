// /office/ledger/tasks — every task, with the filters of the task list in the address (source, unit, state, light,
// batch, 挂牌督办, the due range, text), the export of exactly this view with its full progress history, and a new
// task for the office.
import { DownloadOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Empty, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LIGHTS, SOURCE_KINDS, TASK_STATES } from '../../../../../common/ledger/vocabulary.ts';
import { isApiError, isSessionEnded, saveDownload } from '../../../api/client.ts';
import { exportTasks, listSources, listTasks } from '../../../api/ledger.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { ListToolbar } from '../../../components/ListToolbar.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { holdsAny, LEDGER_WRITERS } from '../access.ts';
import { activeFilters, readTaskFilters, taskQueryOf, writeTaskFilters, type TaskFilters } from '../filters.ts';
import { lightLabel, sourceKindLabel, stateLabel, taskPath } from '../labels.ts';
import { TaskList } from '../TaskList.tsx';
import { NewTaskDialog } from './NewTaskDialog.tsx';
import '../../applications/staff/work.css';
import '../ledger.css';
import { useUrlFilters } from '../../../app/urlFilters.ts';

export function TasksPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { roles } = useSession();
  const { filters, change } = useUrlFilters(readTaskFilters, writeTaskFilters);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const key = JSON.stringify(taskQueryOf(filters));
  const list = useRemote(useCallback((signal: AbortSignal) => listTasks(JSON.parse(key) as ReturnType<typeof taskQueryOf>, signal), [key]));
  const sources = useRemote(useCallback((signal: AbortSignal) => listSources(signal), []));
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const setFilters = (next: Partial<TaskFilters>) => change({ page: 1, ...next });
  const writer = holdsAny(roles, LEDGER_WRITERS);

  const download = async () => {
    setExporting(true);
    try {
      saveDownload(await exportTasks(taskQueryOf(filters)), 'ledger-tasks.xlsx');
    } catch (error) {
      if (!isSessionEnded(error)) void message.error(isApiError(error) ? error.userMessage : String(error));
    } finally {
      setExporting(false);
    }
  };

  const filtered = Boolean(filters.q) || activeFilters(filters) > 0;
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('ledger.list.noMatch') : t('ledger.list.empty')} />;
  const yesNo = [
    { value: 'true', label: t('ledger.list.escalatedOnly') },
    { value: 'false', label: t('ledger.list.notEscalated') },
  ];

  return (
    <div data-testid="ledger-tasks-page">
      <PageHeader
        title={t('ledger.menu.tasks')}
        description={t('ledger.list.description')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void download()} data-testid="ledger-export">
              {t('ledger.list.export')}
            </Button>
            {writer && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="ledger-new-task">
                {t('ledger.list.newTask')}
              </Button>
            )}
            <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />
          </>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <ListToolbar
          search={{
            value: searchText,
            onChange: (event) => setSearchText(event.target.value),
            onSearch: (value) => setFilters({ q: value.trim() || undefined }),
            placeholder: t('ledger.list.search'),
            'data-testid': 'ledger-search',
          }}
          filtersLabel={activeFilters(filters) ? t('ledger.list.filtersActive', { count: activeFilters(filters) }) : t('ledger.list.filters')}
          toggleTestId="ledger-filters-toggle"
          columns={4}
        >
          <Select allowClear value={filters.sourceKind} onChange={(sourceKind) => setFilters({ sourceKind })} placeholder={t('ledger.fields.sourceKind')} aria-label={t('ledger.fields.sourceKind')} options={SOURCE_KINDS.map((k) => ({ value: k, label: sourceKindLabel(k) }))} />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            value={filters.sourceId}
            onChange={(sourceId) => setFilters({ sourceId })}
            placeholder={t('ledger.fields.source')}
            aria-label={t('ledger.fields.source')}
            loading={sources.loading}
            options={(sources.data ?? []).map((s) => ({ value: s.id, label: `${s.code} ${s.title}` }))}
            popupMatchSelectWidth={false}
          />
          <DepartmentSelect departments={departments.data?.departments ?? []} loading={departments.loading} value={filters.departmentId} onChange={(departmentId) => setFilters({ departmentId: departmentId ?? undefined })} placeholder={t('ledger.fields.unit')} data-testid="ledger-filter-unit" />
          <Select allowClear value={filters.state} onChange={(state) => setFilters({ state })} placeholder={t('ledger.fields.state')} aria-label={t('ledger.fields.state')} options={TASK_STATES.map((s) => ({ value: s, label: stateLabel(s) }))} data-testid="ledger-filter-state" />
          <Select allowClear value={filters.light} onChange={(light) => setFilters({ light })} placeholder={t('ledger.fields.light')} aria-label={t('ledger.fields.light')} options={LIGHTS.map((l) => ({ value: l, label: lightLabel(l) }))} data-testid="ledger-filter-light" />
          <Select allowClear value={filters.escalated === undefined ? undefined : String(filters.escalated)} onChange={(v?: string) => setFilters({ escalated: v === undefined ? undefined : v === 'true' })} placeholder={t('ledger.fields.escalated')} aria-label={t('ledger.fields.escalated')} options={yesNo} />
          <Input.Search allowClear defaultValue={filters.batch} key={filters.batch ?? ''} onSearch={(v) => setFilters({ batch: v.trim() || undefined })} placeholder={t('ledger.fields.batch')} aria-label={t('ledger.fields.batch')} />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[filters.dueFrom ? dayjs(filters.dueFrom) : null, filters.dueTo ? dayjs(filters.dueTo) : null]}
            onChange={(range) => setFilters({ dueFrom: range?.[0]?.format('YYYY-MM-DD'), dueTo: range?.[1]?.format('YYYY-MM-DD') })}
            placeholder={[t('ledger.list.dueFrom'), t('ledger.list.dueTo')]}
            aria-label={t('ledger.fields.due')}
          />
        </ListToolbar>
        {(filters.issueId || filters.measureId) && (
          <Alert
            type="info"
            showIcon
            banner
            message={t('ledger.list.byNode')}
            action={
              <Button size="small" type="link" onClick={() => setFilters({ issueId: undefined, measureId: undefined })}>
                {t('ledger.list.clearNode')}
              </Button>
            }
          />
        )}
        {list.error && !list.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={list.error} onRetry={list.reload} />
          </div>
        ) : (
          <TaskList
            items={list.data?.items ?? []}
            loading={list.loading}
            loaded={Boolean(list.data)}
            empty={empty}
            testId="ledger-tasks"
            pagination={{ current: filters.page, pageSize: filters.pageSize, total: list.data?.total ?? 0, onChange: (page, pageSize) => setFilters({ page, pageSize }) }}
          />
        )}
      </Card>
      {creating && sources.data && departments.data && (
        <NewTaskDialog
          sources={sources.data}
          departments={departments.data.departments}
          onClose={() => setCreating(false)}
          onDone={(created) => {
            setCreating(false);
            void message.success(t('ledger.newTask.done', { number: created.number }));
            void navigate(taskPath(created.id));
          }}
        />
      )}
    </div>
  );
}
