// Where the requester's appeal pages live, the interface language as 'zh' | 'en', and which field of the form a
// server's field error belongs to. Pure; tested in paths.test.ts.
import type { Field } from './form.ts';

export const myAppealsPath = '/my/appeals';
export const newAppealPath = '/my/appeals/new';
export const appealPath = (id: string) => `/my/appeals/${encodeURIComponent(id)}`;

export type Lang = 'zh' | 'en';
export const langOf = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'zh');
export const textOf = (text: { zh: string; en: string } | null | undefined, lang: Lang) => (text ? text[lang] : '');

const BY_BODY_FIELD: Record<string, Field | 'location' | 'photos'> = {
  categoryCode: 'categoryCode',
  kind: 'kind',
  areaCode: 'areaCode',
  title: 'title',
  content: 'content',
  address: 'address',
  requesterPhone: 'phone',
  lat: 'location',
  lng: 'location',
  mediaFileIds: 'photos',
};

/** "body.title" → 'title', "body.lat" → 'location', "body.mediaFileIds.2" → 'photos'; anything else → null. */
export function serverFieldOf(path: string): Field | 'location' | 'photos' | null {
  const parts = path.split('.');
  const name = parts[0] === 'body' ? parts[1] : parts[0];
  return (name && BY_BODY_FIELD[name]) || null;
}
