import { Alert, Button, Card, Form } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createDraft,
  getPrefill,
  saveDraft,
  submitApplication,
  type ApplicationDetail,
  type FileView,
} from '../../../api/applications.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import type { Entity } from '../../../api/registry.ts';
import { useSession } from '../../../app/session.tsx';
import { ItemForm } from '../../../components/ItemForm.tsx';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { applyPrefill } from '../applicant/draft.ts';
import { applicantDefaults, ApplicantForm, type ApplicantValues } from './IntakeApplicant.tsx';
import { IntakeMaterials } from './IntakeMaterials.tsx';
import { IntakeReceipt } from './IntakeReceipt.tsx';
import { PickedService, ServicePicker } from './IntakeService.tsx';
import { intakeDraft, intakePrefill, missingRequired, splitSubmitErrors, type GivenMaterials, type IntakeApplicant, type SubmitErrors } from './intake.ts';
import { subjectPrefillValues, type IntakeSubject } from './intakeSubject.ts';
import './work.css';
import './intake.css';
import { listMark } from '../../../i18n/punctuation.ts';

const FORM_ID = 'intake-item-form';
const noErrors: SubmitErrors = { form: {}, materials: {}, applicant: {}, other: [] };

const applicantOf = (values: ApplicantValues, entity: Entity | null): IntakeApplicant =>
  values.kind === 'entity'
    ? { kind: 'entity', uscc: entity?.uscc ?? values.uscc, phone: values.contactPhone }
    : { kind: 'person', name: values.applicantName, username: values.applicantUsername, phone: values.contactPhone };

/** What the registry knows for the subject's form, by member item (a bundle asks each member's edition, as the wizard does). */
async function prefillByItem(subject: IntakeSubject, uscc: string | undefined) {
  const replies = await Promise.all(
    subject.prefillItems.map(({ itemCode, itemId }) =>
      getPrefill(itemId, uscc).then(
        (reply) => [itemCode, reply.values] as const,
        () => [itemCode, {}] as const,
      ),
    ),
  );
  return Object.fromEntries(replies);
}

/** 一窗受理: the clerk files an application (an item or a 一件事) for an applicant at the window, and hands over the receipt. */
export function IntakePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [applicantForm] = Form.useForm<ApplicantValues>();
  const [subject, setSubject] = useState<IntakeSubject | null>(null);
  const [entity, setEntity] = useState<Entity | null>(null);
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  // The answers as last set (the pre-fill, arriving later, merges into what the clerk has typed meanwhile).
  const answers = useRef<Record<string, unknown>>({});
  const setAnswers = (next: Record<string, unknown>) => {
    answers.current = next;
    setFormData(next);
  };
  const [formKey, setFormKey] = useState(0);
  const [given, setGiven] = useState<GivenMaterials>({});
  const [files, setFiles] = useState<Record<string, FileView>>({});
  const [draft, setDraft] = useState<{ id: string; version: number } | null>(null);
  const [errors, setErrors] = useState<SubmitErrors>(noErrors);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ApplicationDetail | null>(null);

  function reset() {
    setSubject(null);
    setEntity(null);
    setAnswers({});
    setGiven({});
    setFiles({});
    setDraft(null);
    setErrors(noErrors);
    setDone(null);
    applicantForm.resetFields();
  }

  /** Fills empty answers from the registry (the entity) and the applicant the clerk named. */
  async function prefill(forSubject: IntakeSubject | null = subject, forEntity: Entity | null = entity) {
    if (!forSubject || !Object.keys(forSubject.prefillSources).length) return;
    const values = applicantForm.getFieldsValue(true) as ApplicantValues;
    const byItem = await prefillByItem(forSubject, forEntity?.uscc);
    const found = intakePrefill(forSubject.prefillSources, subjectPrefillValues(forSubject, byItem), applicantOf({ ...applicantDefaults, ...values }, forEntity));
    const current = answers.current;
    const next = applyPrefill(current, found, forSubject.schema);
    // Nothing new: the form is left alone (reading the answers again would drop a pick or a keystroke under way).
    if (Object.keys(next).every((key) => next[key] === current[key])) return;
    setAnswers(next);
    // rjsf keeps its own copy of the data: a new key makes it read the merged answers.
    setFormKey((k) => k + 1);
  }

  async function submit(data: Record<string, unknown>) {
    if (!subject) return;
    setErrors(noErrors);
    let values: ApplicantValues;
    try {
      values = { ...applicantDefaults, ...(await applicantForm.validateFields()), ...applicantForm.getFieldsValue(true) };
    } catch {
      setErrors({ ...noErrors, other: [t('work.intake.fixApplicant')] });
      return;
    }
    if (values.kind === 'entity' && (!entity || entity.status !== 'active')) {
      applicantForm.setFields([{ name: 'uscc', errors: [t('work.intake.lookupFirst')] }]);
      setErrors({ ...noErrors, other: [t('work.intake.lookupFirst')] });
      return;
    }
    const missing = missingRequired(subject.materials, given);
    if (missing.length) {
      setErrors({ ...noErrors, materials: Object.fromEntries(missing.map((m) => [m.key, t('work.intake.materialMissing')])), other: [t('work.intake.materialsMissing', { names: missing.map((m) => m.name).join(listMark()) })] });
      return;
    }
    const body = intakeDraft({
      subject: { kind: subject.kind, code: subject.code },
      channel: values.channel,
      applicant: applicantOf(values, entity),
      formData: data,
      materials: subject.materials,
      given,
      commitment: Boolean(values.commitment),
      delivery: values.delivery,
      postAddress: values.postAddress,
    });
    setBusy(true);
    try {
      let saved = draft;
      if (!saved) {
        const created = await createDraft(body);
        saved = { id: created.id, version: created.version };
      } else {
        const { itemCode: _item, bundleCode: _bundle, channel: _channel, ...changes } = body;
        const updated = await saveDraft(saved.id, { ...changes, version: saved.version });
        saved = { id: updated.id, version: updated.version };
      }
      setDraft(saved);
      setDone(await submitApplication(saved.id, saved.version));
    } catch (error) {
      if (isSessionEnded(error)) return;
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') setDraft(null);
      if (isApiError(error) && error.errors.length) {
        const split = splitSubmitErrors(error.errors);
        applicantForm.setFields(Object.entries(split.applicant).map(([name, message]) => ({ name: (name === 'applicantName' && values.kind === 'entity' ? 'uscc' : name) as keyof ApplicantValues, errors: [message] })));
        setErrors({ ...split, other: [error.userMessage, ...split.other] });
      } else {
        setErrors({ ...noErrors, other: [isApiError(error) ? error.userMessage : String(error)] });
      }
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div data-testid="intake-page">
        <PageHeader title={t('work.menu.intake')} />
        <IntakeReceipt application={done} clerk={user?.name ?? ''} onAnother={reset} />
      </div>
    );
  }

  return (
    <div data-testid="intake-page" className="ys-work-intake">
      <PageHeader title={t('work.menu.intake')} description={t('work.intake.description')} />
      <Card title={t('work.intake.steps.service')} className="ys-work-step">
        {subject ? <PickedService subject={subject} onChange={reset} /> : (
          <ServicePicker
            onPicked={(picked) => {
              setSubject(picked);
              setAnswers({});
              setGiven({});
            }}
          />
        )}
      </Card>
      {subject && (
        <>
          <Card title={t('work.intake.steps.applicant')} className="ys-work-step">
            <ApplicantForm
              form={applicantForm}
              commitmentAllowed={subject.commitmentAllowed}
              defaultKind={subject.target === 'person' ? 'person' : 'entity'}
              entity={entity}
              onEntity={(found) => {
                setEntity(found);
                if (found) void prefill(subject, found);
              }}
              onPersonChanged={() => void prefill()}
            />
          </Card>
          <Card title={t('work.intake.steps.form')} className="ys-work-step">
            {subject.kind === 'bundle' && <p className="ys-muted">{t('work.intake.bundleForm')}</p>}
            <ItemForm
              key={`${subject.kind}-${subject.code}-${formKey}`}
              id={FORM_ID}
              schema={subject.schema}
              uiSchema={subject.uiSchema}
              formData={formData}
              onChange={setAnswers}
              onSubmit={(data) => void submit(data)}
              extraErrors={errors.form}
            />
          </Card>
          <Card title={t('work.intake.steps.materials')} className="ys-work-step">
            {subject.kind === 'bundle' && <p className="ys-muted">{t('work.intake.bundleMaterials')}</p>}
            <IntakeMaterials
              materials={subject.materials}
              given={given}
              files={files}
              errors={errors.materials}
              onChange={(next, uploaded) => {
                setGiven(next);
                if (uploaded) setFiles((current) => ({ ...current, [uploaded.id]: uploaded }));
              }}
            />
          </Card>
          <div className="ys-work-submit">
            {errors.other.length > 0 && (
              <Alert
                type="error"
                showIcon
                message={errors.other[0]}
                description={errors.other.length > 1 ? errors.other.slice(1).join('；') : undefined}
                className="ys-break"
                data-testid="intake-error"
              />
            )}
            <Button type="primary" size="large" htmlType="submit" form={FORM_ID} loading={busy} data-testid="intake-submit">
              {t('work.intake.submit')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
