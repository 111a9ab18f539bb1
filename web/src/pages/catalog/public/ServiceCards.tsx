// Rows of the catalogue: an item (name, department, promise, badges) and a 一件事 card.
import { ApartmentOutlined, ClockCircleOutlined, RightOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EVENT_LABELS, ITEM_TYPE_LABELS } from '../../../../../common/catalog/vocabulary.ts';
import type { BundleSummary, ItemSummary, SearchHit } from '../../../api/catalog-public.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { formatDays, langOf, promisedText, vocab } from './format.ts';
import { Highlight, ItemBadges } from './parts.tsx';
import { bundleGuidePath, guidePath, itemGuidePath } from './paths.ts';

export function ItemRow({ item }: { item: ItemSummary }) {
  const { t, i18n } = useTranslation();
  const label = useDepartmentLabel();
  const lang = langOf(i18n.language);
  const showLegal = !item.onTheSpot && item.legalLimitDays > item.promisedLimitDays;
  return (
    <li className="ys-service-row" data-testid="service-item">
      <div className="ys-service-main">
        <Link to={itemGuidePath(item.code)} className="ys-service-name">
          {item.name}
        </Link>
        <div className="ys-service-meta">
          <ApartmentOutlined aria-hidden /> {item.implementingDepartmentName ? label(item.implementingDepartmentName, item.implementingDepartmentId) : '—'}
          <span className="ys-dot" aria-hidden>·</span>
          {vocab(ITEM_TYPE_LABELS, item.type, lang)}
        </div>
        <ItemBadges item={item} />
      </div>
      <div className="ys-service-limit">
        <span>
          <ClockCircleOutlined aria-hidden /> {t('catalogPublic.services.promised', { limit: promisedText(item, lang) })}
        </span>
        {showLegal && <span className="ys-service-legal">{t('catalogPublic.services.legal', { limit: formatDays(item.legalLimitDays, lang) })}</span>}
      </div>
    </li>
  );
}

export function BundleCard({ bundle }: { bundle: BundleSummary }) {
  const { t, i18n } = useTranslation();
  const label = useDepartmentLabel();
  const lang = langOf(i18n.language);
  return (
    <li className="ys-bundle-card" data-testid="service-bundle">
      <Link to={bundleGuidePath(bundle.code)} className="ys-bundle-link">
        <div className="ys-bundle-top">
          <Tag color={bundle.kind === 'life' ? 'cyan' : 'geekblue'} bordered={false}>
            {vocab(EVENT_LABELS, bundle.event, lang)}
          </Tag>
          {bundle.fullyOnline && (
            <Tag color="green" bordered={false}>
              {t('catalogPublic.badges.fullyOnline')}
            </Tag>
          )}
        </div>
        <div className="ys-bundle-name">{bundle.name}</div>
        <div className="ys-service-meta">{t('catalogPublic.services.lead', { name: bundle.leadDepartmentName ? label(bundle.leadDepartmentName) : '—' })}</div>
        <div className="ys-bundle-foot">
          <span>{t('catalogPublic.services.members', { count: bundle.memberCount })}</span>
          <span>
            <ClockCircleOutlined aria-hidden /> {formatDays(bundle.promisedLimitDays, lang)}
          </span>
          <RightOutlined aria-hidden className="ys-bundle-arrow" />
        </div>
      </Link>
    </li>
  );
}

export function HitRow({ hit }: { hit: SearchHit }) {
  const { t, i18n } = useTranslation();
  const label = useDepartmentLabel();
  const lang = langOf(i18n.language);
  return (
    <li className="ys-service-row" data-testid="search-hit" data-kind={hit.kind}>
      <div className="ys-service-main">
        <div className="ys-hit-title">
          <Tag color={hit.kind === 'bundle' ? 'geekblue' : 'default'} bordered={false}>
            {t(`catalogPublic.search.kinds.${hit.kind}`)}
          </Tag>
          <Link to={guidePath(hit.kind, hit.code)} className="ys-service-name">
            <Highlight name={hit.name} pieces={hit.nameHighlighted} />
          </Link>
        </div>
        <div className="ys-service-meta">
          {hit.departmentName && (
            <>
              <ApartmentOutlined aria-hidden /> {label(hit.departmentName)}
            </>
          )}
          {hit.type && (
            <>
              <span className="ys-dot" aria-hidden>·</span>
              {vocab(ITEM_TYPE_LABELS, hit.type, lang)}
            </>
          )}
        </div>
        <ItemBadges item={hit} />
      </div>
      {hit.promisedLimitDays !== null && (
        <div className="ys-service-limit">
          <span>
            <ClockCircleOutlined aria-hidden /> {t('catalogPublic.services.promised', { limit: formatDays(hit.promisedLimitDays, lang) })}
          </span>
        </div>
      )}
    </li>
  );
}
