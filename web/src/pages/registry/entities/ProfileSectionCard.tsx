import { RightOutlined } from '@ant-design/icons';
import { Card, Empty, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ProfileColumn, ProfileRow, ProfileSection } from '../../../api/registry.ts';
import { currentLanguage } from '../../../i18n/index.ts';
import { bilingual } from '../labels.ts';
import { cellText, inAppLink, isPartial, statusColor, type Words } from './profile.ts';

/** Characters beyond which a status label is a sentence rather than a word (it may wrap). */
const LONG_TAG = 8;

function CellView({ row, column, words }: { row: ProfileRow; column: ProfileColumn; words: Words }) {
  const value = row.cells[column.key];
  const text = cellText(value, column, currentLanguage() === 'en' ? 'en' : 'zh', words);
  const color = statusColor(value, column);
  if (column.type === 'status' && text !== '—') {
    return (
      // A label may be a sentence (a refusal's reason): that one wraps within its cell; a word stays on one line.
      <Tag color={color} className={text.length > LONG_TAG ? 'ys-tag-text' : undefined} style={{ marginInlineEnd: 0 }}>
        {text}
      </Tag>
    );
  }
  return <span className={column.type === 'text' ? 'ys-break' : 'ys-nowrap'}>{text}</span>;
}

/**
 * One section of the enterprise file, whatever room it comes from: its title and count, then its
 * rows as a table (wide screens) or as label/value cards (phones), each typed cell in the current
 * language; a row with a link opens it (the first cell is the link, for the keyboard).
 */
export function ProfileSectionCard({ section, narrow }: { section: ProfileSection; narrow: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const words = { yes: t('registry.profile.yes'), no: t('registry.profile.no') };
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
          {section.rows.map((row, index) => {
            const facts = (
              <dl className="ys-facts ys-profile-row">
                {section.columns.map((column) => (
                  <div key={column.key} className="ys-fact">
                    <dt>{bilingual(column.label)}</dt>
                    <dd>
                      <CellView row={row} column={column} words={words} />
                    </dd>
                  </div>
                ))}
              </dl>
            );
            const link = inAppLink(row.link);
            return link ? (
              <Link key={index} to={link} className="ys-profile-row-link" data-testid="profile-row-link">
                {facts}
                <RightOutlined className="ys-profile-row-arrow" aria-hidden />
              </Link>
            ) : (
              <div key={index}>{facts}</div>
            );
          })}
        </div>
      ) : (
        <Table<{ key: number; row: ProfileRow }>
          className="ys-profile-table"
          size="small"
          pagination={false}
          // As wide as the card, not as the longest line: long cells wrap (a refusal's reason stays readable);
          // only cells that cannot wrap (dates) make it scroll, on a narrow window.
          scroll={{ x: true }}
          columns={section.columns.map((column, position) => ({
            title: bilingual(column.label),
            key: column.key,
            render: (_: unknown, { row }) => {
              const link = inAppLink(row.link);
              const cell = <CellView row={row} column={column} words={words} />;
              return position === 0 && link ? (
                <Link to={link} onClick={(event) => event.stopPropagation()} data-testid="profile-row-link">
                  {cell}
                </Link>
              ) : (
                cell
              );
            },
          }))}
          onRow={({ row }) => {
            const link = inAppLink(row.link);
            return link ? { onClick: () => void navigate(link), className: 'ys-row-link' } : {};
          }}
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
