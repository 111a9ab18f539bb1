// Brackets and list marks as each language writes them, for labels built from data: a name with its code reads
// 名称（代码） in Chinese and "Name (code)" in English; a list 甲、乙 or "A, B".
import { currentLanguage, type Language } from './index.ts';

/** `text` followed by `note` in brackets. */
export const withNote = (text: string, note: string, language: Language = currentLanguage()): string =>
  language === 'en' ? `${text} (${note})` : `${text}（${note}）`;

/** The mark between listed items. */
export const listMark = (language: Language = currentLanguage()): string => (language === 'en' ? ', ' : '、');

/** Items listed. */
export const listOf = (items: readonly string[], language: Language = currentLanguage()): string => items.join(listMark(language));
