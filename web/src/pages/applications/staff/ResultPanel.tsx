// 结果: the decision, the e-licence it issued (with its verification page), how the result is handed
// out — by post with a status clerks update — and the post-check a commitment-based approval owes.
import { App, Button, Descriptions, Empty, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { POST_STATUSES } from '../../../../../common/api/applications.ts';
import { setPostStatus, type ApplicationDetail } from '../../../api/applications.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { staleNotice } from '../../../api/staleNotice.ts';
import { formatDateTime } from '../../../components/format.ts';
import { outcomeLabel, postStatusLabel } from './labels.ts';

type PostStatus = (typeof POST_STATUSES)[number];

export function ResultPanel({ application: a, canPost, onChanged, onStale }: { application: ApplicationDetail; canPost: boolean; onChanged: (detail: ApplicationDetail) => void; onStale: () => void }) {
  const { t } = useTranslation();
  const decided = a.outcome !== null || a.result !== null;
  return (
    <div className="ys-work-result" data-testid="case-result">
      {!decided ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.result.none')} />
      ) : (
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('work.fields.outcome')}>
            {a.outcome ? <Tag color={a.outcome === 'approved' ? 'green' : 'red'}>{outcomeLabel(a.outcome)}</Tag> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('work.fields.finishedAt')}>{formatDateTime(a.finishedAt)}</Descriptions.Item>
          {a.workingDays !== null && <Descriptions.Item label={t('work.fields.workingDays')}>{a.workingDays}</Descriptions.Item>}
          {a.result && (
            <>
              <Descriptions.Item label={t('work.result.licence')}>
                <span data-testid="result-licence">{a.result.typeName}</span> {a.result.revoked && <Tag color="red">{t('work.result.revoked')}</Tag>}
              </Descriptions.Item>
              <Descriptions.Item label={t('work.result.number')}>
                <span className="ys-code" data-testid="result-number">
                  {a.result.number}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('work.result.verify')}>
                <Link to={`/verify/${encodeURIComponent(a.result.verificationCode)}`} className="ys-code">
                  {a.result.verificationCode}
                </Link>
              </Descriptions.Item>
            </>
          )}
          <Descriptions.Item label={t('work.fields.delivery')}>{t(`work.result.delivery.${a.delivery}`)}</Descriptions.Item>
          {a.delivery === 'post' && <Descriptions.Item label={t('work.fields.postAddress')}>{a.postAddress ?? '—'}</Descriptions.Item>}
        </Descriptions>
      )}
      {a.delivery === 'post' && a.postStatus && <PostForm application={a} canPost={canPost} onChanged={onChanged} onStale={onStale} />}
      {a.postCheck && (
        <Descriptions title={t('work.result.postCheck')} column={{ xs: 1, md: 3 }} size="small" bordered style={{ marginTop: 16 }} data-testid="case-post-check">
          <Descriptions.Item label={t('work.postChecks.result')}>
            <Tag color={a.postCheck.result === 'failed' ? 'red' : a.postCheck.result === 'passed' ? 'green' : 'blue'}>{t(`work.postChecks.results.${a.postCheck.result}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('work.postChecks.dueOn')}>{a.postCheck.dueOn}</Descriptions.Item>
          <Descriptions.Item label={t('work.postChecks.findings')}>{a.postCheck.findings ?? '—'}</Descriptions.Item>
        </Descriptions>
      )}
    </div>
  );
}

/** 邮寄送达: the status (and tracking number) of a result sent by post. */
function PostForm({ application: a, canPost, onChanged, onStale }: { application: ApplicationDetail; canPost: boolean; onChanged: (detail: ApplicationDetail) => void; onStale: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ status: PostStatus; tracking?: string }>();
  const [busy, setBusy] = useState(false);
  const status = a.postStatus ?? 'pending';

  async function save(values: { status: PostStatus; tracking?: string }) {
    setBusy(true);
    try {
      const detail = await setPostStatus(a.id, { version: a.version, status: values.status, tracking: values.tracking?.trim() || undefined });
      void message.success(t('work.result.postSaved'));
      onChanged(detail);
    } catch (error) {
      if (isSessionEnded(error)) return;
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void message.warning(staleNotice(error, t('work.action.reloaded')));
        onStale();
        return;
      }
      void message.error(isApiError(error) ? error.userMessage : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="ys-work-post" data-testid="case-post">
      <h3>{t('work.result.post')}</h3>
      <p>
        {t('work.result.postStatus')}：<Tag color={status === 'delivered' ? 'green' : status === 'sent' ? 'blue' : 'orange'}>{postStatusLabel(status)}</Tag>
        {a.postTracking && <span className="ys-code">{t('work.result.tracking')}：{a.postTracking}</span>}
      </p>
      {canPost && (
        <Form form={form} layout="inline" initialValues={{ status, tracking: a.postTracking ?? '' }} onFinish={(values) => void save(values)} className="ys-work-post-form">
          <Form.Item name="status" label={t('work.result.postStatus')}>
            <Select style={{ minWidth: 120 }} options={POST_STATUSES.map((s) => ({ value: s, label: postStatusLabel(s) }))} />
          </Form.Item>
          <Form.Item name="tracking" label={t('work.result.tracking')}>
            <Input maxLength={60} style={{ maxWidth: 220 }} />
          </Form.Item>
          <Form.Item>
            <Button htmlType="submit" loading={busy}>
              {t('work.result.postSave')}
            </Button>
          </Form.Item>
        </Form>
      )}
    </div>
  );
}
