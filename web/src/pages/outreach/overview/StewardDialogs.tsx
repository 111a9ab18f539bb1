// Assign a steward (帮扶管家) to an enterprise — by its USCC, with the department that sends them — and end a
// steward's service.
import { App, DatePicker, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { STEWARD_REASONS } from '../../../../../common/api/outreach.ts';
import { assignSteward, endSteward, type StewardBody, type StewardView } from '../../../api/outreach.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { EnterpriseSelect } from '../EnterpriseSelect.tsx';
import { dateItem, FormDialog, todayIso } from '../../../components/FormDialog.tsx';
import { reasonLabel } from '../labels.ts';
import { useDepartments } from '../useDepartments.ts';

interface AssignProps {
  /** The enterprise when assigned from its page. */
  enterprise?: { uscc: string; name: string };
  onClose: () => void;
  onDone: (steward: StewardView) => void;
}

export function AssignStewardDialog({ enterprise, onClose, onDone }: AssignProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<StewardBody>();
  const departments = useDepartments();
  return (
    <FormDialog<StewardBody>
      title={t('outreach.stewards.assign')}
      okText={t('outreach.stewards.assignConfirm')}
      form={form}
      testId="steward-dialog"
      initialValues={{ uscc: enterprise?.uscc, reason: 'new_signed', assignedOn: todayIso() }}
      onClose={onClose}
      onSubmit={async (values) => {
        const steward = await assignSteward(values);
        void message.success(t('outreach.stewards.assigned', { name: steward.stewardName, enterprise: steward.enterpriseName }));
        onDone(steward);
      }}
    >
      <Form.Item name="uscc" label={t('outreach.fields.enterprise')} rules={[{ required: true, message: t('outreach.common.enterpriseRequired') }]}>
        <EnterpriseSelect initialName={enterprise?.name} data-testid="steward-uscc" />
      </Form.Item>
      <Form.Item name="reason" label={t('outreach.stewards.reason')} rules={[{ required: true }]}>
        <Radio.Group className="ys-outreach-radios" optionType="button" options={STEWARD_REASONS.map((r) => ({ value: r, label: reasonLabel(r) }))} />
      </Form.Item>
      <div className="ys-outreach-pair">
        <Form.Item name="stewardName" label={t('outreach.stewards.stewardName')} rules={[{ required: true, whitespace: true, message: t('outreach.common.required') }]}>
          <Input maxLength={50} data-testid="steward-name" />
        </Form.Item>
        <Form.Item name="stewardPhone" label={t('outreach.stewards.stewardPhone')}>
          <Input maxLength={30} inputMode="tel" data-testid="steward-phone" />
        </Form.Item>
      </div>
      <div className="ys-outreach-pair">
        <Form.Item name="departmentId" label={t('outreach.stewards.department')} rules={[{ required: true, message: t('outreach.common.departmentRequired') }]}>
          <DepartmentSelect departments={departments.list} loading={departments.loading} data-testid="steward-department" />
        </Form.Item>
        <Form.Item name="assignedOn" label={t('outreach.stewards.assignedOn')} rules={[{ required: true }]} {...dateItem}>
          <DatePicker style={{ width: '100%' }} allowClear={false} />
        </Form.Item>
      </div>
      <Form.Item name="note" label={t('outreach.fields.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormDialog>
  );
}

interface EndProps {
  steward: StewardView;
  onClose: () => void;
  onDone: (steward: StewardView) => void;
  onStale: () => void;
}

export function EndStewardDialog({ steward, onClose, onDone, onStale }: EndProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ endedOn: string; note?: string }>();
  return (
    <FormDialog<{ endedOn: string; note?: string }>
      title={t('outreach.stewards.end')}
      okText={t('outreach.stewards.endConfirm')}
      form={form}
      testId="steward-end-dialog"
      initialValues={{ endedOn: todayIso() }}
      intro={<p className="ys-muted ys-break">{t('outreach.stewards.endAbout', { name: steward.stewardName, enterprise: steward.enterpriseName })}</p>}
      onClose={onClose}
      onStale={onStale}
      onSubmit={async (values) => {
        const ended = await endSteward(steward.id, { version: steward.version, endedOn: values.endedOn, note: values.note?.trim() || undefined });
        void message.success(t('outreach.stewards.endedDone'));
        onDone(ended);
      }}
    >
      <Form.Item name="endedOn" label={t('outreach.stewards.endedOn')} rules={[{ required: true }]} {...dateItem}>
        <DatePicker style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item name="note" label={t('outreach.fields.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormDialog>
  );
}
