// 记录对接走访: the enterprise, on-site visit or contact, the day, who went, the unit, what was talked about, and
// the problems the enterprise raised — as many rows as needed (each becomes a problem to route).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS } from '../../../../../common/api/outreach.ts';
import { recordContact, type ContactBody, type ContactView } from '../../../api/outreach.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { EnterpriseSelect } from '../EnterpriseSelect.tsx';
import { dateItem, FormDialog, todayIso } from '../../../components/FormDialog.tsx';
import { contactKindLabel } from '../labels.ts';
import { useDepartments } from '../useDepartments.ts';

interface Props {
  /** The enterprise when recorded from its page. */
  enterprise?: { uscc: string; name: string };
  onClose: () => void;
  onDone: (contact: ContactView) => void;
}

/** The most problems one contact may carry (the contract's limit). */
const MAX_PROBLEMS = 20;

export function ContactDialog({ enterprise, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContactBody>();
  const departments = useDepartments();
  return (
    <FormDialog<ContactBody>
      title={t('outreach.contacts.record')}
      okText={t('outreach.contacts.save')}
      form={form}
      width={720}
      testId="contact-dialog"
      initialValues={{ uscc: enterprise?.uscc, kind: 'visit', heldOn: todayIso(), problems: [] }}
      onClose={onClose}
      onSubmit={async (values) => {
        const problems = (values.problems ?? []).filter((p) => p.title?.trim());
        const contact = await recordContact({ ...values, problems });
        void message.success(problems.length > 0 ? t('outreach.contacts.savedWithProblems', { count: problems.length }) : t('outreach.contacts.saved'));
        onDone(contact);
      }}
    >
      <Form.Item name="uscc" label={t('outreach.fields.enterprise')} rules={[{ required: true, message: t('outreach.common.enterpriseRequired') }]}>
        <EnterpriseSelect initialName={enterprise?.name} data-testid="contact-uscc" />
      </Form.Item>
      <div className="ys-outreach-pair">
        <Form.Item name="kind" label={t('outreach.contacts.kind')} rules={[{ required: true }]}>
          <Radio.Group className="ys-outreach-radios" optionType="button" options={CONTACT_KINDS.map((k) => ({ value: k, label: contactKindLabel(k) }))} data-testid="contact-kind" />
        </Form.Item>
        <Form.Item name="heldOn" label={t('outreach.contacts.heldOn')} rules={[{ required: true }]} {...dateItem}>
          <DatePicker style={{ width: '100%' }} allowClear={false} data-testid="contact-held-on" />
        </Form.Item>
      </div>
      <div className="ys-outreach-pair">
        <Form.Item name="staff" label={t('outreach.contacts.staff')} rules={[{ required: true, whitespace: true, message: t('outreach.common.required') }]} tooltip={t('outreach.contacts.staffHint')}>
          <Input maxLength={200} data-testid="contact-staff" />
        </Form.Item>
        <Form.Item name="departmentId" label={t('outreach.contacts.department')}>
          <DepartmentSelect departments={departments.list} loading={departments.loading} data-testid="contact-department" />
        </Form.Item>
      </div>
      <Form.Item name="summary" label={t('outreach.contacts.summary')}>
        <Input.TextArea rows={3} maxLength={4000} showCount data-testid="contact-summary" />
      </Form.Item>
      <Typography.Text strong>{t('outreach.contacts.problems')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px' }}>
        {t('outreach.contacts.problemsHint')}
      </Typography.Paragraph>
      <Form.List name="problems">
        {(rows, { add, remove }) => (
          <div className="ys-outreach-rows" data-testid="contact-problems">
            {rows.map((row, index) => (
              <div key={row.key} className="ys-outreach-row" data-testid="contact-problem-row">
                <div className="ys-outreach-row-head">
                  <span className="ys-muted">{t('outreach.contacts.problemNo', { n: index + 1 })}</span>
                  <Button type="text" size="small" danger icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label={t('outreach.contacts.removeProblem', { n: index + 1 })} />
                </div>
                <Form.Item name={[row.name, 'title']} label={t('outreach.problems.title')} rules={[{ required: true, whitespace: true, message: t('outreach.common.required') }]}>
                  <Input maxLength={200} data-testid="problem-title" />
                </Form.Item>
                <Form.Item name={[row.name, 'detail']} label={t('outreach.problems.detail')} style={{ marginBottom: 0 }}>
                  <Input.TextArea rows={2} maxLength={2000} data-testid="problem-detail" />
                </Form.Item>
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', detail: '' })} disabled={rows.length >= MAX_PROBLEMS} block data-testid="contact-add-problem">
              {t('outreach.contacts.addProblem')}
            </Button>
          </div>
        )}
      </Form.List>
    </FormDialog>
  );
}
