import { EditOutlined, PlusOutlined, ReloadOutlined, SubnodeOutlined } from '@ant-design/icons';
import { Button, Card, Input, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { listDepartments, listRegions } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { DepartmentForm, type DepartmentFormTarget } from './DepartmentForm.tsx';
import { departmentKinds, isDepartmentKind } from './kinds.ts';
import { RowAction } from './RowAction.tsx';
import { buildTree, departmentMatcher, filterTree, matchCount, type DepartmentNode } from './tree.ts';

/** 部门管理: the department tree, searchable, with create / create-beneath / edit. */
export function DepartmentsPage() {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const regions = useRemote(useCallback((signal: AbortSignal) => listRegions(signal), []));
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<DepartmentFormTarget | null>(null);
  const [expanded, setExpanded] = useState<readonly Key[] | null>(null);

  const list = useMemo(() => departments.data?.departments ?? [], [departments.data]);
  const tree = useMemo(() => buildTree(list), [list]);
  const filtered = useMemo(() => (query.trim() ? filterTree(tree, departmentMatcher(query)) : null), [tree, query]);
  const found = useMemo(() => matchCount(list, query), [list, query]);
  const regionNames = useMemo(
    () => new Map((regions.data?.regions ?? []).map((r) => [r.code, english ? r.nameEn : r.name])),
    [regions.data, english],
  );
  // Searching opens the way to every match; otherwise the top level is open unless the user chose.
  const expandedKeys = filtered ? filtered.expanded : (expanded ?? tree.map((node) => node.id));

  const columns: TableColumnsType<DepartmentNode> = [
    {
      title: t('departments.fields.name'),
      key: 'name',
      // The tree's indent and expand icon are floats: as a block of its own formatting context (flow-root) the name
      // sits beside them, so a wrapped line starts under the name's first letter, not at the cell's edge.
      render: (_, d) => (
        <span className="ys-break" style={{ display: 'flow-root' }}>
          <span style={{ marginInlineEnd: 8 }}>{english ? d.nameEn : d.name}</span>
          {/* An inline block: the short name moves to the next line whole when it fits there. */}
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'inline-block', maxWidth: '100%' }}>
            {english ? d.name : d.shortName}
          </Typography.Text>
        </span>
      ),
    },
    { title: t('departments.fields.code'), dataIndex: 'code', key: 'code', responsive: ['md'], width: 170 },
    {
      title: t('departments.fields.kind'),
      dataIndex: 'kind',
      key: 'kind',
      responsive: ['lg'],
      width: 110,
      render: (kind: string) =>
        isDepartmentKind(kind) ? <Tag color={departmentKinds[kind].color}>{t(departmentKinds[kind].label)}</Tag> : kind,
    },
    {
      title: t('departments.fields.region'),
      dataIndex: 'regionCode',
      key: 'region',
      responsive: ['xl'],
      width: 140,
      render: (code: string) => regionNames.get(code) ?? code,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 96,
      align: 'right',
      render: (_, d) => (
        <Space size={0}>
          <RowAction
            title={t('common.edit')}
            label={`${t('common.edit')} ${d.name}`}
            icon={<EditOutlined />}
            blocked={target !== null}
            onClick={() => setTarget({ mode: 'edit', department: d })}
          />
          <RowAction
            title={t('departments.createBeneath')}
            label={`${t('departments.createBeneath')} ${d.name}`}
            icon={<SubnodeOutlined />}
            blocked={target !== null}
            onClick={() => setTarget({ mode: 'create', parentId: d.id })}
          />
        </Space>
      ),
    },
  ];

  return (
    <div data-testid="departments-page">
      <PageHeader
        title={t('menu.departments')}
        description={t('departments.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={departments.reload} aria-label={t('common.refresh')} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create', parentId: null })}>
              {t('departments.create')}
            </Button>
          </>
        }
      />
      <Card styles={{ body: { padding: 0 } }}>
        <div className="ys-table-toolbar">
          <Input.Search
            allowClear
            placeholder={t('departments.search')}
            onSearch={setQuery}
            onChange={(event) => setQuery(event.target.value)}
            style={{ maxWidth: 360 }}
            data-testid="department-search"
          />
          <Typography.Text type="secondary" data-testid="department-count">
            {found === null ? t('departments.count', { count: list.length }) : t('departmentSearch.found', { shown: found, count: list.length })}
          </Typography.Text>
        </div>
        {departments.error && !departments.loading ? (
          <div style={{ padding: 16 }}>
            <LoadError error={departments.error} onRetry={departments.reload} />
          </div>
        ) : (
          <Table<DepartmentNode>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={filtered ? filtered.tree : tree}
            loading={departments.loading}
            pagination={false}
            expandable={{ expandedRowKeys: expandedKeys, onExpandedRowsChange: (keys) => setExpanded(keys), indentSize: 16 }}
            locale={{ emptyText: query ? t('departments.noMatch') : t('departments.empty') }}
            data-testid="department-table"
          />
        )}
      </Card>
      {target && (
        <DepartmentForm
          target={target}
          departments={list}
          regions={regions.data?.regions ?? []}
          onClose={() => setTarget(null)}
          onChanged={departments.reload}
        />
      )}
    </div>
  );
}
