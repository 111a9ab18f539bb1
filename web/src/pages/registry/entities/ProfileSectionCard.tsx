import { Card, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProfileSection } from '../../../api/registry.ts';
import { bilingual } from '../labels.ts';
import { formatCell, isPartial, sectionColumns } from './profile.ts';

/**
 * One section of the enterprise file, whatever room it comes from: its title and count, then its
 * rows as a table (wide screens) or as label/value cards (phones).
 */
export function ProfileSectionCard({ section, narrow }: { section: ProfileSection; narrow: boolean }) {
  const { t } = useTranslation();
  const words = { yes: t('registry.profile.yes'), no: t('registry.profile.no') };
  const labels = sectionColumns(section.rows);
  const title = (
    <span className="ys-section-title">
      {bilingual(section.title)}
      <Tag
        color={section.count ? 'blue' : 'default'}
        style={{ marginInlineEnd: 0 }}
        data-testid="section-count"
      >
        {section.count.toLocaleString()}
      </Tag>
    </span>
  );

  return (
    <Card
      title={title}
      size="small"
      data-testid={`profile-section-${section.key}`}
      id={`section-${section.key}`}
    >
      {section.rows.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('registry.profile.noRows')}
          style={{ margin: '8px 0' }}
        />
      ) : narrow ? (
        <div className="ys-profile-rows">
          {section.rows.map((row, index) => (
            <dl key={index} className="ys-facts ys-profile-row">
              {labels.map((label) => (
                <div key={label} className="ys-fact">
                  <dt>{label}</dt>
                  <dd>{formatCell(row[label] ?? null, words)}</dd>
                </div>
              ))}
            </dl>
          ))}
        </div>
      ) : (
        <Table<{ key: number; row: ProfileSection['rows'][number] }>
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={labels.map((label) => ({
            title: label,
            key: label,
            render: (_: unknown, { row }) => (
              <span className="ys-break">{formatCell(row[label] ?? null, words)}</span>
            ),
          }))}
          // Rows have no id of their own (any room's section); their place in the list is their key.
          dataSource={section.rows.map((row, key) => ({ key, row }))}
        />
      )}
      {isPartial(section) && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
          {t('registry.profile.partial', { shown: section.rows.length, count: section.count })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
