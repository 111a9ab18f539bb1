// A new ledger task (the office): its source, optionally the issue and measure it serves, what is to be done, the
// lead and support units, the period and batch, the expected result, and whether the province must close it too.
import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isSessionEnded } from '../../../api/client.ts';
import { createTask, getSourceTree, type SourceView } from '../../../api/ledger.ts';
import type { Department } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { applyProblem } from '../../../components/problemForm.ts';
import { sourceKindLabel } from '../labels.ts';
import { withNote } from '../../../i18n/punctuation.ts';

interface Values {
  sourceId: string;
  issueId?: string;
  measureId?: string;
  title: string;
  detail?: string;
  leadDepartmentId: string;
  supportDepartmentIds?: string[];
  period: [Dayjs, Dayjs];
  batch?: string;
  expectedResult?: string;
  needsSecondApproval: boolean;
}

export function NewTaskDialog({ sources, departments, onClose, onDone }: { sources: readonly SourceView[]; departments: readonly Department[]; onClose: () => void; onDone: (created: { id: string; number: string }) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const sourceId = Form.useWatch('sourceId', form);
  const issueId = Form.useWatch('issueId', form);
  const tree = useRemote(useCallback((signal: AbortSignal) => (sourceId ? getSourceTree(sourceId, signal).then((tree) => tree.issues) : Promise.resolve([])), [sourceId]));
  const issues = tree.data ?? [];
  const measures = issues.find((i) => i.id === issueId)?.measures ?? [];
  const departmentOptions = departments.map((d) => ({ value: d.id, label: i18n.language === 'en' ? d.nameEn : d.name }));

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
      const created = await createTask({
        sourceId: values.sourceId,
        issueId: values.issueId ?? null,
        measureId: values.measureId ?? null,
        title: values.title,
        detail: values.detail ?? '',
        leadDepartmentId: values.leadDepartmentId,
        supportDepartmentIds: values.supportDepartmentIds ?? [],
        startsOn: values.period[0].format('YYYY-MM-DD'),
        dueOn: values.period[1].format('YYYY-MM-DD'),
        batch: values.batch?.trim() || null,
        expectedResult: values.expectedResult ?? '',
        needsSecondApproval: values.needsSecondApproval,
      });
      onDone(created);
    } catch (error) {
      if (isSessionEnded(error)) return;
      const rest = applyProblem(form, error);
      setFailure(rest);
      if (rest) void message.error(rest);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('ledger.newTask.title')}
      onCancel={onClose}
      width={680}
      destroyOnHidden
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="new-task-submit">
            {t('ledger.newTask.submit')}
          </Button>
        </>
      }
    >
      <Form form={form} layout="vertical" requiredMark="optional" initialValues={{ needsSecondApproval: false, period: [dayjs(), dayjs().add(3, 'month')] }} data-testid="new-task-form">
        <Form.Item name="sourceId" label={t('ledger.fields.source')} rules={[{ required: true, message: t('ledger.form.required') }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={sources.map((s) => ({ value: s.id, label: withNote(`${s.code} ${s.title}`, sourceKindLabel(s.kind)) }))}
            onChange={() => form.setFieldsValue({ issueId: undefined, measureId: undefined })}
            data-testid="new-task-source"
          />
        </Form.Item>
        {issues.length > 0 && (
          <div className="ys-ledger-form-pair">
            <Form.Item name="issueId" label={t('ledger.fields.issue')}>
              <Select allowClear showSearch optionFilterProp="label" options={issues.map((i) => ({ value: i.id, label: `${i.code} ${i.title}` }))} onChange={() => form.setFieldValue('measureId', undefined)} popupMatchSelectWidth={false} />
            </Form.Item>
            <Form.Item name="measureId" label={t('ledger.fields.measure')}>
              <Select allowClear showSearch optionFilterProp="label" disabled={measures.length === 0} options={measures.map((m) => ({ value: m.id, label: `${m.code} ${m.title}` }))} popupMatchSelectWidth={false} />
            </Form.Item>
          </div>
        )}
        <Form.Item name="title" label={t('ledger.fields.title')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
          <Input.TextArea rows={2} maxLength={500} showCount data-testid="new-task-title" />
        </Form.Item>
        <Form.Item name="detail" label={t('ledger.fields.detail')}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="leadDepartmentId" label={t('ledger.fields.lead')} rules={[{ required: true, message: t('ledger.form.required') }]}>
          <DepartmentSelect departments={departments} data-testid="new-task-lead" />
        </Form.Item>
        <Form.Item name="supportDepartmentIds" label={t('ledger.fields.support')}>
          <Select mode="multiple" allowClear showSearch optionFilterProp="label" options={departmentOptions} maxCount={30} />
        </Form.Item>
        <div className="ys-ledger-form-pair">
          <Form.Item name="period" label={t('ledger.newTask.period')} rules={[{ required: true, message: t('ledger.form.required') }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} allowClear={false} data-testid="new-task-period" />
          </Form.Item>
          <Form.Item name="batch" label={t('ledger.fields.batch')} extra={t('ledger.newTask.batchHint')}>
            <Input maxLength={20} />
          </Form.Item>
        </div>
        <Form.Item name="expectedResult" label={t('ledger.fields.expectedResult')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="needsSecondApproval" label={t('ledger.task.needsSecondApproval')} valuePropName="checked" extra={t('ledger.newTask.secondApprovalHint')}>
          <Switch />
        </Form.Item>
      </Form>
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" />}
    </Modal>
  );
}
