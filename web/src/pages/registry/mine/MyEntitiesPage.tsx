import { BankOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Skeleton, Tag, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listMyEntities, type MyEntity } from '../../../api/registry.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { accountRoleLabel } from '../entities/AccountsPanel.tsx';
import '../registry.css';
import { EntityStatusTag } from '../RegistryTags.tsx';

export const myEntityPath = (uscc: string) => `/me/entities/${encodeURIComponent(uscc)}`;

/** 我的企业: the enterprises this applicant account acts for; each opens its own file. Phone first. */
export function MyEntitiesPage() {
  const { t } = useTranslation();
  const mine = useRemote(useCallback((signal: AbortSignal) => listMyEntities(signal), []));
  const items = mine.data?.items;

  return (
    <div className="ys-my-entities" data-testid="my-entities-page">
      <PageHeader
        title={t('registry.menu.myEntities')}
        description={t('registry.mine.description')}
        extra={<Button icon={<ReloadOutlined />} onClick={mine.reload} aria-label={t('common.refresh')} />}
      />
      {mine.error && !mine.loading ? (
        <LoadError error={mine.error} onRetry={mine.reload} />
      ) : !items ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : items.length === 0 ? (
        <Card data-testid="my-entities-empty">
          <Empty
            image={<BankOutlined className="ys-empty-icon" aria-hidden />}
            styles={{ image: { height: 'auto' } }}
            description={
              <div className="ys-empty-text">
                <Typography.Title level={2} style={{ fontSize: 17, margin: '0 0 8px' }}>
                  {t('registry.mine.emptyTitle')}
                </Typography.Title>
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {t('registry.mine.emptyText')}
                </Typography.Paragraph>
              </div>
            }
          />
        </Card>
      ) : (
        <ul className="ys-access-list" data-testid="my-entities-list">
          {items.map((item) => (
            <MyEntityCard key={item.entity.id} item={item} />
          ))}
        </ul>
      )}
    </div>
  );
}

function MyEntityCard({ item }: { item: MyEntity }) {
  const { t } = useTranslation();
  const { entity } = item;
  return (
    <li>
      <Link to={myEntityPath(entity.uscc)} className="ys-profile-row-link" data-testid="my-entity-link">
        <Card size="small" className="ys-entity-card" hoverable>
          <div className="ys-entity-card-head">
            <span className="ys-entity-card-name">{entity.name}</span>
            <EntityStatusTag status={entity.status} />
          </div>
          <dl className="ys-facts" style={{ paddingInlineEnd: 20 }}>
            <dt>{t('registry.entity.fields.uscc')}</dt>
            <dd className="ys-code">{entity.uscc}</dd>
            <dt>{t('registry.mine.myRole')}</dt>
            <dd>
              <Tag
                color={item.role === 'legal_representative' ? 'gold' : 'blue'}
                style={{ marginInlineEnd: 0 }}
              >
                {accountRoleLabel(item.role)}
              </Tag>
            </dd>
            <dt>{t('registry.entity.fields.address')}</dt>
            <dd>{entity.address}</dd>
          </dl>
          <RightOutlined className="ys-profile-row-arrow" aria-hidden />
        </Card>
      </Link>
    </li>
  );
}
