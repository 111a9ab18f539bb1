// /work/hotline/knowledge — 知识库维护: the answers seats read out on the call. Searched with the seat console's
// Chinese search (the words it split the query into, and the synonyms it added, shown), filtered by validity today
// (有效, 未生效, 已过期, 已停用, 全部 — decided and paged by the server) and category; each entry added or edited in a
// drawer, retired (out of the seats' search, its dates kept) or restored after a confirmation. A stale version
// (someone changed the entry meanwhile) says so and reloads the list.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Segmented, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shanghaiDate } from '../../../../../common/calendar/index.ts';
import { listCategories, restoreKnowledge, retireKnowledge, searchKnowledge, type KnowledgeHit } from '../../../api/appeals-catalog.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { CategorySelect } from '../staff/CategorySelect.tsx';
import { categoryPath, KNOWLEDGE_STATUSES, type KnowledgeStatus } from './catalogHelpers.ts';
import { KnowledgeDrawer } from './KnowledgeDrawer.tsx';
import { KnowledgeTable } from './KnowledgeTable.tsx';
import './catalog.css';

interface Query {
  q: string;
  categoryCode?: string;
  status: KnowledgeStatus;
  page: number;
  pageSize: number;
}

export function KnowledgePage() {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const english = i18n.language === 'en';
  const today = shanghaiDate(new Date());
  const [text, setText] = useState('');
  const [query, setQuery] = useState<Query>({ q: '', status: 'valid', page: 1, pageSize: 10 });
  const [editing, setEditing] = useState<KnowledgeHit | 'new' | null>(null);
  const change = (next: Partial<Query>) => setQuery((q) => ({ ...q, page: 1, ...next }));

  const categories = useRemote(useCallback((signal: AbortSignal) => listCategories(signal), []));
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  // The server picks the standing (有效, 未生效, 已过期 or all) on its own today and pages it.
  const listing = useRemote(
    useCallback(
      (signal: AbortSignal) => searchKnowledge({ q: query.q || undefined, categoryCode: query.categoryCode, validity: query.status, page: query.page, pageSize: query.pageSize }, signal),
      [query.q, query.categoryCode, query.status, query.page, query.pageSize],
    ),
  );
  const categoryList = useMemo(() => categories.data?.categories ?? [], [categories.data]);

  const data = listing.data;
  const rows = data?.items ?? [];
  const searching = query.q !== '';
  const statusLabel = t(`appealCatalog.knowledge.statuses.${query.status}`);
  const empty = searching ? t('appealCatalog.knowledge.emptySearch') : query.status === 'all' && !query.categoryCode ? t('appealCatalog.knowledge.empty') : t('appealCatalog.knowledge.emptyStatus', { status: statusLabel });

  /** 停用 or 恢复启用 after a confirmation; the list is read again either way. */
  const confirmStanding = (entry: KnowledgeHit, step: 'retire' | 'restore') => {
    void modal.confirm({
      title: t(`appealCatalog.knowledge.${step}Title`),
      content: <span className="ys-break">{t(`appealCatalog.knowledge.${step}Body`, { title: entry.title })}</span>,
      okText: t(`appealCatalog.knowledge.${step}`),
      okButtonProps: { danger: step === 'retire', 'data-testid': `knowledge-${step}-confirm` },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await (step === 'retire' ? retireKnowledge : restoreKnowledge)(entry.id, entry.version);
          void message.success(t(step === 'retire' ? 'appealCatalog.knowledge.retired' : 'appealCatalog.knowledge.restored'));
        } catch (error) {
          if (isSessionEnded(error)) return;
          if (isApiError(error) && (error.code === 'VERSION_CONFLICT' || error.status === 404)) void message.warning(t('appealCatalog.knowledge.stale'));
          else void message.error(isApiError(error) ? error.userMessage : String(error));
        }
        listing.reload();
      },
    });
  };

  const done = () => {
    setEditing(null);
    listing.reload();
  };

  return (
    <div data-testid="knowledge-page">
      <PageHeader
        title={t('appealCatalog.menu.knowledge')}
        description={t('appealCatalog.knowledge.description')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} disabled={!categories.data || !departments.data} data-testid="knowledge-add">
            {t('appealCatalog.knowledge.add')}
          </Button>
        }
      />
      <Card size="small" styles={{ body: { padding: 0 } }} className="ys-catalog-card" title={t('appealCatalog.knowledge.listTitle')}>
        <div className="ys-catalog-knowledge-tools">
          <Input.Search
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (e.target.value === '' && query.q !== '') change({ q: '' });
            }}
            onSearch={(value) => change({ q: value.trim().slice(0, 100) })}
            allowClear
            enterButton
            maxLength={100}
            placeholder={t('appealCatalog.knowledge.search')}
            aria-label={t('appealCatalog.knowledge.search')}
            data-testid="knowledge-search"
          />
          <Segmented<KnowledgeStatus>
            value={query.status}
            onChange={(status) => change({ status })}
            options={KNOWLEDGE_STATUSES.map((s) => ({ value: s, label: t(`appealCatalog.knowledge.statuses.${s}`) }))}
            aria-label={t('appealCatalog.knowledge.status')}
            data-testid="knowledge-statuses"
          />
          <div className="ys-catalog-category">
            <CategorySelect categories={categoryList} value={query.categoryCode} onChange={(categoryCode) => change({ categoryCode })} parentsSelectable placeholder={t('appealCatalog.knowledge.allCategories')} aria-label={t('appealCatalog.knowledge.fields.category')} data-testid="knowledge-filter-category" />
          </div>
        </div>
        {data && !listing.loading && searching && (
          <Typography.Paragraph type="secondary" className="ys-catalog-terms ys-break" data-testid="knowledge-terms">
            {t('appealCatalog.knowledge.terms', { terms: data.terms.join(' · ') || '—' })}
            {data.expanded.length > 0 && `；${t('appealCatalog.knowledge.expanded', { words: data.expanded.join(' · ') })}`}
          </Typography.Paragraph>
        )}
        {listing.error && !listing.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={listing.error} onRetry={listing.reload} />
          </div>
        ) : (
          <KnowledgeTable
            items={rows}
            today={today}
            searching={searching}
            categoryName={(code) => categoryPath(categoryList, code, english)}
            loading={listing.loading}
            loaded={data !== undefined}
            empty={empty}
            pagination={{ current: query.page, pageSize: query.pageSize, total: data?.total ?? 0, onChange: (page, pageSize) => setQuery((q) => ({ ...q, page: pageSize === q.pageSize ? page : 1, pageSize })) }}
            onEdit={(entry) => setEditing(entry)}
            onRetire={(entry) => confirmStanding(entry, 'retire')}
            onRestore={(entry) => confirmStanding(entry, 'restore')}
          />
        )}
      </Card>
      {editing && (
        <KnowledgeDrawer
          entry={editing === 'new' ? undefined : editing}
          categories={categoryList}
          departments={departments.data?.departments ?? []}
          today={today}
          onClose={() => setEditing(null)}
          onDone={done}
          onStale={done}
        />
      )}
    </div>
  );
}
