// 派单目录 as a table: the category (with its parent), the area, the lead and support units, the note, and the
// editor's actions. On a phone each rule is one cell (category and area, then the units and the note) beside its
// two action icons, so nothing needs scrolling sideways; wider, the columns scroll inside their card if they must.
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Empty, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DispatchRule } from '../../../api/appeals-catalog.ts';
import { useNarrow } from '../../registry/useNarrow.ts';
import type { RuleNames } from './catalogHelpers.ts';
import { listMark } from '../../../i18n/punctuation.ts';

interface Props {
  rules: readonly DispatchRule[];
  names: RuleNames;
  loading: boolean;
  /** Loaded at least once (before that the table shows no empty state). */
  loaded: boolean;
  /** A filter is on: the empty state says nothing matches rather than that there are no rules. */
  filtered: boolean;
  onEdit: (rule: DispatchRule) => void;
  onDelete: (rule: DispatchRule) => void;
}

export function RulesTable({ rules, names, loading, loaded, filtered, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const area = (r: DispatchRule, asTag = false) =>
    r.areaCode === null ? <Tag color="geekblue">{names.area(null)}</Tag> : asTag ? <Tag data-testid="rule-area-name">{names.area(r.areaCode)}</Tag> : <span data-testid="rule-area-name">{names.area(r.areaCode)}</span>;
  const supports = (r: DispatchRule) => r.supportDepartmentIds.map(names.department).join(listMark());
  const actions = (r: DispatchRule, iconsOnly: boolean) => (
    <span className={iconsOnly ? 'ys-catalog-actions is-stacked' : 'ys-catalog-actions'}>
      <Button size="small" type="link" icon={<EditOutlined />} onClick={() => onEdit(r)} aria-label={t('common.edit')} data-testid="rule-edit">
        {iconsOnly ? null : t('common.edit')}
      </Button>
      <Button size="small" type="link" danger icon={<DeleteOutlined />} onClick={() => onDelete(r)} aria-label={t('appealCatalog.rules.delete')} data-testid="rule-delete">
        {iconsOnly ? null : t('appealCatalog.rules.delete')}
      </Button>
    </span>
  );

  const wide: TableColumnsType<DispatchRule> = [
    {
      title: t('appealCatalog.rules.fields.category'),
      key: 'category',
      width: 200,
      render: (_, r) => (
        <div className="ys-break">
          <div data-testid="rule-category-name">{names.category(r.categoryCode)}</div>
          <div className="ys-muted ys-code ys-catalog-small">{r.categoryCode}</div>
        </div>
      ),
    },
    { title: t('appealCatalog.rules.fields.area'), key: 'area', width: 130, render: (_, r) => area(r) },
    { title: t('appealCatalog.rules.fields.lead'), key: 'lead', width: 220, render: (_, r) => <strong className="ys-break" data-testid="rule-lead-name">{names.department(r.leadDepartmentId)}</strong> },
    {
      title: t('appealCatalog.rules.fields.support'),
      key: 'support',
      width: 200,
      render: (_, r) => (r.supportDepartmentIds.length ? <span className="ys-break" data-testid="rule-support-names">{supports(r)}</span> : <span className="ys-muted">—</span>),
    },
    { title: t('appealCatalog.rules.fields.note'), key: 'note', render: (_, r) => (r.note ? <span className="ys-break">{r.note}</span> : <span className="ys-muted">—</span>) },
    { title: t('common.actions'), key: 'actions', width: 150, fixed: 'right', render: (_, r) => actions(r, false) },
  ];
  const compact: TableColumnsType<DispatchRule> = [
    {
      title: t('appealCatalog.rules.listTitle'),
      key: 'rule',
      render: (_, r) => (
        <div className="ys-break ys-catalog-cell">
          <div className="ys-catalog-cell-head">
            <strong data-testid="rule-category-name">{names.category(r.categoryCode)}</strong>
            {area(r, true)}
          </div>
          <div data-testid="rule-lead-name">{t('appealCatalog.rules.leadLine', { unit: names.department(r.leadDepartmentId) })}</div>
          {r.supportDepartmentIds.length > 0 && <div data-testid="rule-support-names">{t('appealCatalog.rules.supportLine', { units: supports(r) })}</div>}
          {r.note && <div className="ys-muted">{r.note}</div>}
        </div>
      ),
    },
    { title: '', key: 'actions', width: 48, render: (_, r) => actions(r, true) },
  ];
  return (
    <Table<DispatchRule>
      rowKey="id"
      size="middle"
      columns={narrow ? compact : wide}
      showHeader={!narrow}
      dataSource={[...rules]}
      loading={loading}
      scroll={narrow ? undefined : { x: 1000 }}
      pagination={{ defaultPageSize: 20, showSizeChanger: !narrow, pageSizeOptions: [20, 50, 100], hideOnSinglePage: true, simple: narrow, showTotal: (total: number) => t('common.total', { total }), style: { padding: '0 16px' } }}
      locale={{ emptyText: loaded ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(filtered ? 'appealCatalog.rules.emptyFiltered' : 'appealCatalog.rules.empty')} /> : <div style={{ height: 120 }} /> }}
      data-testid="rules-table"
    />
  );
}
