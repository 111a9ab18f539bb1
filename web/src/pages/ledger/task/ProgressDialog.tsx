// 报送进展: what was done, the progress (a slider a thumb can move on a 390-px phone, with the figure beside it),
// figures as label/value pairs, and evidence. The server keeps the report on the task's timeline.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, InputNumber, Modal, Slider } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSessionEnded } from '../../../api/client.ts';
import { reportProgress, type TaskDetail } from '../../../api/ledger.ts';
import { applyProblem } from '../../../components/problemForm.ts';
import { EvidencePicker, type Attachment } from './EvidencePicker.tsx';

interface Values {
  text: string;
  progress: number;
  figures?: { label?: string; value?: string }[];
  /** The uploaded files (named as the server's field, so its errors land under the picker). */
  attachmentIds?: Attachment[];
}

export function ProgressDialog({ task, onClose, onDone }: { task: TaskDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

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
      await reportProgress(task.id, {
        text: values.text,
        progress: values.progress,
        figures: (values.figures ?? []).filter((f) => f.label?.trim() && f.value?.trim()).map((f) => ({ label: f.label!.trim(), value: f.value!.trim() })),
        attachmentIds: (values.attachmentIds ?? []).map((a) => a.id),
      });
      void message.success(t('ledger.report.done'));
      onDone();
    } catch (error) {
      if (isSessionEnded(error)) return;
      setFailure(applyProblem(form, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('ledger.report.title')}
      onCancel={onClose}
      destroyOnHidden
      width={600}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="report-submit">
            {t('ledger.report.submit')}
          </Button>
        </>
      }
      data-testid="report-dialog"
    >
      <p className="ys-muted ys-break">{t('ledger.step.about', { number: task.number, title: task.title })}</p>
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={{ progress: task.progress, figures: [], attachmentIds: [] }} data-testid="report-form">
        <Form.Item name="text" label={t('ledger.report.text')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
          <Input.TextArea rows={4} maxLength={4000} showCount placeholder={t('ledger.report.textHint')} data-testid="report-text" />
        </Form.Item>
        <Form.Item label={t('ledger.report.progress')} required>
          <div className="ys-ledger-progress-input">
            <Form.Item name="progress" noStyle>
              <Slider min={0} max={100} step={5} marks={{ 0: '0', 50: '50', 100: '100' }} tooltip={{ formatter: (v) => `${v}%` }} data-testid="report-progress-slider" />
            </Form.Item>
            <Form.Item name="progress" noStyle>
              <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: 88 }} aria-label={t('ledger.report.progress')} data-testid="report-progress" />
            </Form.Item>
          </div>
        </Form.Item>
        <Form.Item label={t('ledger.report.figures')} extra={t('ledger.report.figuresHint')}>
          <Form.List name="figures">
            {(fields, { add, remove }) => (
              <div className="ys-ledger-figures">
                {fields.map((field) => (
                  <div key={field.key} className="ys-ledger-figure">
                    <Form.Item name={[field.name, 'label']} noStyle>
                      <Input maxLength={40} placeholder={t('ledger.report.figureLabel')} aria-label={t('ledger.report.figureLabel')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'value']} noStyle>
                      <Input maxLength={40} placeholder={t('ledger.report.figureValue')} aria-label={t('ledger.report.figureValue')} />
                    </Form.Item>
                    <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('ledger.report.figureRemove')} />
                  </div>
                ))}
                {fields.length < 20 && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ label: '', value: '' })} data-testid="report-figure-add">
                    {t('ledger.report.figureAdd')}
                  </Button>
                )}
              </div>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="attachmentIds" label={t('ledger.report.attachments')}>
          <EvidencePicker testId="report-evidence" />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" data-testid="report-error" />}
    </Modal>
  );
}
