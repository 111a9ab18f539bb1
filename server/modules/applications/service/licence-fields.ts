// The result licence's fields (办理结果): taken from the approver's entries first, then the application's
// form (same key), then the applicant's registry record; a field nobody supplied stops the grant with
// a clear list, so no licence is issued with made-up content.
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import type { ApplicationRow } from '../repository.ts';
import { AppError } from '../../../platform/errors/index.ts';
import type { RegistryEntity } from './shared.ts';

type Value = string | number | null;

export function licenceFieldsFor(
  type: { name: string; fields: { key: string; label: string; type: string }[] },
  row: Pick<ApplicationRow, 'formData' | 'applicantName' | 'applicantUscc'>,
  entity: RegistryEntity | null,
  given: Record<string, Value>,
  now: Date,
): Record<string, Value> {
  const fromRecord: Record<string, Value> = {
    name: entity?.name ?? row.applicantName,
    uscc: row.applicantUscc,
    address: entity?.address ?? null,
    legalRepresentative: entity?.legalRepresentative ?? null,
    establishedOn: null,
  };
  const out: Record<string, Value> = {};
  const missing: { key: string; label: string }[] = [];
  for (const f of type.fields) {
    const candidates = [given[f.key], row.formData[f.key], fromRecord[f.key]];
    let value = candidates.find((v) => v !== undefined && v !== null && v !== '') as Value | undefined;
    if (value !== undefined && f.type === 'number' && typeof value !== 'number') value = Number.isFinite(Number(value)) ? Number(value) : undefined;
    if (value !== undefined && f.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(String(value))) value = undefined;
    if (value === undefined && f.type === 'date' && /On$|Date$/.test(f.key)) value = shanghaiDate(now);
    if (value === undefined) missing.push({ key: f.key, label: f.label });
    else out[f.key] = typeof value === 'number' ? value : String(value).slice(0, 500);
  }
  if (missing.length) {
    throw new AppError(
      'UNPROCESSABLE',
      { zh: `签发“${type.name}”还缺少这些内容：${missing.map((m) => m.label).join('、')}（请在准予时填写）`, en: `Issuing "${type.name}" needs these fields: ${missing.map((m) => m.key).join(', ')} (fill them in when granting)` },
      missing.map((m) => ({ path: `body.licenceFields.${m.key}`, message: { zh: `请填写${m.label}`, en: `${m.key} is needed for the licence` } })),
    );
  }
  return out;
}
