// 新增来源 / 修改来源: a source of the ledger (the province's feedback, an action plan, the city's plan, leaders'
// instructions …) with its code, document, period and the plan it implements. Editing sends the whole source with
// the version it was read at: a stale one says so and reloads the list; a code in use goes under the code field.
import { App, DatePicker, Form, Input, Select, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_KINDS, type SourceKind } from '../../../../../common/ledger/vocabulary.ts';
import { createSource, updateSource, type SourceView } from '../../../api/ledger.ts';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { sourceKindLabel } from '../labels.ts';
import { showSaveProblem } from './saveProblem.ts';
import { parentChoices } from './sourceParents.ts';

interface Values {
  kind: SourceKind;
  code: string;
  title: string;
  documentNo?: string;
  issuedOn?: Dayjs | null;
  period: [Dayjs, Dayjs];
  parentId?: string | null;
  note?: string;
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');
/** periodStart / periodEnd are one range field here. */
const periodField = (path: string) => (/\.?period(Start|End)$/.test(path) ? 'period' : null);
const showPeriodProblem = (form: FormInstance<Values>, error: unknown) => showSaveProblem(form, error, { fieldOf: periodField });

function initialOf(source: SourceView | undefined): Partial<Values> {
  if (!source) return { kind: 'city_plan' };
  return {
    kind: source.kind,
    code: source.code,
    title: source.title,
    documentNo: source.documentNo,
    issuedOn: source.issuedOn ? dayjs(source.issuedOn) : null,
    period: [dayjs(source.periodStart), dayjs(source.periodEnd)],
    parentId: source.parentId ?? undefined,
    note: source.note,
  };
}

export function SourceDialog({ source, sources, onClose, onDone, onStale }: { source?: SourceView; sources: readonly SourceView[]; onClose: () => void; onDone: () => void; onStale: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const parents = useMemo(() => parentChoices(sources, source?.id ?? null), [sources, source?.id]);

  async function submit(values: Values) {
    const body = {
      kind: values.kind,
      code: values.code,
      title: values.title,
      documentNo: values.documentNo ?? '',
      issuedOn: values.issuedOn ? day(values.issuedOn) : null,
      periodStart: day(values.period[0]),
      periodEnd: day(values.period[1]),
      parentId: values.parentId ?? null,
      note: values.note ?? '',
    };
    if (source) await updateSource(source.id, { ...body, version: source.version });
    else await createSource(body);
    void message.success(t('common.saved'));
    onDone();
  }

  return (
    <FormDialog<Values>
      title={t(source ? 'ledger.structure.editSource' : 'ledger.structure.addSource')}
      form={form}
      okText={t('common.save')}
      onClose={onClose}
      onSubmit={submit}
      onStale={onStale}
      staleNote={t('ledger.step.reloaded')}
      showProblem={showPeriodProblem}
      initialValues={initialOf(source)}
      width={600}
      testId="ledger-source-dialog"
      testIds={{ form: 'ledger-source-form', submit: 'ledger-source-submit', error: 'ledger-source-error' }}
    >
      <div className="ys-ledger-form-pair">
        <Form.Item name="kind" label={t('ledger.fields.sourceKind')} rules={[{ required: true, message: t('ledger.form.required') }]}>
          <Select options={SOURCE_KINDS.map((k) => ({ value: k, label: sourceKindLabel(k) }))} />
        </Form.Item>
        <Form.Item name="code" label={t('ledger.structure.code')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
          <Input maxLength={40} />
        </Form.Item>
      </div>
      <Form.Item name="title" label={t('ledger.fields.title')} rules={[{ required: true, whitespace: true, message: t('ledger.form.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <div className="ys-ledger-form-pair">
        <Form.Item name="documentNo" label={t('ledger.structure.documentNo')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('ledger.structure.issuedOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item name="period" label={t('ledger.fields.period')} rules={[{ required: true, message: t('ledger.form.required') }]}>
        <DatePicker.RangePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="parentId" label={t('ledger.structure.parent')} extra={t('ledger.structure.parentHint')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          options={parents.map((s) => ({ value: s.id, label: `${s.code} ${s.title}` }))}
          data-testid="ledger-source-parent"
        />
      </Form.Item>
      <Form.Item name="note" label={t('ledger.structure.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormDialog>
  );
}
