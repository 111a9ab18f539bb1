// Typed errors of the calendar. Each carries a stable `code` and a message in zh-CN and en, so the server can
// turn it into problem JSON (DESIGN.md §5.7) without parsing text.

/**
 * A question touched a date in a year for which the calendar has no holiday data (节假日安排).
 * Never answered with a weekend-only guess: an admin must add the year first.
 */
export class CalendarYearMissingError extends Error {
  readonly code = 'CALENDAR_YEAR_MISSING';
  readonly year: number;
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(year: number) {
    const zh = `缺少 ${year} 年的节假日数据`;
    const en = `no holiday data for ${year}`;
    super(`${zh} / ${en}`);
    this.name = 'CalendarYearMissingError';
    this.year = year;
    this.messageZh = zh;
    this.messageEn = en;
  }
}

/** Malformed input: not a 'YYYY-MM-DD' calendar date, an invalid instant, or a date outside years 0000–9999. */
export class InvalidDateError extends Error {
  readonly code = 'INVALID_DATE';
  readonly input: unknown;
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(input: unknown) {
    const shown = describe(input);
    const zh = `日期无效：${shown}（应为 YYYY-MM-DD）`;
    const en = `invalid date: ${shown} (expected YYYY-MM-DD)`;
    super(`${zh} / ${en}`);
    this.name = 'InvalidDateError';
    this.input = input;
    this.messageZh = zh;
    this.messageEn = en;
  }
}

function describe(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'Invalid Date' : input.toISOString();
  return String(input);
}
