// 一件事指南: one notice, one form, one set of materials (国发〔2024〕3号). Generated from the bundle's
// published edition: its members with their departments and limits, the merged materials (asked
// once, fetched ones marked), the merged form, the overall promise. Printable.
import { Tag } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EVENT_LABELS, THEME_LABELS } from '../../../../../common/catalog/vocabulary.ts';
import { getBundleGuide, type Bundle } from '../../../api/catalog-public.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { ItemForm } from '../../../components/ItemForm.tsx';
import { formatDays, langOf, vocab, type Lang } from './format.ts';
import { BackLink, GuideActionsBar, GuideContents, GuideHead, GuideState, PrintFooter, Row } from './GuideFrame.tsx';
import { materialCounts, mergedFormSchema, usedByNames } from './materials.ts';
import { MaterialsSummary, MaterialsTable } from './MaterialsTable.tsx';
import { ApplyButton, GuideSection, PrintButton } from './parts.tsx';
import { itemGuidePath } from './paths.ts';

export function BundleGuidePage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const guide = useRemote(useCallback((signal: AbortSignal) => getBundleGuide(code, signal), [code]));
  const bundle = guide.data?.code === code ? guide.data : undefined;
  if (!bundle) return <GuideState error={guide.loading ? undefined : guide.error} onRetry={guide.reload} notFound={t('catalogPublic.guide.bundleNotFound')} />;
  return <BundleGuide bundle={bundle} lang={langOf(i18n.language)} />;
}

function BundleGuide({ bundle, lang }: { bundle: Bundle; lang: Lang }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const lead = bundle.leadDepartmentName ? label(bundle.leadDepartmentName, bundle.leadDepartmentId) : '—';
  const g = (key: string) => t(`catalogPublic.guide.fields.${key}` as 'catalogPublic.guide.fields.type');
  const form = useMemo(() => mergedFormSchema(bundle.fields), [bundle.fields]);
  const departments = [...new Set(bundle.memberItems.map((member) => member.departmentName).filter((name): name is string => Boolean(name)))];
  const counts = materialCounts(bundle.materials);
  const sections = [
    { id: 'guide-description', title: t('catalogPublic.guide.sections.description') },
    { id: 'guide-members', title: t('catalogPublic.guide.sections.members') },
    { id: 'guide-materials', title: t('catalogPublic.guide.sections.mergedMaterials') },
    { id: 'guide-where', title: t('catalogPublic.guide.sections.where') },
    ...(bundle.fields.length > 0 ? [{ id: 'guide-form', title: t('catalogPublic.guide.sections.mergedForm') }] : []),
  ];

  return (
    <article className="ys-guide ys-print-root" data-testid="bundle-guide">
      <BackLink />
      <GuideHead
        title={bundle.name}
        tags={
          <span className="ys-tags">
            <Tag color="geekblue" bordered={false}>
              {bundle.kind === 'life' ? g('kindLife') : g('kindBusiness')} · {vocab(EVENT_LABELS, bundle.event, lang)}
            </Tag>
            {bundle.fullyOnline && (
              <Tag color="green" bordered={false}>
                {t('catalogPublic.badges.fullyOnline')}
              </Tag>
            )}
            {bundle.themes.map((theme) => (
              <Tag key={theme} bordered={false}>
                {vocab(THEME_LABELS, theme, lang)}
              </Tag>
            ))}
          </span>
        }
        meta={
          <>
            {g('lead')}：{lead} · <span className="ys-code">{bundle.code}</span> · {t('catalogPublic.guide.edition', { edition: bundle.edition })}
          </>
        }
        actions={
          <>
            <ApplyButton code={bundle.code} kind="bundle" />
            <PrintButton />
          </>
        }
        facts={[
          { key: 'promised', label: g('promisedLimit'), value: formatDays(bundle.promisedLimitDays, lang) },
          { key: 'members', label: g('memberCount'), value: t('catalogPublic.guide.fields.memberCountValue', { count: bundle.memberItems.length }) },
          { key: 'departments', label: g('departmentCount'), value: t('catalogPublic.guide.fields.departmentCountValue', { count: departments.length }) },
          { key: 'materials', label: g('materialCount'), value: t('catalogPublic.guide.fields.materialCountValue', { count: counts.required + counts.conditional }) },
        ]}
      />
      <GuideContents sections={sections} />

      <GuideSection id="guide-description" title={t('catalogPublic.guide.sections.description')}>
        <p className="ys-pre">{bundle.description}</p>
        <p className="ys-guide-note">{t('catalogPublic.services.bundleHint')}</p>
      </GuideSection>

      <GuideSection id="guide-members" title={t('catalogPublic.guide.sections.members')}>
        <table className="ys-guide-table" data-testid="bundle-members">
          <thead>
            <tr>
              <th scope="col" className="ys-col-index">{t('catalogPublic.guide.materials.index')}</th>
              <th scope="col">{g('memberName')}</th>
              <th scope="col">{g('memberDepartment')}</th>
              <th scope="col">{g('memberLimit')}</th>
              <th scope="col">{g('memberNote')}</th>
            </tr>
          </thead>
          <tbody>
            {bundle.memberItems.map((member, index) => (
              <tr key={member.itemCode} data-testid="bundle-member">
                <td className="ys-col-index">{index + 1}</td>
                <td className="ys-material-name">
                  {member.itemId && member.name ? (
                    <Link to={itemGuidePath(member.itemCode)}>{member.name}</Link>
                  ) : (
                    <span>
                      {member.name ?? member.itemCode} <span className="ys-soft">{g('memberMissing')}</span>
                    </span>
                  )}
                </td>
                <td data-label={g('memberDepartment')}>
                  <span>{member.departmentName ? label(member.departmentName) : '—'}</span>
                </td>
                <td data-label={g('memberLimit')}>
                  <span>{formatDays(member.promisedLimitDays, lang)}</span>
                </td>
                <td data-label={g('memberNote')} className={member.note ? undefined : 'ys-blank-cell'}>
                  <span>{member.note || '—'}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </GuideSection>

      <GuideSection id="guide-materials" title={t('catalogPublic.guide.sections.mergedMaterials')}>
        <p className="ys-guide-note">{t('catalogPublic.guide.mergedMaterialsHint')}</p>
        {bundle.materials.length > 0 && <MaterialsSummary materials={bundle.materials} />}
        <MaterialsTable
          materials={bundle.materials}
          usedBy={(material) => usedByNames(material.usedBy, bundle.memberItems)}
        />
      </GuideSection>

      <GuideSection id="guide-where" title={t('catalogPublic.guide.sections.where')}>
        <dl className="ys-guide-dl">
          <Row label={g('lead')}>{lead}</Row>
          <Row label={g('hall')} wide>
            {bundle.hallAddress || <span className="ys-soft">{g('notProvided')}</span>}
          </Row>
          <Row label={g('consultPhone')}>
            {bundle.consultPhone ? <a href={`tel:${bundle.consultPhone.replace(/[^\d+-]/g, '')}`}>{bundle.consultPhone}</a> : <span className="ys-soft">{g('notProvided')}</span>}
          </Row>
        </dl>
      </GuideSection>

      {bundle.fields.length > 0 && (
        <GuideSection id="guide-form" title={t('catalogPublic.guide.sections.mergedForm')} noPrint>
          <p className="ys-guide-note">{t('catalogPublic.guide.mergedFormHint')}</p>
          <ItemForm schema={form.schema} uiSchema={form.uiSchema} readonly />
        </GuideSection>
      )}
      <GuideActionsBar>
        <ApplyButton code={bundle.code} kind="bundle" />
        <PrintButton />
      </GuideActionsBar>
      <PrintFooter />
    </article>
  );
}
