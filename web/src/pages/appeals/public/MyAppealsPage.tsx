// /my/appeals — 我的诉求: the requester's tickets as cards (number, title, state, dates), newest first, on every
// screen size; an empty list points to 我要反映.
import { FormOutlined, LockOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Pagination, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listMyAppeals } from '../../../api/appeals-public.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { appealPath, langOf, newAppealPath, textOf } from './paths.ts';
import { cardDate, stateColor } from './progress.ts';
import './appeals-public.css';
import { categoryNameOf } from '../names.ts';

const PAGE_SIZE = 10;

export function MyAppealsPage() {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const [params, setParams] = useSearchParams();
  const page = useMemo(() => Math.max(1, Math.min(100000, Number.parseInt(params.get('page') ?? '1', 10) || 1)), [params]);
  const list = useRemote(useCallback((signal: AbortSignal) => listMyAppeals({ page, pageSize: PAGE_SIZE }, signal), [page]));
  const data = list.data;

  const newButton = (
    <Link to={newAppealPath}>
      <Button type="primary" icon={<FormOutlined />} data-testid="appeals-new">
        {t('appealsPublic.list.new')}
      </Button>
    </Link>
  );

  return (
    <div className="ys-appeal-page" data-testid="my-appeals-page">
      <PageHeader
        title={t('appealsPublic.list.title')}
        description={t('appealsPublic.list.description')}
        extra={
          <>
            {data && data.total > 0 && newButton}
            <Button icon={<ReloadOutlined />} onClick={list.reload} aria-label={t('common.refresh')} />
          </>
        }
      />
      {list.error && !list.loading ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : !data ? (
        <Card>
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ) : data.total === 0 ? (
        <Card data-testid="appeals-empty">
          <Empty
            image={<FormOutlined className="ys-appeal-empty-icon" aria-hidden />}
            styles={{ image: { height: 'auto' } }}
            description={
              <>
                <Typography.Title level={2} style={{ fontSize: 17, margin: '0 0 8px' }}>
                  {t('appealsPublic.list.empty')}
                </Typography.Title>
                <Typography.Paragraph type="secondary">{t('appealsPublic.list.emptyHint')}</Typography.Paragraph>
              </>
            }
          >
            {newButton}
          </Empty>
        </Card>
      ) : (
        <div className="ys-appeal-cards" data-testid="appeal-cards">
          {data.items.map((row) => {
            const when = cardDate(row);
            return (
              <Link key={row.id} to={appealPath(row.id)} className="ys-appeal-card-link" data-testid="appeal-link">
                <Card size="small" hoverable>
                  <div className="ys-appeal-card-head">
                    <span className="ys-appeal-card-title">{row.title}</span>
                    <Tag color={stateColor(row.state)} bordered={false} data-testid="appeal-state">
                      {textOf(row.stateLabel, lang)}
                    </Tag>
                  </div>
                  <div className="ys-code ys-muted" data-testid="appeal-number">
                    {row.number}
                  </div>
                  <div className="ys-appeal-card-foot">
                    <span>{categoryNameOf(row, i18n.language)}</span>
                    {row.confidential && (
                      <Tag icon={<LockOutlined />} bordered={false}>
                        {t('appealsPublic.list.confidential')}
                      </Tag>
                    )}
                    <span className="ys-muted">{t(`appealsPublic.list.dates.${when.key}`, { time: formatDateTime(when.at) })}</span>
                    {when.key !== 'createdAt' && <span className="ys-muted">{t('appealsPublic.list.filed', { time: formatDateTime(row.createdAt) })}</span>}
                  </div>
                </Card>
              </Link>
            );
          })}
          {data.total > data.pageSize && (
            <Pagination
              current={data.page}
              pageSize={data.pageSize}
              total={data.total}
              simple
              size="small"
              className="ys-appeal-pager"
              onChange={(next) => setParams(next === 1 ? {} : { page: String(next) })}
            />
          )}
          <div className="ys-muted ys-appeal-total">{t('appealsPublic.list.total', { total: data.total })}</div>
        </div>
      )}
    </div>
  );
}
