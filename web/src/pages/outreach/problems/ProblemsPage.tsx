// /office/outreach/problems — 企业问题: every problem enterprises raised, by state (待交办, 办理中, 已解决, 已解释说明),
// searchable, filtered by enterprise, unit and dates (kept in the address). The office routes an open problem to
// a unit with a due date, and may put it on the ledger at the same time.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Segmented, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROBLEM_STATES } from '../../../../../common/api/outreach.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listProblems, type ProblemView } from '../../../api/outreach.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { ListToolbar } from '../../../components/ListToolbar.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { holdsAny, OUTREACH_WRITERS } from '../access.ts';
import { DataList } from '../../../components/DataList.tsx';
import { activeFilters, listQueryOf, readListFilters, writeListFilters, type ListFilters } from '../filters.ts';
import { enterprisePath, problemStateLabel, type ProblemState } from '../labels.ts';
import { DueDate, LedgerTask, ProblemStateTag } from '../Tags.tsx';
import { useDepartments } from '../useDepartments.ts';
import { ProblemCard } from './ProblemCard.tsx';
import { AnswerProblemDialog, RouteProblemDialog } from './ProblemDialogs.tsx';
import '../../applications/staff/work.css';
import '../outreach.css';
import { useUrlFilters } from '../../../app/urlFilters.ts';

const FILTER_KEYS = ['departmentId', 'from'] as const;

export function ProblemsPage() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const writer = holdsAny(roles, OUTREACH_WRITERS);
  const { filters, change } = useUrlFilters(readListFilters, writeListFilters);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [routing, setRouting] = useState<ProblemView | null>(null);
  const [answering, setAnswering] = useState<ProblemView | null>(null);
  const departments = useDepartments();
  const label = useDepartmentLabel();
  const queryKey = JSON.stringify(listQueryOf(filters));
  const list = useRemote(useCallback((signal: AbortSignal) => listProblems(JSON.parse(queryKey) as ReturnType<typeof listQueryOf>, signal), [queryKey]));
  const setFilters = (next: Partial<ListFilters>) => change({ page: 1, ...next });
  const items = list.data?.items ?? [];
  const active = activeFilters(filters, FILTER_KEYS);
  const filtered = Boolean(filters.q || filters.uscc || filters.state) || active > 0;

  // The office routes (or re-routes) what is open, and may answer a problem itself.
  const routeButton = (p: ProblemView) =>
    writer && (p.state === 'open' || p.state === 'routed') ? (
      <span className="ys-outreach-actions">
        <Button size="small" type={p.state === 'open' ? 'primary' : 'default'} onClick={() => setRouting(p)} data-testid="problem-route">
          {p.state === 'open' ? t('outreach.problems.route') : t('outreach.problems.reroute')}
        </Button>
        <Button size="small" type="link" onClick={() => setAnswering(p)} data-testid="problem-office-answer">
          {t('outreach.problems.answer')}
        </Button>
      </span>
    ) : null;

  const columns: TableColumnsType<ProblemView> = [
    {
      title: t('outreach.problems.title'),
      key: 'title',
      render: (_, p) => (
        <div style={{ minWidth: 0 }}>
          <div className="ys-break" data-testid="problem-title-text">
            {p.title}
          </div>
          {p.detail && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: p.detail }} style={{ margin: 0, fontSize: 13 }}>
              {p.detail}
            </Typography.Paragraph>
          )}
          {p.answer && <div className="ys-outreach-answer ys-break">{p.answer}</div>}
        </div>
      ),
    },
    {
      title: t('outreach.fields.enterprise'),
      key: 'enterprise',
      width: 200,
      responsive: ['lg'],
      render: (_, p) => (
        <Link to={enterprisePath(p.uscc)} className="ys-break">
          {p.enterpriseName}
        </Link>
      ),
    },
    { title: t('outreach.problems.raisedOn'), dataIndex: 'raisedOn', key: 'raisedOn', width: 110, responsive: ['xl'] },
    { title: t('outreach.fields.state'), key: 'state', width: 110, render: (_, p) => <ProblemStateTag state={p.state} /> },
    {
      title: t('outreach.problems.unitAndDue'),
      key: 'unit',
      width: 200,
      render: (_, p) =>
        p.departmentName ? (
          <div>
            <div className="ys-break">{label(p.departmentName, p.departmentId)}</div>
            <DueDate dueOn={p.dueOn} open={p.state === 'routed'} />
            {p.ledgerTaskId && (
              <div>
                <LedgerTask id={p.ledgerTaskId} />
              </div>
            )}
          </div>
        ) : (
          <span className="ys-muted">—</span>
        ),
    },
    ...(writer ? [{ title: t('common.actions'), key: 'actions', width: 90, render: (_: unknown, p: ProblemView) => routeButton(p) }] : []),
  ];

  return (
    <div data-testid="outreach-problems-page">
      <PageHeader title={t('outreach.menu.problems')} description={t('outreach.problems.description')} extra={<Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />} />
      <div className="ys-outreach-tabs">
        <Segmented
          value={filters.state ?? 'all'}
          onChange={(value) => setFilters({ state: value === 'all' ? undefined : String(value) })}
          options={[{ value: 'all', label: t('outreach.problems.allStates') }, ...PROBLEM_STATES.map((s) => ({ value: s, label: problemStateLabel(s as ProblemState) }))]}
          data-testid="problem-states"
        />
      </div>
      {filters.uscc && (
        <div className="ys-outreach-scope">
          <Tag closable onClose={() => setFilters({ uscc: undefined })} data-testid="problem-uscc-filter">
            {t('outreach.problems.onlyEnterprise', { name: items[0]?.enterpriseName ?? filters.uscc })}
          </Tag>
        </div>
      )}
      <Card styles={{ body: { padding: 0 } }}>
        <ListToolbar
          search={{
            value: searchText,
            onChange: (event) => setSearchText(event.target.value),
            onSearch: (value) => setFilters({ q: value.trim() || undefined }),
            placeholder: t('outreach.problems.search'),
            'data-testid': 'problem-search',
          }}
          filtersLabel={active ? t('outreach.common.filtersActive', { count: active }) : t('outreach.common.filters')}
          toggleTestId="problem-filters-toggle"
          columns={4}
        >
          <DepartmentSelect departments={departments.list} value={filters.departmentId} onChange={(departmentId) => setFilters({ departmentId: departmentId ?? undefined })} placeholder={t('outreach.problems.unit')} />
          <DatePicker.RangePicker
            className="ys-work-range"
            allowEmpty={[true, true]}
            value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
            onChange={(range) => setFilters({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            placeholder={[t('outreach.common.from'), t('outreach.common.to')]}
            aria-label={t('outreach.common.dates')}
          />
        </ListToolbar>
        {list.error && !list.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={list.error} onRetry={list.reload} />
          </div>
        ) : (
          <DataList
            cardsClassName="ys-outreach-cards"
            items={items}
            rowKey={(p) => p.id}
            columns={columns}
            card={(p) => <ProblemCard problem={p} actions={routeButton(p)} />}
            loading={list.loading}
            loaded={Boolean(list.data)}
            empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('outreach.common.noMatch') : t('outreach.problems.empty')} />}
            testId="problems"
            pagination={{ current: filters.page, pageSize: filters.pageSize, total: list.data?.total ?? 0, onChange: (page, pageSize) => setFilters({ page, pageSize }) }}
          />
        )}
      </Card>
      {answering && (
        <AnswerProblemDialog
          problem={answering}
          onClose={() => setAnswering(null)}
          onStale={list.reload}
          onDone={() => {
            setAnswering(null);
            list.reload();
          }}
        />
      )}
      {routing && (
        <RouteProblemDialog
          problem={routing}
          onClose={() => setRouting(null)}
          onStale={list.reload}
          onDone={() => {
            setRouting(null);
            list.reload();
          }}
        />
      )}
    </div>
  );
}
