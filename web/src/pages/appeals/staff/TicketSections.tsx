// The ticket page's read-only parts: the facts under the title, what was asked and answered (content, place,
// reply, callback, media), the look-alike tickets, and the timeline (engine steps and notes, newest last).
import { EnvironmentOutlined, FileOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Empty, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { mediaUrl, type TicketView, type TimelineEntry } from '../../../api/appeals.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { formatDateTime } from '../../../components/format.ts';
import { areaLabel, bilingual, outcomeLabel, satisfactionColors, satisfactionLabel, stateName, ticketPath } from './labels.ts';
import { LightTag } from './Tags.tsx';
import { mergedTimeline } from './timeline.ts';
import { categoryNameOf, requesterNameOf } from '../names.ts';
import { listMark } from '../../../i18n/punctuation.ts';

export function TicketFacts({ ticket: a }: { ticket: TicketView }) {
  const { t, i18n } = useTranslation();
  const label = useDepartmentLabel();
  const requester = [requesterNameOf(a, t('appealWork.ticket.nameHiddenShort')), a.requesterPhone].filter(Boolean).join(' · ');
  return (
    <dl className="ys-work-facts ys-work-facts-wide" data-testid="ticket-facts">
      <dt>{t('appealWork.fields.number')}</dt>
      <dd className="ys-code" data-testid="ticket-number">
        {a.number}
      </dd>
      <dt>{t('appealWork.fields.category')}</dt>
      <dd>{categoryNameOf(a, i18n.language)}</dd>
      <dt>{t('appealWork.fields.lead')}</dt>
      <dd data-testid="ticket-lead">{a.leadDepartmentName ? label(a.leadDepartmentName, a.leadDepartmentId) : t('appealWork.ticket.notDispatched')}</dd>
      <dt>{t('appealWork.fields.deadline')}</dt>
      <dd>
        <LightTag ticket={a} showDue />
      </dd>
      {a.supportDepartments.length > 0 && (
        <>
          <dt>{t('appealWork.fields.support')}</dt>
          <dd>{a.supportDepartments.map((d) => label(d.name, d.id)).join(listMark())}</dd>
        </>
      )}
      <dt>{t('appealWork.fields.requester')}</dt>
      <dd data-testid="ticket-requester">
        {requester || '—'}
        {a.nameHidden && <Tag style={{ marginInlineStart: 8 }}>{t('appealWork.ticket.nameHidden')}</Tag>}
      </dd>
      {(a.enterpriseName || a.enterpriseUscc) && (
        <>
          <dt>{t('appealWork.fields.enterprise')}</dt>
          <dd>
            {a.enterpriseName ?? '—'} {a.enterpriseUscc && <span className="ys-code ys-muted">{a.enterpriseUscc}</span>}
          </dd>
        </>
      )}
      {a.accusedDepartmentName && (
        <>
          <dt>{t('appealWork.fields.accused')}</dt>
          <dd>{label(a.accusedDepartmentName)}</dd>
        </>
      )}
      <dt>{t('appealWork.fields.createdAt')}</dt>
      <dd>{formatDateTime(a.createdAt)}</dd>
      {a.signedAt && (
        <>
          <dt>{t('appealWork.fields.signedAt')}</dt>
          <dd>{formatDateTime(a.signedAt)}</dd>
        </>
      )}
      {a.closedAt && (
        <>
          <dt>{t('appealWork.fields.closedAt')}</dt>
          <dd>
            {formatDateTime(a.closedAt)}
            {a.outcome && <Tag style={{ marginInlineStart: 8 }}>{outcomeLabel(a.outcome)}</Tag>}
          </dd>
        </>
      )}
      {(a.returnCount > 0 || a.reopenCount > 0 || a.extensionCount > 0) && (
        <>
          <dt>{t('appealWork.ticket.history')}</dt>
          <dd>{t('appealWork.ticket.counts', { returns: a.returnCount, reopens: a.reopenCount, extensions: a.extensionCount })}</dd>
        </>
      )}
    </dl>
  );
}

export function TicketContent({ ticket: a }: { ticket: TicketView }) {
  const { t } = useTranslation();
  return (
    <div className="ys-appeal-content" data-testid="ticket-content">
      {a.mergedInto && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={<span>{t('appealWork.ticket.mergedInto')} <Link to={ticketPath(a.mergedInto.id)} className="ys-code">{a.mergedInto.number}</Link></span>} />
      )}
      <Typography.Paragraph className="ys-appeal-text">{a.content}</Typography.Paragraph>
      <div className="ys-muted">
        <EnvironmentOutlined /> {areaLabel(a.areaCode)}
        {a.address ? ` · ${a.address}` : ''}
        {a.lat !== null && a.lng !== null ? ` · ${a.lat.toFixed(5)}, ${a.lng.toFixed(5)}` : ''}
      </div>
      {a.media.length > 0 && (
        <div className="ys-work-files" style={{ marginTop: 8 }} data-testid="ticket-media">
          {a.media.map((m) => (
            <a key={m.id} href={mediaUrl(m.id)} target="_blank" rel="noopener noreferrer" className="ys-break">
              <FileOutlined /> {m.name}
            </a>
          ))}
        </div>
      )}
      {a.reply && (
        <div className="ys-appeal-reply" data-testid="ticket-reply">
          <div className="ys-appeal-reply-label">{t('appealWork.ticket.reply')}{a.repliedAt ? ` · ${formatDateTime(a.repliedAt)}` : ''}</div>
          <div className="ys-break ys-appeal-text">{a.reply}</div>
        </div>
      )}
      {a.callback && (
        <div className="ys-appeal-reply" data-testid="ticket-callback">
          <div className="ys-appeal-reply-label">
            {t('appealWork.ticket.callback')} · {formatDateTime(a.callback.at)}
          </div>
          <span className="ys-tags">
            <Tag>{a.callback.contacted ? t('appealWork.step.reached') : t('appealWork.step.notReached')}</Tag>
            {a.callback.solved !== null && <Tag>{a.callback.solved ? t('appealWork.step.yesSolved') : t('appealWork.step.notSolved')}</Tag>}
            {a.callback.satisfaction && <Tag color={satisfactionColors[a.callback.satisfaction]}>{satisfactionLabel(a.callback.satisfaction)}</Tag>}
          </span>
        </div>
      )}
    </div>
  );
}

/** Open tickets that look like the same matter (the hotline sees them to merge). */
export function RepeatsAlert({ ticket }: { ticket: TicketView }) {
  const { t } = useTranslation();
  if (ticket.repeats.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 12 }}
      data-testid="ticket-repeats"
      message={t('appealWork.ticket.repeats', { count: ticket.repeats.length })}
      description={
        <ul className="ys-appeal-repeats">
          {ticket.repeats.map((r) => (
            <li key={r.id}>
              <Link to={ticketPath(r.id)} className="ys-code">
                {r.number}
              </Link>{' '}
              <span className="ys-break">{r.title}</span> <span className="ys-muted">· {stateName(r.state)} · {formatDateTime(r.createdAt)}</span>
            </li>
          ))}
        </ul>
      }
    />
  );
}

const RED = new Set(['return', 'reopen', 'invalidate', 'recordBreach']);
const ORANGE = new Set(['urge', 'supervise', 'extensionRequest', 'extend', 'correction', 'followUp']);
const GREEN = new Set(['reply', 'close', 'callback', 'rectified']);
const colorOf = (e: TimelineEntry) => (RED.has(e.kind) ? 'red' : ORANGE.has(e.kind) ? 'orange' : GREEN.has(e.kind) ? 'green' : ['progress', 'status', 'external'].includes(e.kind) ? 'gray' : 'blue');

export function TicketTimeline({ ticket }: { ticket: TicketView }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  if (!ticket.timeline.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('appealWork.ticket.noTimeline')} />;
  return (
    <Timeline
      data-testid="ticket-timeline"
      items={mergedTimeline(ticket.timeline).map((e, i) => ({
        key: `${e.at}-${i}`,
        color: colorOf(e),
        children: (
          <div className="ys-work-history" data-testid="timeline-entry">
            <div>
              <strong>{bilingual(e.label)}</strong>
              {e.public && <Tag color="blue" style={{ marginInlineStart: 8 }}>{t('appealWork.ticket.public')}</Tag>}
              {!e.public && ['progress', 'status'].includes(e.kind) && (
                <Tag icon={<LockOutlined />} style={{ marginInlineStart: 8 }}>
                  {t('appealWork.ticket.internal')}
                </Tag>
              )}
              <span className="ys-muted">
                {' '}
                · {[e.actorName, e.departmentName && label(e.departmentName)].filter(Boolean).join(' · ') || t('appealWork.ticket.system')} · {formatDateTime(e.at)}
              </span>
            </div>
            {e.to && <div data-testid="timeline-entry-to">{bilingual(e.to)}</div>}
            <div className="ys-muted">{t('appealWork.ticket.stateAfter', { state: stateName(e.state) })}</div>
            {e.text && <div className="ys-break ys-work-comment">{e.text}</div>}
          </div>
        ),
      }))}
    />
  );
}
