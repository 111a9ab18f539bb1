// Beside the seat's form: the caller's earlier tickets (looked up by phone, masked, opened in a new tab so the
// call's form stays) and 派单目录's proposal for the chosen category and area, live.
import { HistoryOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Spin, Tag } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getProposal, type CallerReply } from '../../../api/appeals.ts';
import { isApiError } from '../../../api/client.ts';
import type { Department } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { formatDateTime } from '../../../components/format.ts';
import { isEnded, ticketPath } from './labels.ts';
import { StateTag } from './Tags.tsx';
import { categoryNameOf, requesterNameOf } from '../names.ts';
import { listMark } from '../../../i18n/punctuation.ts';

export function CallerHistory({ phone, reply, loading, error }: { phone: string; reply: CallerReply | undefined; loading: boolean; error: unknown }) {
  const { t, i18n } = useTranslation();
  const tickets = reply?.tickets ?? [];
  const open = tickets.filter((x) => !isEnded(x.state)).length;
  return (
    <Card
      size="small"
      title={
        <span>
          <HistoryOutlined /> {t('appealWork.caller.title', { phone })}
        </span>
      }
      extra={loading ? <Spin size="small" /> : reply ? <span className="ys-muted">{t('appealWork.caller.count', { count: tickets.length, open })}</span> : null}
      data-testid="caller-history"
    >
      {error !== undefined && error !== null ? (
        <Alert type="error" showIcon message={isApiError(error) ? error.userMessage : String(error)} />
      ) : !loading && tickets.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appealWork.caller.none')} />
      ) : (
        <ul className="ys-appeal-caller">
          {tickets.slice(0, 8).map((x) => (
            <li key={x.id}>
              <div className="ys-appeal-caller-head">
                <Link to={ticketPath(x.id)} target="_blank" rel="noopener" className="ys-code" data-testid="caller-ticket">
                  {x.number}
                </Link>
                <StateTag state={x.state} label={x.stateLabel} />
              </div>
              <div className="ys-break">{x.title}</div>
              <div className="ys-muted">
                {formatDateTime(x.createdAt)} · {[requesterNameOf(x, t('appealWork.ticket.nameHiddenShort')), categoryNameOf(x, i18n.language)].filter(Boolean).join(' · ')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function ProposalCard({ categoryCode, areaCode, departments }: { categoryCode?: string; areaCode?: string; departments: readonly Department[] }) {
  const { t, i18n } = useTranslation();
  const ready = Boolean(categoryCode && areaCode);
  const proposal = useRemote(useCallback((signal: AbortSignal) => (categoryCode && areaCode ? getProposal(categoryCode, areaCode, signal) : Promise.resolve(null)), [categoryCode, areaCode]));
  const name = (id: string) => {
    const d = departments.find((x) => x.id === id);
    return d ? (i18n.language === 'en' ? d.nameEn : d.name) : id;
  };
  const p = proposal.data?.proposal ?? null;
  return (
    <Card
      size="small"
      title={
        <span>
          <SendOutlined /> {t('appealWork.proposal.title')}
        </span>
      }
      extra={proposal.loading && ready ? <Spin size="small" /> : null}
      data-testid="proposal"
    >
      {!ready ? (
        <span className="ys-muted">{t('appealWork.proposal.pick')}</span>
      ) : proposal.error ? (
        <Alert type="error" showIcon message={isApiError(proposal.error) ? proposal.error.userMessage : proposal.error.message} />
      ) : proposal.data === undefined ? null : !p ? (
        <Alert type="warning" showIcon message={t('appealWork.proposal.none')} />
      ) : (
        <dl className="ys-work-facts" style={{ marginBottom: 0 }}>
          <dt>{t('appealWork.fields.lead')}</dt>
          <dd data-testid="proposal-lead">
            <strong>{name(p.leadDepartmentId)}</strong> <Tag color={p.source === 'rule' ? 'blue' : 'orange'}>{t(`appealWork.proposal.${p.source}`)}</Tag>
          </dd>
          {p.supportDepartmentIds.length > 0 && (
            <>
              <dt>{t('appealWork.fields.support')}</dt>
              <dd>{p.supportDepartmentIds.map(name).join(listMark())}</dd>
            </>
          )}
        </dl>
      )}
    </Card>
  );
}
