// The office decides an appeal: 申诉成立 (the rating is removed and stops counting) or 驳回, always with
// its reasons, sent with the appeal's version; a stale version says so and reloads the list.
import { Alert, App, Button, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { staleNotice } from '../../../api/staleNotice.ts';
import { decideAppeal, type AppealView, type RatingView } from '../../../api/evaluations.ts';
import { applyProblem } from '../../../components/problemForm.ts';
import { decisionBodyOf, DECISION_COMMENT_MIN, charCount } from '../staff/appeal.ts';

type Values = { decision?: 'uphold' | 'dismiss'; comment?: string };

export function AppealDecisionDialog({
  appeal,
  subject,
  onClose,
  onDone,
  onStale,
}: {
  appeal: AppealView;
  /** A line naming the rating (its subject and level). */
  subject: string;
  onClose: () => void;
  onDone: (rating: RatingView) => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit() {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const built = decisionBodyOf(values, appeal.version);
    if ('problem' in built) {
      setFailure(t(`evalWork.appeals.problems.${built.problem}`));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const rating = await decideAppeal(appeal.id, built.body);
      void message.success(t('evalWork.appeals.done'));
      onDone(rating);
    } catch (error) {
      if (isSessionEnded(error)) return;
      if (isApiError(error) && (error.code === 'VERSION_CONFLICT' || error.status === 409)) {
        void message.warning(staleNotice(error, t('evalWork.appeals.reloaded')));
        onStale();
        return;
      }
      setFailure(applyProblem(form, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('evalWork.appeals.decideTitle')}
      onCancel={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            danger={decision === 'uphold'}
            loading={busy}
            onClick={() => void submit()}
            data-testid="appeal-decide-submit"
          >
            {t('evalWork.appeals.confirm')}
          </Button>
        </>
      }
      destroyOnHidden
      width={560}
      data-testid="appeal-decide-dialog"
    >
      <p className="ys-muted ys-break">{subject}</p>
      <div className="ys-break ys-work-comment" style={{ marginBottom: 12 }}>
        {appeal.reason}
      </div>
      <Form form={form} layout="vertical" requiredMark="optional">
        <Form.Item
          name="decision"
          label={t('evalWork.appeals.decision')}
          rules={[{ required: true, message: t('evalWork.appeals.problems.decisionRequired') }]}
        >
          <Radio.Group className="ys-work-checks" data-testid="appeal-decision">
            <Radio value="uphold">{t('evalWork.appeals.uphold')}</Radio>
            <Radio value="dismiss">{t('evalWork.appeals.dismiss')}</Radio>
          </Radio.Group>
        </Form.Item>
        {decision === 'uphold' && (
          <Alert
            type="warning"
            showIcon
            message={t('evalWork.appeals.upholdWarning')}
            style={{ marginBottom: 12 }}
          />
        )}
        <Form.Item
          name="comment"
          label={t('evalWork.appeals.comment')}
          extra={t('evalWork.appeals.commentHint')}
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                if (charCount(value?.trim() ?? '') < DECISION_COMMENT_MIN)
                  throw new Error(t('evalWork.appeals.problems.commentRequired'));
              },
            },
          ]}
        >
          <Input.TextArea rows={4} maxLength={1000} showCount data-testid="appeal-decide-comment" />
        </Form.Item>
      </Form>
      {failure && (
        <Alert
          type="error"
          showIcon
          message={<span className="ys-break">{failure}</span>}
          data-testid="appeal-decide-error"
        />
      )}
    </Modal>
  );
}
