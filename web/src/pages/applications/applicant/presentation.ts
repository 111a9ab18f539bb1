// How an application's state, deadline and channel are shown: tag colours, the deadline light and
// the channel an applicant's draft is filed through. Pure; the pages and their tests use it.
import type { ApplicationState, Channel } from '../../../api/applications.ts';

export type Lang = 'zh' | 'en';
export const langOf = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'zh');
/** A bilingual text from the server in the interface language. */
export const textOf = (text: { zh: string; en: string } | null | undefined, lang: Lang) => (text ? text[lang] : '');

export type Tone = 'default' | 'processing' | 'success' | 'warning' | 'error';

/** The tone of a state's tag: open work is "processing", the applicant's turn a warning, the end success or error. */
export function stateTone(state: ApplicationState): Tone {
  switch (state) {
    case 'draft':
    case 'withdrawn':
    case 'terminated':
      return 'default';
    case 'correction':
    case 'suspended':
      return 'warning';
    case 'done':
      return 'success';
    case 'refused':
    case 'rejected':
      return 'error';
    default:
      return 'processing';
  }
}

/** Finished: nothing more will happen to it. */
export const isFinished = (state: ApplicationState) => ['done', 'refused', 'rejected', 'withdrawn', 'terminated'].includes(state);

export type Deadline = 'none' | 'normal' | 'warning' | 'overdue';

/** The deadline light: null when there is no clock (a draft, a finished or paused case). */
export function deadlineLight(deadline: Deadline, state: ApplicationState): { color: 'green' | 'orange' | 'red'; key: Exclude<Deadline, 'none'> } | null {
  if (deadline === 'none' || state === 'draft' || isFinished(state)) return null;
  return { color: deadline === 'overdue' ? 'red' : deadline === 'warning' ? 'orange' : 'green', key: deadline };
}

/**
 * The channel of an applicant's own draft: 掌上办 on a phone-width screen when the item is offered on
 * the phone, otherwise 网上办理 (a phone browser still uses the web service).
 */
export function channelFor(narrow: boolean, mobileOffered: boolean): Extract<Channel, 'online' | 'mobile'> {
  return narrow && mobileOffered ? 'mobile' : 'online';
}

/** "1.2 MB", "340 KB", "12 B". */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}

/** A form answer as text for the confirmation page and the tracking page. */
export function answerText(value: unknown, lang: Lang): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.map((v) => answerText(v, lang)).join(lang === 'zh' ? '、' : ', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as string | number);
}

/** The form's answers in the schema's order, with their titles (unknown keys last, by key). */
export function answerRows(schema: Record<string, unknown> | undefined, data: Record<string, unknown>): { key: string; title: string; value: unknown }[] {
  const properties = (schema?.properties ?? {}) as Record<string, { title?: unknown }>;
  const keys = Object.keys(properties);
  const rest = Object.keys(data).filter((key) => !(key in properties)).sort();
  return [...keys, ...rest].map((key) => {
    const title = properties[key]?.title;
    return { key, title: typeof title === 'string' && title ? title : key, value: data[key] };
  });
}
