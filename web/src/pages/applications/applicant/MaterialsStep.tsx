// 上传材料: what the applicant uploads, and — plainly marked 免提交 — what the platform fetches from
// the departments and the registry. A fetched material the server could not fetch (the registry holds
// no such licence for the applicant) comes back as an error and then asks for an upload like any other.
import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_UPLOAD_BYTES, MIB } from '../../../../../common/api/files.ts';
import { partitionMaterials, type AskedMaterial, type WizardState } from './draft.ts';
import { MaterialUpload } from './MaterialUpload.tsx';

export function MaterialsStep({
  materials,
  uploaded,
  onChange,
  errors,
}: {
  materials: readonly AskedMaterial[];
  uploaded: WizardState['materials'];
  onChange: (key: string, files: WizardState['materials'][string]) => void;
  errors: Record<string, string[]>;
}) {
  const { t } = useTranslation();
  const { asked, fetched } = partitionMaterials(materials);
  // Fetched ones the server asked for after all.
  const reclaimed = fetched.filter((m) => errors[m.key]?.length || (uploaded[m.key]?.length ?? 0) > 0);
  const stillFetched = fetched.filter((m) => !reclaimed.includes(m));
  const toUpload = [...asked, ...reclaimed];

  return (
    <div className="ys-apply-materials" data-testid="apply-materials">
      <Typography.Paragraph type="secondary">{t('apply.wizard.materials.hint', { size: MAX_UPLOAD_BYTES / MIB })}</Typography.Paragraph>
      {toUpload.length === 0 && <Alert type="success" showIcon message={t('apply.wizard.materials.none')} />}
      {toUpload.map((material) => (
        <MaterialUpload
          key={material.key}
          material={material}
          files={uploaded[material.key] ?? []}
          onChange={(files) => onChange(material.key, files)}
          errors={errors[material.key]}
        />
      ))}
      {stillFetched.length > 0 && (
        <section className="ys-apply-fetched" data-testid="apply-fetched">
          <Typography.Title level={3} className="ys-apply-subtitle">
            {t('apply.wizard.materials.fetchedTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('apply.wizard.materials.fetchedHint')}</Typography.Paragraph>
          <ul className="ys-apply-fetched-list">
            {stillFetched.map((material) => (
              <li key={material.key} data-testid="material-fetched">
                <span className="ys-break">{material.name}</span>
                <Tag color="success" icon={<CheckCircleFilled />} bordered={false}>
                  {t('apply.wizard.materials.fetched')}
                </Tag>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
