// One step on a task's closure path (申请销号, 审核通过, 报自治区销号, 退回补充, 自治区已销号 / 退回, 催办, 撤销): the
// comment (reasons when sending back or cancelling) and, for a closure request, the evidence; then the request with
// the task's version. A stale version (someone acted first) shows the server's words and reloads the task; any
// other refusal shows under the form.
import { Alert, App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { actOnTask, type TaskAction, type TaskDetail } from '../../../api/ledger.ts';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { bilingual } from '../labels.ts';
import { EvidencePicker, type Attachment } from './EvidencePicker.tsx';
import { isStep, specOf } from './steps.ts';

interface Values {
  comment?: string;
  /** The uploaded files (named as the server's field, so its errors land under the picker). */
  attachmentIds?: Attachment[];
}

export function StepDialog({
  task,
  action,
  onClose,
  onDone,
  onStale,
}: {
  task: TaskDetail;
  action: TaskAction;
  onClose: () => void;
  onDone: () => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const spec = specOf(action.key)!;
  const required = Boolean(spec.commentRequired || action.commentRequired);
  const label = bilingual(action.label);
  const commentKey = (['requestClosure', 'sendBack', 'provincialReject', 'cancel', 'urge'] as const).find(
    (k) => k === action.key,
  );

  async function submit(values: Values) {
    if (!isStep(action.key)) return;
    await actOnTask(task.id, {
      action: action.key,
      version: task.version,
      comment: values.comment?.trim() || undefined,
      attachmentIds: (values.attachmentIds ?? []).map((a) => a.id),
    });
    void message.success(t('ledger.step.done', { action: label }));
    onDone();
  }

  return (
    <FormDialog<Values>
      title={label}
      form={form}
      okText={t('ledger.step.confirm', { action: label })}
      okDanger={spec.danger}
      onClose={onClose}
      onSubmit={submit}
      onStale={onStale}
      staleNote={t('ledger.step.reloaded')}
      initialValues={{ attachmentIds: [] }}
      width={600}
      testId="step-dialog"
      testIds={{ form: 'step-form', submit: 'step-submit', error: 'step-error' }}
      intro={
        <>
          <p className="ys-muted ys-break">
            {t('ledger.step.about', { number: task.number, title: task.title })}
          </p>
          {action.key === 'requestClosure' && (
            <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('ledger.step.closureHint')} />
          )}
          {action.key === 'approve' && task.needsSecondApproval && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('ledger.step.needsProvince')}
            />
          )}
        </>
      }
    >
      <Form.Item
        name="comment"
        label={t(commentKey ? `ledger.step.comment.${commentKey}` : 'ledger.step.comment.other')}
        rules={
          required ? [{ required: true, whitespace: true, message: t('ledger.step.commentRequired') }] : []
        }
      >
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="step-comment" />
      </Form.Item>
      {spec.evidence && (
        <Form.Item
          name="attachmentIds"
          label={t('ledger.step.evidence')}
          required={action.key === 'requestClosure'}
          rules={
            action.key === 'requestClosure'
              ? [
                  {
                    validator: (_, value?: Attachment[]) =>
                      value?.length
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('ledger.step.evidenceRequired'))),
                  },
                ]
              : []
          }
        >
          <EvidencePicker testId="step-evidence" />
        </Form.Item>
      )}
    </FormDialog>
  );
}
