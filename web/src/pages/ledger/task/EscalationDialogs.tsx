// 挂牌督办 (the reason, the level, the date an answer is due) with the task's version, and lifting it (a note on what
// was done) with the escalation's own version; a stale one reloads the task.
import { App, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ESCALATION_LEVELS, type EscalationLevel } from '../../../../../common/ledger/vocabulary.ts';
import { escalateTask, liftEscalation, type EscalationView, type TaskDetail } from '../../../api/ledger.ts';
import { FormDialog } from '../../../components/FormDialog.tsx';
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
  const title = t(lifting ? 'ledger.escalation.lift' : 'ledger.escalation.open');

  async function submit(values: Values) {
    if (lifting)
      await liftEscalation(task.id, lifting.id, { version: lifting.version, note: values.note ?? '' });
    else
      await escalateTask(task.id, {
        version: task.version,
        reason: values.reason ?? '',
        level: values.level ?? 'office',
        answerBy: values.answerBy ? values.answerBy.format('YYYY-MM-DD') : null,
      });
    void message.success(t('ledger.step.done', { action: title }));
    onDone();
  }

  return (
    <FormDialog<Values>
      title={title}
      form={form}
      okText={title}
      okDanger={!lifting}
      onClose={onClose}
      onSubmit={submit}
      onStale={onStale}
      staleNote={t('ledger.step.reloaded')}
      initialValues={{ level: 'office' }}
      testId="escalation-dialog"
      testIds={{ submit: 'escalation-submit' }}
      intro={
        <p className="ys-muted ys-break">
          {t('ledger.step.about', { number: task.number, title: task.title })}
        </p>
      }
    >
      {lifting ? (
        <>
          <p className="ys-break">{lifting.reason}</p>
          <Form.Item
            name="note"
            label={t('ledger.escalation.liftNote')}
            rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount data-testid="escalation-note" />
          </Form.Item>
        </>
      ) : (
        <>
          <Form.Item
            name="reason"
            label={t('ledger.escalation.reason')}
            rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}
          >
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
    </FormDialog>
  );
}
