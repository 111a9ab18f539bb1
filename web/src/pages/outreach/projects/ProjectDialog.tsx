// 新增重点项目: code and name, the enterprise (from the registry), the area, the investment (万元), the approval
// stage it is at, its year, and the unit that follows it.
import { App, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PROJECT_STAGES } from '../../../../../common/api/outreach.ts';
import { createProject, type ProjectBody, type ProjectView } from '../../../api/outreach.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { EnterpriseSelect } from '../EnterpriseSelect.tsx';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { AREAS, bilingual, stageLabel } from '../labels.ts';
import { useDepartments } from '../useDepartments.ts';

export function ProjectDialog({ onClose, onDone }: { onClose: () => void; onDone: (project: ProjectView) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProjectBody>();
  const departments = useDepartments();
  return (
    <FormDialog<ProjectBody>
      title={t('outreach.projects.create')}
      okText={t('common.save')}
      form={form}
      width={680}
      testId="project-dialog"
      initialValues={{ stage: 'planning', year: dayjs().year(), investment: 0 }}
      onClose={onClose}
      onSubmit={async (values) => {
        const project = await createProject(values);
        void message.success(t('outreach.projects.created', { name: project.name }));
        onDone(project);
      }}
    >
      <div className="ys-outreach-pair">
        <Form.Item name="code" label={t('outreach.projects.code')} rules={[{ required: true, whitespace: true, message: t('outreach.common.required') }]}>
          <Input maxLength={40} data-testid="project-code" />
        </Form.Item>
        <Form.Item name="year" label={t('outreach.projects.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item name="name" label={t('outreach.projects.name')} rules={[{ required: true, whitespace: true, message: t('outreach.common.required') }]}>
        <Input maxLength={200} data-testid="project-name" />
      </Form.Item>
      <Form.Item name="uscc" label={t('outreach.fields.enterprise')} rules={[{ required: true, message: t('outreach.common.enterpriseRequired') }]}>
        <EnterpriseSelect data-testid="project-uscc" />
      </Form.Item>
      <div className="ys-outreach-pair">
        <Form.Item name="regionCode" label={t('outreach.fields.area')} rules={[{ required: true, message: t('outreach.common.areaRequired') }]}>
          <Select showSearch optionFilterProp="label" options={AREAS.map((a) => ({ value: a.code, label: bilingual({ zh: a.name, en: a.nameEn }) }))} />
        </Form.Item>
        <Form.Item name="investment" label={t('outreach.projects.investmentUnit')}>
          <InputNumber min={0} max={1e10} style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <div className="ys-outreach-pair">
        <Form.Item name="stage" label={t('outreach.projects.stage')} rules={[{ required: true }]}>
          <Select options={PROJECT_STAGES.map((s) => ({ value: s, label: stageLabel(s) }))} />
        </Form.Item>
        <Form.Item name="departmentId" label={t('outreach.projects.department')}>
          <DepartmentSelect departments={departments.list} loading={departments.loading} />
        </Form.Item>
      </div>
    </FormDialog>
  );
}
