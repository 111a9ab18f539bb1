import { ApartmentOutlined, EyeOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Pagination, Skeleton, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDepartmentLabel } from '../../api/departmentNames.ts';
import { listMyDataAccess, type ShareLogItem } from '../../api/registry.ts';
import { useRemote } from '../../api/useRemote.ts';
import { formatDateTime } from '../../components/format.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { purposeLabel } from './labels.ts';
import './registry.css';
import { AllowedTag } from './RegistryTags.tsx';
import { readLabel, refusalLabel } from './sharing/share.ts';
import { withNote } from '../../i18n/punctuation.ts';

const pageSize = 20;

/**
 * 谁查看了我的数据: every time a department asked for this citizen's data, or for the data of an
 * enterprise they represent — whose, what, who, when, why, for which case, and whether the rules let
 * it. Made for a phone: one card per request.
 */
export function DataAccessPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const access = useRemote(
    useCallback((signal: AbortSignal) => listMyDataAccess({ page, pageSize }, signal), [page]),
  );
  const data = access.data;

  return (
    <div className="ys-data-access" data-testid="data-access-page">
      <PageHeader
        title={t('registry.menu.dataAccess')}
        description={t('registry.dataAccess.description')}
        extra={<Button icon={<ReloadOutlined />} onClick={access.reload} aria-label={t('common.refresh')} />}
      />
      {access.error && !access.loading ? (
        <LoadError error={access.error} onRetry={access.reload} />
      ) : !data ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : data.items.length === 0 ? (
        <Card data-testid="data-access-empty">
          <Empty
            image={<EyeOutlined className="ys-empty-icon" aria-hidden />}
            styles={{ image: { height: 'auto' } }}
            description={
              <div className="ys-empty-text">
                <Typography.Title level={2} style={{ fontSize: 17, margin: '0 0 8px' }}>
                  {t('registry.dataAccess.emptyTitle')}
                </Typography.Title>
                <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                  {t('registry.dataAccess.emptyText')}
                </Typography.Paragraph>
              </div>
            }
          />
        </Card>
      ) : (
        <>
          <Typography.Paragraph type="secondary" data-testid="data-access-total">
            {t('registry.dataAccess.total', { total: data.total })}
          </Typography.Paragraph>
          <ol className="ys-access-list" data-testid="data-access-list">
            {data.items.map((item) => (
              <AccessCard key={item.id} item={item} />
            ))}
          </ol>
          {data.total > pageSize && (
            <div className="ys-card-pager">
              <Pagination
                simple
                current={data.page}
                pageSize={pageSize}
                total={data.total}
                onChange={setPage}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}

function AccessCard({ item }: { item: ShareLogItem }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const reason = refusalLabel(item.reason);
  // A person's record is their basic personal data; an enterprise's is its registration record.
  const record = item.subjectKind === 'person' ? t('registry.dataAccess.record') : t('registry.share.record');
  return (
    <li>
      <Card size="small" className="ys-access-card" data-testid="data-access-item">
        <div className="ys-entity-card-head">
          <span className="ys-entity-card-name">
            <ApartmentOutlined aria-hidden style={{ marginInlineEnd: 6, color: '#1f5fbf' }} />
            {item.consumerDepartmentName ? label(item.consumerDepartmentName) : t('registry.dataAccess.unknownDepartment')}
          </span>
          <AllowedTag allowed={item.allowed} />
        </div>
        <dl className="ys-facts">
          <dt>{t('registry.sharing.fields.at')}</dt>
          <dd>{formatDateTime(item.at)}</dd>
          <dt>{t('registry.dataAccess.whose')}</dt>
          <dd data-testid="data-access-subject">
            {item.subjectKind === 'person'
              ? t('registry.dataAccess.yourself')
              : item.subjectCode ? withNote(item.subjectName ?? '—', item.subjectCode) : (item.subjectName ?? '—')}
          </dd>
          <dt>{t('registry.sharing.fields.resource')}</dt>
          <dd data-testid="data-access-resource">{readLabel(item, record)}</dd>
          <dt>{t('registry.sharing.fields.purpose')}</dt>
          <dd>{purposeLabel(item.purpose)}</dd>
          <dt>{t('registry.sharing.fields.caseNumber')}</dt>
          <dd className="ys-code">{item.caseNumber}</dd>
          {item.requesterName && (
            <>
              <dt>{t(item.forApplicant ? 'registry.dataAccess.applicant' : 'registry.dataAccess.requester')}</dt>
              <dd>{item.forApplicant ? t('registry.dataAccess.forApplicant', { name: item.requesterName }) : item.requesterName}</dd>
            </>
          )}
        </dl>
        {!item.allowed && (
          <div className="ys-access-refused">
            {reason ? t('registry.dataAccess.refusedBecause', { reason }) : t('registry.dataAccess.refused')}
          </div>
        )}
      </Card>
    </li>
  );
}
