// Labels and colours of the registry's codes, from the bilingual tables in the contract.
import {
  ENTITY_KIND_LABELS,
  ENTITY_STATUS_LABELS,
  ENTITY_TAG_LABELS,
  SHARE_PURPOSE_LABELS,
  type LICENCE_STATUSES,
  type ENTITY_KINDS,
  type ENTITY_STATUSES,
  type ENTITY_TAGS,
  type SHARE_PURPOSES,
} from '../../../../common/api/registry.ts';
import { INDUSTRY_SECTIONS } from '../../../../common/registry/industries.ts';
import type { Region } from '../../api/org.ts';
import { currentLanguage } from '../../i18n/index.ts';

export type EntityStatus = (typeof ENTITY_STATUSES)[number];
export type EntityTag = (typeof ENTITY_TAGS)[number];
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type SharePurpose = (typeof SHARE_PURPOSES)[number];
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

/** Picks the interface language's text of a { zh, en } pair. */
export const bilingual = (text: { zh: string; en: string }): string =>
  currentLanguage() === 'en' ? text.en : text.zh;

export const entityStatusLabel = (status: EntityStatus) => bilingual(ENTITY_STATUS_LABELS[status]);
export const entityTagLabel = (tag: EntityTag) => bilingual(ENTITY_TAG_LABELS[tag]);
export const entityKindLabel = (kind: EntityKind) => bilingual(ENTITY_KIND_LABELS[kind]);
export const purposeLabel = (purpose: SharePurpose) => bilingual(SHARE_PURPOSE_LABELS[purpose]);

export const entityStatusColors: Record<EntityStatus, string> = {
  active: 'green',
  suspended: 'orange',
  moved_out: 'blue',
  revoked: 'red',
  deregistered: 'default',
};

export const licenceStatusColors: Record<LicenceStatus, string> = {
  valid: 'green',
  expired: 'orange',
  revoked: 'red',
};

export const tagColors: Record<EntityTag, string> = {
  new_economy: 'cyan',
  key_project: 'gold',
  sandbox: 'purple',
  newly_signed: 'geekblue',
  high_tech: 'blue',
  specialised: 'magenta',
};

/** "C 制造业" (the section letter and its name, in Chinese: GB/T 4754 has no official English names here). */
export const sectionLabel = (section: string) =>
  INDUSTRY_SECTIONS[section] ? `${section} ${INDUSTRY_SECTIONS[section]}` : section;

/**
 * An entity's 行业 in one line: "F 批发和零售业" when only the section is known, "正餐服务 (6210) · H 住宿和餐饮业" with a
 * class. The server names a class-less entity by its section; that name is not said a second time.
 */
export function industryLabel(entity: {
  industrySection: string;
  industryClass: string | null;
  industryName: string | null;
}): string {
  const section = sectionLabel(entity.industrySection);
  const name = entity.industryName !== INDUSTRY_SECTIONS[entity.industrySection] ? entity.industryName : null;
  const klass = [name, entity.industryClass && (name ? `(${entity.industryClass})` : entity.industryClass)]
    .filter(Boolean)
    .join(' ');
  return klass ? `${klass} · ${section}` : section;
}
export const sectionOptions = Object.keys(INDUSTRY_SECTIONS).map((section) => ({
  value: section,
  label: sectionLabel(section),
}));

/** Districts an entity can be registered in: the GB/T 2260 county-level codes (6 digits, not the province or city). */
export function districtOptions(regions: readonly Region[]): { value: string; label: string }[] {
  const english = currentLanguage() === 'en';
  return regions
    .filter((region) => /^\d{6}$/.test(region.code) && !['province', 'prefecture'].includes(region.level))
    .map((region) => ({ value: region.code, label: english ? region.nameEn : region.name }));
}

export function districtName(regions: readonly Region[], code: string): string {
  const region = regions.find((r) => r.code === code);
  if (!region) return code;
  return currentLanguage() === 'en' ? region.nameEn : region.name;
}

/** 注册资本 in fen → "500 万元" / "CNY 5,000,000"; "—" for none. */
export function formatCapital(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  const yuan = fen / 100;
  if (currentLanguage() === 'en') return `CNY ${yuan.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
  const wan = yuan / 10_000;
  return `${wan.toLocaleString('zh-CN', { maximumFractionDigits: 4 })} 万元`;
}
