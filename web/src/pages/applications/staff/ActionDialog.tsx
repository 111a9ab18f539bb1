// One workflow action's dialog: exactly what that action needs (a reason, the one complete 补正 list,
// where to send it, how many days), then the request. A stale version (someone acted first) reloads
// the case; a grant the registry cannot issue yet asks for the licence's missing fields and resends.
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actOnApplication, type ApplicationDetail, type AvailableAction } from '../../../api/applications.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { staleNotice } from '../../../api/staleNotice.ts';
import { listLicenceTypes, type LicenceField } from '../../../api/registry.ts';
import { applyProblem } from '../../../components/problemForm.ts';
import { actionBodyOf, needsOf, sendBackTargets, type ActionValues } from './actions.ts';
import { bilingual, stateLabel } from './labels.ts';
import { isLicenceFieldsProblem, licenceFieldValues, missingLicenceFields, quotedTypeName } from './licenceFields.ts';
import { DepartmentPicker, UserPicker } from './TargetPickers.tsx';
import { listMark } from '../../../i18n/punctuation.ts';

interface Props {
  application: ApplicationDetail;
  action: AvailableAction;
  /** The item's result licence type, when known (from the catalogue). */
  licenceTypeCode: string | null;
  onClose: () => void;
  onDone: (detail: ApplicationDetail) => void;
  /** Someone else acted first: the case must be read again. */
  onStale: () => void;
}

type FormValues = Omit<ActionValues, 'licenceFields'> & { licence?: Record<string, string | number | Dayjs | null> };

export function ActionDialog({ application, action, licenceTypeCode, onClose, onDone, onStale }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [licence, setLicence] = useState<{ typeName: string | null; fields: LicenceField[]; unmatched: string[] } | null>(null);
  const needs = needsOf(action);
  const label = bilingual(action.label);

  async function askForLicenceFields(errors: { path: string; message: string }[], detail: string) {
    const types = await listLicenceTypes().catch(() => null);
    const name = errors.map((e) => quotedTypeName(e.message)).find(Boolean) ?? quotedTypeName(detail);
    const type = types?.types.find((ty) => ty.code === licenceTypeCode) ?? types?.types.find((ty) => ty.name === name) ?? null;
    const missing = missingLicenceFields(errors, type);
    setLicence({ typeName: type?.name ?? name, ...missing });
    if (!missing.fields.length) setFailure(detail);
  }

  async function submit() {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    const licenceFields = licence
      ? licenceFieldValues(
          licence.fields,
          Object.fromEntries(Object.entries(values.licence ?? {}).map(([k, v]) => [k, dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v])),
        )
      : undefined;
    const built = actionBodyOf(action, application.version, { ...values, licenceFields });
    if ('problem' in built) {
      setFailure(t(`work.action.problems.${built.problem}`));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const detail = await actOnApplication(application.id, built.body);
      void message.success(t('work.action.done', { action: label }));
      onDone(detail);
    } catch (error) {
      if (isSessionEnded(error)) return;
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') {
        void message.warning(staleNotice(error, t('work.action.reloaded')));
        onStale();
        return;
      }
      if (isApiError(error) && error.status === 422 && isLicenceFieldsProblem(error.errors)) {
        await askForLicenceFields(error.errors, error.userMessage);
        return;
      }
      setFailure(applyProblem(form, error));
    } finally {
      setBusy(false);
    }
  }

  const materials = application.materials.filter((m) => m.status !== 'fetched');
  return (
    <Modal
      open
      title={label}
      onCancel={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" danger={needs.danger} loading={busy} onClick={() => void submit()} data-testid="action-submit">
            {licence ? t('work.action.sendAgain') : t('work.action.confirm', { action: label })}
          </Button>
        </>
      }
      destroyOnHidden
      width={560}
      data-testid="action-dialog"
    >
      <p className="ys-muted">{t('work.action.about', { number: application.number ?? '', title: application.title })}</p>
      {needs.danger && <Alert type="warning" showIcon message={t(`work.action.danger.${action.key === 'terminate' ? 'terminate' : 'decide'}`)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" requiredMark="optional" data-testid="action-form">
        {needs.missing && (
          <>
            <Alert type="info" showIcon message={t('work.action.missing.hint')} style={{ marginBottom: 12 }} />
            <Form.Item name="missingMaterials" label={t('work.action.missing.materials')}>
              <Checkbox.Group className="ys-work-checks" options={materials.map((m) => ({ value: m.key, label: m.name }))} data-testid="action-missing-materials" />
            </Form.Item>
            <Form.Item name="missingPoints" label={t('work.action.missing.points')} extra={t('work.action.missing.pointsHint')}>
              <Input.TextArea rows={3} maxLength={1500} data-testid="action-missing-points" />
            </Form.Item>
          </>
        )}
        {needs.correctionAnswer && application.correction && (
          <Form.Item name="paperMaterials" label={t('work.action.correctionPaper')} extra={t('work.action.correctionPaperHint')}>
            <Checkbox.Group
              className="ys-work-checks"
              options={application.correction.missing.filter((key) => application.materials.some((m) => m.key === key)).map((key) => ({ value: key, label: application.materials.find((m) => m.key === key)!.name }))}
            />
          </Form.Item>
        )}
        {needs.toState && (
          <Form.Item name="toState" label={t('work.action.toState')} rules={[{ required: true, message: t('work.action.problems.toStateRequired') }]}>
            <Radio.Group options={sendBackTargets(application.state).map((s) => ({ value: s, label: stateLabel(s as ApplicationDetail['state']) }))} />
          </Form.Item>
        )}
        {needs.target === 'departmentOrUser' && (
          <>
            <Form.Item name="toDepartmentId" label={t('work.action.toDepartment')} extra={t('work.action.targetHint')}>
              <DepartmentPicker />
            </Form.Item>
            <Form.Item name="toUserId" label={t('work.action.toUser')}>
              <UserPicker testId="action-user" />
            </Form.Item>
          </>
        )}
        {needs.target === 'user' && (
          <Form.Item name="toUserId" label={t('work.action.delegateTo')} rules={[{ required: true, message: t('work.action.problems.userRequired') }]}>
            <UserPicker testId="action-user" />
          </Form.Item>
        )}
        {needs.extension && (
          <Form.Item name="extension" label={t('work.action.extension')} rules={[{ required: true, message: t('work.action.problems.extensionRequired') }]}>
            <InputNumber min={1} max={60} precision={0} addonAfter={t('work.action.workingDays')} data-testid="action-extension" />
          </Form.Item>
        )}
        <Form.Item
          name="comment"
          label={t(`work.action.comment.${needs.commentKind}`)}
          rules={needs.comment === 'required' ? [{ required: true, whitespace: true, message: t('work.action.problems.commentRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t(`work.action.commentHint.${needs.commentKind}`)} data-testid="action-comment" />
        </Form.Item>
        {licence && (
          <div data-testid="action-licence-fields">
            <Alert type="warning" showIcon message={t('work.action.licence.title', { type: licence.typeName ?? '' })} description={t('work.action.licence.hint')} style={{ marginBottom: 12 }} />
            {licence.fields.map((field) => (
              <Form.Item key={field.key} name={['licence', field.key]} label={field.label} rules={[{ required: true, message: t('work.action.licence.required', { label: field.label }) }]}>
                {field.type === 'number' ? (
                  <InputNumber style={{ width: '100%' }} />
                ) : field.type === 'date' ? (
                  <DatePicker style={{ width: '100%' }} />
                ) : (
                  <Input maxLength={500} data-testid={`licence-field-${field.key}`} />
                )}
              </Form.Item>
            ))}
            {licence.unmatched.length > 0 && <Alert type="error" message={t('work.action.licence.unmatched', { names: licence.unmatched.join(listMark()) })} />}
          </div>
        )}
      </Form>
      {failure && <Alert type="error" showIcon message={failure} className="ys-break" data-testid="action-error" />}
    </Modal>
  );
}
