import { describe, expect, it } from 'vitest';
import { badgeText, internalLink, readNotificationsQuery, textIn, unreadIds, whenLabel, writeNotificationsQuery } from './notifications.ts';

describe('textIn', () => {
  const text = { zh: '新工单待处理', en: 'A ticket to act on' };
  it('reads Chinese for zh-CN and English for en', () => {
    expect(textIn(text, 'zh-CN')).toBe('新工单待处理');
    expect(textIn(text, 'en')).toBe('A ticket to act on');
  });
  it('falls back to the other language when one is empty', () => {
    expect(textIn({ zh: '只有中文', en: '' }, 'en')).toBe('只有中文');
    expect(textIn({ zh: '', en: 'English only' }, 'zh-CN')).toBe('English only');
  });
});

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-3, ''],
    [Number.NaN, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
    [5000, '99+'],
  ])('%s → %j', (unread, text) => {
    expect(badgeText(unread)).toBe(text);
  });
});

describe('whenLabel', () => {
  // Local time, as the browser shows it.
  const now = new Date(2026, 2, 10, 15, 30, 0);
  const at = (h: number, m: number, day = 10) => new Date(2026, 2, day, h, m, 0).toISOString();

  it('says "just now" for the last minute, and for a clock a little ahead', () => {
    expect(whenLabel(new Date(2026, 2, 10, 15, 29, 30).toISOString(), now)).toEqual({ kind: 'justNow' });
    expect(whenLabel(at(15, 32), now)).toEqual({ kind: 'justNow' });
  });
  it('counts minutes, then hours, while it is today', () => {
    expect(whenLabel(at(15, 20), now)).toEqual({ kind: 'minutesAgo', count: 10 });
    expect(whenLabel(at(14, 31), now)).toEqual({ kind: 'minutesAgo', count: 59 });
    expect(whenLabel(at(14, 30), now)).toEqual({ kind: 'hoursAgo', count: 1 });
    expect(whenLabel(at(0, 5), now)).toEqual({ kind: 'hoursAgo', count: 15 });
  });
  it('gives the date and time from yesterday back, and far in the future', () => {
    expect(whenLabel(at(23, 50, 9), now)).toEqual({ kind: 'date', text: '2026-03-09 23:50' });
    expect(whenLabel(at(18, 0, 12), now)).toEqual({ kind: 'date', text: '2026-03-12 18:00' });
  });
  it('shows what it was given when it is not a time', () => {
    expect(whenLabel('not a time', now)).toEqual({ kind: 'date', text: 'not a time' });
  });
});

describe('internalLink', () => {
  it('keeps a path of this app', () => {
    expect(internalLink('/work/appeals/0190a1b2-0000-7000-8000-000000000000')).toBe('/work/appeals/0190a1b2-0000-7000-8000-000000000000');
    expect(internalLink('/admin/calendar?year=2027')).toBe('/admin/calendar?year=2027');
  });
  it.each([null, undefined, '', 'work/x', '//evil.example', '/\\evil.example', 'https://evil.example/x', 'javascript:alert(1)', '/a b'])(
    'refuses %j',
    (link) => {
      expect(internalLink(link)).toBeNull();
    },
  );
});

describe('the page address', () => {
  it('reads all and page 1 by default, and anything odd as that', () => {
    expect(readNotificationsQuery(new URLSearchParams(''))).toEqual({ show: 'all', page: 1 });
    expect(readNotificationsQuery(new URLSearchParams('show=nope&page=-2'))).toEqual({ show: 'all', page: 1 });
    expect(readNotificationsQuery(new URLSearchParams('page=1.5'))).toEqual({ show: 'all', page: 1 });
  });
  it('round-trips the filter and the page, leaving the defaults out', () => {
    const query = { show: 'unread' as const, page: 3 };
    expect(writeNotificationsQuery(query).toString()).toBe('show=unread&page=3');
    expect(readNotificationsQuery(writeNotificationsQuery(query))).toEqual(query);
    expect(writeNotificationsQuery({ show: 'all', page: 1 }).toString()).toBe('');
  });
});

describe('unreadIds', () => {
  it('lists the ones not yet read', () => {
    expect(unreadIds([{ id: 'a', readAt: null }, { id: 'b', readAt: '2026-03-10T01:00:00Z' }, { id: 'c', readAt: null }])).toEqual(['a', 'c']);
  });
});
