// 记录明查暗访: the hall, the department that runs it and its area, announced or covert, the day, who inspected
// (and with whom), a summary, and the findings — each with the unit that must put it right and by when; every
// finding becomes a rectification task on the ledger.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { INSPECTION_MODES } from '../../../../../common/api/outreach.ts';
import { recordInspection, type InspectionBody, type InspectionView } from '../../../api/outreach.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { dateItem, daysFromToday, FormDialog, todayIso } from '../../../components/FormDialog.tsx';
import { AREAS, bilingual, modeLabel, severityLabel } from '../labels.ts';
import { useDepartments } from '../useDepartments.ts';

const MAX_FINDINGS = 50;

export function InspectionDialog({ onClose, onDone }: { onClose: () => void; onDone: (inspection: InspectionView) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<InspectionBody>();
  const departments = useDepartments();
  const hallUnit = Form.useWatch('departmentId', form);
  return (
    <FormDialog<InspectionBody>
      title={t('outreach.inspections.record')}
      okText={t('common.save')}
      form={form}
      width={760}
      testId="inspection-dialog"
      initialValues={{ mode: 'open', heldOn: todayIso(), findings: [] }}
      onClose={onClose}
      onSubmit={async (values) => {
        const inspection = await recordInspection({ ...values, findings: values.findings ?? [] });
        void message.success(t('outreach.inspections.saved', { count: inspection.findings.length }));
        onDone(inspection);
      }}
    >
      <Form.Item name="hallName" label={t('outreach.inspections.hall')} rules={[{ required: true, whitespace: true, message: t('outreach.common.required') }]}>
        <Input maxLength={100} data-testid="inspection-hall" />
      </Form.Item>
      <div className="ys-outreach-pair">
        <Form.Item name="departmentId" label={t('outreach.inspections.hallUnit')} rules={[{ required: true, message: t('outreach.common.departmentRequired') }]}>
          <DepartmentSelect departments={departments.list} loading={departments.loading} data-testid="inspection-department" />
        </Form.Item>
        <Form.Item name="regionCode" label={t('outreach.fields.area')} rules={[{ required: true, message: t('outreach.common.areaRequired') }]}>
          <Select showSearch optionFilterProp="label" options={AREAS.map((a) => ({ value: a.code, label: bilingual({ zh: a.name, en: a.nameEn }) }))} data-testid="inspection-area" />
        </Form.Item>
      </div>
      <div className="ys-outreach-pair">
        <Form.Item name="mode" label={t('outreach.inspections.mode')} rules={[{ required: true }]}>
          <Radio.Group className="ys-outreach-radios" optionType="button" buttonStyle="solid" options={INSPECTION_MODES.map((m) => ({ value: m, label: modeLabel(m) }))} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('outreach.inspections.heldOn')} rules={[{ required: true }]} {...dateItem}>
          <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </div>
      <div className="ys-outreach-pair">
        <Form.Item name="inspectors" label={t('outreach.inspections.inspectors')} rules={[{ required: true, whitespace: true, message: t('outreach.common.required') }]}>
          <Input maxLength={200} data-testid="inspection-inspectors" />
        </Form.Item>
        <Form.Item name="jointWith" label={t('outreach.inspections.jointWith')} tooltip={t('outreach.inspections.jointWithHint')}>
          <Input maxLength={200} />
        </Form.Item>
      </div>
      <Form.Item name="summary" label={t('outreach.inspections.summary')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Typography.Text strong>{t('outreach.inspections.findings')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px' }}>
        {t('outreach.inspections.findingsHint')}
      </Typography.Paragraph>
      <Form.List name="findings">
        {(rows, { add, remove }) => (
          <div className="ys-outreach-rows" data-testid="inspection-findings">
            {rows.map((row, index) => (
              <div key={row.key} className="ys-outreach-row" data-testid="inspection-finding-row">
                <div className="ys-outreach-row-head">
                  <span className="ys-muted">{t('outreach.inspections.findingNo', { n: index + 1 })}</span>
                  <Button type="text" size="small" danger icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label={t('outreach.inspections.removeFinding', { n: index + 1 })} />
                </div>
                <Form.Item name={[row.name, 'title']} label={t('outreach.inspections.findingTitle')} rules={[{ required: true, whitespace: true, message: t('outreach.common.required') }]}>
                  <Input maxLength={200} data-testid="finding-title" />
                </Form.Item>
                <Form.Item name={[row.name, 'detail']} label={t('outreach.inspections.findingDetail')}>
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
                <div className="ys-outreach-triple">
                  <Form.Item name={[row.name, 'departmentId']} label={t('outreach.inspections.findingUnit')} rules={[{ required: true, message: t('outreach.common.departmentRequired') }]}>
                    <DepartmentSelect departments={departments.list} data-testid="finding-department" />
                  </Form.Item>
                  <Form.Item name={[row.name, 'dueOn']} label={t('outreach.inspections.findingDue')} rules={[{ required: true, message: t('outreach.common.required') }]} {...dateItem}>
                    <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'severity']} label={t('outreach.inspections.severity')}>
                    <Select options={(['minor', 'serious'] as const).map((s) => ({ value: s, label: severityLabel(s) }))} />
                  </Form.Item>
                </div>
              </div>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ title: '', detail: '', severity: 'minor', departmentId: hallUnit, dueOn: daysFromToday(30) })}
              disabled={rows.length >= MAX_FINDINGS}
              block
              data-testid="inspection-add-finding"
            >
              {t('outreach.inspections.addFinding')}
            </Button>
          </div>
        )}
      </Form.List>
    </FormDialog>
  );
}
