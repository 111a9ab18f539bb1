// Pieces of the requester's ticket page: the six steps, the answer with the callback, the timeline as the
// server filtered it for the requester, and what was filed (category, place, content, photos, privacy).
import { EyeInvisibleOutlined, FileOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Descriptions, Steps, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHANNEL_LABELS, KIND_LABELS, SATISFACTION_LABELS } from '../../../../../common/appeals/vocabulary.ts';
import { fileTypeByName } from '../../../../../common/api/files.ts';
import { photoUrl, type TicketView } from '../../../api/appeals-public.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { formatDateTime } from '../../../components/format.ts';
import { useNarrow } from '../../registry/useNarrow.ts';
import { langOf, textOf } from './paths.ts';
import { newestFirst, progressOf, STEPS, stepTimes, withoutEchoes } from './progress.ts';
import { categoryNameOf } from '../names.ts';

const isPhoto = (name: string) => ['image/jpeg', 'image/png'].includes(fileTypeByName(name)?.mime ?? '');

export function ProgressCard({ ticket }: { ticket: TicketView }) {
  const { t } = useTranslation();
  const narrow = useNarrow();
  const progress = progressOf(ticket.state);
  const times = stepTimes(ticket);
  const note = (index: number) =>
    index === progress.current && ticket.state === 'signing'
      ? t('appealsPublic.detail.signing')
      : index === progress.current && ticket.state === 'returned'
        ? t('appealsPublic.detail.returned')
        : null;
  return (
    <Card size="small" className="ys-appeal-section" data-testid="appeal-steps">
      <Steps
        size="small"
        direction={narrow ? 'vertical' : 'horizontal'}
        labelPlacement={narrow ? 'horizontal' : 'vertical'}
        current={progress.current}
        status={progress.status}
        items={STEPS.map((step, index) => {
          const at = times[step];
          const extra = note(index);
          return {
            title: t(`appealsPublic.detail.steps.${step}`),
            description: at || extra ? (
              <span className="ys-appeal-step-note">
                {extra && <span>{extra}</span>}
                {at && <span>{formatDateTime(at)}</span>}
              </span>
            ) : undefined,
          };
        })}
      />
    </Card>
  );
}

export function AnswerCard({ ticket }: { ticket: TicketView }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const label = useDepartmentLabel();
  if (!ticket.reply && !ticket.callback) return null;
  const unit = ticket.leadDepartmentName && label(ticket.leadDepartmentName, ticket.leadDepartmentId);
  const when = ticket.repliedAt ? formatDateTime(ticket.repliedAt) : null;
  return (
    <Card title={t('appealsPublic.detail.answer')} size="small" className="ys-appeal-section ys-appeal-answer" data-testid="appeal-answer">
      {ticket.reply && <div className="ys-appeal-answer-text ys-break">{ticket.reply}</div>}
      {when && <div className="ys-muted">{unit ? t('appealsPublic.detail.answerAt', { unit, time: when }) : t('appealsPublic.detail.answerAtNoUnit', { time: when })}</div>}
      {ticket.callback && (
        <div className="ys-appeal-callback" data-testid="appeal-callback">
          <strong>{t('appealsPublic.detail.callback')}</strong>
          {ticket.callback.solved !== null && <Tag color={ticket.callback.solved ? 'green' : 'orange'}>{t(ticket.callback.solved ? 'appealsPublic.detail.solved' : 'appealsPublic.detail.unsolved')}</Tag>}
          {ticket.callback.satisfaction && (
            <Tag>
              {t('appealsPublic.detail.satisfactionValue', { value: SATISFACTION_LABELS[ticket.callback.satisfaction][lang] })}
            </Tag>
          )}
          <span className="ys-muted">{formatDateTime(ticket.callback.at)}</span>
        </div>
      )}
      {ticket.reopenCount > 0 && ticket.state !== 'closed' && <div className="ys-appeal-hint">{t('appealsPublic.detail.reopened', { count: ticket.reopenCount })}</div>}
    </Card>
  );
}

export function TimelineCard({ ticket }: { ticket: TicketView }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const label = useDepartmentLabel();
  const entries = newestFirst(withoutEchoes(ticket.timeline));
  return (
    <Card title={t('appealsPublic.detail.timeline')} size="small" className="ys-appeal-section" data-testid="appeal-timeline">
      {entries.length === 0 ? (
        <Typography.Text type="secondary">{t('appealsPublic.detail.timelineEmpty')}</Typography.Text>
      ) : (
        <Timeline
          items={entries.map((entry, index) => ({
            key: `${entry.at}-${index}`,
            color: index === 0 ? 'blue' : entry.kind === 'followUp' ? 'green' : 'gray',
            children: (
              <div data-testid="appeal-timeline-entry" data-kind={entry.kind}>
                <div className="ys-appeal-timeline-head">
                  <strong>{entry.kind === 'followUp' ? t('appealsPublic.detail.followUp.mine') : textOf(entry.label, lang) || entry.kind}</strong>
                  <span className="ys-muted">{formatDateTime(entry.at)}</span>
                </div>
                {entry.departmentName && <div className="ys-muted">{label(entry.departmentName)}</div>}
                {entry.to && <div className="ys-muted">{textOf(entry.to, lang)}</div>}
                {entry.text && <div className="ys-appeal-timeline-text ys-break">{entry.text}</div>}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

export function FactsCard({ ticket, areaName }: { ticket: TicketView; areaName: string }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const d = (key: string) => t(`appealsPublic.detail.${key}` as 'appealsPublic.detail.kind');
  const label = useDepartmentLabel();
  return (
    <>
      <Card title={d('facts')} size="small" className="ys-appeal-section" data-testid="appeal-facts">
        <Descriptions column={1} size="small" className="ys-appeal-facts">
          <Descriptions.Item label={d('category')}>{categoryNameOf(ticket, i18n.language)}</Descriptions.Item>
          <Descriptions.Item label={d('kind')}>{KIND_LABELS[ticket.kind][lang]}</Descriptions.Item>
          <Descriptions.Item label={d('channel')}>{CHANNEL_LABELS[ticket.channel][lang]}</Descriptions.Item>
          <Descriptions.Item label={d('area')}>{areaName}</Descriptions.Item>
          {ticket.address && (
            <Descriptions.Item label={d('address')}>
              <span className="ys-break">{ticket.address}</span>
            </Descriptions.Item>
          )}
          {ticket.lat !== null && ticket.lng !== null && (
            <Descriptions.Item label={d('coordinates')}>
              <span data-testid="appeal-coordinates">{t('appealsPublic.detail.coordinatesValue', { lat: ticket.lat.toFixed(6), lon: ticket.lng.toFixed(6) })}</span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={d('filedAt')}>{formatDateTime(ticket.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={d('unit')}>
            <span data-testid="appeal-unit">{ticket.leadDepartmentName ? label(ticket.leadDepartmentName, ticket.leadDepartmentId) : d('unitPending')}</span>
          </Descriptions.Item>
          {ticket.dueAt && ticket.closedAt === null && <Descriptions.Item label={d('dueAt')}>{formatDateTime(ticket.dueAt)}</Descriptions.Item>}
          <Descriptions.Item label={d('privacy')}>
            <span className="ys-appeal-privacy-tags">
              {ticket.confidential && (
                <Tag icon={<LockOutlined />} bordered={false}>
                  {d('confidential')}
                </Tag>
              )}
              <Tag icon={ticket.nameHidden ? <EyeInvisibleOutlined /> : <UserOutlined />} bordered={false} data-testid="appeal-name-state">
                {ticket.nameHidden ? d('nameHidden') : d('nameShown')}
              </Tag>
            </span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={d('content')} size="small" className="ys-appeal-section" data-testid="appeal-content">
        <div className="ys-appeal-content ys-break">{ticket.content}</div>
        {ticket.media.length > 0 && (
          <>
            <div className="ys-appeal-subhead">{t('appealsPublic.detail.photos', { count: ticket.media.length })}</div>
            <ul className="ys-appeal-photo-grid is-readonly">
              {ticket.media.map((file) => (
                <li key={file.id} className="ys-appeal-photo" data-testid="appeal-media">
                  <a href={photoUrl(file.id)} target="_blank" rel="noopener noreferrer" title={file.name}>
                    {isPhoto(file.name) ? (
                      <img src={photoUrl(file.id)} alt={file.name} loading="lazy" />
                    ) : (
                      <span className="ys-appeal-photo-file">
                        <FileOutlined aria-hidden /> <span className="ys-break">{file.name}</span>
                      </span>
                    )}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
    </>
  );
}
