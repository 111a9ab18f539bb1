// Pieces both guides and the catalogue page use: badges, the marked search name, a guide section,
// the print and 在线办理 buttons.
import { PrinterOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import { useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UNSAFE_DataRouterContext, useNavigate } from 'react-router';
import { itemBadges, type Badge } from './format.ts';
import { applyPath, routeExists } from './paths.ts';
import { highlightPieces, type Piece } from './pieces.ts';

const BADGE_COLORS: Record<Badge, string> = {
  fullyOnline: 'green',
  mobile: 'blue',
  onTheSpot: 'orange',
  national: 'purple',
};

export function ItemBadges({ item }: { item: Parameters<typeof itemBadges>[0] }) {
  const { t } = useTranslation();
  const badges = itemBadges(item);
  if (badges.length === 0) return null;
  return (
    <span className="ys-tags" data-testid="item-badges">
      {badges.map((badge) => (
        <Tag key={badge} color={BADGE_COLORS[badge]} bordered={false} data-badge={badge}>
          {t(`catalogPublic.badges.${badge}`)}
        </Tag>
      ))}
    </span>
  );
}

/** A name with the search's matched words in <mark>: text nodes only, never HTML. */
export function Highlight({ name, pieces }: { name: string; pieces?: readonly Piece[] | null }) {
  return (
    <>
      {highlightPieces(name, pieces).map((piece, index) =>
        piece.match ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
      )}
    </>
  );
}

export function GuideSection({ id, title, extra, children, noPrint }: { id: string; title: ReactNode; extra?: ReactNode; children: ReactNode; noPrint?: boolean }) {
  return (
    <section id={id} className={`ys-guide-section${noPrint ? ' ys-no-print' : ''}`} aria-labelledby={`${id}-title`}>
      <header className="ys-guide-section-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {extra}
      </header>
      {children}
    </section>
  );
}

export function PrintButton() {
  const { t } = useTranslation();
  return (
    <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="guide-print" size="large">
      {t('catalogPublic.guide.print')}
    </Button>
  );
}

/** 在线办理: a link once the applications pages exist; until then a disabled button that says so. */
export function ApplyButton({ code, kind = 'item' }: { code: string; kind?: 'item' | 'bundle' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const router = useContext(UNSAFE_DataRouterContext)?.router;
  const target = applyPath(code, kind);
  if (routeExists(router?.routes, target)) {
    return (
      <Button
        type="primary"
        size="large"
        icon={<SendOutlined />}
        href={target}
        onClick={(event) => {
          event.preventDefault();
          void navigate(target);
        }}
        data-testid="guide-apply"
      >
        {t('catalogPublic.guide.apply')}
      </Button>
    );
  }
  return (
    <Tooltip title={t('catalogPublic.guide.applySoon')}>
      <Button type="primary" size="large" icon={<SendOutlined />} disabled data-testid="guide-apply">
        {t('catalogPublic.guide.apply')}
        <span className="ys-apply-soon">{t('catalogPublic.guide.applySoon')}</span>
      </Button>
    </Tooltip>
  );
}
