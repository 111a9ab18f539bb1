// /office/ledger/structure — 台账结构 / 领导小组 / 规则设置: the sources (the province's feedback, its action plan, the
// city's plan, leaders' instructions …) with their counts, each opening its issue → measure tree; the office adds
// and edits sources, issues and measures. The leading group with its changes this half-year. The ledger's rules
// (lights, the half-time check, silence), which leaders read and the office changes.
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listSources, type SourceView } from '../../../api/ledger.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { holdsAny, LEDGER_WRITERS } from '../access.ts';
import { sourceKindLabel, tasksPath } from '../labels.ts';
import { MembersPanel } from './MembersPanel.tsx';
import { RulesPanel } from './RulesPanel.tsx';
import { SourceDialog } from './SourceDialog.tsx';
import { SourceTree } from './SourceTree.tsx';
import '../ledger.css';
import './office.css';

export function StructurePage() {
  const { t } = useTranslation();
  const { roles } = useSession();
  const writer = holdsAny(roles, LEDGER_WRITERS);
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab = asked === 'group' || asked === 'rules' ? asked : 'sources';
  return (
    <div data-testid="ledger-structure-page">
      <PageHeader title={t('ledger.menu.structure')} description={t('ledger.structure.description')} />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'sources' ? {} : { tab: key }, { replace: true })}
        items={[
          { key: 'sources', label: t('ledger.structure.sources'), children: <SourcesPanel writer={writer} /> },
          { key: 'group', label: t('ledger.structure.group'), children: <MembersPanel writer={writer} /> },
          { key: 'rules', label: t('ledger.rules.tab'), children: <RulesPanel writer={writer} /> },
        ]}
      />
    </div>
  );
}

function SourcesPanel({ writer }: { writer: boolean }) {
  const { t } = useTranslation();
  const list = useRemote(useCallback((signal: AbortSignal) => listSources(signal), []));
  // A new source (null) or the one being edited.
  const [editing, setEditing] = useState<SourceView | null | undefined>(undefined);
  return (
    <Card size="small" styles={{ body: { padding: 0 } }} title={t('ledger.structure.sourcesTitle')} extra={writer && <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="ledger-source-add">{t('ledger.structure.addSource')}</Button>}>
      {list.error && !list.loading ? (
        <div style={{ padding: 16 }}>
          <LoadError error={list.error} onRetry={list.reload} />
        </div>
      ) : (
        <Table<SourceView>
          rowKey="id"
          size="small"
          loading={list.loading}
          dataSource={list.data ?? []}
          pagination={false}
          expandable={{ expandedRowRender: (s) => <SourceTree sourceId={s.id} writer={writer} />, expandRowByClick: false }}
          locale={{ emptyText: list.data ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledger.structure.noSources')} /> : <div style={{ height: 80 }} /> }}
          data-testid="ledger-sources"
          columns={[
            {
              title: t('ledger.fields.source'),
              key: 'title',
              render: (_, s) => (
                <div className="ys-break">
                  <div className="ys-muted ys-ledger-small">
                    <span className="ys-code">{s.code}</span> · {sourceKindLabel(s.kind)}
                    {s.documentNo && ` · ${s.documentNo}`}
                  </div>
                  {s.title}
                </div>
              ),
            },
            { title: t('ledger.fields.period'), key: 'period', width: 240, responsive: ['md'], render: (_, s) => <span className="ys-code" style={{ whiteSpace: 'nowrap' }}>{s.periodStart} ~ {s.periodEnd}</span> },
            { title: t('ledger.structure.closedOfTasks'), key: 'tasks', width: 96, align: 'right', render: (_, s) => <Link to={tasksPath({ sourceId: s.id })}>{s.closed}/{s.tasks}</Link> },
            ...(writer
              ? [
                  {
                    title: '',
                    key: 'edit',
                    width: 44,
                    align: 'center' as const,
                    render: (_: unknown, s: SourceView) => (
                      <Button type="text" size="small" icon={<EditOutlined />} onClick={() => setEditing(s)} aria-label={`${t('ledger.structure.editSource')} ${s.code}`} title={t('ledger.structure.editSource')} data-testid="ledger-source-edit" />
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {editing !== undefined && (
        <SourceDialog
          source={editing ?? undefined}
          sources={list.data ?? []}
          onClose={() => setEditing(undefined)}
          onDone={() => {
            setEditing(undefined);
            list.reload();
          }}
          onStale={() => {
            setEditing(undefined);
            list.reload();
          }}
        />
      )}
    </Card>
  );
}
