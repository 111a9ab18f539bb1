// /office/projects/meetings — 推进会: the coordination meetings on project approvals, newest first, each with the
// units present and the blockers it solved; the office records one and ticks what it solved.
import { LeftOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listProjectMeetings, type ProjectMeetingView } from '../../../api/outreach.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { holdsAny, OUTREACH_WRITERS } from '../access.ts';
import { DataList } from '../../../components/DataList.tsx';
import { listQueryOf, readListFilters, writeListFilters, type ListFilters } from '../filters.ts';
import { useDepartments } from '../useDepartments.ts';
import { MeetingDialog } from './MeetingDialog.tsx';
import '../../applications/staff/work.css';
import '../outreach.css';
import { listMark } from '../../../i18n/punctuation.ts';
import { useUrlFilters } from '../../../app/urlFilters.ts';

export function MeetingsPage() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const writer = holdsAny(roles, OUTREACH_WRITERS);
  const { filters, change } = useUrlFilters(readListFilters, writeListFilters);
  const [recording, setRecording] = useState(false);
  const departments = useDepartments();
  const queryKey = JSON.stringify(listQueryOf(filters));
  const list = useRemote(useCallback((signal: AbortSignal) => listProjectMeetings(JSON.parse(queryKey) as ReturnType<typeof listQueryOf>, signal), [queryKey]));
  const setFilters = (next: Partial<ListFilters>) => change({ page: 1, ...next });
  const units = (m: ProjectMeetingView) => (m.departmentIds.length ? m.departmentIds.map((id) => departments.nameOf(id)).join(listMark()) : '—');
  const solvedList = (m: ProjectMeetingView) =>
    m.solved.length === 0 ? (
      <span className="ys-muted">{t('outreach.meetings.solvedNone')}</span>
    ) : (
      <ul className="ys-outreach-plain-list" data-testid="meeting-solved">
        {m.solved.map((b) => (
          <li key={b.id} className="ys-break">
            {b.title} <span className="ys-muted">· {b.projectName}</span>
          </li>
        ))}
      </ul>
    );

  const columns: TableColumnsType<ProjectMeetingView> = [
    { title: t('outreach.meetings.heldOn'), dataIndex: 'heldOn', key: 'heldOn', width: 110 },
    {
      title: t('outreach.meetings.title'),
      key: 'title',
      render: (_, m) => (
        <div style={{ minWidth: 0 }}>
          <div className="ys-break">{m.title}</div>
          {m.chair && <div className="ys-muted">{t('outreach.meetings.chairedBy', { chair: m.chair })}</div>}
          {m.minutes && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, tooltip: m.minutes }} style={{ margin: 0, fontSize: 13 }}>
              {m.minutes}
            </Typography.Paragraph>
          )}
        </div>
      ),
    },
    { title: t('outreach.meetings.units'), key: 'units', width: 220, responsive: ['xl'], render: (_, m) => <span className="ys-break">{units(m)}</span> },
    { title: t('outreach.meetings.solvedBlockers'), key: 'solved', width: 300, render: (_, m) => solvedList(m) },
  ];
  const card = (m: ProjectMeetingView) => (
    <Card size="small" className="ys-work-card" data-testid="meeting-card">
      <div className="ys-work-card-head">
        <span className="ys-work-card-title">{m.title}</span>
      </div>
      <dl className="ys-work-facts">
        <dt>{t('outreach.meetings.heldOn')}</dt>
        <dd>{m.heldOn}</dd>
        {m.chair && (
          <>
            <dt>{t('outreach.meetings.chair')}</dt>
            <dd>{m.chair}</dd>
          </>
        )}
        <dt>{t('outreach.meetings.units')}</dt>
        <dd>{units(m)}</dd>
      </dl>
      {solvedList(m)}
    </Card>
  );

  return (
    <div data-testid="outreach-meetings-page">
      <Link to="/office/projects" className="ys-back-link">
        <LeftOutlined /> {t('outreach.menu.projects')}
      </Link>
      <PageHeader
        title={t('outreach.menu.meetings')}
        description={t('outreach.meetings.description')}
        extra={
          <>
            <DatePicker.RangePicker
              allowEmpty={[true, true]}
              value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
              onChange={(range) => setFilters({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
              placeholder={[t('outreach.common.from'), t('outreach.common.to')]}
              aria-label={t('outreach.common.dates')}
            />
            <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />
            {writer && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="meeting-record">
                {t('outreach.meetings.record')}
              </Button>
            )}
          </>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        {list.error && !list.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={list.error} onRetry={list.reload} />
          </div>
        ) : (
          <DataList
            cardsClassName="ys-outreach-cards"
            items={list.data?.items ?? []}
            rowKey={(m) => m.id}
            columns={columns}
            card={card}
            loading={list.loading}
            loaded={Boolean(list.data)}
            empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filters.from || filters.to ? t('outreach.common.noMatch') : t('outreach.meetings.empty')} />}
            testId="meetings"
            pagination={{ current: filters.page, pageSize: filters.pageSize, total: list.data?.total ?? 0, onChange: (page, pageSize) => setFilters({ page, pageSize }) }}
          />
        )}
      </Card>
      {recording && (
        <MeetingDialog
          onClose={() => setRecording(false)}
          onDone={() => {
            setRecording(false);
            list.reload();
          }}
        />
      )}
    </div>
  );
}
