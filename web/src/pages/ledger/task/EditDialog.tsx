// 修改任务 (the office): the title, the lead unit, the deadline and batch, the expected result and whether the
// province must close it too — with the task's version; a stale one reloads the task.
import { App, DatePicker, Form, Input, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { updateTask, type TaskDetail } from '../../../api/ledger.ts';
import type { Department } from '../../../api/org.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { FormDialog } from '../../../components/FormDialog.tsx';

interface Values {
  title: string;
  leadDepartmentId: string;
  dueOn: Dayjs;
  batch?: string | null;
  expectedResult?: string;
  needsSecondApproval: boolean;
}

export function EditDialog({
  task,
  departments,
  onClose,
  onDone,
  onStale,
}: {
  task: TaskDetail;
  departments: readonly Department[];
  onClose: () => void;
  onDone: () => void;
  onStale: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();

  async function submit(values: Values) {
    await updateTask(task.id, {
      version: task.version,
      title: values.title,
      leadDepartmentId: values.leadDepartmentId,
      dueOn: values.dueOn.format('YYYY-MM-DD'),
      batch: values.batch?.trim() || null,
      expectedResult: values.expectedResult ?? '',
      needsSecondApproval: values.needsSecondApproval,
    });
    void message.success(t('common.saved'));
    onDone();
  }

  return (
    <FormDialog<Values>
      title={t('ledger.edit.title')}
      form={form}
      okText={t('common.save')}
      onClose={onClose}
      onSubmit={submit}
      onStale={onStale}
      staleNote={t('ledger.step.reloaded')}
      initialValues={{
        title: task.title,
        leadDepartmentId: task.leadDepartmentId,
        dueOn: dayjs(task.dueOn),
        batch: task.batch,
        expectedResult: task.expectedResult,
        needsSecondApproval: task.needsSecondApproval,
      }}
      width={600}
      testId="edit-dialog"
      testIds={{ submit: 'edit-submit' }}
    >
      <Form.Item
        name="title"
        label={t('ledger.fields.title')}
        rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}
      >
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
      <Form.Item
        name="leadDepartmentId"
        label={t('ledger.fields.lead')}
        rules={[{ required: true, message: t('ledger.form.required') }]}
      >
        <DepartmentSelect departments={departments} allowClear={false} />
      </Form.Item>
      <div className="ys-ledger-form-pair">
        <Form.Item
          name="dueOn"
          label={t('ledger.fields.due')}
          rules={[{ required: true, message: t('ledger.form.required') }]}
        >
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
        <Form.Item name="batch" label={t('ledger.fields.batch')}>
          <Input maxLength={20} />
        </Form.Item>
      </div>
      <Form.Item name="expectedResult" label={t('ledger.fields.expectedResult')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="needsSecondApproval"
        label={t('ledger.task.needsSecondApproval')}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
    </FormDialog>
  );
}
