// The knowledge entries as a table: the title (the search's matches marked, with the answer's matching part and
// the keywords), the category, the days valid, how often seats used it, its validity today, and the editor's
// actions. On a phone each entry is one cell (title and status, then the rest) beside its action icons.
import { EditOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Empty, Table, Tag, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeHit } from '../../../api/appeals-catalog.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { useNarrow } from '../../registry/useNarrow.ts';
import { Marked } from '../staff/KnowledgePanel.tsx';
import { shanghaiDate } from '../../../../../common/calendar/index.ts';
import { validityOf } from './catalogHelpers.ts';
import { ValidityTag } from './ValidityTag.tsx';

interface Props {
  items: readonly KnowledgeHit[];
  /** Today in Asia/Shanghai (YYYY-MM-DD). */
  today: string;
  /** A search is on: the answer's matching part shows under the title. */
  searching: boolean;
  categoryName: (code: string) => string;
  loading: boolean;
  empty: ReactNode;
  loaded: boolean;
  pagination: TablePaginationConfig & { current: number; pageSize: number; total: number; onChange: (page: number, size: number) => void };
  onEdit: (entry: KnowledgeHit) => void;
  onRetire: (entry: KnowledgeHit) => void;
  onRestore: (entry: KnowledgeHit) => void;
}

export function KnowledgeTable({ items, today, searching, categoryName, loading, empty, loaded, pagination, onEdit, onRetire, onRestore }: Props) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const label = useDepartmentLabel();
  const title = (k: KnowledgeHit) => (
    <div className="ys-break" data-testid="knowledge-title">
      <strong>
        <Marked pieces={k.titleHighlighted} />
      </strong>
    </div>
  );
  const details = (k: KnowledgeHit) => (
    <>
      {searching && (
        <div className="ys-catalog-excerpt">
          <Marked pieces={k.excerptHighlighted} />
        </div>
      )}
      {(k.keywords.length > 0 || k.departmentName) && (
        <div className="ys-catalog-keywords">
          {k.keywords.map((w) => (
            <Tag key={w}>{w}</Tag>
          ))}
          {k.departmentName && <span className="ys-muted ys-catalog-small ys-break">{label(k.departmentName, k.departmentId)}</span>}
        </div>
      )}
    </>
  );
  const category = (k: KnowledgeHit) => (k.categoryCode ? <span className="ys-break">{categoryName(k.categoryCode)}</span> : <span className="ys-muted">{t('appealCatalog.knowledge.noCategory')}</span>);
  const range = (k: KnowledgeHit) => (
    <span data-testid="knowledge-range">
      {t('appealCatalog.knowledge.range', { from: k.validFrom, to: k.validTo ?? t('appealCatalog.knowledge.openEnded') })}
      {k.retiredAt && (
        // Its own line in the table's column; on a phone, one more part of the entry's line.
        <span className="ys-muted ys-catalog-small" style={narrow ? undefined : { display: 'block' }} data-testid="knowledge-retired-on">
          {narrow && ' · '}
          {t('appealCatalog.knowledge.retiredOn', { time: shanghaiDate(new Date(k.retiredAt)) })}
        </span>
      )}
    </span>
  );
  const actions = (k: KnowledgeHit, iconsOnly: boolean) => (
    <span className={iconsOnly ? 'ys-catalog-actions is-stacked' : 'ys-catalog-actions'}>
      <Button size="small" type="link" icon={<EditOutlined />} onClick={() => onEdit(k)} aria-label={t('common.edit')} data-testid="knowledge-edit">
        {iconsOnly ? null : t('common.edit')}
      </Button>
      {(validityOf(k, today) === 'valid' || validityOf(k, today) === 'pending') && (
        <Button size="small" type="link" danger icon={<StopOutlined />} onClick={() => onRetire(k)} aria-label={t('appealCatalog.knowledge.retire')} data-testid="knowledge-retire">
          {iconsOnly ? null : t('appealCatalog.knowledge.retire')}
        </Button>
      )}
      {k.retiredAt && (
        <Button size="small" type="link" icon={<RollbackOutlined />} onClick={() => onRestore(k)} aria-label={t('appealCatalog.knowledge.restore')} data-testid="knowledge-restore">
          {iconsOnly ? null : t('appealCatalog.knowledge.restore')}
        </Button>
      )}
    </span>
  );

  const wide: TableColumnsType<KnowledgeHit> = [
    {
      title: t('appealCatalog.knowledge.fields.title'),
      key: 'title',
      render: (_, k) => (
        <div style={{ minWidth: 0 }}>
          {title(k)}
          {details(k)}
        </div>
      ),
    },
    { title: t('appealCatalog.knowledge.fields.category'), key: 'category', width: 160, render: (_, k) => category(k) },
    { title: t('appealCatalog.knowledge.fields.validity'), key: 'validity', width: 200, render: (_, k) => range(k) },
    { title: t('appealCatalog.knowledge.fields.usedCount'), dataIndex: 'usedCount', key: 'used', width: 90, align: 'right' },
    { title: t('appealCatalog.knowledge.fields.status'), key: 'status', width: 90, render: (_, k) => <ValidityTag validity={validityOf(k, today)} /> },
    { title: t('common.actions'), key: 'actions', width: 150, fixed: 'right', render: (_, k) => actions(k, false) },
  ];
  const compact: TableColumnsType<KnowledgeHit> = [
    {
      title: t('appealCatalog.knowledge.listTitle'),
      key: 'entry',
      render: (_, k) => (
        <div className="ys-catalog-cell">
          <div className="ys-catalog-cell-head">
            <ValidityTag validity={validityOf(k, today)} />
            {title(k)}
          </div>
          <div className="ys-catalog-small ys-muted ys-break">
            {range(k)} · {category(k)} · {t('appealCatalog.knowledge.usedLine', { times: k.usedCount })}
          </div>
          {details(k)}
        </div>
      ),
    },
    { title: '', key: 'actions', width: 48, render: (_, k) => actions(k, true) },
  ];
  return (
    <Table<KnowledgeHit>
      rowKey="id"
      size="middle"
      columns={narrow ? compact : wide}
      showHeader={!narrow}
      dataSource={[...items]}
      loading={loading}
      scroll={narrow ? undefined : { x: 1040 }}
      pagination={{ showSizeChanger: !narrow, simple: narrow, pageSizeOptions: [10, 20, 50], hideOnSinglePage: pagination.total <= 10, showTotal: (total: number) => t('common.total', { total }), ...pagination, style: { padding: '0 16px' } }}
      locale={{ emptyText: loaded ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> : <div style={{ height: 120 }} /> }}
      data-testid="knowledge-table"
    />
  );
}
