// 申诉: the rated department says why it thinks a rating malicious or unrelated (at least 10 characters)
// and attaches evidence (uploaded first, purpose evaluation.evidence); the office decides.
import { DeleteOutlined, FileOutlined, LoadingOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ALLOWED_EXTENSIONS,
  fileTypeByName,
  MAX_UPLOAD_BYTES,
  MIB,
} from '../../../../../common/api/files.ts';
import { fileContentUrl } from '../../../api/applications.ts';
import { isApiError, isSessionEnded } from '../../../api/client.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { fileAppeal, uploadEvidence, type RatingView } from '../../../api/evaluations.ts';
import { applyProblem } from '../../../components/problemForm.ts';
import {
  APPEAL_EVIDENCE_MAX,
  APPEAL_REASON_MAX,
  APPEAL_REASON_MIN,
  appealBodyOf,
  charCount,
} from './appeal.ts';
import { levelLabel, subjectTitleOf } from './labels.ts';

interface Evidence {
  id: string;
  name: string;
}

export function AppealDialog({
  rating,
  onClose,
  onDone,
}: {
  rating: RatingView;
  onClose: () => void;
  onDone: (rating: RatingView) => void;
}) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const input = useRef<HTMLInputElement>(null);
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const [uploading, setUploading] = useState(0);
  const [uploadProblems, setUploadProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function upload(list: FileList) {
    const picked = [...list].slice(0, Math.max(0, APPEAL_EVIDENCE_MAX - evidence.length));
    const refused: string[] =
      list.length > picked.length ? [t('evalWork.appeal.problems.tooMuchEvidence')] : [];
    setUploadProblems([]);
    setUploading((n) => n + picked.length);
    for (const file of picked) {
      try {
        if (!fileTypeByName(file.name)) {
          refused.push(
            t('evalWork.appeal.typeRefused', { name: file.name, types: ALLOWED_EXTENSIONS.join(' ') }),
          );
          continue;
        }
        if (file.size > MAX_UPLOAD_BYTES) {
          refused.push(t('evalWork.appeal.tooLarge', { name: file.name, size: MAX_UPLOAD_BYTES / MIB }));
          continue;
        }
        const stored = await uploadEvidence(file);
        setEvidence((list) => [...list, { id: stored.id, name: stored.name }]);
      } catch (error) {
        if (isSessionEnded(error)) return;
        refused.push(
          `${file.name}：${isApiError(error) ? error.userMessage : error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        setUploading((n) => n - 1);
      }
    }
    setUploadProblems(refused);
  }

  async function submit() {
    let values: { reason: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const built = appealBodyOf({
      reason: values.reason,
      evidence: evidence.map((e) => e.id),
      uploading: uploading > 0,
    });
    if ('problem' in built) {
      setFailure(t(`evalWork.appeal.problems.${built.problem}`));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const next = await fileAppeal(rating.id, built.body);
      void message.success(t('evalWork.appeal.filed'));
      onDone(next);
    } catch (error) {
      if (isSessionEnded(error)) return;
      setFailure(applyProblem(form, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('evalWork.appeal.title')}
      onCancel={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={busy}
            disabled={uploading > 0}
            onClick={() => void submit()}
            data-testid="appeal-submit"
          >
            {t('evalWork.appeal.submit')}
          </Button>
        </>
      }
      destroyOnHidden
      width={560}
      data-testid="appeal-dialog"
    >
      <p className="ys-muted ys-break">
        {t('evalWork.action.about', { subject: subjectTitleOf(rating, label), level: levelLabel(rating.level) })}
      </p>
      <Alert type="info" showIcon message={t('evalWork.appeal.notice')} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" requiredMark="optional">
        <Form.Item
          name="reason"
          label={t('evalWork.appeal.reason')}
          extra={t('evalWork.appeal.reasonHint')}
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                if (charCount(value?.trim() ?? '') < APPEAL_REASON_MIN)
                  throw new Error(t('evalWork.appeal.problems.reasonTooShort'));
              },
            },
          ]}
        >
          <Input.TextArea rows={5} maxLength={APPEAL_REASON_MAX} showCount data-testid="appeal-reason" />
        </Form.Item>
        <Form.Item label={t('evalWork.appeal.evidence')} extra={t('evalWork.appeal.evidenceHint')}>
          <Button
            icon={uploading > 0 ? <LoadingOutlined /> : <UploadOutlined />}
            onClick={() => input.current?.click()}
            disabled={evidence.length >= APPEAL_EVIDENCE_MAX}
            data-testid="appeal-upload"
          >
            {uploading > 0 ? t('evalWork.appeal.uploading') : t('evalWork.appeal.upload')}
          </Button>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            accept={ALLOWED_EXTENSIONS.join(',')}
            data-testid="appeal-input"
            onChange={(event) => {
              if (event.target.files?.length) void upload(event.target.files);
              event.target.value = '';
            }}
          />
          {evidence.length > 0 && (
            <ul className="ys-eval-files" data-testid="appeal-files">
              {evidence.map((file) => (
                <li key={file.id}>
                  <FileOutlined aria-hidden />
                  <a
                    href={fileContentUrl(file.id)}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="ys-break"
                  >
                    {file.name}
                  </a>
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`${t('evalWork.appeal.remove')} ${file.name}`}
                    onClick={() => setEvidence((list) => list.filter((f) => f.id !== file.id))}
                  />
                </li>
              ))}
            </ul>
          )}
          {uploadProblems.map((problem, i) => (
            <div key={i} className="ys-eval-error" role="alert">
              {problem}
            </div>
          ))}
        </Form.Item>
      </Form>
      {failure && (
        <Alert
          type="error"
          showIcon
          message={<span className="ys-break">{failure}</span>}
          data-testid="appeal-error"
        />
      )}
    </Modal>
  );
}
