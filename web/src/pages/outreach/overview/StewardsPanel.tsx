// 帮扶管家 on the overview: the stewards now serving (or every one, ended too), searchable by enterprise; the
// office assigns a steward to an enterprise by its USCC with a department, and ends a steward's service.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Segmented, Tag, type TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listStewards, type StewardView } from '../../../api/outreach.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { holdsAny, OUTREACH_WRITERS } from '../access.ts';
import { DataList } from '../../../components/DataList.tsx';
import { enterprisePath, reasonLabel } from '../labels.ts';
import { AssignStewardDialog, EndStewardDialog } from './StewardDialogs.tsx';

const PAGE_SIZE = 10;

/** `onChange`: a steward was assigned or ended (the figures above count stewards). */
export function StewardsPanel({ onChange }: { onChange?: () => void }) {
  const { t } = useTranslation();
  const { roles } = useSession();
  const label = useDepartmentLabel();
  const writer = holdsAny(roles, OUTREACH_WRITERS);
  const [active, setActive] = useState(true);
  const [q, setQ] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [assigning, setAssigning] = useState(false);
  const [ending, setEnding] = useState<StewardView | null>(null);
  const list = useRemote(useCallback((signal: AbortSignal) => listStewards({ state: active ? 'active' : undefined, q, page, pageSize: PAGE_SIZE }, signal), [active, q, page]));
  const items = list.data?.items ?? [];

  const endButton = (s: StewardView) =>
    writer && !s.endedOn ? (
      <Button size="small" onClick={() => setEnding(s)} data-testid="steward-end">
        {t('outreach.stewards.end')}
      </Button>
    ) : null;
  const served = (s: StewardView) => (s.endedOn ? t('outreach.stewards.servedUntil', { from: s.assignedOn, to: s.endedOn }) : t('outreach.stewards.servingSince', { from: s.assignedOn }));
  const enterprise = (s: StewardView) => (
    <Link to={enterprisePath(s.uscc)} className="ys-break" data-testid="steward-enterprise">
      {s.enterpriseName}
    </Link>
  );

  const columns: TableColumnsType<StewardView> = [
    {
      title: t('outreach.fields.enterprise'),
      key: 'enterprise',
      render: (_, s) => (
        <div style={{ minWidth: 0 }}>
          {enterprise(s)}
          <div className="ys-code ys-muted">{s.uscc}</div>
        </div>
      ),
    },
    { title: t('outreach.stewards.reason'), key: 'reason', width: 110, responsive: ['lg'], render: (_, s) => <Tag>{reasonLabel(s.reason)}</Tag> },
    {
      title: t('outreach.stewards.steward'),
      key: 'steward',
      width: 170,
      render: (_, s) => (
        <div>
          <div>{s.stewardName}</div>
          {s.stewardPhone && <div className="ys-muted ys-code">{s.stewardPhone}</div>}
        </div>
      ),
    },
    { title: t('outreach.fields.department'), dataIndex: 'departmentName', key: 'department', responsive: ['xl'], render: (name: string, s) => <span className="ys-break">{label(name, s.departmentId)}</span> },
    { title: t('outreach.stewards.served'), key: 'served', width: 200, responsive: ['lg'], render: (_, s) => served(s) },
    { title: t('outreach.stewards.contacts'), dataIndex: 'contacts', key: 'contacts', width: 90, align: 'right' },
    { title: t('outreach.stewards.openProblems'), dataIndex: 'openProblems', key: 'openProblems', width: 100, align: 'right' },
    ...(writer ? [{ title: t('common.actions'), key: 'actions', width: 110, render: (_: unknown, s: StewardView) => endButton(s) ?? <Tag>{t('outreach.stewards.ended')}</Tag> }] : []),
  ];

  const card = (s: StewardView) => (
    <Card size="small" className="ys-work-card" data-testid="steward-card">
      <div className="ys-work-card-head">
        <span className="ys-work-card-title">{enterprise(s)}</span>
        <Tag>{reasonLabel(s.reason)}</Tag>
      </div>
      <dl className="ys-work-facts">
        <dt>{t('outreach.stewards.steward')}</dt>
        <dd>
          {s.stewardName} {s.stewardPhone && <span className="ys-code ys-muted">{s.stewardPhone}</span>}
        </dd>
        <dt>{t('outreach.fields.department')}</dt>
        <dd>{label(s.departmentName, s.departmentId)}</dd>
        <dt>{t('outreach.stewards.served')}</dt>
        <dd>{served(s)}</dd>
        <dt>{t('outreach.stewards.contacts')}</dt>
        <dd>{t('outreach.stewards.counts', { contacts: s.contacts, open: s.openProblems })}</dd>
      </dl>
      {endButton(s)}
    </Card>
  );

  return (
    <Card
      title={t('outreach.stewards.title')}
      size="small"
      className="ys-outreach-section"
      styles={{ body: { padding: 0 } }}
      data-testid="stewards-panel"
      extra={
        writer && (
          <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setAssigning(true)} data-testid="steward-assign">
            {t('outreach.stewards.assign')}
          </Button>
        )
      }
    >
      <div className="ys-outreach-panel-toolbar">
        <Segmented
          value={active ? 'active' : 'all'}
          onChange={(value) => {
            setActive(value === 'active');
            setPage(1);
          }}
          options={[
            { value: 'active', label: t('outreach.stewards.active') },
            { value: 'all', label: t('outreach.stewards.all') },
          ]}
        />
        <Input.Search
          allowClear
          placeholder={t('outreach.stewards.search')}
          aria-label={t('outreach.stewards.search')}
          onSearch={(value) => {
            setQ(value.trim() || undefined);
            setPage(1);
          }}
          style={{ maxWidth: 280 }}
          data-testid="steward-search"
        />
      </div>
      {list.error && !list.loading ? (
        <div style={{ padding: 12 }}>
          <LoadError error={list.error} onRetry={list.reload} />
        </div>
      ) : (
        <DataList
          cardsClassName="ys-outreach-cards"
          items={items}
          rowKey={(s) => s.id}
          columns={columns}
          card={card}
          loading={list.loading}
          loaded={Boolean(list.data)}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={q ? t('outreach.common.noMatch') : t('outreach.stewards.empty')} />}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: (next) => setPage(next) }}
          testId="stewards"
        />
      )}
      {assigning && (
        <AssignStewardDialog
          onClose={() => setAssigning(false)}
          onDone={() => {
            setAssigning(false);
            list.reload();
            onChange?.();
          }}
        />
      )}
      {ending && (
        <EndStewardDialog
          steward={ending}
          onClose={() => setEnding(null)}
          onDone={() => {
            setEnding(null);
            list.reload();
            onChange?.();
          }}
          onStale={list.reload}
        />
      )}
    </Card>
  );
}
