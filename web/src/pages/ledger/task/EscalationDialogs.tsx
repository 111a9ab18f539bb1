// 挂牌督办 (the reason, the level, the date an answer is due) with the task's version, and lifting it (a note on what
// was done) with the escalation's own version; a stale one reloads the task.
import { Alert, App, Button, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ESCALATION_LEVELS, type EscalationLevel } from '../../../../../common/ledger/vocabulary.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { escalateTask, liftEscalation, type EscalationView, type TaskDetail } from '../../../api/ledger.ts';
import { applyProblem } from '../../../components/problemForm.ts';
import { levelLabel } from '../labels.ts';

interface Props {
  task: TaskDetail;
  /** Lift this escalation; absent = open a new one. */
  lifting?: EscalationView;
  onClose: () => void;
  onDone: () => void;
  onStale: () => void;
}

interface Values {
  reason?: string;
  level?: EscalationLevel;
  answerBy?: Dayjs | null;
  note?: string;
}

export function EscalationDialog({ task, lifting, onClose, onDone, onStale }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const title = t(lifting ? 'ledger.escalation.lift' : 'ledger.escalation.open');

  async function submit() {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      if (lifting) await liftEscalation(task.id, lifting.id, { version: lifting.version, note: values.note ?? '' });
      else await escalateTask(task.id, { version: task.version, reason: values.reason ?? '', level: values.level ?? 'office', answerBy: values.answerBy ? values.answerBy.format('YYYY-MM-DD') : null });
      void message.success(t('ledger.step.done', { action: title }));
      onDone();
    } catch (error) {
      if (isSessionEnded(error)) return;
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void message.warning(`${error.userMessage} ${t('ledger.step.reloaded')}`);
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
      title={title}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" danger={!lifting} loading={busy} onClick={() => void submit()} data-testid="escalation-submit">
            {title}
          </Button>
        </>
      }
    >
      <p className="ys-muted ys-break">{t('ledger.step.about', { number: task.number, title: task.title })}</p>
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={{ level: 'office' }}>
        {lifting ? (
          <>
            <p className="ys-break">{lifting.reason}</p>
            <Form.Item name="note" label={t('ledger.escalation.liftNote')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
              <Input.TextArea rows={3} maxLength={1000} showCount data-testid="escalation-note" />
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="reason" label={t('ledger.escalation.reason')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
              <Input.TextArea rows={3} maxLength={1000} showCount data-testid="escalation-reason" />
            </Form.Item>
            <Form.Item name="level" label={t('ledger.escalation.level')}>
              <Radio.Group options={ESCALATION_LEVELS.map((l) => ({ value: l, label: levelLabel(l) }))} />
            </Form.Item>
            <Form.Item name="answerBy" label={t('ledger.escalation.answerBy')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </Form>
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" />}
    </Modal>
  );
}
