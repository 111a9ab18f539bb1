import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogStatus } from '../../../../../common/catalog/vocabulary.ts';
import { statusColors, statusLabel } from './labels.ts';

const flat = { marginInlineEnd: 0 };

export function CatalogStatusTag({ status }: { status: CatalogStatus }) {
  return (
    <Tag color={statusColors[status]} style={flat} data-testid="catalog-status">
      {statusLabel(status)}
    </Tag>
  );
}

/** The flags people look for in a list: 全程网办, 掌上办, 即办件, 告知承诺. */
export function DerivedBadges({
  item,
}: {
  item: { fullyOnline: boolean; mobile: boolean; onTheSpot?: boolean; commitmentAllowed?: boolean };
}) {
  const { t } = useTranslation();
  const badges = [
    item.fullyOnline && {
      key: 'fullyOnline',
      color: 'blue',
      text: t('catalogAdmin.badges.fullyOnline'),
      hint: t('catalogAdmin.badges.fullyOnlineHint'),
    },
    item.mobile && {
      key: 'mobile',
      color: 'cyan',
      text: t('catalogAdmin.badges.mobile'),
      hint: t('catalogAdmin.badges.mobileHint'),
    },
    item.onTheSpot && {
      key: 'onTheSpot',
      color: 'green',
      text: t('catalogAdmin.badges.onTheSpot'),
      hint: t('catalogAdmin.badges.onTheSpotHint'),
    },
    item.commitmentAllowed && {
      key: 'commitment',
      color: 'purple',
      text: t('catalogAdmin.badges.commitment'),
      hint: t('catalogAdmin.badges.commitmentHint'),
    },
  ].filter((badge): badge is { key: string; color: string; text: string; hint: string } => Boolean(badge));
  if (badges.length === 0) return null;
  return (
    <span className="ys-tags">
      {badges.map((badge) => (
        <Tooltip key={badge.key} title={badge.hint}>
          <Tag color={badge.color} bordered={false} style={flat} data-testid={`badge-${badge.key}`}>
            {badge.text}
          </Tag>
        </Tooltip>
      ))}
    </span>
  );
}
