// One action's dialog on a ticket: exactly what the step needs (units, a reason, the reply, the callback's
// answers, the ticket to merge into, days, a colleague), then the request with the ticket's version. A stale
// version (someone acted first) shows the server's words and reloads the ticket; any other refusal (a return
// after its 2 working days …, or one the form itself finds) is shown under the form, field errors under their fields.
import { Alert, App, Form, Input, InputNumber, Radio, Select, Switch, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { SATISFACTIONS } from '../../../../../common/appeals/vocabulary.ts';
import { stepTicket, type Category, type TicketAction, type TicketView } from '../../../api/appeals.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { listUsers, type Department } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { applyProblem } from '../../../components/problemForm.ts';
import { CategorySelect } from './CategorySelect.tsx';
import { bilingual, satisfactionLabel, stateName } from './labels.ts';
import { stepFormOf, stepRequestOf, type StepValues } from './steps.ts';

interface Props {
  ticket: TicketView;
  action: TicketAction;
  categories: readonly Category[];
  departments: readonly Department[];
  onClose: () => void;
  onDone: (ticket: TicketView) => void;
  /** Someone else acted first: the ticket must be read again. */
  onStale: () => void;
}

/** Sends a step; the caller shows the outcome. Exported for the one-click steps (签收). */
export async function sendStep(ticket: TicketView, key: string, values: StepValues) {
  const built = stepRequestOf(key, ticket.channel, ticket.version, values, ticket.categoryCode);
  if ('problem' in built) return built;
  return { ticket: await stepTicket(ticket.id, built.path, built.body as never) };
}

/** A step the form refuses before sending (e.g. no unit to send to); its message goes above the buttons. */
class StepProblem extends Error {}

const showStepProblem = (form: FormInstance<StepValues>, error: unknown) => (error instanceof StepProblem ? error.message : applyProblem(form, error));

export function StepDialog({ ticket, action, categories, departments, onClose, onDone, onStale }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<StepValues>();
  const spec = stepFormOf(action.key, ticket.channel)!;
  const fields = new Set(spec.fields);
  const label = bilingual(action.label);
  const departmentLabel = useDepartmentLabel();
  const contacted = Form.useWatch('contacted', form) ?? true;
  const satisfaction = Form.useWatch('satisfaction', form);

  const initial: StepValues = {
    leadDepartmentId: ticket.proposal?.leadDepartmentId ?? ticket.leadDepartmentId ?? undefined,
    supportDepartmentIds: ticket.proposal?.supportDepartmentIds ?? ticket.supportDepartments.map((d) => d.id),
    categoryCode: ticket.categoryCode,
    contacted: true,
    public: false,
    intoTicketId: ticket.repeats.length === 1 ? ticket.repeats[0]!.id : undefined,
  };

  async function submit(values: StepValues) {
    const sent = await sendStep(ticket, action.key, values);
    if ('problem' in sent) throw new StepProblem(t(`appealWork.step.problems.${sent.problem}`));
    void message.success(t('appealWork.step.done', { action: label }));
    onDone(sent.ticket);
  }

  const textRule = spec.textRequired ? [{ required: true, whitespace: true, message: t('appealWork.step.problems.textRequired') }] : [];
  const departmentOptions = departments.map((d) => ({ value: d.id, label: i18n.language === 'en' ? d.nameEn : d.name }));
  return (
    <FormDialog<StepValues>
      title={label}
      form={form}
      okText={t('appealWork.step.confirm', { action: label })}
      okDanger={spec.danger}
      okDisabled={fields.has('merge') && ticket.repeats.length === 0}
      onClose={onClose}
      onSubmit={submit}
      onStale={onStale}
      staleNote={t('appealWork.step.reloaded')}
      showProblem={showStepProblem}
      initialValues={initial}
      intro={<p className="ys-muted ys-break">{t('appealWork.step.about', { number: ticket.number, title: ticket.title })}</p>}
      width={600}
      testId="step-dialog"
      testIds={{ form: 'step-form', submit: 'step-submit', error: 'step-error' }}
    >
      {fields.has('units') && (
        <>
          {ticket.proposal && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t(ticket.proposal.source === 'return' ? 'appealWork.step.suggestedByReturn' : 'appealWork.step.proposed', { unit: departmentLabel(ticket.proposal.leadDepartmentName, ticket.proposal.leadDepartmentId) })} data-testid="step-proposal" />}
          <Form.Item name="leadDepartmentId" label={t('appealWork.fields.lead')} rules={[{ required: true, message: t('appealWork.step.problems.leadRequired') }]}>
            <DepartmentSelect departments={departments} data-testid="step-lead" />
          </Form.Item>
          <Form.Item name="supportDepartmentIds" label={t('appealWork.fields.support')}>
            <Select mode="multiple" allowClear showSearch optionFilterProp="label" options={departmentOptions} maxCount={10} data-testid="step-support" />
          </Form.Item>
        </>
      )}
      {fields.has('category') && (
        <Form.Item name="categoryCode" label={t('appealWork.step.category')} extra={t('appealWork.step.categoryHint')}>
          <CategorySelect categories={categories} allowClear={false} data-testid="step-category" />
        </Form.Item>
      )}
      {fields.has('reason') && (
        <Form.Item name="reason" label={t(spec.path === 'return' ? 'appealWork.step.returnReason' : 'appealWork.step.extensionReason')} rules={[{ required: true, whitespace: true, message: t('appealWork.step.problems.textRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="step-reason" />
        </Form.Item>
      )}
      {fields.has('suggestedUnit') && (
        <Form.Item name="suggestedDepartmentId" label={t('appealWork.step.suggestedUnit')} extra={t('appealWork.step.returnHint')}>
          <DepartmentSelect departments={departments} data-testid="step-suggested" />
        </Form.Item>
      )}
      {fields.has('reply') && (
        <>
          <Form.Item name="reply" label={t('appealWork.step.reply')} rules={[{ required: true, whitespace: true, message: t('appealWork.step.problems.textRequired') }]}>
            <Input.TextArea rows={5} maxLength={4000} showCount placeholder={t('appealWork.step.replyHint')} data-testid="step-reply" />
          </Form.Item>
          <Form.Item name="solved" label={t('appealWork.step.solved')} rules={[{ required: true, message: t('appealWork.step.problems.solvedRequired') }]}>
            <Radio.Group options={[{ value: true, label: t('appealWork.step.yesSolved') }, { value: false, label: t('appealWork.step.notSolved') }]} data-testid="step-solved" />
          </Form.Item>
        </>
      )}
      {fields.has('callback') && (
        <>
          <Form.Item name="contacted" label={t('appealWork.step.contacted')} valuePropName="checked">
            <Switch checkedChildren={t('appealWork.step.reached')} unCheckedChildren={t('appealWork.step.notReached')} data-testid="step-contacted" />
          </Form.Item>
          {contacted && (
            <>
              <Form.Item name="solved" label={t('appealWork.step.solved')} rules={[{ required: true, message: t('appealWork.step.problems.solvedRequired') }]}>
                <Radio.Group options={[{ value: true, label: t('appealWork.step.yesSolved') }, { value: false, label: t('appealWork.step.notSolved') }]} data-testid="step-solved" />
              </Form.Item>
              <Form.Item name="satisfaction" label={t('appealWork.step.satisfaction')} rules={[{ required: true, message: t('appealWork.step.problems.satisfactionRequired') }]}>
                <Radio.Group optionType="button" buttonStyle="solid" options={SATISFACTIONS.map((s) => ({ value: s, label: satisfactionLabel(s) }))} data-testid="step-satisfaction" />
              </Form.Item>
              {satisfaction === 'unsatisfied' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('appealWork.step.reopenWarning', { unit: departmentLabel(ticket.leadDepartmentName, ticket.leadDepartmentId) })} data-testid="step-reopen-warning" />}
            </>
          )}
        </>
      )}
      {fields.has('merge') &&
        (ticket.repeats.length === 0 ? (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('appealWork.step.noRepeats')} />
        ) : (
          <Form.Item name="intoTicketId" label={t('appealWork.step.mergeInto')} rules={[{ required: true, message: t('appealWork.step.problems.mergeRequired') }]}>
            <Radio.Group className="ys-work-checks" data-testid="step-merge">
              {ticket.repeats.map((r) => (
                <Radio key={r.id} value={r.id}>
                  <span className="ys-code">{r.number}</span> <span className="ys-break">{r.title}</span> <span className="ys-muted">· {stateName(r.state)} · {formatDateTime(r.createdAt)}</span>
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
        ))}
      {fields.has('days') && (
        <Form.Item name="days" label={t('appealWork.step.days')} rules={[{ required: true, message: t('appealWork.step.problems.daysRequired') }]}>
          <InputNumber min={1} max={30} precision={0} addonAfter={t('appealWork.step.workingDays')} data-testid="step-days" />
        </Form.Item>
      )}
      {fields.has('user') && (
        <Form.Item name="userId" label={t('appealWork.step.handoverTo')} rules={[{ required: true, message: t('appealWork.step.problems.userRequired') }]}>
          <ColleaguePicker />
        </Form.Item>
      )}
      {fields.has('note') && (
        <>
          <Form.Item name="text" label={t('appealWork.step.note')} rules={[{ required: true, whitespace: true, message: t('appealWork.step.problems.textRequired') }]}>
            <Input.TextArea rows={4} maxLength={2000} showCount data-testid="step-note" />
          </Form.Item>
          <Form.Item name="public" label={t('appealWork.step.public')} valuePropName="checked" extra={ticket.confidential ? t('appealWork.step.publicConfidential') : t('appealWork.step.publicHint')}>
            <Switch disabled={ticket.confidential} data-testid="step-public" />
          </Form.Item>
        </>
      )}
      {fields.has('comment') && (
        <Form.Item
          name="comment"
          label={spec.path === 'dishonesty' ? t(`appealWork.step.dishonestyComment.${action.key}` as 'appealWork.step.dishonestyComment.found', { defaultValue: t('appealWork.step.comment.dishonesty') }) : t(`appealWork.step.comment.${spec.path}` as 'appealWork.step.comment.dispatch')}
          rules={textRule}
        >
          <Input.TextArea rows={3} maxLength={spec.path === 'dishonesty' ? 2000 : 1000} showCount data-testid="step-comment" />
        </Form.Item>
      )}
    </FormDialog>
  );
}

/** 转交: a colleague of one's own department (staff, not disabled, not oneself). */
function ColleaguePicker({ value, onChange, id }: { value?: string | null; onChange?: (value: string | null) => void; id?: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const departmentId = user?.department?.id;
  const users = useRemote(useCallback((signal: AbortSignal) => (departmentId ? listUsers({ departmentId, pageSize: 200 }, signal) : Promise.resolve(null)), [departmentId]));
  const options = (users.data?.items ?? []).filter((u) => u.kind === 'staff' && !u.disabled && u.id !== user?.id).map((u) => ({ value: u.id, label: u.name }));
  return (
    <Select
      id={id}
      showSearch
      optionFilterProp="label"
      value={value ?? undefined}
      onChange={(next: string) => onChange?.(next)}
      loading={users.loading}
      options={options}
      placeholder={t('appealWork.step.colleague')}
      notFoundContent={users.loading ? null : t('appealWork.step.noColleagues')}
      data-testid="step-user"
    />
  );
}
