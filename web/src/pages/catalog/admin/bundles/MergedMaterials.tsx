import { Empty, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MergedMaterial } from '../../../../../../common/catalog/bundle-rules.ts';
import { MATERIAL_FORM_LABELS } from '../../../../../../common/catalog/vocabulary.ts';
import { bilingual } from '../labels.ts';

/** 合并材料: one list for the whole bundle, a material several members need given once; fetched ones not asked for. */
export function MergedMaterials({
  materials,
  names,
}: {
  materials: readonly MergedMaterial[];
  names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<MergedMaterial> = [
    {
      title: t('catalogAdmin.materials.name'),
      key: 'name',
      render: (_, m) => (
        <>
          <div className="ys-break">
            {m.name}
            {!m.required && (
              <Typography.Text type="secondary">
                （{m.condition ?? t('catalogAdmin.materials.condition')}）
              </Typography.Text>
            )}
          </div>
          <div className="ys-code ys-muted" style={{ fontSize: 12 }}>
            {m.key}
          </div>
        </>
      ),
    },
    {
      title: t('catalogAdmin.mergedMaterials.usedBy'),
      key: 'usedBy',
      render: (_, m) => (
        <span className="ys-tags">
          {m.usedBy.map((code) => (
            <Tag key={code} style={{ marginInlineEnd: 0 }} title={code}>
              {names.get(code) ?? code}
            </Tag>
          ))}
        </span>
      ),
    },
    {
      title: t('catalogAdmin.materials.source'),
      key: 'fetched',
      width: 150,
      render: (_, m) =>
        m.fetched ? (
          <Tag color="green" bordered={false}>
            {t('catalogAdmin.mergedMaterials.fetched')}
          </Tag>
        ) : (
          <span>
            {t('catalogAdmin.mergedMaterials.asked')} · {bilingual(MATERIAL_FORM_LABELS[m.form])} × {m.copies}
          </span>
        ),
    },
  ];
  return (
    <div data-testid="merged-materials">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('catalogAdmin.mergedMaterials.hint')}
      </Typography.Paragraph>
      <Table<MergedMaterial>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={[...materials]}
        pagination={false}
        scroll={{ x: 520 }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t('catalogAdmin.mergedMaterials.empty')}
            />
          ),
        }}
      />
    </div>
  );
}
