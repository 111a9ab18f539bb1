// /office/projects — 重点项目: the key projects by year and approval stage, blocked (堵点 still open) or unblocked,
// searchable by name, code or enterprise (kept in the address); the office adds a project.
import { PlusOutlined, ReloadOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Select, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PROJECT_STAGES } from '../../../../../common/api/outreach.ts';
import { listProjects, type ProjectView } from '../../../api/outreach.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { ListToolbar } from '../../../components/ListToolbar.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { holdsAny, OUTREACH_WRITERS } from '../access.ts';
import { DataList } from '../../../components/DataList.tsx';
import { activeFilters, readListFilters, writeListFilters, type ListFilters } from '../filters.ts';
import { areaLabel, enterprisePath, formatInvestment, projectPath, stageLabel, type ProjectStage } from '../labels.ts';
import { StageTag } from '../Tags.tsx';
import { ProjectDialog } from './ProjectDialog.tsx';
import '../../applications/staff/work.css';
import '../outreach.css';
import { useUrlFilters } from '../../../app/urlFilters.ts';

const FILTER_KEYS = ['year', 'stage', 'state'] as const;
const BLOCKER_STATES = ['blocked', 'unblocked', 'clear'] as const;

/** The open blockers of a project, as a tag: red while any is open. */
export function BlockerCount({ project: p }: { project: ProjectView }) {
  const { t } = useTranslation();
  const open = p.blockers - p.solved;
  if (p.blockers === 0) return <span className="ys-muted">{t('outreach.projects.noBlockers')}</span>;
  return (
    <Tag color={open > 0 ? 'red' : 'green'} data-testid="project-blockers">
      {open > 0 ? t('outreach.projects.blockedCount', { open, total: p.blockers }) : t('outreach.projects.unblockedCount', { total: p.blockers })}
    </Tag>
  );
}

export function ProjectsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { roles } = useSession();
  const writer = holdsAny(roles, OUTREACH_WRITERS);
  const { filters, change } = useUrlFilters(readListFilters, writeListFilters);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [creating, setCreating] = useState(false);
  const { q, year, stage, page, pageSize } = filters;
  const state = BLOCKER_STATES.find((s) => s === filters.state);
  const list = useRemote(useCallback((signal: AbortSignal) => listProjects({ q, year, stage, state, page, pageSize }, signal), [q, year, stage, state, page, pageSize]));
  const setFilters = (next: Partial<ListFilters>) => change({ page: 1, ...next });
  const active = activeFilters(filters, FILTER_KEYS);
  const thisYear = dayjs().year();

  const name = (p: ProjectView) => (
    <Link to={projectPath(p.id)} className="ys-break" data-testid="project-link">
      {p.name}
    </Link>
  );
  const columns: TableColumnsType<ProjectView> = [
    {
      title: t('outreach.projects.name'),
      key: 'name',
      render: (_, p) => (
        <div style={{ minWidth: 0 }}>
          {name(p)}
          <div className="ys-code ys-muted">{p.code}</div>
        </div>
      ),
    },
    {
      title: t('outreach.fields.enterprise'),
      key: 'enterprise',
      responsive: ['lg'],
      render: (_, p) => (
        <Link to={enterprisePath(p.uscc)} className="ys-break">
          {p.enterpriseName}
        </Link>
      ),
    },
    { title: t('outreach.fields.area'), key: 'area', width: 110, responsive: ['xl'], render: (_, p) => areaLabel(p.regionCode) },
    { title: t('outreach.projects.investment'), key: 'investment', width: 120, align: 'right', responsive: ['xl'], render: (_, p) => formatInvestment(p.investment) },
    { title: t('outreach.projects.stage'), key: 'stage', width: 150, render: (_, p) => <StageTag stage={p.stage} /> },
    { title: t('outreach.projects.year'), dataIndex: 'year', key: 'year', width: 80, responsive: ['lg'] },
    { title: t('outreach.projects.blockers'), key: 'blockers', width: 160, render: (_, p) => <BlockerCount project={p} /> },
  ];
  const card = (p: ProjectView) => (
    <Card size="small" className={`ys-work-card${p.blockers > p.solved ? ' is-overdue' : ''}`} data-testid="project-card">
      <div className="ys-work-card-head">
        <span className="ys-work-card-title">{name(p)}</span>
        <BlockerCount project={p} />
      </div>
      <dl className="ys-work-facts">
        <dt>{t('outreach.fields.enterprise')}</dt>
        <dd>{p.enterpriseName}</dd>
        <dt>{t('outreach.projects.stage')}</dt>
        <dd>{stageLabel(p.stage)}</dd>
        <dt>{t('outreach.projects.investment')}</dt>
        <dd>{formatInvestment(p.investment)}</dd>
        <dt>{t('outreach.fields.area')}</dt>
        <dd>
          {areaLabel(p.regionCode)} · {p.year}
        </dd>
      </dl>
    </Card>
  );

  return (
    <div data-testid="outreach-projects-page">
      <PageHeader
        title={t('outreach.menu.projects')}
        description={t('outreach.projects.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />
            <Link to="/office/projects/meetings">
              <Button icon={<TeamOutlined />}>{t('outreach.menu.meetings')}</Button>
            </Link>
            {writer && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="project-create">
                {t('outreach.projects.create')}
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
            placeholder: t('outreach.projects.search'),
            'data-testid': 'project-search',
          }}
          filtersLabel={active ? t('outreach.common.filtersActive', { count: active }) : t('outreach.common.filters')}
          toggleTestId="project-filters-toggle"
          columns={4}
        >
          <Select
            allowClear
            value={year}
            onChange={(next?: number) => setFilters({ year: next })}
            placeholder={t('outreach.projects.year')}
            aria-label={t('outreach.projects.year')}
            options={[0, 1, 2, 3, 4].map((n) => ({ value: thisYear - n, label: t('outreach.projects.yearOption', { year: thisYear - n }) }))}
            data-testid="project-filter-year"
          />
          <Select
            allowClear
            value={stage}
            onChange={(next?: ProjectStage) => setFilters({ stage: next })}
            placeholder={t('outreach.projects.stage')}
            aria-label={t('outreach.projects.stage')}
            options={PROJECT_STAGES.map((s) => ({ value: s, label: stageLabel(s) }))}
            popupMatchSelectWidth={false}
            data-testid="project-filter-stage"
          />
          <Select
            allowClear
            value={state}
            onChange={(next?: string) => setFilters({ state: next })}
            placeholder={t('outreach.projects.blockedFilter')}
            aria-label={t('outreach.projects.blockedFilter')}
            options={BLOCKER_STATES.map((s) => ({ value: s, label: t(`outreach.projects.${s}`) }))}
            data-testid="project-filter-blocked"
          />
        </ListToolbar>
        {list.error && !list.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={list.error} onRetry={list.reload} />
          </div>
        ) : (
          <DataList
            cardsClassName="ys-outreach-cards"
            items={list.data?.items ?? []}
            rowKey={(p) => p.id}
            columns={columns}
            card={card}
            loading={list.loading}
            loaded={Boolean(list.data)}
            empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={q || active ? t('outreach.common.noMatch') : t('outreach.projects.empty')} />}
            testId="projects"
            pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: (nextPage, nextSize) => setFilters({ page: nextPage, pageSize: nextSize }) }}
          />
        )}
      </Card>
      {creating && (
        <ProjectDialog
          onClose={() => setCreating(false)}
          onDone={(project) => {
            setCreating(false);
            void navigate(projectPath(project.id));
          }}
        />
      )}
    </div>
  );
}
