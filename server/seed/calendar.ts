// The demo city's calendar: a year whose State Council notice is not in the platform yet (it comes out each
// November) is added as the demo's own, counting weekends only and saying so, so that the demo's deadlines can
// cross into it (from December on, a 15-working-day limit does). A real city's admin adds the year with its
// holidays instead (`yingshang calendar add-year` and overrides, or 系统管理 → 节假日安排).
import type { Actor } from '../platform/audit/index.ts';
import type { Services } from '../services.ts';

export async function seedCalendarYears(services: Services, actor: Actor, now = new Date(), log: (line: string) => void = () => undefined) {
  const covered = new Set((await services.calendar.listYears()).map((y) => y.year));
  const thisYear = now.getUTCFullYear();
  for (const year of [thisYear, thisYear + 1]) {
    if (covered.has(year)) continue;
    await services.calendar.addYear(actor, {
      year,
      note: `演示数据：${year} 年节假日通知尚未录入，暂按周末计算，请按国务院通知补录 · demo: weekends only until the notice is entered`,
    });
    log(`calendar: ${year} added for the demo (weekends only)`);
  }
}
