// 办事指南 of one item, generated from its published edition: what it is, who may apply, what to
// bring, the steps and limits, fees, how much is online, where to go and whom to call. Printable.
import { CheckCircleFilled, MinusCircleOutlined, PhoneOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  CROSS_REGION_LABELS,
  ITEM_TYPE_LABELS,
  REFORM_MODE_LABELS,
  SERVICE_TARGET_LABELS,
} from '../../../../../common/catalog/vocabulary.ts';
import { getItemGuide, type Item } from '../../../api/catalog-public.ts';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import { useRemote } from '../../../api/useRemote.ts';
import { ItemForm } from '../../../components/ItemForm.tsx';
import { compressionPercent, formatDays, langOf, onlineStageRows, promisedText, stepDaysTotal, visitsText, vocab, type Lang } from './format.ts';
import { BackLink, GuideActionsBar, GuideContents, GuideHead, GuideState, PrintFooter, Row } from './GuideFrame.tsx';
import { MaterialsSummary, MaterialsTable } from './MaterialsTable.tsx';
import { ApplyButton, GuideSection, ItemBadges, PrintButton } from './parts.tsx';

const SECTIONS = ['basic', 'conditions', 'materials', 'steps', 'limits', 'fees', 'online', 'where', 'contact', 'form'] as const;

export function ItemGuidePage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const guide = useRemote(useCallback((signal: AbortSignal) => getItemGuide(code, signal), [code]));
  const item = guide.data?.code === code ? guide.data : undefined;
  if (!item) return <GuideState error={guide.loading ? undefined : guide.error} onRetry={guide.reload} notFound={t('catalogPublic.guide.notFound')} />;
  return <ItemGuide item={item} lang={langOf(i18n.language)} />;
}

function ItemGuide({ item, lang }: { item: Item; lang: Lang }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  const competent = label(item.competentDepartmentName, item.competentDepartmentId);
  const implementing = label(item.implementingDepartmentName, item.implementingDepartmentId);
  const g = (key: string) => t(`catalogPublic.guide.fields.${key}` as 'catalogPublic.guide.fields.type');
  const s = (key: (typeof SECTIONS)[number]) => t(`catalogPublic.guide.sections.${key}`);
  const compression = compressionPercent(item.legalLimitDays, item.promisedLimitDays);
  const formFields = Object.keys((item.form.schema.properties as Record<string, unknown> | undefined) ?? {}).length;
  const phone = (value: string) =>
    value ? (
      <a href={`tel:${value.replace(/[^\d+-]/g, '')}`}>
        <PhoneOutlined /> {value}
      </a>
    ) : (
      <span className="ys-soft">{g('notProvided')}</span>
    );

  return (
    <article className="ys-guide ys-print-root" data-testid="item-guide">
      <BackLink />
      <GuideHead
        title={item.name}
        tags={
          <>
            <Tag bordered={false}>{vocab(ITEM_TYPE_LABELS, item.type, lang)}</Tag>
            <ItemBadges item={item} />
          </>
        }
        meta={
          <>
            {item.implementingDepartmentName ? implementing : competent} · {g('code')} <span className="ys-code">{item.code}</span> ·{' '}
            {t('catalogPublic.guide.edition', { edition: item.edition })}
          </>
        }
        actions={
          <>
            <ApplyButton code={item.code} />
            <PrintButton />
          </>
        }
        facts={[
          { key: 'promised', label: g('promisedLimit'), value: promisedText(item, lang), note: compression ? t('catalogPublic.guide.fields.compression', { percent: compression }) : undefined },
          { key: 'legal', label: g('legalLimit'), value: formatDays(item.legalLimitDays, lang) },
          { key: 'visits', label: g('visits'), value: visitsText(item.visits, lang) },
          { key: 'fee', label: g('fee'), value: item.fee.charged ? g('charged') : g('free') },
        ]}
      />
      <GuideContents sections={SECTIONS.filter((key) => key !== 'form' || formFields > 0).map((key) => ({ id: `guide-${key}`, title: s(key) }))} />

      <GuideSection id="guide-basic" title={s('basic')}>
        <dl className="ys-guide-dl">
          <Row label={g('type')}>{vocab(ITEM_TYPE_LABELS, item.type, lang)}</Row>
          <Row label={g('target')}>{vocab(SERVICE_TARGET_LABELS, item.target, lang)}</Row>
          <Row label={g('competent')}>{item.competentDepartmentName ? competent : '—'}</Row>
          <Row label={g('implementing')}>{item.implementingDepartmentName ? implementing : '—'}</Row>
          <Row label={g('baseCode')}><span className="ys-code">{item.baseCode}</span></Row>
          <Row label={g('code')}><span className="ys-code">{item.code}</span></Row>
          <Row label={g('crossRegion')}>{vocab(CROSS_REGION_LABELS, item.crossRegion, lang)}</Row>
          {item.reformMode && <Row label={g('reformMode')}>{vocab(REFORM_MODE_LABELS, item.reformMode, lang)}</Row>}
          <Row label={g('commitment')}>
            {!item.commitmentAllowed
              ? g('commitmentNo')
              : item.postCheckMonths
                ? t('catalogPublic.guide.fields.commitmentCheck', { months: item.postCheckMonths })
                : g('commitmentYes')}
          </Row>
          <Row label={g('legalBasis')} wide>
            <span className="ys-pre">{item.legalBasis}</span>
          </Row>
        </dl>
      </GuideSection>

      <GuideSection id="guide-conditions" title={s('conditions')}>
        {item.conditions.length === 0 ? (
          <p className="ys-guide-empty">{t('catalogPublic.guide.conditionsEmpty')}</p>
        ) : (
          <ol className="ys-guide-list">
            {item.conditions.map((condition, index) => (
              <li key={index}>{condition}</li>
            ))}
          </ol>
        )}
      </GuideSection>

      <GuideSection id="guide-materials" title={s('materials')}>
        {item.materials.length > 0 && <MaterialsSummary materials={item.materials} />}
        <MaterialsTable materials={item.materials} />
      </GuideSection>

      <GuideSection
        id="guide-steps"
        title={s('steps')}
        extra={item.steps.length > 0 && <span className="ys-soft">{t('catalogPublic.guide.fields.stepsTotal', { limit: formatDays(stepDaysTotal(item.steps), lang) })}</span>}
      >
        {item.steps.length === 0 ? (
          <p className="ys-guide-empty">{t('catalogPublic.guide.stepsEmpty')}</p>
        ) : (
          <ol className="ys-guide-timeline" data-testid="guide-steps">
            {item.steps.map((step, index) => (
              <li key={index}>
                <span className="ys-timeline-dot" aria-hidden>
                  {index + 1}
                </span>
                <div className="ys-timeline-body">
                  <div className="ys-timeline-title">
                    <strong>{step.name}</strong>
                    <span className="ys-timeline-limit">{t('catalogPublic.guide.fields.stepLimit', { limit: formatDays(step.limitDays, lang) })}</span>
                  </div>
                  {step.description && <div className="ys-guide-sub">{step.description}</div>}
                </div>
              </li>
            ))}
          </ol>
        )}
      </GuideSection>

      <GuideSection id="guide-limits" title={s('limits')}>
        <dl className="ys-guide-dl">
          <Row label={g('caseKind')}>{item.onTheSpot ? g('onTheSpot') : g('promise')}</Row>
          <Row label={g('legalLimit')}>{formatDays(item.legalLimitDays, lang)}</Row>
          <Row label={g('promisedLimit')}>
            {promisedText(item, lang)}
            {compression !== null && <span className="ys-guide-sub ys-inline">（{t('catalogPublic.guide.fields.compression', { percent: compression })}）</span>}
          </Row>
        </dl>
      </GuideSection>

      <GuideSection id="guide-fees" title={s('fees')}>
        <dl className="ys-guide-dl">
          <Row label={g('fee')}>{item.fee.charged ? g('charged') : g('free')}</Row>
          {item.fee.charged && <Row label={g('feeBasis')} wide>{item.fee.basis ?? '—'}</Row>}
          {item.fee.charged && <Row label={g('feeStandard')} wide>{item.fee.standard ?? '—'}</Row>}
        </dl>
      </GuideSection>

      <GuideSection id="guide-online" title={s('online')} extra={<span className="ys-soft">{t('catalogPublic.guide.fields.depth', { depth: item.onlineDepth })}</span>}>
        <ol className="ys-guide-stages" data-testid="online-stages">
          {onlineStageRows(item.onlineStages, lang).map((row) => (
            <li key={row.stage} className={row.online ? 'is-online' : 'is-offline'} data-online={row.online}>
              {row.online ? <CheckCircleFilled aria-hidden /> : <MinusCircleOutlined aria-hidden />}
              <span className="ys-stage-name">
                {row.stage}. {row.label}
              </span>
              <span className="ys-stage-state">{row.online ? g('online') : g('offline')}</span>
            </li>
          ))}
        </ol>
      </GuideSection>

      <GuideSection id="guide-where" title={s('where')}>
        <dl className="ys-guide-dl">
          <Row label={g('channels')} wide>
            <ul className="ys-guide-channels">
              {item.onlineStages.includes(2) && <li>{g('channelOnline')}</li>}
              {item.mobile && <li>{g('channelMobile')}</li>}
              {(item.visits > 0 || !item.fullyOnline) && <li>{g('channelHall')}</li>}
            </ul>
          </Row>
          <Row label={g('hall')} wide>{item.hallAddress || <span className="ys-soft">{g('notProvided')}</span>}</Row>
          <Row label={g('hours')} wide>{item.hallHours || <span className="ys-soft">{g('notProvided')}</span>}</Row>
          <Row label={g('visits')}>{visitsText(item.visits, lang)}</Row>
          {item.visits > 0 && item.visitsReason && <Row label={g('visitsReason')} wide>{item.visitsReason}</Row>}
        </dl>
      </GuideSection>

      <GuideSection id="guide-contact" title={s('contact')}>
        <dl className="ys-guide-dl">
          <Row label={g('consultPhone')}>{phone(item.consultPhone)}</Row>
          <Row label={g('complaintPhone')}>{phone(item.complaintPhone)}</Row>
        </dl>
      </GuideSection>

      {formFields > 0 && (
        <GuideSection id="guide-form" title={s('form')} noPrint>
          <p className="ys-guide-note">{t('catalogPublic.guide.formHint')}</p>
          <ItemForm schema={item.form.schema} uiSchema={item.form.uiSchema} readonly />
        </GuideSection>
      )}
      <GuideActionsBar>
        <ApplyButton code={item.code} />
        <PrintButton />
      </GuideActionsBar>
      <PrintFooter />
    </article>
  );
}
