// The demo city's calendar: a year whose State Council notice is not in the platform yet (it comes out each
// November) is added as the demo's own, counting weekends only and saying so, so that the demo's deadlines can
// cross into it (from December on, a 15-working-day limit does). A real city's admin adds the year with its
// holidays instead (`yingshang calendar add-year` and overrides, or 系统管理 → 节假日安排).
import type { Actor } from '../platform/audit/index.ts';
import type { Services } from '../services.ts';

/** The basis (依据) stored for a demo year added without its notice. */
const demoYearNote = (year: number) => `演示数据：${year} 年节假日通知尚未录入，暂按周末计算，请按国务院通知补录`;

export async function seedCalendarYears(services: Services, actor: Actor, now = new Date(), log: (line: string) => void = () => undefined) {
  const covered = new Set((await services.calendar.listYears()).map((y) => y.year));
  const thisYear = now.getUTCFullYear();
  for (const year of [thisYear, thisYear + 1]) {
    if (covered.has(year)) continue;
    // The note is the year's 依据, shown as it is to every user: Chinese only. (In English: demo data, the year's
    // holiday notice is not entered yet, so it counts weekends only until someone enters it from the notice.)
    await services.calendar.addYear(actor, { year, note: demoYearNote(year) });
    log(`calendar: ${year} added for the demo (weekends only)`);
  }
}
