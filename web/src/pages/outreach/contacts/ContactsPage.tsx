// /office/outreach/contacts — 对接走访: every contact and on-site visit, newest first, with the problems each
// raised; searched by enterprise, filtered by kind, dates and unit (kept in the address). The office records a
// contact with its problems; when it raised any, the problems list opens on that enterprise's problems to route.
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Select, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CONTACT_KINDS } from '../../../../../common/api/outreach.ts';
import { listContacts, type ContactView } from '../../../api/outreach.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { ListToolbar } from '../../../components/ListToolbar.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { holdsAny, OUTREACH_WRITERS } from '../access.ts';
import { DataList } from '../../../components/DataList.tsx';
import { activeFilters, listQueryOf, readListFilters, writeListFilters, type ListFilters } from '../filters.ts';
import { contactKindLabel, enterprisePath, problemsPath, type ContactKind } from '../labels.ts';
import { ContactKindTag } from '../Tags.tsx';
import { useDepartments } from '../useDepartments.ts';
import { ContactDialog } from './ContactDialog.tsx';
import { ContactProblems, problemCounts } from './ContactProblems.tsx';
import '../../applications/staff/work.css';
import '../outreach.css';
import { useUrlFilters } from '../../../app/urlFilters.ts';

const FILTER_KEYS = ['kind', 'from', 'departmentId'] as const;

export function ContactsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { roles } = useSession();
  const writer = holdsAny(roles, OUTREACH_WRITERS);
  const { filters, change } = useUrlFilters(readListFilters, writeListFilters);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [recording, setRecording] = useState(false);
  const departments = useDepartments();
  const queryKey = JSON.stringify(listQueryOf(filters));
  const list = useRemote(useCallback((signal: AbortSignal) => listContacts(JSON.parse(queryKey) as ReturnType<typeof listQueryOf>, signal), [queryKey]));
  const setFilters = (next: Partial<ListFilters>) => change({ page: 1, ...next });
  const active = activeFilters(filters, FILTER_KEYS);
  const filtered = Boolean(filters.q || filters.uscc) || active > 0;

  const enterprise = (c: ContactView) => (
    <Link to={enterprisePath(c.uscc)} className="ys-break" data-testid="contact-enterprise">
      {c.enterpriseName}
    </Link>
  );
  const columns: TableColumnsType<ContactView> = [
    { title: t('outreach.contacts.heldOn'), dataIndex: 'heldOn', key: 'heldOn', width: 110 },
    {
      title: t('outreach.fields.enterprise'),
      key: 'enterprise',
      width: 240,
      render: (_, c) => (
        <div style={{ minWidth: 0 }}>
          {enterprise(c)}
          <div className="ys-code ys-muted">{c.uscc}</div>
        </div>
      ),
    },
    { title: t('outreach.contacts.kind'), key: 'kind', width: 100, render: (_, c) => <ContactKindTag kind={c.kind} /> },
    { title: t('outreach.contacts.staff'), dataIndex: 'staff', key: 'staff', width: 160, responsive: ['lg'], render: (staff: string) => <span className="ys-break">{staff}</span> },
    { title: t('outreach.contacts.summary'), dataIndex: 'summary', key: 'summary', responsive: ['xl'], render: (summary: string) => <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>{summary || '—'}</Typography.Paragraph> },
    { title: t('outreach.contacts.problems'), key: 'problems', width: 150, render: (_, c) => <span data-testid="contact-problem-count">{problemCounts(t, c.problems)}</span> },
  ];
  const card = (c: ContactView) => (
    <Card size="small" className="ys-work-card" data-testid="contact-card">
      <div className="ys-work-card-head">
        <span className="ys-work-card-title">{enterprise(c)}</span>
        <ContactKindTag kind={c.kind} />
      </div>
      <dl className="ys-work-facts">
        <dt>{t('outreach.contacts.heldOn')}</dt>
        <dd>{c.heldOn}</dd>
        <dt>{t('outreach.contacts.staff')}</dt>
        <dd>{c.staff}</dd>
        {c.summary && (
          <>
            <dt>{t('outreach.contacts.summary')}</dt>
            <dd>{c.summary}</dd>
          </>
        )}
      </dl>
      {c.problems.length > 0 && <ContactProblems problems={c.problems} />}
    </Card>
  );

  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? t('outreach.common.noMatch') : t('outreach.contacts.empty')} />;
  return (
    <div data-testid="outreach-contacts-page">
      <PageHeader
        title={t('outreach.menu.contacts')}
        description={t('outreach.contacts.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />
            {writer && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="contact-record">
                {t('outreach.contacts.record')}
              </Button>
            )}
          </>
        }
      />
      {filters.uscc && (
        <div className="ys-outreach-scope">
          <Tag closable onClose={() => setFilters({ uscc: undefined })} data-testid="contact-uscc-filter">
            {t('outreach.problems.onlyEnterprise', { name: list.data?.items[0]?.enterpriseName ?? filters.uscc })}
          </Tag>
        </div>
      )}
      <Card styles={{ body: { padding: 0 } }}>
        <ListToolbar
          search={{
            value: searchText,
            onChange: (event) => setSearchText(event.target.value),
            onSearch: (value) => setFilters({ q: value.trim() || undefined }),
            placeholder: t('outreach.common.searchEnterprise'),
            'data-testid': 'contact-search',
          }}
          filtersLabel={active ? t('outreach.common.filtersActive', { count: active }) : t('outreach.common.filters')}
          toggleTestId="contact-filters-toggle"
          columns={4}
        >
          <Select
            allowClear
            value={filters.kind}
            onChange={(kind?: string) => setFilters({ kind })}
            placeholder={t('outreach.contacts.kind')}
            aria-label={t('outreach.contacts.kind')}
            options={CONTACT_KINDS.map((k) => ({ value: k, label: contactKindLabel(k as ContactKind) }))}
            data-testid="contact-filter-kind"
          />
          <DatePicker.RangePicker
            className="ys-work-range"
            allowEmpty={[true, true]}
            value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
            onChange={(range) => setFilters({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            placeholder={[t('outreach.common.from'), t('outreach.common.to')]}
            aria-label={t('outreach.common.dates')}
          />
          <DepartmentSelect departments={departments.list} value={filters.departmentId} onChange={(departmentId) => setFilters({ departmentId: departmentId ?? undefined })} placeholder={t('outreach.contacts.department')} />
        </ListToolbar>
        {list.error && !list.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={list.error} onRetry={list.reload} />
          </div>
        ) : (
          <DataList
            cardsClassName="ys-outreach-cards"
            items={list.data?.items ?? []}
            rowKey={(c) => c.id}
            columns={columns}
            card={card}
            loading={list.loading}
            loaded={Boolean(list.data)}
            empty={empty}
            testId="contacts"
            expandable={{ rowExpandable: (c) => c.problems.length > 0, expandedRowRender: (c) => <ContactProblems problems={c.problems} /> }}
            pagination={{ current: filters.page, pageSize: filters.pageSize, total: list.data?.total ?? 0, onChange: (page, pageSize) => setFilters({ page, pageSize }) }}
          />
        )}
      </Card>
      {recording && (
        <ContactDialog
          onClose={() => setRecording(false)}
          onDone={(contact) => {
            setRecording(false);
            // Problems raised wait to be routed: open them, this enterprise's first.
            if (contact.problems.some((p) => p.state === 'open')) void navigate(problemsPath({ uscc: contact.uscc, state: 'open' }));
            else list.reload();
          }}
        />
      )}
    </div>
  );
}
