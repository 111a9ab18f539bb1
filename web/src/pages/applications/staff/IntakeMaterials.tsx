// 一窗受理, step 4: each material of the item (a 一件事: its members' materials merged, each once) — held by a
// department (免提交), asked of the registry on submission, or given by the applicant: checked on paper at the
// window (纸质核验) or uploaded.
import { CloseOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALLOWED_EXTENSIONS } from '../../../../../common/api/files.ts';
import { uploadFile, type FileView } from '../../../api/applications.ts';
import { isApiError } from '../../../api/client.ts';
import type { AskedMaterial } from '../applicant/draft.ts';
import { intakeMaterialStatus, type GivenMaterials } from './intake.ts';
import { materialStatusLabel } from './labels.ts';
import { MaterialStatusTag } from './WorkTags.tsx';

export function IntakeMaterials({
  materials,
  given,
  files,
  errors,
  onChange,
}: {
  materials: readonly AskedMaterial[];
  given: GivenMaterials;
  /** Uploaded files by id (names and sizes for the list). */
  files: Record<string, FileView>;
  errors: Record<string, string>;
  onChange: (given: GivenMaterials, uploaded?: FileView) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState<string | null>(null);
  const entry = (key: string) => given[key] ?? { paper: false, fileIds: [] };
  const set = (key: string, next: Partial<{ paper: boolean; fileIds: string[] }>, uploaded?: FileView) => onChange({ ...given, [key]: { ...entry(key), ...next } }, uploaded);

  async function upload(key: string, file: File) {
    setUploading(key);
    try {
      const view = await uploadFile(file);
      set(key, { fileIds: [...entry(key).fileIds, view.id] }, view);
    } catch (error) {
      void message.error(isApiError(error) ? error.userMessage : String(error));
    } finally {
      setUploading(null);
    }
  }

  if (!materials.length) return <p className="ys-muted">{t('work.intake.noMaterials')}</p>;
  return (
    <ol className="ys-work-intake-materials" data-testid="intake-materials">
      {materials.map((m) => {
        const status = intakeMaterialStatus(m, given);
        const g = entry(m.key);
        return (
          <li key={m.key} className={errors[m.key] ? 'has-error' : undefined} data-testid={`intake-material-${m.key}`}>
            <div className="ys-work-intake-material-head">
              <span className="ys-break">
                {m.name}
                {!m.required && <span className="ys-muted"> {m.condition ? t('work.intake.when', { condition: m.condition }) : t('work.material.optional')}</span>}
              </span>
              {status === 'licence' ? <span className="ys-muted">{t('work.intake.fromRegistry')}</span> : <MaterialStatusTag status={status} />}
            </div>
            {status === 'fetched' ? (
              <div className="ys-muted">{t('work.intake.fetchedHint')}</div>
            ) : (
              <div className="ys-work-intake-material-controls">
                {m.source === 'applicant' && (
                  <Checkbox checked={g.paper} disabled={g.fileIds.length > 0} onChange={(e) => set(m.key, { paper: e.target.checked })} data-testid="intake-paper">
                    {materialStatusLabel('paper')}
                  </Checkbox>
                )}
                <Upload
                  multiple
                  showUploadList={false}
                  accept={ALLOWED_EXTENSIONS.join(',')}
                  customRequest={({ file }) => void upload(m.key, file as File)}
                >
                  <Button size="small" icon={<UploadOutlined />} loading={uploading === m.key}>
                    {m.source === 'licence' ? t('work.intake.uploadFallback') : t('work.intake.upload')}
                  </Button>
                </Upload>
                {g.fileIds.map((id) => (
                  <span key={id} className="ys-work-intake-file">
                    <FileOutlined /> <span className="ys-break">{files[id]?.name ?? id}</span>
                    <Button
                      size="small"
                      type="text"
                      icon={<CloseOutlined />}
                      aria-label={t('work.intake.removeFile', { name: files[id]?.name ?? '' })}
                      onClick={() => set(m.key, { fileIds: g.fileIds.filter((f) => f !== id) })}
                    />
                  </span>
                ))}
              </div>
            )}
            {errors[m.key] && (
              <div className="ys-work-error" role="alert">
                {errors[m.key]}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
