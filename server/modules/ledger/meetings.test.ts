// Dispatch meetings (调度会): the pack's sections per unit with tasks on known dates (overdue, at risk, newly closed
// since the last meeting held, open decisions of earlier meetings, silent tasks), a property check of the pack
// against a plain recomputation, holding freezes the pack (later changes leave it as it was), decisions become
// tasks, versions and who may write.
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCalendar, OFFICIAL_CALENDAR, shanghaiDate } from '../../../common/calendar/index.ts';
import { DEFAULT_LEDGER_RULES, taskLight, workingDaysFrom } from '../../../common/ledger/vocabulary.ts';
import { ledgerSender } from '../../test/ledger-factories.ts';
import { decisionOriginId, MEETING_DECISION, type SnapshotTask } from './board-repository.ts';
import { at, createBoardTestApp, insert, reset, source, type BoardTestApp } from './board.test-fixture.ts';
import { snapshot } from './service/board-snapshot.ts';
import { packOf, silentCheck } from './service/pack.ts';

const calendar = createCalendar(OFFICIAL_CALENDAR);
let t: BoardTestApp;
const actor = { type: 'system' as const, id: null };

beforeAll(async () => {
  t = await createBoardTestApp();
}, 120_000);
afterAll(async () => {
  await t?.close();
});
beforeEach(async () => {
  await reset(t);
});

const meetings = () => t.services.ledger.meetings;
const meetingBody = (heldOn: string, title = `${heldOn.slice(5, 7)}月营商环境调度会`) => ({ heldOn, title, chair: '王副市长', location: '市政府 3 楼会议室', presentDepartmentIds: [], minutes: '' });
const numbers = (list: { title: string }[]) => list.map((x) => x.title);

describe('the pack', () => {
  it('lists per unit what is overdue, at risk, newly closed since the last meeting and earlier decisions still open', async () => {
    const s = await source(t, { periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    const scjg = t.dept['HHHT-SCJG']!;
    // The September meeting, held at 10:00 on 09-15: its frozen pack is where the next one starts.
    const september = await meetings().create(actor, meetingBody('2026-09-15'));
    await insert(t, s, [
      { title: 'overdue', dueOn: '2026-10-09', progress: 40 },
      { title: 'at risk', dueOn: '2026-10-30', progress: 90, reports: [{ at: at('2026-10-16'), text: '推进中', progress: 90 }] },
      { title: 'on track', startsOn: '2026-10-12', dueOn: '2026-12-31', createdAt: at('2026-10-10'), reports: [{ at: at('2026-10-15'), text: '已启动', progress: 10 }] },
      { title: 'closed before the meeting', state: 'closed', closedAt: at('2026-09-14') },
      { title: 'closed on the meeting day, after it', state: 'closed', closedAt: at('2026-09-15', '16:00') },
      { title: 'closed since', state: 'closed', closedAt: at('2026-10-08') },
      { title: 'decision open', startsOn: '2026-09-15', dueOn: '2026-12-31', originType: MEETING_DECISION, originId: decisionOriginId(september.id, 'a'), createdAt: at('2026-09-15', '11:00') },
      { title: 'decision closed', startsOn: '2026-09-15', dueOn: '2026-10-30', originType: MEETING_DECISION, originId: decisionOriginId(september.id, 'b'), createdAt: at('2026-09-15', '11:00'), state: 'closed', closedAt: at('2026-10-12') },
      { title: 'SCJG overdue', leadDepartmentId: scjg, dueOn: '2026-09-30' },
      { title: 'made after the pack', dueOn: '2026-09-30', createdAt: at('2026-10-20', '12:00') },
    ]);
    await meetings().hold(actor, september.id, at('2026-09-15'));

    const pack = await meetings().pack(null, at('2026-10-20'));
    expect(pack).toMatchObject({ asOf: at('2026-10-20').toISOString(), since: '2026-09-15', previousMeetingId: september.id });
    expect(pack.units.map((u) => u.name)).toEqual(['市场监管局', '住建局']);
    const [sc, zj] = pack.units;
    expect(numbers(sc!.overdue)).toEqual(['SCJG overdue']);
    expect(numbers(zj!.overdue)).toEqual(['overdue']);
    expect(zj!.overdue[0]).toMatchObject({ dueOn: '2026-10-09', progress: 40, state: 'doing', daysLeft: -workingDaysFrom(calendar, '2026-10-09', '2026-10-20') });
    expect(numbers(zj!.atRisk)).toEqual(['at risk']);
    expect(numbers(zj!.newlyClosed)).toEqual(['closed on the meeting day, after it', 'closed since', 'decision closed']);
    expect(numbers(zj!.openDecisions)).toEqual(['decision open']);
    // Silent: no report for 10 working days — every open task but the two reported on 10-15/10-16.
    expect(zj!.silent).toBe(2);
    expect(sc!.silent).toBe(1);
    expect(zj).toMatchObject({ total: 8, closed: 4 });
    expect(pack.totals).toEqual({ overdue: 2, atRisk: 1, newlyClosed: 3, openDecisions: 1, total: 9, closed: 4 });

    // The September pack itself: nothing held before it, so nothing counts as newly closed.
    const frozen = await meetings().pack(september.id);
    expect(frozen).toMatchObject({ since: null, previousMeetingId: null, asOf: at('2026-09-15').toISOString() });
    expect(frozen.totals.newlyClosed).toBe(0);
    expect(frozen.totals.closed).toBe(1);
  });

  it('agrees with a plain recomputation over random tasks', () => {
    const day = fc.integer({ min: 0, max: 300 }).map((n) => shanghaiDate(new Date(Date.UTC(2026, 0, 5) + n * 86_400_000)));
    const task = fc.record({ starts: day, span: fc.integer({ min: 0, max: 120 }), progress: fc.integer({ min: 0, max: 100 }), closedAfter: fc.option(fc.integer({ min: 0, max: 200 })), unit: fc.constantFrom('u1', 'u2', 'u3'), decision: fc.constantFrom(null, 'm0', 'm1'), reported: fc.option(fc.integer({ min: 0, max: 60 })) });
    fc.assert(
      fc.property(fc.array(task, { maxLength: 40 }), day, fc.option(fc.integer({ min: 1, max: 60 })), (specs, today, sinceBack) => {
        const now = at(today);
        const rows: SnapshotTask[] = specs.map((x, i) => {
          const startsOn = x.starts;
          const dueOn = shanghaiDate(new Date(at(startsOn).getTime() + x.span * 86_400_000));
          const createdAt = at(startsOn, '08:00');
          const closedAt = x.closedAfter === null ? null : new Date(createdAt.getTime() + x.closedAfter * 86_400_000);
          const lastReportAt = x.reported === null ? null : new Date(createdAt.getTime() + x.reported * 86_400_000);
          return { id: `t${i}`, number: `N${String(i).padStart(3, '0')}`, title: `t${i}`, sourceId: 's', leadDepartmentId: x.unit, startsOn, dueOn, progress: x.progress, state: closedAt ? 'closed' : 'doing', escalated: false, closedAt, createdAt, lastReportAt, originType: x.decision ? MEETING_DECISION : null, originId: x.decision ? `${x.decision}:${i}` : null };
        });
        const present = rows.filter((r) => r.createdAt <= now);
        const boundary = sinceBack === null ? null : new Date(now.getTime() - sinceBack * 86_400_000);
        const asOf = { instant: now, today };
        const previous = boundary ? { id: 'm0', heldOn: shanghaiDate(boundary), packAsOf: boundary.toISOString() } : null;
        const departments = ['u1', 'u2', 'u3'].map((id) => ({ id, code: id, name: id, regionCode: '150100', parentId: null, kind: 'department' }));
        const pack = packOf(snapshot(present, asOf, calendar, DEFAULT_LEDGER_RULES), { now, meetingId: 'm1', previous }, departments, silentCheck(calendar, asOf, DEFAULT_LEDGER_RULES));
        for (const unit of pack.units) {
          const mine = present.filter((r) => r.leadDepartmentId === unit.departmentId);
          const closedThen = (r: SnapshotTask) => r.closedAt !== null && r.closedAt <= now;
          const open = mine.filter((r) => !closedThen(r));
          const light = (r: SnapshotTask) => taskLight(calendar, { state: 'doing', startsOn: r.startsOn, dueOn: r.dueOn, progress: r.progress }, today).light;
          const ids = (l: { id: string }[]) => l.map((x) => x.id).sort();
          expect(ids(unit.overdue)).toEqual(ids(open.filter((r) => light(r) === 'red')));
          expect(ids(unit.atRisk)).toEqual(ids(open.filter((r) => light(r) === 'amber')));
          expect(ids(unit.newlyClosed)).toEqual(boundary ? ids(mine.filter((r) => closedThen(r) && r.closedAt! > boundary)) : []);
          expect(ids(unit.openDecisions)).toEqual(ids(open.filter((r) => r.originId?.startsWith('m0:'))));
          // Each listed task's working days left as taskLight gives them for it (closed ones too).
          for (const listed of [...unit.overdue, ...unit.atRisk, ...unit.newlyClosed, ...unit.openDecisions]) {
            const r = mine.find((x) => x.id === listed.id)!;
            expect(listed.daysLeft).toBe(taskLight(calendar, { state: closedThen(r) ? 'closed' : 'doing', startsOn: r.startsOn, dueOn: r.dueOn, progress: r.progress }, today).daysLeft);
          }
          expect(unit.total).toBe(mine.length);
          expect(unit.closed).toBe(mine.length - open.length);
          const silent = open.filter((r) => {
            if (r.startsOn > today) return false;
            const last = r.lastReportAt && r.lastReportAt <= now ? r.lastReportAt : r.createdAt;
            const from = shanghaiDate(last) < r.startsOn ? r.startsOn : shanghaiDate(last);
            return workingDaysFrom(calendar, from, today) >= DEFAULT_LEDGER_RULES.silentWorkingDays;
          });
          expect(unit.silent).toBe(silent.length);
        }
        expect(pack.units.reduce((n, u) => n + u.total, 0)).toBe(present.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('holding a meeting', () => {
  it('freezes the pack: later changes do not alter it, while the live pack moves on', async () => {
    const s = await source(t, { periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    const [task] = await insert(t, s, [{ title: 'overdue', dueOn: '2026-11-06' }]);
    const m = await meetings().create(actor, meetingBody('2026-11-20'));
    expect(m.held).toBe(false);
    const held = await meetings().hold(actor, m.id, at('2026-11-20'));
    expect(held.held).toBe(true);
    const frozen = await meetings().pack(m.id);
    expect(frozen.totals.overdue).toBe(1);

    // Afterwards: a new overdue task and the first one closed.
    await insert(t, s, [{ title: 'late arrival', dueOn: '2026-11-13', createdAt: at('2026-11-21') }]);
    await t.services.database.exec(`update ledger_task set state = 'closed', closed_at = '2026-11-22T02:00:00Z', progress = 100 where id = '${task}'`);
    expect(await meetings().pack(m.id, at('2026-11-25'))).toEqual(frozen);
    const live = await meetings().pack(null, at('2026-11-25'));
    expect(live).toMatchObject({ since: '2026-11-20', previousMeetingId: m.id, totals: { overdue: 1, newlyClosed: 1 } });

    await expect(meetings().hold(actor, m.id, at('2026-11-25'))).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    const future = await meetings().create(actor, meetingBody('2026-12-18'));
    await expect(meetings().hold(actor, future.id, at('2026-11-25'))).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
    await expect(meetings().update(actor, m.id, { version: held.version, heldOn: '2026-11-19' })).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
  });
});

describe('decisions and routes', () => {
  it('files a decision as a task of the meeting, listed with it and in the next pack; versions and roles hold', async () => {
    const send = ledgerSender(t);
    const created = await send('office', 'POST', '/meetings', meetingBody('2026-11-20', '11月调度会'));
    expect(created.statusCode).toBe(201);
    const m = created.json();
    const decision = await send('office', 'POST', `/meetings/${m.id}/decisions`, { title: '月底前完成工程建设项目审批系统与不动产登记系统对接', leadDepartmentId: t.dept['HHHT-ZJ']!, supportDepartmentIds: [t.dept['HHHT-BDC']!], dueOn: '2026-12-31', expectedResult: '系统对接上线' });
    expect(decision.statusCode).toBe(201);
    const { id, number } = decision.json();
    expect(number).toMatch(/^TZ2026\d{5}$/);
    expect((await send('office', 'POST', `/meetings/${m.id}/decisions`, { title: '早于会议', leadDepartmentId: t.dept['HHHT-ZJ']!, dueOn: '2026-11-01' })).statusCode).toBe(422);

    const view = (await send('leader', 'GET', `/meetings/${m.id}`)).json();
    expect(view.decisions).toEqual([expect.objectContaining({ id, number, sourceKind: 'meeting', leadDepartmentName: '住建局', startsOn: '2026-11-20', dueOn: '2026-12-31', state: 'doing' })]);
    const detail = (await send('office', 'GET', `/tasks/${id}`)).json();
    expect(detail.origin).toEqual({ type: MEETING_DECISION, id: expect.stringMatching(new RegExp(`^${m.id}:`)) });

    // Its own meeting's pack does not count it as an earlier decision; once held, the next pack does.
    expect((await send('office', 'GET', `/meetings/${m.id}/pack`)).json().totals.openDecisions).toBe(0);
    expect((await send('office', 'POST', `/meetings/${m.id}/hold`)).statusCode).toBe(200);
    expect((await send('leader', 'GET', '/pack')).json().totals.openDecisions).toBe(1);
    const list = (await send('admin', 'GET', '/meetings')).json();
    expect(list.items).toEqual([expect.objectContaining({ id: m.id, held: true, decisions: [expect.objectContaining({ id })] })]);

    const edit = await send('office', 'PUT', `/meetings/${m.id}`, { version: view.version + 1, minutes: '会议纪要：……' });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().minutes).toBe('会议纪要：……');
    expect((await send('office', 'PUT', `/meetings/${m.id}`, { version: view.version, minutes: '旧版本' })).statusCode).toBe(409);
    expect((await send('leader', 'POST', '/meetings', meetingBody('2026-12-18'))).statusCode).toBe(403);
    expect((await send('handler', 'GET', '/pack')).statusCode).toBe(403);
    expect((await send('office', 'GET', '/meetings/0190a0a0-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });

  it('refuses a unit present that is no department, on the field, when recording and when editing', async () => {
    const send = ledgerSender(t);
    const nobody = '0190a0a0-0000-7000-8000-0000000000ff';
    const made = await send('office', 'POST', '/meetings', { ...meetingBody('2026-11-21', '专题调度会'), presentDepartmentIds: [t.dept['HHHT-ZJ']!, nobody] });
    expect(made.statusCode).toBe(422);
    expect(made.json().errors[0]).toMatchObject({ path: 'body.presentDepartmentIds.1', message: expect.stringContaining('参会单位不存在') });
    const good = await send('office', 'POST', '/meetings', { ...meetingBody('2026-11-21', '专题调度会'), presentDepartmentIds: [t.dept['HHHT-ZJ']!] });
    expect(good.statusCode).toBe(201);
    const edit = await send('office', 'PUT', `/meetings/${good.json().id}`, { version: good.json().version, presentDepartmentIds: [nobody] });
    expect(edit.statusCode).toBe(422);
    expect((await send('office', 'GET', `/meetings/${good.json().id}`)).json()).toMatchObject({ presentDepartmentIds: [t.dept['HHHT-ZJ']!], version: good.json().version });
  });
});
