// The working-day calendar as the server uses it: the official data shipped in common/calendar,
// with admin overrides and admin-added years from the database layered on top.
import {
  CalendarYearMissingError,
  OFFICIAL_CALENDAR,
  createCalendar,
  isIsoDate,
  mergeCalendar,
  type Calendar,
} from '../../../common/calendar/index.ts';
import { AppError, notFound, validationFailed, versionConflict } from '../errors/index.ts';
import { appendAudit, type Actor } from '../audit/index.ts';
import type { Database, Db } from '../db/index.ts';
import { keptFor } from './cache.ts';
import * as repo from './repository.ts';
import { yearDaysErrors } from './year-days.ts';

export type { OverrideRow, YearRow } from './repository.ts';

export interface SetOverrideInput {
  date: string;
  working: boolean;
  note: string;
  /** The version read before editing; required when the date already has an override. */
  version?: number | undefined;
}

export interface AddYearInput {
  year: number;
  /** The notice it follows, e.g. 国办发明电〔2026〕N号. */
  note: string;
  /** Weekdays off (放假) in that year; none: weekends only until overrides are added. */
  daysOff?: readonly string[] | undefined;
  /** Saturdays and Sundays worked (调休上班) in that year. */
  extraWorkdays?: readonly string[] | undefined;
}

export interface CalendarService {
  /** The calendar in force. Cached; reloaded after a local change or every `ttlMs` for changes made elsewhere. */
  current(db?: Db): Promise<Calendar>;
  /** All overrides, or those of `year`. */
  listOverrides(year?: number): Promise<repo.OverrideRow[]>;
  listYears(): Promise<{ year: number; source: 'official' | 'admin'; note: string }[]>;
  /** Whether `year` has holiday data: shipped, entered by an admin (days given), added with weekends only, or none. */
  yearStatus(year: number): Promise<YearStatus>;
  setOverride(actor: Actor, input: SetOverrideInput): Promise<repo.OverrideRow>;
  removeOverride(actor: Actor, date: string, version: number | undefined): Promise<void>;
  /** Adds a year and its days (as overrides) in one transaction, each audited. */
  addYear(actor: Actor, input: AddYearInput): Promise<void>;
}

export type YearStatus = 'official' | 'entered' | 'weekendsOnly' | 'missing';

const overrideWhat = { zh: '日历调整', en: 'Calendar override' };

function checkNote(note: string) {
  const trimmed = note.trim();
  if (trimmed.length < 1 || trimmed.length > 200) {
    throw new AppError('VALIDATION_FAILED', { zh: '说明应为 1–200 个字符', en: 'note must be 1–200 characters' }, [
      { path: 'note', message: { zh: '应为 1–200 个字符', en: 'must be 1–200 characters' } },
    ]);
  }
  return trimmed;
}

export function createCalendarService(database: Database, options: { ttlMs?: number } = {}): CalendarService {
  const ttlMs = options.ttlMs ?? 30_000;

  async function load(db: Db): Promise<Calendar> {
    const [overrides, years] = await Promise.all([repo.listOverrides(db), repo.listYears(db)]);
    const data = mergeCalendar(
      OFFICIAL_CALENDAR,
      overrides.map((o) => ({ date: o.date, working: o.working })),
      years.map((y) => y.year),
    );
    return createCalendar(data);
  }

  // Kept for ttlMs, and not at all when a change came while it was being loaded (cache.ts).
  const kept = keptFor<Calendar>(ttlMs);
  const invalidate = () => kept.invalidate();

  return {
    /** The calendar in force; `db` is the transaction to read through when called inside one (PGlite has one connection). */
    current: (db: Db = database.db) => kept.get(() => load(db)),

    listOverrides: (year) => repo.listOverrides(database.db, year),

    async listYears() {
      const added = await repo.listYears(database.db);
      const official = [...OFFICIAL_CALENDAR.years].sort((a, b) => a - b);
      return [
        ...official.map((year) => ({ year, source: 'official' as const, note: '国务院办公厅节假日安排通知' })),
        ...added.filter((y) => !OFFICIAL_CALENDAR.years.has(y.year)).map((y) => ({ year: y.year, source: 'admin' as const, note: y.note })),
      ].sort((a, b) => a.year - b.year);
    },

    async yearStatus(year) {
      if (OFFICIAL_CALENDAR.years.has(year)) return 'official';
      if (!(await repo.listYears(database.db)).some((y) => y.year === year)) return 'missing';
      return (await repo.listOverrides(database.db, year)).length > 0 ? 'entered' : 'weekendsOnly';
    },

    async setOverride(actor, input) {
      if (!isIsoDate(input.date)) {
        throw new AppError('VALIDATION_FAILED', { zh: '日期应为 YYYY-MM-DD', en: 'date must be YYYY-MM-DD' }, [
          { path: 'date', message: { zh: '应为 YYYY-MM-DD', en: 'must be YYYY-MM-DD' } },
        ]);
      }
      const note = checkNote(input.note);
      const calendar = await this.current();
      const year = Number(input.date.slice(0, 4));
      if (!calendar.covers(year)) throw new CalendarYearMissingError(year);
      const result = await database.db.transaction(async (tx) => {
        const existing = await repo.findOverride(tx, input.date);
        const row = { date: input.date, working: input.working, note };
        if (!existing) {
          await repo.insertOverride(tx, row);
        } else if (input.version === undefined || !(await repo.updateOverride(tx, row, input.version))) {
          throw versionConflict(overrideWhat);
        }
        await appendAudit(tx, actor, {
          action: existing ? 'calendar.override.update' : 'calendar.override.create',
          entity: 'calendar_override',
          entityId: input.date,
          change: { before: existing, after: row },
        });
        return (await repo.findOverride(tx, input.date))!;
      });
      invalidate();
      return result;
    },

    async removeOverride(actor, date, version) {
      await database.db.transaction(async (tx) => {
        const existing = await repo.findOverride(tx, date);
        if (!existing) throw notFound(overrideWhat);
        if (version !== undefined && version !== existing.version) throw versionConflict(overrideWhat);
        await repo.deleteOverride(tx, date);
        await appendAudit(tx, actor, {
          action: 'calendar.override.delete',
          entity: 'calendar_override',
          entityId: date,
          change: { before: existing },
        });
      });
      invalidate();
    },

    async addYear(actor, input) {
      const yearField = (zh: string, en: string) => [{ path: 'body.year', message: { zh, en } }];
      if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
        throw new AppError('VALIDATION_FAILED', { zh: '年份应在 2000–2100 之间', en: 'year must be 2000–2100' }, yearField('应在 2000–2100 之间', 'must be 2000–2100'));
      }
      const { year } = input;
      if (OFFICIAL_CALENDAR.years.has(year)) {
        throw new AppError(
          'CONFLICT',
          { zh: `${year} 年已有官方节假日数据`, en: `${year} already has official holiday data` },
          yearField('已有官方节假日数据', 'has official holiday data already'),
        );
      }
      const note = checkNote(input.note);
      const daysOff = [...(input.daysOff ?? [])];
      const extraWorkdays = [...(input.extraWorkdays ?? [])];
      const dayErrors = yearDaysErrors(year, { daysOff, extraWorkdays });
      if (dayErrors.length > 0) throw validationFailed(dayErrors);
      const days = [...daysOff.map((date) => ({ date, working: false })), ...extraWorkdays.map((date) => ({ date, working: true }))].sort((a, b) =>
        a.date.localeCompare(b.date),
      );
      await database.db.transaction(async (tx) => {
        const added = await repo.insertYear(tx, { year, note });
        if (!added) throw new AppError('CONFLICT', { zh: `${year} 年已添加`, en: `${year} was already added` }, yearField('已添加过', 'was added already'));
        await appendAudit(tx, actor, {
          action: 'calendar.year.add',
          entity: 'calendar_year',
          entityId: String(year),
          change: { year, note, daysOff: daysOff.length, extraWorkdays: extraWorkdays.length },
        });
        // A year without data cannot have overrides yet (setOverride refuses them), so each day is new.
        for (const day of days) {
          const row = { ...day, note };
          await repo.insertOverride(tx, row);
          await appendAudit(tx, actor, { action: 'calendar.override.create', entity: 'calendar_override', entityId: day.date, change: { before: null, after: row } });
        }
      });
      invalidate();
    },
  };
}
