// Labels and colours of the catalogue's vocabularies (common/catalog/vocabulary.ts) for the staff screens.
import {
  CATALOG_STATUS_LABELS,
  CATALOG_STATUSES,
  CROSS_REGION_LABELS,
  CROSS_REGION_SCOPES,
  EVENT_LABELS,
  EVENTS,
  ITEM_TYPE_CODES,
  ITEM_TYPE_LABELS,
  ITEM_TYPES,
  MATERIAL_FORM_LABELS,
  MATERIAL_FORMS,
  MATERIAL_SOURCE_LABELS,
  MATERIAL_SOURCES,
  ONLINE_STAGE_LABELS,
  ONLINE_STAGES,
  PREFILL_SOURCE_LABELS,
  PREFILL_SOURCES,
  REFORM_MODE_LABELS,
  REFORM_MODES,
  SERVICE_TARGET_LABELS,
  SERVICE_TARGETS,
  THEME_LABELS,
  THEMES,
  isLifeEvent,
  type CatalogStatus,
  type EventKey,
  type ItemType,
  type Theme,
} from '../../../../../common/catalog/vocabulary.ts';
import { currentLanguage, i18n } from '../../../i18n/index.ts';

/** Picks the interface language's text of a { zh, en } pair. */
export const bilingual = (text: { zh: string; en: string }): string =>
  currentLanguage() === 'en' ? text.en : text.zh;

const options = <K extends string | number>(
  keys: readonly K[],
  labels: Record<K, { zh: string; en: string }>,
) => keys.map((value) => ({ value, label: bilingual(labels[value]) }));

type Limits = { onTheSpot: boolean; promisedLimitDays: number; legalLimitDays: number };

/** 承诺/法定时限 in the staff lists: an on-the-spot item is 即办件, as the public pages say (not "0 / 0 个工作日"). */
export const limitsText = (item: Limits, lng?: string): string =>
  item.onTheSpot
    ? i18n.t('catalogAdmin.badges.onTheSpot', { lng })
    : i18n.t('catalogAdmin.item.limitsValue', { lng, promised: item.promisedLimitDays, legal: item.legalLimitDays });

/** The promised limit alone (a bundle's member): 即办件, or "5 个工作日". */
export const promisedText = (item: Omit<Limits, 'legalLimitDays'>, lng?: string): string =>
  item.onTheSpot
    ? i18n.t('catalogAdmin.badges.onTheSpot', { lng })
    : `${item.promisedLimitDays} ${i18n.t('catalogAdmin.item.units.days', { lng })}`;

export const statusLabel = (status: CatalogStatus) => bilingual(CATALOG_STATUS_LABELS[status]);
export const typeLabel = (type: ItemType) => bilingual(ITEM_TYPE_LABELS[type]);
export const eventLabel = (event: EventKey) => bilingual(EVENT_LABELS[event]);
export const themeLabel = (theme: Theme) => bilingual(THEME_LABELS[theme]);

export const statusColors: Record<CatalogStatus, string> = {
  draft: 'gold',
  published: 'green',
  retired: 'default',
};

// Options are built when asked, so they follow a language switch.
export const statusOptions = () => options(CATALOG_STATUSES, CATALOG_STATUS_LABELS);
export const typeOptions = () =>
  ITEM_TYPES.map((value) => ({
    value,
    label: `${ITEM_TYPE_CODES[value]} ${bilingual(ITEM_TYPE_LABELS[value])}`,
  }));
export const targetOptions = () => options(SERVICE_TARGETS, SERVICE_TARGET_LABELS);
export const themeOptions = () => options(THEMES, THEME_LABELS);
export const crossRegionOptions = () => options(CROSS_REGION_SCOPES, CROSS_REGION_LABELS);
export const reformModeOptions = () => options(REFORM_MODES, REFORM_MODE_LABELS);
export const materialSourceOptions = () => options(MATERIAL_SOURCES, MATERIAL_SOURCE_LABELS);
export const materialFormOptions = () => options(MATERIAL_FORMS, MATERIAL_FORM_LABELS);
export const prefillOptions = () =>
  PREFILL_SOURCES.map((value) => ({ value, label: `${bilingual(PREFILL_SOURCE_LABELS[value])} (${value})` }));
export const stageOptions = () =>
  ONLINE_STAGES.map((stage) => ({
    value: stage,
    label: `${stage} ${bilingual(ONLINE_STAGE_LABELS[stage]!)}`,
  }));

/** Events grouped as 人生事件 and 企业事件, the way people look for them. */
export function eventOptions(lifeLabel: string, businessLabel: string) {
  const of = (life: boolean) =>
    EVENTS.filter((event) => isLifeEvent(event) === life).map((value) => ({
      value,
      label: eventLabel(value),
    }));
  return [
    { label: lifeLabel, options: of(true) },
    { label: businessLabel, options: of(false) },
  ];
}
