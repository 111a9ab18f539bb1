import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Edition } from '../../../api/catalog-admin.ts';
import { formatDateTime } from '../../../components/format.ts';
import { CatalogStatusTag } from './CatalogTags.tsx';

/** 版本记录: every edition of one code, newest first, each a link; the one on screen marked. */
export function EditionsCard({
  editions,
  currentId,
  pathOf,
  loading,
}: {
  editions: readonly Edition[] | undefined;
  currentId: string;
  pathOf: (id: string) => string;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const sorted = [...(editions ?? [])].sort((a, b) => b.edition - a.edition);
  return (
    <Card
      size="small"
      title={t('catalogAdmin.editor.editions')}
      loading={loading && !editions}
      data-testid="editions-card"
    >
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogAdmin.editor.editionsEmpty')} />
      ) : (
        <ul className="ys-violations">
          {sorted.map((edition) => (
            <li
              key={edition.id}
              style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'center' }}
            >
              <span>
                {edition.id === currentId ? (
                  <Typography.Text strong>
                    {t('catalogAdmin.item.editionN', { edition: edition.edition })}
                  </Typography.Text>
                ) : (
                  <Link to={pathOf(edition.id)}>
                    {t('catalogAdmin.item.editionN', { edition: edition.edition })}
                  </Link>
                )}
                <div className="ys-muted" style={{ fontSize: 12 }}>
                  {formatDateTime(edition.publishedAt ?? edition.updatedAt)}
                  {edition.id === currentId && ` · ${t('catalogAdmin.editor.current')}`}
                </div>
              </span>
              <CatalogStatusTag status={edition.status} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
