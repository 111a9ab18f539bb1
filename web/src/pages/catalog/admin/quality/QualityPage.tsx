import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Result, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BUNDLE_RULES } from '../../../../../../common/catalog/bundle-rules.ts';
import { ITEM_RULES } from '../../../../../../common/catalog/rules.ts';
import { getQuality, type QualityReply } from '../../../../api/catalog-admin.ts';
import { useRemote } from '../../../../api/useRemote.ts';
import { LoadError } from '../../../../components/LoadError.tsx';
import { PageHeader } from '../../../../components/PageHeader.tsx';
import { CatalogStatusTag } from '../CatalogTags.tsx';
import { bilingual } from '../labels.ts';
import { bundlePath, itemPath } from '../paths.ts';
import { ViolationList } from '../ViolationList.tsx';
import '../catalog-admin.css';

type RuleRow = QualityReply['rules'][number];
type Entry = QualityReply['items'][number];

const legend: Record<string, readonly [string, { zh: string; en: string }]> = {
  ...ITEM_RULES,
  ...BUNDLE_RULES,
};

/** A rule's name from the shared legend; a rule the web does not know yet shows its id. */
export const ruleName = (rule: string) => (legend[rule] ? bilingual(legend[rule][1]) : rule);

/** 质量检查: each rule with how often it is broken, and the items and bundles breaking them, each a link to its editor. */
export function QualityPage() {
  const { t } = useTranslation();
  const quality = useRemote(useCallback((signal: AbortSignal) => getQuality(signal), []));
  const [rule, setRule] = useState<string | null>(null);
  const data = quality.data;
  const entries = useMemo(
    () => (data?.items ?? []).filter((entry) => !rule || entry.violations.some((v) => v.rule === rule)),
    [data, rule],
  );

  const severityTag = (severity: RuleRow['severity']) => (
    <Tag color={severity === 'error' ? 'red' : 'orange'} style={{ marginInlineEnd: 0 }}>
      {severity === 'error' ? t('catalogAdmin.rules.error') : t('catalogAdmin.rules.warning')}
    </Tag>
  );
  const ruleColumns: TableColumnsType<RuleRow> = [
    {
      title: t('catalogAdmin.quality.rules'),
      key: 'rule',
      render: (_, row) => (
        <>
          <div className="ys-break">{ruleName(row.rule)}</div>
          <div className="ys-code ys-muted" style={{ fontSize: 12 }}>
            {row.rule}
          </div>
        </>
      ),
    },
    {
      title: t('catalogAdmin.quality.severity'),
      key: 'severity',
      width: 80,
      render: (_, row) => severityTag(row.severity),
    },
    { title: t('catalogAdmin.quality.count'), dataIndex: 'count', key: 'count', width: 80, align: 'right' },
  ];
  const entryColumns: TableColumnsType<Entry> = [
    {
      title: t('catalogAdmin.quality.affected'),
      key: 'name',
      render: (_, entry) => (
        <div style={{ minWidth: 0 }}>
          <Link
            to={entry.kind === 'item' ? itemPath(entry.id) : bundlePath(entry.id)}
            className="ys-break"
            data-testid="quality-link"
          >
            {entry.name}
          </Link>
          <div className="ys-cat-meta">
            <span className="ys-code">{entry.code}</span> · {t(`catalogAdmin.quality.kind.${entry.kind}`)} ·{' '}
            <CatalogStatusTag status={entry.status} />
          </div>
          <div style={{ marginTop: 8 }}>
            <ViolationList
              violations={rule ? entry.violations.filter((v) => v.rule === rule) : entry.violations}
            />
          </div>
        </div>
      ),
    },
  ];

  return (
    <div data-testid="quality-page">
      <PageHeader
        title={t('catalogAdmin.menu.quality')}
        description={t('catalogAdmin.quality.description')}
        extra={<Button icon={<ReloadOutlined />} onClick={quality.reload} aria-label={t('common.refresh')} />}
      />
      {quality.error && !quality.loading ? (
        <LoadError error={quality.error} onRetry={quality.reload} />
      ) : data && data.items.length === 0 ? (
        <Card>
          <Result status="success" title={t('catalogAdmin.quality.none')} />
        </Card>
      ) : (
        <div className="ys-quality">
          <Card
            size="small"
            title={t('catalogAdmin.quality.rules')}
            styles={{ body: { padding: 0 } }}
            extra={
              rule && (
                <Button size="small" type="link" onClick={() => setRule(null)}>
                  {t('catalogAdmin.quality.allRules')}
                </Button>
              )
            }
          >
            <Table<RuleRow>
              rowKey="rule"
              size="small"
              columns={ruleColumns}
              dataSource={data?.rules ?? []}
              loading={quality.loading}
              pagination={false}
              rowClassName={(row) => (row.rule === rule ? 'ant-table-row-selected' : '')}
              onRow={(row) => ({
                onClick: () => setRule(row.rule === rule ? null : row.rule),
                style: { cursor: 'pointer' },
              })}
              data-testid="quality-rules"
            />
          </Card>
          <Card
            size="small"
            title={rule ? ruleName(rule) : t('catalogAdmin.quality.affected')}
            extra={
              <Typography.Text type="secondary">
                {t('catalogAdmin.quality.total', { total: entries.length })}
              </Typography.Text>
            }
            styles={{ body: { padding: 0 } }}
          >
            <Table<Entry>
              rowKey="id"
              size="small"
              columns={entryColumns}
              dataSource={entries}
              loading={quality.loading}
              showHeader={false}
              pagination={{
                pageSize: 20,
                hideOnSinglePage: true,
                showSizeChanger: false,
                style: { padding: '0 12px' },
              }}
              locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
              data-testid="quality-items"
            />
          </Card>
        </div>
      )}
    </div>
  );
}
