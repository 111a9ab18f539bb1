// The State Council's holiday arrangements (国务院办公厅关于…年部分节假日安排的通知), one notice per year, issued
// each autumn for the following year. `off` is the notice's inclusive range of days off (放假调休); `workdays` are
// the weekend days worked in exchange (调休上班). An admin adds later years (and corrections) as overrides;
// see mergeCalendar. Checked day by day against the `chinese-days` package in calendar.test.ts.
import type { CalendarData } from './calendar.ts';
import { addCalendarDays, isWeekend, parseIsoDate, type IsoDate } from './dates.ts';

/** Festival names as the notices write them. */
export type Festival =
  '元旦' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节' | '国庆节、中秋节';

export interface HolidayArrangement {
  festival: Festival;
  /** First and last day off, inclusive (weekend days inside the range included, as the notice states it). */
  off: readonly [IsoDate, IsoDate];
  /** Weekend days that are working days (调休上班) in exchange. */
  workdays: readonly IsoDate[];
}

export interface HolidayNotice {
  year: number;
  /** Where the notice was published. */
  source: string;
  arrangements: readonly HolidayArrangement[];
}

export const OFFICIAL_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2024,
    source: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm',
    arrangements: [
      // 元旦 New Year's Day: 1/1 (Mon) off, joined to the weekend.
      { festival: '元旦', off: ['2024-01-01', '2024-01-01'], workdays: [] },
      // 春节 Spring Festival: 2/10–2/17 off; 2/4 (Sun) and 2/18 (Sun) workdays.
      { festival: '春节', off: ['2024-02-10', '2024-02-17'], workdays: ['2024-02-04', '2024-02-18'] },
      // 清明节 Qingming: 4/4–4/6 off; 4/7 (Sun) workday.
      { festival: '清明节', off: ['2024-04-04', '2024-04-06'], workdays: ['2024-04-07'] },
      // 劳动节 Labour Day: 5/1–5/5 off; 4/28 (Sun) and 5/11 (Sat) workdays.
      { festival: '劳动节', off: ['2024-05-01', '2024-05-05'], workdays: ['2024-04-28', '2024-05-11'] },
      // 端午节 Dragon Boat Festival: 6/10 (Mon) off, joined to the weekend.
      { festival: '端午节', off: ['2024-06-10', '2024-06-10'], workdays: [] },
      // 中秋节 Mid-Autumn Festival: 9/15–9/17 off; 9/14 (Sat) workday.
      { festival: '中秋节', off: ['2024-09-15', '2024-09-17'], workdays: ['2024-09-14'] },
      // 国庆节 National Day: 10/1–10/7 off; 9/29 (Sun) and 10/12 (Sat) workdays.
      { festival: '国庆节', off: ['2024-10-01', '2024-10-07'], workdays: ['2024-09-29', '2024-10-12'] },
    ],
  },
  {
    // 国办发明电〔2024〕12号: from 2025 the statutory holidays grow by two days (春节 and 劳动节 one each).
    year: 2025,
    source: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm',
    arrangements: [
      // 元旦 New Year's Day: 1/1 (Wed) off, no exchange.
      { festival: '元旦', off: ['2025-01-01', '2025-01-01'], workdays: [] },
      // 春节 Spring Festival: 1/28 (除夕) – 2/4 off; 1/26 (Sun) and 2/8 (Sat) workdays.
      { festival: '春节', off: ['2025-01-28', '2025-02-04'], workdays: ['2025-01-26', '2025-02-08'] },
      // 清明节 Qingming: 4/4–4/6 off.
      { festival: '清明节', off: ['2025-04-04', '2025-04-06'], workdays: [] },
      // 劳动节 Labour Day: 5/1–5/5 off; 4/27 (Sun) workday.
      { festival: '劳动节', off: ['2025-05-01', '2025-05-05'], workdays: ['2025-04-27'] },
      // 端午节 Dragon Boat Festival: 5/31–6/2 off.
      { festival: '端午节', off: ['2025-05-31', '2025-06-02'], workdays: [] },
      // 国庆节、中秋节 National Day with Mid-Autumn: 10/1–10/8 off; 9/28 (Sun) and 10/11 (Sat) workdays.
      {
        festival: '国庆节、中秋节',
        off: ['2025-10-01', '2025-10-08'],
        workdays: ['2025-09-28', '2025-10-11'],
      },
    ],
  },
  {
    year: 2026,
    source: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
    arrangements: [
      // 元旦 New Year's Day: 1/1–1/3 off; 1/4 (Sun) workday.
      { festival: '元旦', off: ['2026-01-01', '2026-01-03'], workdays: ['2026-01-04'] },
      // 春节 Spring Festival: 2/15–2/23 off; 2/14 (Sat) and 2/28 (Sat) workdays.
      { festival: '春节', off: ['2026-02-15', '2026-02-23'], workdays: ['2026-02-14', '2026-02-28'] },
      // 清明节 Qingming: 4/4–4/6 off.
      { festival: '清明节', off: ['2026-04-04', '2026-04-06'], workdays: [] },
      // 劳动节 Labour Day: 5/1–5/5 off; 5/9 (Sat) workday.
      { festival: '劳动节', off: ['2026-05-01', '2026-05-05'], workdays: ['2026-05-09'] },
      // 端午节 Dragon Boat Festival: 6/19–6/21 off.
      { festival: '端午节', off: ['2026-06-19', '2026-06-21'], workdays: [] },
      // 中秋节 Mid-Autumn Festival: 9/25–9/27 off.
      { festival: '中秋节', off: ['2026-09-25', '2026-09-27'], workdays: [] },
      // 国庆节 National Day: 10/1–10/7 off; 9/20 (Sun) and 10/10 (Sat) workdays.
      { festival: '国庆节', off: ['2026-10-01', '2026-10-07'], workdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];

/**
 * Turns notices into CalendarData in normal form: `daysOff` holds the weekdays inside each `off` range (weekend
 * days there are off anyway), `extraWorkdays` the make-up workdays. Throws on a notice that contradicts itself
 * (a range or workday outside its year, a "workday" that is not a weekend day, an inverted range).
 */
export function calendarFromNotices(notices: readonly HolidayNotice[]): CalendarData {
  const years = new Set<number>();
  const daysOff = new Set<IsoDate>();
  const extraWorkdays = new Set<IsoDate>();
  for (const { year, arrangements } of notices) {
    years.add(year);
    const inYear = (date: IsoDate, festival: Festival): void => {
      if (parseIsoDate(date).year !== year)
        throw new Error(`${year} ${festival}: ${date} is outside ${year}`);
    };
    for (const { festival, off, workdays } of arrangements) {
      const [first, last] = off;
      inYear(first, festival);
      inYear(last, festival);
      if (first > last) throw new Error(`${year} ${festival}: range ${first}…${last} is inverted`);
      for (let date = first; date <= last; date = addCalendarDays(date, 1)) {
        if (!isWeekend(date)) daysOff.add(date);
      }
      for (const date of workdays) {
        inYear(date, festival);
        if (!isWeekend(date))
          throw new Error(`${year} ${festival}: make-up workday ${date} is not a weekend day`);
        extraWorkdays.add(date);
      }
    }
  }
  return { years, daysOff, extraWorkdays };
}

/** The official calendar shipped with the code (2024–2026). */
export const OFFICIAL_CALENDAR: CalendarData = calendarFromNotices(OFFICIAL_NOTICES);

/** The years OFFICIAL_CALENDAR covers, ascending. */
export const OFFICIAL_YEARS: readonly number[] = OFFICIAL_NOTICES.map((notice) => notice.year);
