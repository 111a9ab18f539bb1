// One material's uploads: pick files (several at once), each sent on its own as the raw body; the
// server's 415/413 refusals (bilingual) are shown under the material. Used by the wizard and 补正.
import { DeleteOutlined, FileOutlined, LoadingOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALLOWED_EXTENSIONS, fileTypeByName, MAX_UPLOAD_BYTES, MIB } from '../../../../../common/api/files.ts';
import { fileContentUrl, uploadFile } from '../../../api/applications.ts';
import { isApiError } from '../../../api/client.ts';
import type { UploadedFile } from './draft.ts';
import { formatSize } from './presentation.ts';

export interface MaterialRow {
  key: string;
  name: string;
  required: boolean;
  condition?: string | null;
  note?: string | null;
}

export function MaterialUpload({
  material,
  files,
  onChange,
  errors,
  disabled,
}: {
  material: MaterialRow;
  files: readonly UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  errors?: readonly string[];
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(0);
  const [problems, setProblems] = useState<string[]>([]);
  // The newest list, so files finishing one after another all land.
  const current = useRef<readonly UploadedFile[]>(files);
  useEffect(() => {
    current.current = files;
  }, [files]);

  async function upload(list: FileList) {
    const picked = [...list];
    const refused: string[] = [];
    setProblems([]);
    setBusy((n) => n + picked.length);
    for (const file of picked) {
      try {
        if (!fileTypeByName(file.name)) {
          refused.push(t('apply.wizard.materials.typeRefused', { name: file.name }));
          continue;
        }
        if (file.size > MAX_UPLOAD_BYTES) {
          refused.push(t('apply.wizard.materials.tooLarge', { name: file.name, size: MAX_UPLOAD_BYTES / MIB }));
          continue;
        }
        const stored = await uploadFile(file);
        current.current = [...current.current, { id: stored.id, name: stored.name, size: stored.size }];
        onChange([...current.current]);
      } catch (failure) {
        const message = isApiError(failure) ? failure.userMessage : failure instanceof Error ? failure.message : String(failure);
        refused.push(t('apply.wizard.materials.uploadFailed', { message: `${file.name}：${message}` }));
      } finally {
        setBusy((n) => n - 1);
      }
    }
    setProblems(refused);
  }

  const shown = [...(errors ?? []), ...problems];
  return (
    <div className={`ys-apply-material${shown.length ? ' has-error' : ''}`} data-testid="material" data-key={material.key}>
      <div className="ys-apply-material-head">
        <div className="ys-apply-material-name">
          <strong>{material.name}</strong>{' '}
          {material.required ? (
            <Tag color="red" bordered={false}>
              {t('apply.wizard.materials.required')}
            </Tag>
          ) : (
            <Tag bordered={false}>{t('apply.wizard.materials.optional')}</Tag>
          )}
          {material.condition && <div className="ys-muted">{t('apply.wizard.materials.conditional', { condition: material.condition })}</div>}
          {material.note && <div className="ys-muted">{material.note}</div>}
        </div>
        <Button
          icon={busy > 0 ? <LoadingOutlined /> : <UploadOutlined />}
          onClick={() => input.current?.click()}
          disabled={disabled}
          data-testid="material-upload"
        >
          {busy > 0 ? t('apply.wizard.materials.uploading') : t('apply.wizard.materials.upload')}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={ALLOWED_EXTENSIONS.join(',')}
          data-testid="material-input"
          onChange={(event) => {
            if (event.target.files?.length) void upload(event.target.files);
            event.target.value = '';
          }}
        />
      </div>
      {files.length > 0 && (
        <ul className="ys-apply-files" data-testid="material-files">
          {files.map((file) => (
            <li key={file.id}>
              <FileOutlined aria-hidden />
              <a href={fileContentUrl(file.id)} target="_blank" rel="noopener noreferrer" className="ys-break">
                {file.name}
              </a>
              <Typography.Text type="secondary">{formatSize(file.size)}</Typography.Text>
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label={`${t('apply.wizard.materials.remove')} ${file.name}`}
                disabled={disabled}
                onClick={() => onChange(files.filter((f) => f.id !== file.id))}
              />
            </li>
          ))}
        </ul>
      )}
      {shown.map((message, index) => (
        <div key={index} className="ys-apply-error" role="alert" data-testid="material-error">
          {message}
        </div>
      ))}
    </div>
  );
}
