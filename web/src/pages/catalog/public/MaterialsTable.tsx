// 申请材料 as a table (stacked rows on phones, bordered on paper). Fetched materials say 无需提交
// plainly, so nobody brings what a department already has.
import { CheckCircleFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { MATERIAL_FORM_LABELS, MATERIAL_SOURCE_LABELS } from '../../../../../common/catalog/vocabulary.ts';
import { langOf, vocab } from './format.ts';
import { isFetched, materialCounts, sortMaterials, type GuideMaterial } from './materials.ts';

export function MaterialsSummary({ materials }: { materials: readonly GuideMaterial[] }) {
  const { t, i18n } = useTranslation();
  const counts = materialCounts(materials);
  const parts = [t('catalogPublic.guide.materials.summary', { count: counts.required })];
  if (counts.conditional > 0) parts.push(t('catalogPublic.guide.materials.summaryConditional', { count: counts.conditional }));
  if (counts.fetched > 0) parts.push(t('catalogPublic.guide.materials.summaryFetched', { count: counts.fetched }));
  return (
    <p className="ys-guide-note" data-testid="materials-summary">
      {parts.join(langOf(i18n.language) === 'zh' ? '；' : '; ')}
    </p>
  );
}

/** `usedBy`: member names per material (bundles), shown as an extra column. */
export function MaterialsTable({ materials, usedBy }: { materials: readonly GuideMaterial[]; usedBy?: (material: GuideMaterial) => string[] }) {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const m = (key: string) => t(`catalogPublic.guide.materials.${key}` as 'catalogPublic.guide.materials.name');
  if (materials.length === 0) return <p className="ys-guide-empty">{m('empty')}</p>;
  const rows = sortMaterials(materials);
  return (
    <table className="ys-guide-table ys-materials" data-testid="materials-table">
      <thead>
        <tr>
          <th scope="col" className="ys-col-index">{m('index')}</th>
          <th scope="col">{m('name')}</th>
          <th scope="col">{m('source')}</th>
          <th scope="col">{m('form')}</th>
          <th scope="col" className="ys-col-narrow">{m('copies')}</th>
          <th scope="col">{m('requirement')}</th>
          {usedBy && <th scope="col">{m('usedBy')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((material, index) => {
          const fetched = isFetched(material);
          return (
            <tr key={`${material.key}-${index}`} className={fetched ? 'is-fetched' : undefined} data-testid="material-row" data-fetched={fetched}>
              <td className="ys-col-index">{index + 1}</td>
              <td className="ys-material-name">
                <strong>{material.name}</strong>
                {fetched && (
                  <Tag color="success" icon={<CheckCircleFilled />} className="ys-no-submit" data-testid="no-submit">
                    {m('noSubmit')}
                  </Tag>
                )}
                {material.note && <div className="ys-guide-sub">{material.note}</div>}
              </td>
              <td data-label={m('source')}>
                <span>{vocab(MATERIAL_SOURCE_LABELS, material.source, lang)}</span>
              </td>
              {/* Nothing is handed in for a fetched material: its form and copies are blank (and left out on phones). */}
              <td data-label={m('form')} className={fetched ? 'ys-blank-cell' : undefined}>
                <span>{fetched ? '—' : vocab(MATERIAL_FORM_LABELS, material.form, lang)}</span>
              </td>
              <td data-label={m('copies')} className={`ys-col-narrow${fetched ? ' ys-blank-cell' : ''}`}>
                <span>{fetched ? '—' : material.copies === 0 ? m('copiesZero') : t('catalogPublic.guide.materials.copiesN', { count: material.copies })}</span>
              </td>
              <td data-label={m('requirement')}>
                <span>
                  {material.required ? m('required') : m('conditional')}
                  {!material.required && material.condition && (
                    <span className="ys-guide-sub ys-block">{t('catalogPublic.guide.materials.condition', { condition: material.condition })}</span>
                  )}
                </span>
              </td>
              {usedBy && (
                <td data-label={m('usedBy')}>
                  <span>{usedBy(material).join(lang === 'en' ? ', ' : '、')}</span>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
