// "This half-year" for the leading group's changes (本半年成员单位调整): 1 January – 30 June or 1 July – 31 December
// of the given day's year, and which members joined or left within it. Pure, tested in halfYear.test.ts.
export interface Period {
  from: string;
  to: string;
}

export function halfYearOf(day: string): Period {
  const year = day.slice(0, 4);
  return Number(day.slice(5, 7)) <= 6 ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

/** The half-year before `period` (上个半年). */
export function previousHalfYear(period: Period): Period {
  const year = Number(period.from.slice(0, 4));
  return period.from.endsWith('-07-01') ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year - 1}-07-01`, to: `${year - 1}-12-31` };
}

export interface Change<T> {
  member: T;
  kind: 'joined' | 'left';
  on: string;
}

/** Joinings and leavings in the period, the latest first. */
export function changesIn<T extends { joinedOn: string; leftOn: string | null }>(members: readonly T[], period: Period): Change<T>[] {
  const inside = (d: string | null): d is string => d !== null && d >= period.from && d <= period.to;
  const out: Change<T>[] = [];
  for (const member of members) {
    if (inside(member.joinedOn)) out.push({ member, kind: 'joined', on: member.joinedOn });
    if (inside(member.leftOn)) out.push({ member, kind: 'left', on: member.leftOn });
  }
  return out.sort((a, b) => b.on.localeCompare(a.on));
}
