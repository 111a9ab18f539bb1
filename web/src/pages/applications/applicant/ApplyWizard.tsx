// The application wizard: 选择申请主体 → 填写表单 → 上传材料 → 确认提交 (antd Steps across the top on a
// desktop; on a phone a vertical flow with the current step's content inside it). The draft is
// created on leaving the first step, then saved a moment after each change and on 保存草稿; the
// server's refusals on submit are put next to the field or material they name.
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Steps, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { getPrefill, submitApplication, type ApplicationDetail } from '../../../api/applications.ts';
import { isApiError } from '../../../api/client.ts';
import { listMyEntities } from '../../../api/registry.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { useSession } from '../../../app/session.tsx';
import { ItemForm } from '../../../components/ItemForm.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { useNarrow } from '../../registry/useNarrow.ts';
import { ConfirmStep, confirmProblems } from './ConfirmStep.tsx';
import { applyPrefill, emptyWizard, mergedPrefill, missingMaterials, wizardFromDraft, type WizardState } from './draft.ts';
import { changedFields, clearFields, formExtraErrors, noErrors, splitSubmitErrors, type SubmitErrors } from './errors.ts';
import { MaterialsStep } from './MaterialsStep.tsx';
import { channelFor } from './presentation.ts';
import { SubjectStep } from './SubjectStep.tsx';
import { hasForm, type ApplySubject } from './subject.ts';
import { SubmittedResult } from './SubmittedResult.tsx';
import { useDraft } from './useDraft.ts';

const FORM_ID = 'apply-form';
type Step = 0 | 1 | 2 | 3;

export function ApplyWizard({ subject, guidePath, resumed, draftMissing }: { subject: ApplySubject; guidePath: string; resumed: ApplicationDetail | null; draftMissing: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const narrow = useNarrow();
  const { user } = useSession();
  const [, setParams] = useSearchParams();
  const entities = useRemote(useCallback((signal: AbortSignal) => listMyEntities(signal), []));
  const [state, setState] = useState<WizardState>(() => (resumed ? wizardFromDraft(resumed) : emptyWizard()));
  const stateRef = useRef(state);
  const [step, setStep] = useState<Step>(resumed ? 1 : 0);
  const [reached, setReached] = useState<Step>(resumed ? 3 : 0);
  const [errors, setErrors] = useState<SubmitErrors>(noErrors);
  const [busy, setBusy] = useState<'next' | 'submit' | 'save' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // The "N required materials missing" banner as last shown: a file added or removed updates it (and clears it when
  // nothing is missing any more); any other failure shown meanwhile is left alone.
  const missingBanner = useRef<string | null>(null);
  const [triedConfirm, setTriedConfirm] = useState(false);
  const [submitted, setSubmitted] = useState<ApplicationDetail | null>(null);
  const prefilled = useRef<Record<string, unknown>>({});
  const [prefilledAny, setPrefilledAny] = useState(false);
  const onCreated = useCallback((id: string) => setParams({ draft: id }, { replace: true }), [setParams]);
  const draft = useDraft({ subject, channel: channelFor(narrow, subject.mobile), resumed, onCreated });

  const told = useRef(false);
  useEffect(() => {
    if (!resumed || told.current) return;
    told.current = true;
    void message.info(t('apply.wizard.resumed'));
  }, [resumed, message, t]);

  const update = useCallback(
    (patch: Partial<WizardState>) => {
      const next = { ...stateRef.current, ...patch };
      stateRef.current = next;
      setState(next);
      draft.schedule(next);
    },
    [draft],
  );

  const goTo = (next: Step) => {
    setStep(next);
    setReached((r) => (next > r ? next : r));
    setFailure(null);
    window.scrollTo({ top: 0 });
  };

  const problemText = (error: unknown) => (isApiError(error) ? error.userMessage : error instanceof Error ? error.message : String(error));

  /** Values the registry knows for the chosen subject, replacing earlier pre-filled answers the applicant left alone. */
  async function prefill(uscc: string | null) {
    const replies = await Promise.all(
      subject.prefillItems.map(({ itemCode, itemId }) =>
        getPrefill(itemId, uscc ?? undefined).then(
          (reply) => [itemCode, reply.values] as const,
          () => [itemCode, {}] as const,
        ),
      ),
    );
    const byItem = Object.fromEntries(replies);
    const values = subject.kind === 'bundle' ? mergedPrefill(subject.fields, byItem) : (byItem[subject.code] ?? {});
    const base = { ...stateRef.current.formData };
    for (const [key, value] of Object.entries(prefilled.current)) if (base[key] === value) delete base[key];
    const formData = applyPrefill(base, values, subject.schema);
    prefilled.current = Object.fromEntries(Object.keys(values).filter((k) => formData[k] !== undefined && base[k] === undefined).map((k) => [k, formData[k]]));
    setPrefilledAny(Object.keys(prefilled.current).length > 0);
    update({ formData });
  }

  async function leaveSubject() {
    setBusy('next');
    setFailure(null);
    try {
      await draft.ensure(stateRef.current);
      await prefill(stateRef.current.uscc);
      goTo(1);
    } catch (error) {
      setFailure(problemText(error));
    } finally {
      setBusy(null);
    }
  }

  function leaveMaterials() {
    const missing = missingMaterials(subject.materials, stateRef.current.materials);
    if (missing.length > 0) {
      setErrors((e) => ({ ...e, materials: { ...e.materials, ...Object.fromEntries(missing.map((m) => [m.key, [t('apply.wizard.materials.missing', { name: m.name })]])) } }));
      missingBanner.current = t('apply.wizard.materials.missingSome', { count: missing.length });
      setFailure(missingBanner.current);
      return;
    }
    goTo(3);
  }

  async function saveNow() {
    setBusy('save');
    try {
      await draft.saveNow(stateRef.current);
      void message.success(t('common.saved'));
    } catch (error) {
      setFailure(t('apply.wizard.saveFailed', { message: problemText(error) }));
    } finally {
      setBusy(null);
    }
  }

  async function submit() {
    setTriedConfirm(true);
    if (Object.keys(confirmProblems(stateRef.current)).length > 0) return;
    setBusy('submit');
    setFailure(null);
    try {
      const version = await draft.saveNow(stateRef.current);
      const done = await submitApplication(draft.id ?? (await draft.ensure(stateRef.current)).id, version);
      setSubmitted(done);
      window.scrollTo({ top: 0 });
    } catch (error) {
      const split = isApiError(error) ? splitSubmitErrors(error.errors, Object.keys(stateRef.current.materials)) : noErrors();
      setErrors(split);
      const title = isApiError(error) && error.status === 409 && error.code === 'VERSION_CONFLICT' ? t('apply.wizard.conflict') : problemText(error);
      setFailure([title, ...split.other].join('；'));
      if (Object.keys(split.form).length > 0) setStep(1);
      else if (Object.keys(split.materials).length > 0) setStep(2);
    } finally {
      setBusy(null);
    }
  }

  async function discard() {
    try {
      await draft.discard();
      void message.success(t('apply.wizard.discarded'));
      void navigate(guidePath);
    } catch (error) {
      setFailure(problemText(error));
    }
  }

  if (submitted) return <SubmittedResult application={submitted} />;

  const entityName = state.uscc ? (entities.data?.items.find((i) => i.entity.uscc === state.uscc)?.entity.name ?? state.uscc) : (user?.name ?? '');
  const titles = (['subject', 'form', 'materials', 'confirm'] as const).map((key) => t(`apply.wizard.steps.${key}`));
  const back = step > 0 && (
    <Button onClick={() => goTo((step - 1) as Step)} data-testid="apply-previous">
      {t('apply.wizard.previous')}
    </Button>
  );

  const contents: ReactNode[] = [
    <SubjectStep key="subject" userName={user?.name ?? ''} target={subject.target} entities={entities.data?.items} value={state.uscc} onChange={(uscc) => update({ uscc })} />,
    <div key="form" className="ys-apply-form-body">
      {prefilledAny && <Alert type="info" showIcon message={t('apply.wizard.form.prefilled')} className="ys-apply-alert" />}
      {Object.keys(errors.form).length > 0 && <Alert type="error" showIcon message={t('apply.wizard.form.errors')} className="ys-apply-alert" />}
      {hasForm(subject) ? (
        <ItemForm
          id={FORM_ID}
          schema={subject.schema}
          uiSchema={subject.uiSchema}
          formData={state.formData}
          extraErrors={formExtraErrors(errors.form)}
          onChange={(formData) => {
            const changed = changedFields(stateRef.current.formData, formData);
            if (changed.length === 0) return;
            setErrors((e) => ({ ...e, form: clearFields(e.form, changed) }));
            update({ formData });
          }}
          onSubmit={() => goTo(2)}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('apply.wizard.form.empty')}</Typography.Paragraph>
      )}
    </div>,
    <MaterialsStep
      key="materials"
      materials={subject.materials}
      uploaded={state.materials}
      errors={errors.materials}
      onChange={(key, files) => {
        setErrors((e) => ({ ...e, materials: clearFields(e.materials, [key]) }));
        const materials = { ...stateRef.current.materials, [key]: files };
        update({ materials });
        const shown = missingBanner.current;
        if (shown !== null) {
          const left = missingMaterials(subject.materials, materials).length;
          missingBanner.current = left > 0 ? t('apply.wizard.materials.missingSome', { count: left }) : null;
          setFailure((f) => (f === shown ? missingBanner.current : f));
        }
      }}
    />,
    <ConfirmStep
      key="confirm"
      subjectName={subject.name}
      applicantName={entityName}
      schema={subject.schema}
      materials={subject.materials}
      state={state}
      commitmentAllowed={subject.commitmentAllowed}
      onChange={update}
      showProblems={triedConfirm}
    />,
  ];

  const next =
    step === 0 ? (
      <Button type="primary" onClick={() => void leaveSubject()} loading={busy === 'next'} disabled={!entities.data && !entities.error} data-testid="apply-next">
        {t('apply.wizard.next')}
      </Button>
    ) : step === 1 ? (
      hasForm(subject) ? (
        <Button type="primary" htmlType="submit" form={FORM_ID} data-testid="apply-next">
          {t('apply.wizard.next')}
        </Button>
      ) : (
        <Button type="primary" onClick={() => goTo(2)} data-testid="apply-next">
          {t('apply.wizard.next')}
        </Button>
      )
    ) : step === 2 ? (
      <Button type="primary" onClick={leaveMaterials} data-testid="apply-next">
        {t('apply.wizard.next')}
      </Button>
    ) : (
      <Button type="primary" onClick={() => void submit()} loading={busy === 'submit'} disabled={draft.status === 'conflict'} data-testid="apply-submit">
        {busy === 'submit' ? t('apply.wizard.confirm.submitting') : t('apply.wizard.confirm.submit')}
      </Button>
    );

  const body = (
    <>
      {failure && <Alert type="error" showIcon message={failure} className="ys-apply-alert" data-testid="apply-failure" />}
      {contents[step]}
      <div className="ys-apply-nav">
        {back}
        {next}
      </div>
    </>
  );

  return (
    <div className="ys-apply" data-testid="apply-page" data-kind={subject.kind}>
      <header className="ys-apply-head">
        <Link to={guidePath} className="ys-back-link">
          ← {t('apply.wizard.backToGuide')}
        </Link>
        <Typography.Title level={1} className="ys-apply-title" data-testid="apply-title">
          {subject.kind === 'bundle' && <Tag color="geekblue">{t('apply.wizard.bundleTag')}</Tag>}
          {subject.name}
        </Typography.Title>
        <div className="ys-apply-toolbar">
          <SaveLine status={draft.status} savedAt={draft.savedAt} error={draft.error} onReload={() => window.location.reload()} />
          {draft.id && (
            <Space wrap size="small">
              <Button size="small" icon={<SaveOutlined />} onClick={() => void saveNow()} loading={busy === 'save'} disabled={draft.status === 'conflict'} data-testid="apply-save">
                {t('apply.wizard.saveDraft')}
              </Button>
              <Popconfirm title={t('apply.wizard.discardConfirm')} onConfirm={() => void discard()}>
                <Button size="small" danger icon={<DeleteOutlined />} data-testid="apply-discard">
                  {t('apply.wizard.discardDraft')}
                </Button>
              </Popconfirm>
            </Space>
          )}
        </div>
      </header>
      {draftMissing && <Alert type="warning" showIcon message={t('apply.wizard.draftNotFound')} className="ys-apply-alert" />}
      {narrow ? (
        // The phone's vertical flow: the steps done and the current one, its content, then the steps to come.
        <div className="ys-apply-flow" data-testid="apply-steps">
          <Steps direction="vertical" size="small" current={step} items={titles.slice(0, step + 1).map((title) => ({ title }))} />
          <div className="ys-apply-flow-body">{body}</div>
          {step < titles.length - 1 && (
            <Steps direction="vertical" size="small" current={-1} initial={step + 1} items={titles.slice(step + 1).map((title) => ({ title }))} />
          )}
        </div>
      ) : (
        <>
          <Steps
            current={step}
            className="ys-apply-steps"
            onChange={(index) => index <= reached && index !== step && goTo(index as Step)}
            items={titles.map((title, index) => ({ title, disabled: index > reached }))}
            data-testid="apply-steps"
          />
          <Card className="ys-apply-card">{body}</Card>
        </>
      )}
    </div>
  );
}

function SaveLine({ status, savedAt, error, onReload }: { status: string; savedAt: Date | null; error: Error | null; onReload: () => void }) {
  const { t } = useTranslation();
  if (status === 'conflict') {
    return (
      <Alert
        type="warning"
        showIcon
        message={t('apply.wizard.conflict')}
        action={
          <Button size="small" onClick={onReload}>
            {t('apply.wizard.reload')}
          </Button>
        }
        data-testid="apply-conflict"
      />
    );
  }
  const text =
    status === 'saving'
      ? t('apply.wizard.saving')
      : status === 'dirty'
        ? t('apply.wizard.unsaved')
        : status === 'error'
          ? t('apply.wizard.saveFailed', { message: error?.message ?? '' })
          : savedAt
            ? t('apply.wizard.savedAt', { time: formatDateTime(savedAt.toISOString()).slice(11) || formatDateTime(savedAt.toISOString()) })
            : '';
  return (
    <span className={`ys-apply-save-line${status === 'error' ? ' is-error' : ''}`} data-testid="apply-save-status" data-status={status} aria-live="polite">
      {text}
    </span>
  );
}
