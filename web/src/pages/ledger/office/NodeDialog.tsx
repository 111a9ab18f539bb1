// 新增/修改 问题 and 措施 in a source's tree: the code, the title, (for an issue) its description and indicator, and
// the lead unit. An issue stays in its source and a measure under its issue. Editing sends the version read: a
// stale one says so and reloads the tree; a code in use goes under the code field, other field errors under theirs.
import { App, Form, Input, Select } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { createIssue, createMeasure, updateIssue, updateMeasure, type IssueView } from '../../../api/ledger.ts';
import { listDepartments } from '../../../api/org.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { DepartmentSelect } from '../../../components/DepartmentSelect.tsx';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { showSaveProblem } from './saveProblem.ts';

export type MeasureNode = IssueView['measures'][number];

/** What the dialog does: add an issue or a measure, or edit one (a measure with the issue it sits under). */
export type NodeTarget = { kind: 'issue'; issue?: IssueView } | { kind: 'measure'; measure?: MeasureNode; issueId?: string };

interface Values {
  issueId?: string;
  code: string;
  title: string;
  detail?: string;
  indicator?: string;
  leadDepartmentId?: string | null;
}

function initialOf(target: NodeTarget): Partial<Values> {
  if (target.kind === 'issue') {
    const i = target.issue;
    return i ? { code: i.code, title: i.title, detail: i.detail, indicator: i.indicator, leadDepartmentId: i.leadDepartmentId } : {};
  }
  const m = target.measure;
  return m ? { issueId: target.issueId, code: m.code, title: m.title, leadDepartmentId: m.leadDepartmentId } : { issueId: target.issueId };
}

const TITLES = { issue: ['ledger.structure.addIssue', 'ledger.structure.editIssue'], measure: ['ledger.structure.addMeasure', 'ledger.structure.editMeasure'] } as const;

export function NodeDialog({ target, sourceId, issues, onClose, onDone, onStale }: { target: NodeTarget; sourceId: string; issues: readonly IssueView[]; onClose: () => void; onDone: () => void; onStale: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const departments = useRemote(useCallback((signal: AbortSignal) => listDepartments(signal), []));
  const editing = target.kind === 'issue' ? target.issue : target.measure;

  async function submit(values: Values) {
    const lead = values.leadDepartmentId ?? null;
    if (target.kind === 'issue') {
      const fields = { code: values.code, title: values.title, detail: values.detail ?? '', indicator: values.indicator ?? '', leadDepartmentId: lead };
      if (target.issue) await updateIssue(target.issue.id, { ...fields, version: target.issue.version });
      else await createIssue({ ...fields, sourceId });
    } else {
      const fields = { code: values.code, title: values.title, leadDepartmentId: lead };
      if (target.measure) await updateMeasure(target.measure.id, { ...fields, version: target.measure.version });
      else await createMeasure({ ...fields, issueId: values.issueId! });
    }
    void message.success(t('common.saved'));
    onDone();
  }

  return (
    <FormDialog<Values>
      title={t(TITLES[target.kind][editing ? 1 : 0])}
      form={form}
      okText={t('common.save')}
      onClose={onClose}
      onSubmit={submit}
      onStale={onStale}
      staleNote={t('ledger.step.reloaded')}
      showProblem={showSaveProblem}
      initialValues={initialOf(target)}
      width={600}
      testId="ledger-node-dialog"
      testIds={{ form: 'ledger-node-form', submit: 'ledger-node-submit', error: 'ledger-node-error' }}
    >
      {target.kind === 'measure' && (
        <Form.Item name="issueId" label={t('ledger.fields.issue')} rules={[{ required: true, message: t('ledger.form.required') }]} extra={editing ? t('ledger.structure.measureStays') : undefined}>
          <Select showSearch optionFilterProp="label" disabled={Boolean(editing)} options={issues.map((i) => ({ value: i.id, label: `${i.code} ${i.title}` }))} />
        </Form.Item>
      )}
      <Form.Item name="code" label={t('ledger.structure.code')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
        <Input maxLength={40} data-testid="ledger-node-code" />
      </Form.Item>
      <Form.Item name="title" label={t('ledger.fields.title')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
        <Input.TextArea rows={2} maxLength={target.kind === 'issue' ? 300 : 500} showCount data-testid="ledger-node-title" />
      </Form.Item>
      {target.kind === 'issue' && (
        <>
          <Form.Item name="detail" label={t('ledger.structure.issueDetail')}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
          <Form.Item name="indicator" label={t('ledger.structure.indicator')}>
            <Input maxLength={60} />
          </Form.Item>
        </>
      )}
      <Form.Item name="leadDepartmentId" label={t('ledger.fields.lead')}>
        <DepartmentSelect departments={departments.data?.departments ?? []} loading={departments.loading} />
      </Form.Item>
    </FormDialog>
  );
}
