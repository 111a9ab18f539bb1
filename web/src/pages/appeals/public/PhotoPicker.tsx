// Up to nine photos for a ticket: picked from the gallery or taken with the camera (the phone offers both for
// an image input), each uploaded at once as the raw body and shown as a square thumbnail from the local copy.
// The server's refusals (type by content, size) are shown under the grid in the user's language.
import { CloseOutlined, LoadingOutlined, PlusOutlined } from '@ant-design/icons';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileTypeByName, MAX_UPLOAD_BYTES, MIB } from '../../../../../common/api/files.ts';
import { uploadPhoto } from '../../../api/appeals-public.ts';
import { isApiError } from '../../../api/client.ts';
import { MAX_PHOTOS, PHOTO_ACCEPT, type Photo } from './form.ts';

export interface PickedPhoto extends Photo {
  /** A blob: URL of the local file, for the thumbnail. */
  preview: string;
}

const isImage = (name: string) => ['image/jpeg', 'image/png'].includes(fileTypeByName(name)?.mime ?? '');

export function PhotoPicker({ photos, onChange, disabled }: { photos: readonly PickedPhoto[]; onChange: (photos: PickedPhoto[]) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(0);
  const [problems, setProblems] = useState<string[]>([]);
  // The newest list, so uploads finishing one after another all land.
  const current = useRef<readonly PickedPhoto[]>(photos);
  useEffect(() => {
    current.current = photos;
  }, [photos]);
  // The thumbnails' object URLs go with the page.
  useEffect(() => () => current.current.forEach((p) => URL.revokeObjectURL(p.preview)), []);

  async function add(list: FileList) {
    const refused: string[] = [];
    const room = MAX_PHOTOS - current.current.length - busy;
    const picked = [...list];
    if (picked.length > room) refused.push(t('appealsPublic.form.photosFull', { max: MAX_PHOTOS }));
    const taken = picked.slice(0, Math.max(0, room));
    setProblems([]);
    setBusy((n) => n + taken.length);
    for (const file of taken) {
      try {
        if (!isImage(file.name)) {
          refused.push(t('appealsPublic.form.photoTypeRefused', { name: file.name }));
          continue;
        }
        if (file.size > MAX_UPLOAD_BYTES) {
          refused.push(t('appealsPublic.form.photoTooLarge', { name: file.name, size: MAX_UPLOAD_BYTES / MIB }));
          continue;
        }
        const stored = await uploadPhoto(file);
        current.current = [...current.current, { id: stored.id, name: stored.name, preview: URL.createObjectURL(file) }];
        onChange([...current.current]);
      } catch (failure) {
        const message = isApiError(failure) ? failure.userMessage : failure instanceof Error ? failure.message : String(failure);
        refused.push(t('appealsPublic.form.photoFailed', { name: file.name, message }));
      } finally {
        setBusy((n) => n - 1);
      }
    }
    setProblems(refused);
  }

  function remove(photo: PickedPhoto) {
    URL.revokeObjectURL(photo.preview);
    onChange(current.current.filter((p) => p.id !== photo.id));
  }

  const full = photos.length + busy >= MAX_PHOTOS;
  return (
    <div data-testid="appeal-photos">
      <ul className="ys-appeal-photo-grid">
        {photos.map((photo) => (
          <li key={photo.id} className="ys-appeal-photo" data-testid="appeal-photo">
            <img src={photo.preview} alt={photo.name} />
            <button
              type="button"
              className="ys-appeal-photo-remove"
              onClick={() => remove(photo)}
              disabled={disabled}
              aria-label={`${t('appealsPublic.form.photoRemove')} ${photo.name}`}
            >
              <CloseOutlined aria-hidden />
            </button>
          </li>
        ))}
        {Array.from({ length: busy }, (_, i) => (
          <li key={`busy-${i}`} className="ys-appeal-photo is-busy" aria-live="polite">
            <LoadingOutlined aria-hidden />
            <span>{t('appealsPublic.form.photoUploading')}</span>
          </li>
        ))}
        {!full && (
          <li className="ys-appeal-photo is-add">
            <button type="button" onClick={() => input.current?.click()} disabled={disabled} data-testid="appeal-photo-add">
              <PlusOutlined aria-hidden />
              <span>{t('appealsPublic.form.photoAdd')}</span>
            </button>
          </li>
        )}
      </ul>
      <input
        ref={input}
        type="file"
        multiple
        // Not `hidden`: antd's form styles show file inputs as blocks.
        style={{ display: 'none' }}
        accept={PHOTO_ACCEPT}
        data-testid="appeal-photo-input"
        onChange={(event) => {
          if (event.target.files?.length) void add(event.target.files);
          event.target.value = '';
        }}
      />
      {problems.map((message, index) => (
        <div key={index} className="ys-appeal-error" role="alert" data-testid="appeal-photo-error">
          {message}
        </div>
      ))}
    </div>
  );
}
