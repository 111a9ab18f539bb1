// 交办: route a problem to a unit with a due date, optionally onto the ledger (纳入督办台账, a task under the
// year's enterprise-problem source); 答复: the unit answers it solved, or explained where it cannot be solved.
import { Alert, App, Checkbox, DatePicker, Form, Input, Radio } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { answerProblem, routeProblem, type ProblemView } from '../../../api/outreach.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { dateItem, daysFromToday, FormDialog } from '../../../components/FormDialog.tsx';
import { problemStateLabel } from '../labels.ts';
import { useDepartments } from '../useDepartments.ts';

interface Props {
  problem: ProblemView;
  onClose: () => void;
  onDone: (problem: ProblemView) => void;
  onStale: () => void;
}

const About = ({ problem }: { problem: ProblemView }) => (
  <div className="ys-outreach-about">
    <div className="ys-break">
      <strong>{problem.title}</strong>
    </div>
    <div className="ys-muted ys-break">{problem.enterpriseName}</div>
    {problem.detail && <div className="ys-break ys-outreach-detail">{problem.detail}</div>}
  </div>
);

interface RouteValues {
  departmentId: string;
  dueOn: string;
  toLedger: boolean;
}

export function RouteProblemDialog({ problem, onClose, onDone, onStale }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RouteValues>();
  const departments = useDepartments();
  const label = useDepartmentLabel();
  return (
    <FormDialog<RouteValues>
      title={t('outreach.problems.route')}
      okText={t('outreach.problems.routeConfirm')}
      form={form}
      testId="route-dialog"
      intro={<About problem={problem} />}
      initialValues={{ departmentId: problem.departmentId ?? undefined, dueOn: problem.dueOn ?? daysFromToday(15), toLedger: false }}
      onClose={onClose}
      onStale={onStale}
      onSubmit={async (values) => {
        const routed = await routeProblem(problem.id, { version: problem.version, ...values });
        void message.success(t(routed.ledgerTaskId ? 'outreach.problems.routedToLedger' : 'outreach.problems.routedDone', { unit: label(routed.departmentName, routed.departmentId) }));
        onDone(routed);
      }}
    >
      <Form.Item name="departmentId" label={t('outreach.problems.unit')} rules={[{ required: true, message: t('outreach.common.departmentRequired') }]}>
        <DepartmentSelect departments={departments.list} loading={departments.loading} data-testid="route-department" />
      </Form.Item>
      <Form.Item name="dueOn" label={t('outreach.problems.dueOn')} rules={[{ required: true }]} {...dateItem}>
        <DatePicker style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.isBefore(dayjs(), 'day')} data-testid="route-due" />
      </Form.Item>
      {problem.ledgerTaskId ? (
        <Alert type="info" showIcon message={t('outreach.problems.onLedger')} style={{ marginBottom: 12 }} />
      ) : (
        <Form.Item name="toLedger" valuePropName="checked" extra={t('outreach.problems.toLedgerHint')}>
          <Checkbox data-testid="route-to-ledger">{t('outreach.problems.toLedger')}</Checkbox>
        </Form.Item>
      )}
    </FormDialog>
  );
}

interface AnswerValues {
  outcome: 'solved' | 'explained';
  answer: string;
}

export function AnswerProblemDialog({ problem, onClose, onDone, onStale }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const outcome = Form.useWatch('outcome', form);
  return (
    <FormDialog<AnswerValues>
      title={t('outreach.problems.answer')}
      okText={t('outreach.problems.answerConfirm')}
      form={form}
      testId="answer-dialog"
      intro={<About problem={problem} />}
      initialValues={{ outcome: 'solved' }}
      onClose={onClose}
      onStale={onStale}
      onSubmit={async (values) => {
        const answered = await answerProblem(problem.id, { version: problem.version, outcome: values.outcome, answer: values.answer.trim() });
        void message.success(t('outreach.problems.answered', { state: problemStateLabel(answered.state) }));
        onDone(answered);
      }}
    >
      <Form.Item name="outcome" label={t('outreach.problems.outcome')} rules={[{ required: true }]}>
        <Radio.Group
          className="ys-outreach-radios"
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'solved', label: problemStateLabel('solved') },
            { value: 'explained', label: problemStateLabel('explained') },
          ]}
          data-testid="answer-outcome"
        />
      </Form.Item>
      {outcome === 'explained' && <Alert type="info" showIcon message={t('outreach.problems.explainedHint')} style={{ marginBottom: 12 }} />}
      <Form.Item name="answer" label={t('outreach.problems.answerText')} rules={[{ required: true, whitespace: true, message: t('outreach.problems.answerRequired') }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="answer-text" />
      </Form.Item>
    </FormDialog>
  );
}
