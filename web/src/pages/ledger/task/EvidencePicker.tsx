// Up to nine attachments (evidence) for a progress report or a closure request: picked from the phone's files or
// camera, each uploaded at once (purpose ledger.evidence); the server's refusals (type by content, size) show under
// the list in the user's language.
import { DeleteOutlined, LoadingOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALLOWED_EXTENSIONS, fileTypeByName, MAX_UPLOAD_BYTES, MIB } from '../../../../../common/api/files.ts';
import { isApiError } from '../../../api/client.ts';
import { uploadLedgerFile } from '../../../api/ledger.ts';

export interface Attachment {
  id: string;
  name: string;
}

export const MAX_ATTACHMENTS = 9;

export function EvidencePicker({ value = [], onChange, disabled, testId = 'evidence' }: { value?: Attachment[]; onChange?: (next: Attachment[]) => void; disabled?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  // The newest list, so uploads finishing one after another all land.
  const current = useRef<Attachment[]>(value);
  useEffect(() => {
    current.current = value;
  }, [value]);

  async function add(list: FileList) {
    const refused: string[] = [];
    const picked = [...list];
    const room = MAX_ATTACHMENTS - current.current.length - busy.length;
    if (picked.length > room) refused.push(t('ledger.evidence.full', { max: MAX_ATTACHMENTS }));
    const taken = picked.slice(0, Math.max(0, room));
    setProblems([]);
    setBusy((b) => [...b, ...taken.map((f) => f.name)]);
    for (const file of taken) {
      try {
        if (!fileTypeByName(file.name)) {
          refused.push(t('ledger.evidence.typeRefused', { name: file.name, types: ALLOWED_EXTENSIONS.join(' ') }));
          continue;
        }
        if (file.size > MAX_UPLOAD_BYTES) {
          refused.push(t('ledger.evidence.tooLarge', { name: file.name, size: MAX_UPLOAD_BYTES / MIB }));
          continue;
        }
        const stored = await uploadLedgerFile(file, 'ledger.evidence');
        current.current = [...current.current, { id: stored.id, name: stored.name }];
        onChange?.([...current.current]);
      } catch (failure) {
        const message = isApiError(failure) ? failure.userMessage : failure instanceof Error ? failure.message : String(failure);
        refused.push(t('ledger.evidence.failed', { name: file.name, message }));
      } finally {
        setBusy((b) => {
          const i = b.indexOf(file.name);
          return i < 0 ? b : [...b.slice(0, i), ...b.slice(i + 1)];
        });
      }
    }
    setProblems(refused);
  }

  const full = value.length + busy.length >= MAX_ATTACHMENTS;
  return (
    <div data-testid={testId}>
      {(value.length > 0 || busy.length > 0) && (
        <ul className="ys-ledger-files">
          {value.map((file) => (
            <li key={file.id} data-testid={`${testId}-file`}>
              <PaperClipOutlined aria-hidden /> <span className="ys-break">{file.name}</span>
              <Button type="text" size="small" icon={<DeleteOutlined />} disabled={disabled} onClick={() => onChange?.(current.current.filter((f) => f.id !== file.id))} aria-label={t('ledger.evidence.remove', { name: file.name })} />
            </li>
          ))}
          {busy.map((name, i) => (
            <li key={`busy-${i}`} className="ys-muted" aria-live="polite">
              <LoadingOutlined aria-hidden /> <span className="ys-break">{t('ledger.evidence.uploading', { name })}</span>
            </li>
          ))}
        </ul>
      )}
      <Button icon={<UploadOutlined />} disabled={disabled || full} onClick={() => input.current?.click()} data-testid={`${testId}-add`}>
        {t('ledger.evidence.add')}
      </Button>
      <div className="ys-muted ys-ledger-small" style={{ marginTop: 4 }}>
        {t('ledger.evidence.hint', { max: MAX_ATTACHMENTS, size: MAX_UPLOAD_BYTES / MIB })}
      </div>
      <input
        ref={input}
        type="file"
        multiple
        style={{ display: 'none' }}
        accept={ALLOWED_EXTENSIONS.join(',')}
        data-testid={`${testId}-input`}
        onChange={(event) => {
          if (event.target.files?.length) void add(event.target.files);
          event.target.value = '';
        }}
      />
      {problems.map((message, index) => (
        <div key={index} className="ys-ledger-error" role="alert" data-testid={`${testId}-error`}>
          {message}
        </div>
      ))}
    </div>
  );
}
