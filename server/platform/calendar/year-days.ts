// Checks the days an admin enters with a new year, as the State Council's notice lists them: weekdays off
// (放假) and weekend days worked (调休上班). Pure: returns one field error per offending entry, with its path
// (`body.daysOff.3`) and a message that names the date, so it reads well even where a form has no such field.
import { isIsoDate, isWeekend } from '../../../common/calendar/index.ts';
import type { FieldError } from '../errors/index.ts';

export interface YearDays {
  daysOff: readonly string[];
  extraWorkdays: readonly string[];
}

const shown = (value: unknown) => (typeof value === 'string' ? value.slice(0, 20) : String(value));

/** Field errors for `daysOff` and `extraWorkdays` of `year`; empty when both lists are fine. */
export function yearDaysErrors(year: number, days: YearDays): FieldError[] {
  const errors: FieldError[] = [];
  const offSet = new Set(days.daysOff);

  /** The complaint about one entry, or null. */
  const complaint = (list: 'daysOff' | 'extraWorkdays', date: string, seen: Set<string>): [zh: string, en: string] | null => {
    if (!isIsoDate(date)) return [`${shown(date)} 不是有效日期（应为 YYYY-MM-DD）`, `${shown(date)} is not a valid date (YYYY-MM-DD)`];
    if (Number(date.slice(0, 4)) !== year) return [`${date} 不在 ${year} 年内`, `${date} is not in ${year}`];
    if (seen.has(date)) return [`${date} 重复列出`, `${date} is listed twice`];
    seen.add(date);
    if (list === 'daysOff') {
      return isWeekend(date)
        ? [`${date} 是周六或周日，本来就休息，放假日只列工作日`, `${date} is a Saturday or Sunday, off anyway; list only weekdays as days off`]
        : null;
    }
    if (offSet.has(date)) return [`${date} 同时列为放假日和调休上班日`, `${date} is listed both as a day off and as a make-up workday`];
    return isWeekend(date)
      ? null
      : [`${date} 是周一至周五，本来就上班，调休上班日应为周六或周日`, `${date} is a weekday, a working day anyway; a make-up workday must be a Saturday or Sunday`];
  };

  for (const list of ['daysOff', 'extraWorkdays'] as const) {
    const seen = new Set<string>();
    days[list].forEach((date, index) => {
      const found = complaint(list, date, seen);
      if (found) errors.push({ path: `body.${list}.${index}`, message: { zh: found[0], en: found[1] } });
    });
  }
  return errors;
}
