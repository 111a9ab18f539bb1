// Reading the office's ledger cells: deadlines in every spelling (property: any day written any way reads back as
// that day), batch deadlines in the source's year, progress, yes/no cells, units by name/short name/code, the
// header guess.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../cli/ledger.ts';
import { guessMapping } from './workbook/columns.ts';
import { parseDeadline, parseProgress, parseYesNo, unitMatcher } from './workbook/parse.ts';
import { periodOf } from './workbook/progress.ts';

const year2026 = { periodStart: '2026-01-01', periodEnd: '2026-12-31' };
const straddling = { periodStart: '2025-07-01', periodEnd: '2026-06-30' };
const ok = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : null);
const serialOf = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('deadlines', () => {
  it('reads any day however it is written (ISO, slashes, dots, 年月日, compact, Excel date and serial)', () => {
    const day = fc.date({ min: new Date(Date.UTC(1991, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), (iso, how) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const spellings = [iso, `${y}/${m}/${d}`, `${y}.${m}.${d}`, `${y}年${m}月${d}日`, iso.replace(/-/g, ''), new Date(`${iso}T00:00:00Z`), serialOf(iso)];
        expect(ok(parseDeadline(spellings[how]!, year2026))).toEqual({ date: iso, batch: null });
      }),
    );
  });

  it('turns batch deadlines into the end of that month in the source’s year, with the batch label', () => {
    expect(ok(parseDeadline('6月', year2026))).toEqual({ date: '2026-06-30', batch: '6月' });
    expect(ok(parseDeadline('6月底前', year2026))).toEqual({ date: '2026-06-30', batch: '6月' });
    expect(ok(parseDeadline('六月底', year2026))).toEqual({ date: '2026-06-30', batch: '6月' });
    expect(ok(parseDeadline('2026年6月底', year2026))).toEqual({ date: '2026-06-30', batch: '6月' });
    expect(ok(parseDeadline('2026年10月', year2026))).toEqual({ date: '2026-10-31', batch: '10月' });
    expect(ok(parseDeadline('2月', { periodStart: '2028-01-01', periodEnd: '2028-12-31' }))).toEqual({ date: '2028-02-29', batch: '2月' });
    expect(ok(parseDeadline('年底前', year2026))).toEqual({ date: '2026-12-31', batch: '年底' });
    expect(ok(parseDeadline('长期坚持', year2026))).toEqual({ date: '2026-12-31', batch: '长期' });
    // A plan running July to June: "9月" is this year's September, "3月" next year's March.
    expect(ok(parseDeadline('9月', straddling))).toEqual({ date: '2025-09-30', batch: '9月' });
    expect(ok(parseDeadline('3月', straddling))).toEqual({ date: '2026-03-31', batch: '3月' });
  });

  it('refuses what is no date, saying how to write one', () => {
    for (const bad of ['2026-13-45', '2026-02-30', '13月', '尽快', 12, '']) {
      const r = parseDeadline(bad, year2026);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.en).toMatch(/not a date we can read/);
    }
  });
});

describe('progress and units', () => {
  it('reads progress as a percentage, a fraction, a number or words', () => {
    expect(ok(parseProgress('60%'))).toEqual({ progress: 60, text: null });
    expect(ok(parseProgress('60％'))).toEqual({ progress: 60, text: null });
    expect(ok(parseProgress(0.6))).toEqual({ progress: 60, text: null });
    expect(ok(parseProgress(45))).toEqual({ progress: 45, text: null });
    expect(ok(parseProgress('已完成'))).toEqual({ progress: 100, text: null });
    expect(ok(parseProgress('已完成选址，进度30%'))).toEqual({ progress: 30, text: '已完成选址，进度30%' });
    expect(ok(parseProgress('正在对接企业'))).toEqual({ progress: null, text: '正在对接企业' });
    expect(parseProgress('150%').ok).toBe(false);
  });

  it('reads 是否报自治区销号 as yes or no (blank is no) and refuses anything else, saying what to write', () => {
    for (const yes of ['是', 'Y', 'y', '√', ' 是 ', 'YES', true]) expect(ok(parseYesNo(yes))).toBe(true);
    for (const no of ['否', 'N', 'n', '', '  ', null, undefined, false]) expect(ok(parseYesNo(no))).toBe(false);
    for (const bad of ['也许', '待定', 1, '是否']) {
      const r = parseYesNo(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toEqual({ zh: expect.stringContaining('应填“是”或“否”'), en: expect.stringContaining('should be 是 or 否') });
    }
  });

  it('finds units by full name, short name, code, and with the city or 市 in front', () => {
    const units = [
      { id: 'a', code: 'HHHT-SCJG', name: '呼和浩特市市场监督管理局', shortName: '市场监管局' },
      { id: 'b', code: 'HHHT-XC-SCJG', name: '新城区市场监督管理局', shortName: '新城区市场监管局' },
      { id: 'c', code: 'HHHT-ZWFW', name: '呼和浩特市政务服务与数据管理局', shortName: '政务服务局' },
    ];
    const find = unitMatcher(units);
    expect(['呼和浩特市市场监督管理局', '市场监管局', '市市场监管局', 'hhht-scjg', '市场监督管理局'].map(find)).toEqual(['a', 'a', 'a', 'a', 'a']);
    expect(find('新城区市场监管局')).toBe('b');
    expect(find('市政务服务局')).toBe('c');
    expect(find('不存在局')).toBeNull();
  });
});

describe('headers', () => {
  it('guesses the office’s own headers and ours, and leaves the rest alone', () => {
    expect(guessMapping(['序号', '存在问题', '整改措施', '具体任务', '责任单位', '配合单位', '完成时限', '进展情况', '备注'])).toEqual({
      issueCode: '序号',
      issueTitle: '存在问题',
      measureTitle: '整改措施',
      title: '具体任务',
      leadDepartment: '责任单位',
      supportDepartments: '配合单位',
      dueOn: '完成时限',
      progress: '进展情况',
      note: '备注',
    });
    const ours = guessMapping(['任务编号', '来源', '问题编号', '问题', '涉及指标', '措施编号', '整改措施', '任务', '牵头单位', '配合单位', '开始日期', '完成时限', '批次', '预期成效', '需自治区销号', '状态', '灯色', '进展（%）', '挂牌督办', '销号时间']);
    expect(ours).toEqual({
      issueCode: '问题编号',
      issueTitle: '问题',
      indicator: '涉及指标',
      measureCode: '措施编号',
      measureTitle: '整改措施',
      title: '任务',
      leadDepartment: '牵头单位',
      supportDepartments: '配合单位',
      startsOn: '开始日期',
      dueOn: '完成时限',
      batch: '批次',
      expectedResult: '预期成效',
      needsSecondApproval: '需自治区销号',
      progress: '进展（%）',
    });
    expect(guessMapping(['配合责任单位', '责任单位（牵头）', '整改完成时限'])).toEqual({ supportDepartments: '配合责任单位', leadDepartment: '责任单位（牵头）', dueOn: '整改完成时限' });
    for (const h of ['是否报自治区销号', '需自治区销号', '自治区销号', '是否需要报自治区销号*']) expect(guessMapping(['任务', h, '销号时间'])).toEqual({ title: '任务', needsSecondApproval: h });
  });

  it('draws the CLI’s progress bar', () => {
    expect(progressBar({ processed: 2500, total: 5000, imported: 2480, rejected: 20 }, 10)).toBe('[█████░░░░░]  50% 2500/5000 (导入 2480，退回 20 / imported 2480, rejected 20)');
    expect(progressBar({ processed: 0, total: 0, imported: 0, rejected: 0 }, 4)).toMatch(/^\[░░░░\] {3}0% /);
  });

  it('names report periods', () => {
    expect(periodOf('month', '2026-06-15')).toMatchObject({ from: '2026-06-01', to: '2026-06-30', label: '2026年6月' });
    expect(periodOf('quarter', '2026-11-27')).toMatchObject({ from: '2026-10-01', to: '2026-12-31', label: '2026年第四季度' });
    expect(periodOf('month', '2028-02-10').to).toBe('2028-02-29');
  });
});
