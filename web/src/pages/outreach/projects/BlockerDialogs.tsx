// 新增堵点: a blocker of a project at an approval stage, held by a department; 解决: the day and the solution (a
// meeting's blockers are solved from the meeting's record instead).
import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PROJECT_STAGES } from '../../../../../common/api/outreach.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { addBlocker, solveBlocker, type BlockerBody, type BlockerView, type ProjectDetail } from '../../../api/outreach.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { dateItem, FormDialog, todayIso } from '../../../components/FormDialog.tsx';
import { stageLabel } from '../labels.ts';
import { useDepartments } from '../useDepartments.ts';

export function AddBlockerDialog({ project, onClose, onDone }: { project: ProjectDetail; onClose: () => void; onDone: (blocker: BlockerView) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BlockerBody>();
  const departments = useDepartments();
  return (
    <FormDialog<BlockerBody>
      title={t('outreach.blockers.add')}
      okText={t('common.save')}
      form={form}
      testId="blocker-dialog"
      initialValues={{ stage: project.stage, foundOn: todayIso() }}
      intro={<p className="ys-muted ys-break">{project.name}</p>}
      onClose={onClose}
      onSubmit={async (values) => {
        const blocker = await addBlocker(project.id, values);
        void message.success(t('outreach.blockers.added'));
        onDone(blocker);
      }}
    >
      <div className="ys-outreach-pair">
        <Form.Item name="stage" label={t('outreach.projects.stage')} rules={[{ required: true }]}>
          <Select options={PROJECT_STAGES.map((s) => ({ value: s, label: stageLabel(s) }))} data-testid="blocker-stage" />
        </Form.Item>
        <Form.Item name="foundOn" label={t('outreach.blockers.foundOn')} rules={[{ required: true }]} {...dateItem}>
          <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </div>
      <Form.Item name="departmentId" label={t('outreach.blockers.department')} rules={[{ required: true, message: t('outreach.common.departmentRequired') }]}>
        <DepartmentSelect departments={departments.list} loading={departments.loading} data-testid="blocker-department" />
      </Form.Item>
      <Form.Item name="title" label={t('outreach.blockers.title')} rules={[{ required: true, whitespace: true, message: t('outreach.common.required') }]}>
        <Input maxLength={200} data-testid="blocker-title" />
      </Form.Item>
      <Form.Item name="detail" label={t('outreach.blockers.detail')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  );
}

interface SolveValues {
  solvedOn: string;
  solution: string;
}

export function SolveBlockerDialog({ blocker, onClose, onDone, onStale }: { blocker: BlockerView; onClose: () => void; onDone: (blocker: BlockerView) => void; onStale: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useDepartmentLabel();
  const [form] = Form.useForm<SolveValues>();
  return (
    <FormDialog<SolveValues>
      title={t('outreach.blockers.solve')}
      okText={t('outreach.blockers.solveConfirm')}
      form={form}
      testId="solve-dialog"
      initialValues={{ solvedOn: todayIso() }}
      intro={<p className="ys-break"><strong>{blocker.title}</strong> <span className="ys-muted">{label(blocker.departmentName, blocker.departmentId)}</span></p>}
      onClose={onClose}
      onStale={onStale}
      onSubmit={async (values) => {
        const solved = await solveBlocker(blocker.id, { version: blocker.version, solvedOn: values.solvedOn, solution: values.solution.trim(), meetingId: null });
        void message.success(t('outreach.blockers.solved'));
        onDone(solved);
      }}
    >
      <Form.Item name="solvedOn" label={t('outreach.blockers.solvedOn')} rules={[{ required: true }]} {...dateItem}>
        <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="solution" label={t('outreach.blockers.solution')} rules={[{ required: true, whitespace: true, message: t('outreach.common.required') }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="solve-solution" />
      </Form.Item>
    </FormDialog>
  );
}
