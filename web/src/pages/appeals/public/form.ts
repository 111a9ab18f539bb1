// 我要反映's pure parts: the two-level category tree and its search, the districts of the city, the checks
// before sending, and the form's values turned into the request body. Tested in form.test.ts.
import type { Kind } from '../../../../../common/appeals/vocabulary.ts';
import type { AppealCategory, NewTicketBody } from '../../../api/appeals-public.ts';
import type { Region } from '../../../api/org.ts';

export const MAX_PHOTOS = 9;
export const TITLE_MAX = 100;
export const CONTENT_MAX = 4000;
export const ADDRESS_MAX = 200;
/** Photos only: the files API takes JPEG and PNG images (and documents, which a photo field does not want). */
export const PHOTO_ACCEPT = '.jpg,.jpeg,.png,image/jpeg,image/png';

export interface Photo {
  id: string;
  name: string;
}

export interface Point {
  lat: number;
  lng: number;
  /** Metres, as the browser reported it. */
  accuracy?: number;
}

export interface AppealFormValues {
  categoryCode?: string;
  kind?: Kind;
  areaCode?: string;
  address: string;
  point: Point | null;
  title: string;
  content: string;
  /** 联系电话 for the callback (optional: the account may have none). */
  phone: string;
  photos: Photo[];
  confidential: boolean;
  nameHidden: boolean;
}

export const emptyForm = (): AppealFormValues => ({
  address: '',
  point: null,
  title: '',
  content: '',
  phone: '',
  photos: [],
  confidential: false,
  nameHidden: false,
});

export type Field = 'categoryCode' | 'kind' | 'areaCode' | 'title' | 'content' | 'phone' | 'address';
/** The check that failed, by field: the page turns the key into words. */
export type Problem = 'required' | 'tooLong' | 'phone';

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** What must be fixed before sending (the server checks again and has the last word). */
export function checkForm(v: AppealFormValues): Partial<Record<Field, Problem>> {
  const out: Partial<Record<Field, Problem>> = {};
  if (!v.categoryCode) out.categoryCode = 'required';
  if (!v.kind) out.kind = 'required';
  if (!v.areaCode) out.areaCode = 'required';
  const title = v.title.trim();
  if (!title) out.title = 'required';
  else if ([...title].length > TITLE_MAX) out.title = 'tooLong';
  const content = v.content.trim();
  if (!content) out.content = 'required';
  else if ([...content].length > CONTENT_MAX) out.content = 'tooLong';
  if ([...v.address.trim()].length > ADDRESS_MAX) out.address = 'tooLong';
  const phone = v.phone.trim();
  if (phone && !PHONE.test(phone)) out.phone = 'phone';
  return out;
}

/** A phone-width screen files on the 'mobile' channel, anything wider on 'web'. */
export const channelFor = (narrow: boolean): 'mobile' | 'web' => (narrow ? 'mobile' : 'web');

/** Six decimals (about 10 cm) are more than any phone's fix is worth. */
export const roundCoordinate = (value: number) => Math.round(value * 1e6) / 1e6;

/** The request body: trimmed texts, empty optionals left out, the point only as a pair. */
export function requestBody(v: AppealFormValues, channel: 'mobile' | 'web'): NewTicketBody {
  if (!v.categoryCode || !v.kind || !v.areaCode) throw new Error('checkForm first: category, kind and district are required');
  const address = v.address.trim();
  const phone = v.phone.trim();
  return {
    channel,
    kind: v.kind,
    categoryCode: v.categoryCode,
    areaCode: v.areaCode,
    title: v.title.trim(),
    content: v.content.trim(),
    ...(address ? { address } : {}),
    ...(v.point ? { lat: roundCoordinate(v.point.lat), lng: roundCoordinate(v.point.lng) } : {}),
    ...(phone ? { requesterPhone: phone } : {}),
    mediaFileIds: v.photos.slice(0, MAX_PHOTOS).map((p) => p.id),
    confidential: v.confidential,
    nameHidden: v.nameHidden,
  };
}

// ---- Categories ----

export interface CategoryNode {
  value: string;
  title: string;
  /** Name, English name, keywords and the parent's name: what the search looks in. */
  search: string;
  selectable: boolean;
  children?: CategoryNode[];
}

const nameOf = (c: Pick<AppealCategory, 'name' | 'nameEn'>, lang: 'zh' | 'en') => (lang === 'en' && c.nameEn ? c.nameEn : c.name);

/**
 * The two levels as a tree: active top categories with their active sub-categories; only the leaves are
 * chosen (a top category without sub-categories is a leaf itself). Order as the server gave them.
 */
export function categoryTree(categories: readonly AppealCategory[], lang: 'zh' | 'en'): CategoryNode[] {
  const active = categories.filter((c) => c.active);
  // A sub-category whose parent is switched off goes with it; one whose parent is unknown stands on its own.
  const tops = active.filter((c) => c.parentCode === null || !categories.some((p) => p.code === c.parentCode));
  return tops.map((top) => {
    const children = active
      .filter((c) => c.parentCode === top.code)
      .map((c) => ({
        value: c.code,
        title: nameOf(c, lang),
        search: [c.name, c.nameEn, c.keywords, c.code, top.name, top.nameEn].join(' ').toLowerCase(),
        selectable: true,
      }));
    const search = [top.name, top.nameEn, top.keywords, top.code].join(' ').toLowerCase();
    return children.length > 0
      ? { value: top.code, title: nameOf(top, lang), search, selectable: false, children }
      : { value: top.code, title: nameOf(top, lang), search, selectable: true };
  });
}

/** Whether a node matches what was typed: every word of it, in any of the node's texts. */
export function categoryMatches(node: Pick<CategoryNode, 'search'>, typed: string): boolean {
  const words = typed.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((w) => node.search.includes(w));
}

/** The kind a category suggests (its default), unless the requester already chose one. */
export function suggestedKind(categories: readonly AppealCategory[], code: string | undefined, current: Kind | undefined, touched: boolean): Kind | undefined {
  if (touched && current) return current;
  return categories.find((c) => c.code === code)?.defaultKind ?? current;
}

/** "城市管理 / 占道经营" for the confirmation and the list. */
export function categoryPath(categories: readonly AppealCategory[], code: string | undefined, lang: 'zh' | 'en'): string {
  const leaf = categories.find((c) => c.code === code);
  if (!leaf) return '';
  const parent = leaf.parentCode ? categories.find((c) => c.code === leaf.parentCode) : undefined;
  return parent ? `${nameOf(parent, lang)} / ${nameOf(leaf, lang)}` : nameOf(leaf, lang);
}

// ---- Districts ----

/** The city's districts, counties and banners (and zones with a code of their own): the city's children. */
export function districtsOf(regions: readonly Region[]): Region[] {
  const city = regions.find((r) => r.level === 'prefecture');
  if (!city) return regions.filter((r) => /^\d{6}$/.test(r.code) && ['district', 'county', 'banner'].includes(r.level));
  return regions.filter((r) => r.parentCode === city.code && /^\d{6}$/.test(r.code));
}
