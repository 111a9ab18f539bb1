// 议定事项: a decision of the dispatch meeting becomes a task (source 调度会议定事项) with its lead and support units,
// a deadline and the expected result.
import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { addDecision, type MeetingView } from '../../../api/ledger.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { FormDialog } from '../../../components/FormDialog.tsx';

interface Values {
  title: string;
  leadDepartmentId: string;
  supportDepartmentIds?: string[];
  dueOn: Dayjs;
  expectedResult?: string;
}

/** A decision is filed anew (no version read): every refusal, a 409 too, stays in the dialog. */
const neverStale = () => false;

export function DecisionDialog({ meeting, onClose, onDone }: { meeting: MeetingView; onClose: () => void; onDone: (created: { id: string; number: string }) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const all = departments.data?.departments ?? [];

  async function submit(values: Values) {
    const created = await addDecision(meeting.id, { title: values.title, leadDepartmentId: values.leadDepartmentId, supportDepartmentIds: values.supportDepartmentIds ?? [], dueOn: values.dueOn.format('YYYY-MM-DD'), expectedResult: values.expectedResult ?? '' });
    void message.success(t('ledger.meeting.decisionDone', { number: created.number }));
    onDone(created);
  }

  return (
    <FormDialog<Values>
      title={t('ledger.meeting.addDecision')}
      form={form}
      okText={t('ledger.meeting.addDecision')}
      onClose={onClose}
      onSubmit={submit}
      isStale={neverStale}
      initialValues={{ dueOn: dayjs().add(1, 'month') }}
      width={600}
      testId="decision-dialog"
      testIds={{ form: 'decision-form', submit: 'decision-submit', error: 'decision-error' }}
    >
      <Form.Item name="title" label={t('ledger.meeting.decision')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
        <Input.TextArea rows={3} maxLength={500} showCount data-testid="decision-title" />
      </Form.Item>
      <Form.Item name="leadDepartmentId" label={t('ledger.fields.lead')} rules={[{ required: true, message: t('ledger.form.required') }]}>
        <DepartmentSelect departments={all} loading={departments.loading} data-testid="decision-lead" />
      </Form.Item>
      <Form.Item name="supportDepartmentIds" label={t('ledger.fields.support')}>
        <Select mode="multiple" allowClear showSearch optionFilterProp="label" options={all.map((d) => ({ value: d.id, label: i18n.language === 'en' ? d.nameEn : d.name }))} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('ledger.fields.due')} rules={[{ required: true, message: t('ledger.form.required') }]}>
        <DatePicker style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item name="expectedResult" label={t('ledger.fields.expectedResult')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  );
}
