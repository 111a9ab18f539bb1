// 补正: the department's one complete list of what is missing, and the applicant's answer — the missing
// materials uploaded again (those the list names first), optionally the form changed, and a note.
import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Input, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actOnApplication, type ApplicationDetail } from '../../../api/applications.ts';
import { isApiError } from '../../../api/client.ts';
import { getItemGuide } from '../../../api/catalog-public.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { ItemForm } from '../../../components/ItemForm.tsx';
import { formatDateTime } from '../../../components/format.ts';
import { materialInputs, type WizardState } from './draft.ts';
import { clearFields, formExtraErrors, splitSubmitErrors, type SubmitErrors, noErrors } from './errors.ts';
import { MaterialUpload } from './MaterialUpload.tsx';
import { correctionMaterials } from './tracking.ts';

export function CorrectionPanel({ app, onDone }: { app: ApplicationDetail; onDone: (next: ApplicationDetail) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const c = (key: string) => t(`apply.detail.correction.${key}` as 'apply.detail.correction.title');
  const [uploads, setUploads] = useState<WizardState['materials']>({});
  const [comment, setComment] = useState('');
  const [editForm, setEditForm] = useState(false);
  const [formData, setFormData] = useState<Record<string, unknown>>(app.formData);
  const [errors, setErrors] = useState<SubmitErrors>(noErrors);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const correction = app.correction;
  const canAnswer = app.actions.some((a) => a.key === 'submitCorrection');
  // The form is the item's current edition (a bundle's members answer their own corrections).
  const guide = useRemote(
    useCallback((signal: AbortSignal) => (editForm && app.itemCode ? getItemGuide(app.itemCode, signal) : Promise.resolve(null)), [editForm, app.itemCode]),
  );
  if (!correction) return null;
  const { named, points, others } = correctionMaterials(correction.missing, app.materials);

  async function send() {
    const materials = materialInputs(uploads);
    if (materials.length === 0 && !comment.trim() && !editForm) {
      setFailure(c('nothing'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const next = await actOnApplication(app.id, {
        action: 'submitCorrection',
        version: app.version,
        ...(materials.length ? { materials } : {}),
        ...(editForm ? { formData } : {}),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      void message.success(c('submitted'));
      onDone(next);
    } catch (error) {
      const split = isApiError(error) ? splitSubmitErrors(error.errors, materials.map((m) => m.key)) : noErrors();
      setErrors(split);
      setFailure([isApiError(error) ? error.userMessage : String(error), ...split.other].join('；'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card
      size="small"
      className="ys-apply-section ys-apply-correction"
      title={
        <span>
          <ExclamationCircleOutlined className="ys-apply-warn" aria-hidden /> {c('title')}
        </span>
      }
      data-testid="application-correction"
    >
      <Typography.Paragraph>{c('intro')}</Typography.Paragraph>
      <div className="ys-muted">{t('apply.detail.correction.requestedAt', { time: formatDateTime(correction.requestedAt) })}</div>
      {correction.comment && <blockquote className="ys-apply-commitment-text ys-break">{correction.comment}</blockquote>}
      <Typography.Title level={3} className="ys-apply-subtitle">
        {c('missing')}
      </Typography.Title>
      <ol className="ys-apply-missing" data-testid="correction-missing">
        {named.map((m) => (
          <li key={m.key}>{m.name}</li>
        ))}
        {points.map((point, index) => (
          <li key={`p-${index}`} className="ys-break">
            {point}
          </li>
        ))}
      </ol>
      {canAnswer && (
        <div className="ys-apply-correction-form">
          <Typography.Title level={3} className="ys-apply-subtitle">
            {c('upload')}
          </Typography.Title>
          {[...named, ...others].map((m) => (
            <MaterialUpload
              key={m.key}
              material={{ key: m.key, name: m.name, required: named.includes(m) }}
              files={uploads[m.key] ?? []}
              errors={errors.materials[m.key]}
              onChange={(files) => {
                setErrors((e) => ({ ...e, materials: clearFields(e.materials, [m.key]) }));
                setUploads((u) => ({ ...u, [m.key]: files }));
              }}
            />
          ))}
          {app.itemCode && (
            <Checkbox checked={editForm} onChange={(event) => setEditForm(event.target.checked)} data-testid="correction-edit-form">
              {c('editForm')}
            </Checkbox>
          )}
          {editForm && guide.data && (
            <div className="ys-apply-form-body">
              <ItemForm
                schema={guide.data.form.schema}
                uiSchema={guide.data.form.uiSchema}
                formData={formData}
                extraErrors={formExtraErrors(errors.form)}
                onChange={setFormData}
              />
            </div>
          )}
          <label className="ys-apply-field">
            <span>{c('comment')}</span>
            <Input.TextArea value={comment} onChange={(event) => setComment(event.target.value)} placeholder={c('commentPlaceholder')} autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} data-testid="correction-comment" />
          </label>
          {failure && <Alert type="error" showIcon message={failure} className="ys-apply-alert" data-testid="correction-failure" />}
          <Button type="primary" onClick={() => void send()} loading={busy} data-testid="correction-submit">
            {c('submit')}
          </Button>
        </div>
      )}
    </Card>
  );
}
