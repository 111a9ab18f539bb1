// 节假日安排 reminder: the State Council publishes next year's holidays each November, and until an administrator
// enters them, working-day deadlines that cross into next year are refused (no data) or count weekends only (a
// placeholder year). From 1 November the administrators are told once, and once more from 15 December if the
// year is still not entered — in the app and, with SMTP, by e-mail. Run daily by housekeeping; a notice of the
// same kind is never sent twice to the same person, whichever process runs it.
import { shanghaiDate } from '../common/calendar/index.ts';
import type { Services } from './services.ts';

type ReminderServices = Pick<Services, 'calendar' | 'notify' | 'org'>;

/** Sends the reminder when it is due; returns how many administrators were told. */
export async function remindNextYearCalendar(services: ReminderServices, now = new Date()): Promise<number> {
  const [year, month, day] = shanghaiDate(now).split('-').map(Number) as [number, number, number];
  if (month < 11) return 0;
  const next = year + 1;
  const status = await services.calendar.yearStatus(next);
  if (status === 'official' || status === 'entered') return 0;
  const late = month === 12 && day >= 15;
  const admins = await services.org.users.holdersOf('admin');
  if (admins.length === 0) return 0;
  const why =
    status === 'missing'
      ? { zh: `${next} 年还没有节假日数据，跨入 ${next} 年的办理时限将无法计算。`, en: `${next} has no holiday data yet: deadlines that run into ${next} cannot be counted.` }
      : { zh: `${next} 年目前只按周末计算，放假和调休尚未录入。`, en: `${next} counts weekends only so far: its holidays and make-up workdays are not entered.` };
  const { told } = await services.notify.notifyOnce(admins, {
    kind: `calendar.nextYear.${next}${late ? '.late' : ''}`,
    title: late
      ? { zh: `请尽快录入 ${next} 年节假日安排`, en: `Enter ${next}'s holidays soon` }
      : { zh: `请录入 ${next} 年节假日安排`, en: `Enter ${next}'s holidays` },
    body: {
      zh: `${why.zh}国务院办公厅的通知发布后，请在“节假日安排”中添加该年的放假和调休上班日期。`,
      en: `${why.en} Once the State Council's notice is out, add its days off and make-up workdays under Holidays.`,
    },
    link: '/admin/calendar',
  });
  return told.length;
}
