import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar, OFFICIAL_CALENDAR } from '../../../common/calendar/index.ts';
import { AppError } from '../errors/index.ts';
import { clockDueAt, deadlineState } from './clock.ts';
import { definitionProblems, defineWorkflow, WorkflowDefinitionError } from './definition.ts';
import { applyAction, availableActions, mayTake, openCase } from './engine.ts';
import { sampleWorkflow as wf } from './sample.test-fixture.ts';
import { SYSTEM_ACTOR_ID, type CaseState, type WorkflowActor, type WorkflowDefinition } from './types.ts';

const calendar = createCalendar(OFFICIAL_CALENDAR);
const applicant: WorkflowActor = { userId: 'u-applicant', departmentId: null, roles: ['applicant'] };
const clerk: WorkflowActor = { userId: 'u-clerk', departmentId: 'd-hall', roles: ['clerk'] };
const a1: WorkflowActor = { userId: 'u-a1', departmentId: 'd-dept', roles: ['approver'] };
const a2: WorkflowActor = { userId: 'u-a2', departmentId: 'd-dept', roles: ['approver'] };
const deputy: WorkflowActor = { userId: 'u-deputy', departmentId: 'd-dept', roles: ['approver'] };
const leader: WorkflowActor = { userId: 'u-leader', departmentId: 'd-dept', roles: ['leader'] };
const office: WorkflowActor = { userId: 'u-office', departmentId: 'd-office', roles: ['office'] };
const admin: WorkflowActor = { userId: 'u-admin', departmentId: 'd-office', roles: ['admin'] };
const users = (...ids: string[]) => ids.map((id) => ({ kind: 'user' as const, id }));

// Thursday 2026-09-24, 10:00 in Shanghai. 25 Sep is 中秋 and 1–7 Oct 国庆 (off); Sun 20 Sep and Sat 10 Oct are
// make-up workdays (the State Council's 2026 notice).
const t0 = new Date('2026-09-24T02:00:00Z');
const at = (iso: string) => new Date(iso);

function submitted(): CaseState {
  return openCase(wf, { initiatorId: applicant.userId, holders: [{ kind: 'department', id: 'd-hall' }], limit: { unit: 'workingDays', value: 5 }, maxExtension: 3 }, t0, calendar);
}
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? e.code : 'other';
  }
  return 'ok';
};

describe('workflow definitions', () => {
  it('accepts the sample and refuses broken ones, naming each problem', () => {
    expect(definitionProblems(wf)).toEqual([]);
    const broken: WorkflowDefinition = {
      ...wf,
      states: { ...wf.states, orphan: { label: { zh: '孤立', en: 'Orphan' } } },
      actions: { ...wf.actions, lost: { label: { zh: '丢失', en: 'Lost' }, effect: 'move', from: ['submitted'], to: 'nowhere', who: ['holder'] } },
    };
    const problems = definitionProblems(broken);
    expect(problems).toContain('state "orphan" cannot be reached from "submitted"');
    expect(problems).toContain('action "lost" goes to missing state "nowhere"');
    expect(() => defineWorkflow(broken)).toThrow(WorkflowDefinitionError);
  });

  it('refuses an action that leaves an end state and a paused state with no way back', () => {
    const problems = definitionProblems({
      ...wf,
      actions: {
        ...wf.actions,
        reopen: { label: { zh: '重开', en: 'Reopen' }, effect: 'move', from: ['done'], to: 'reviewing', who: ['holder'] },
        resubmit: { ...wf.actions.resubmit!, from: ['reviewing'] },
      },
    });
    expect(problems).toContain('action "reopen" leaves end state "done"');
    expect(problems).toContain('paused state "correction" has no resume action');
  });
});

describe('the standard path', () => {
  it('routes, countersigns, decides, and keeps the clock on working days', () => {
    let c = submitted();
    expect(availableActions(wf, c, clerk)).toEqual(expect.arrayContaining(['accept', 'askCorrection', 'handOver']));
    expect(availableActions(wf, c, applicant)).toEqual(['withdraw', 'urge']);
    // Accepted on Thursday 24 Sep: 5 working days → 28, 29, 30 Sep, 8, 9 Oct.
    let r = applyAction(wf, c, 'accept', clerk, { holders: users(a1.userId, a2.userId) }, t0, calendar);
    c = r.next;
    expect(c.state).toBe('reviewing');
    expect(r.notify).toEqual(users(a1.userId, a2.userId));
    expect(clockDueAt(calendar, c.clock)?.toISOString()).toBe('2026-10-09T15:59:59.999Z');
    // 会签: both must approve; the first stays in review, and may not sign twice.
    r = applyAction(wf, c, 'approve', a1, { holders: users(leader.userId) }, t0, calendar);
    expect(r.next.state).toBe('reviewing');
    expect(mayTake(wf, r.next, 'approve', a1)).toBe(false);
    r = applyAction(wf, r.next, 'approve', a2, { holders: users(leader.userId) }, t0, calendar);
    expect(r.next.state).toBe('deciding');
    r = applyAction(wf, r.next, 'decide', leader, {}, at('2026-09-29T02:00:00Z'), calendar);
    expect(r.next.state).toBe('done');
    expect(r.next.clock.finishedAt).toBe('2026-09-29T02:00:00.000Z');
    expect(deadlineState(calendar, r.next.clock, at('2026-12-01T00:00:00Z'))).not.toBe('overdue');
    expect(availableActions(wf, r.next, leader)).toEqual([]);
    expect(r.next.version).toBe(5);
  });

  it('lets one veto decide a countersign at once', () => {
    let c = applyAction(wf, submitted(), 'accept', clerk, { holders: users(a1.userId, a2.userId) }, t0, calendar).next;
    expect(code(() => applyAction(wf, c, 'veto', a1, {}, t0, calendar))).toBe('VALIDATION_FAILED'); // needs a comment
    c = applyAction(wf, c, 'veto', a1, { comment: '不符合条件' }, t0, calendar).next;
    expect(c.state).toBe('refused');
  });

  it('pauses the clock for a correction and resumes to the holders it left', () => {
    let c = applyAction(wf, submitted(), 'accept', clerk, { holders: users(a1.userId) }, t0, calendar).next;
    const due = clockDueAt(calendar, c.clock)!;
    // Asked on Fri 25 Sep; answered Fri 9 Oct: working days in (25 Sep, 9 Oct] = 28, 29, 30 Sep, 8, 9 Oct = 5.
    c = applyAction(wf, c, 'askCorrection', a1, { comment: '缺营业执照' }, at('2026-09-25T02:00:00Z'), calendar).next;
    expect(c.state).toBe('correction');
    expect(c.holders.map((h) => h.holder)).toEqual(users(applicant.userId));
    expect(deadlineState(calendar, c.clock, at('2027-01-01T00:00:00Z'))).not.toBe('overdue');
    expect(code(() => applyAction(wf, c, 'resubmit', a1, {}, t0, calendar))).toBe('FORBIDDEN');
    c = applyAction(wf, c, 'resubmit', applicant, {}, at('2026-10-09T02:00:00Z'), calendar).next;
    expect(c.state).toBe('reviewing');
    expect(c.holders.map((h) => h.holder)).toEqual(users(a1.userId));
    expect(c.clock.paused).toBe(5);
    expect(clockDueAt(calendar, c.clock)).toEqual(calendar.dueAt(new Date(c.clock.startedAt!), { unit: 'workingDays', value: 10 }));
    expect(clockDueAt(calendar, c.clock)!.getTime()).toBeGreaterThan(due.getTime());
  });

  it('extends within the bound and refuses beyond it', () => {
    let c = applyAction(wf, submitted(), 'accept', clerk, { holders: users(a1.userId) }, t0, calendar).next;
    expect(code(() => applyAction(wf, c, 'extend', a1, { extension: 1 }, t0, calendar))).toBe('FORBIDDEN');
    c = applyAction(wf, c, 'extend', leader, { extension: 2 }, t0, calendar).next;
    expect(code(() => applyAction(wf, c, 'extend', leader, { extension: 2 }, t0, calendar))).toBe('UNPROCESSABLE');
    c = applyAction(wf, c, 'extend', leader, { extension: 1 }, t0, calendar).next;
    expect(c.clock.extension).toBe(3);
    expect(mayTake(wf, c, 'extend', leader)).toBe(false);
  });

  it('hands over, delegates and takes back, sends back with the earlier holders', () => {
    let c = applyAction(wf, submitted(), 'accept', clerk, { holders: users(a1.userId) }, t0, calendar).next;
    c = applyAction(wf, c, 'delegate', a1, { delegateTo: deputy.userId }, t0, calendar).next;
    expect(mayTake(wf, c, 'approve', a1)).toBe(false);
    expect(mayTake(wf, c, 'approve', deputy)).toBe(true);
    c = applyAction(wf, c, 'takeBack', a1, {}, t0, calendar).next;
    expect(mayTake(wf, c, 'approve', deputy)).toBe(false);
    c = applyAction(wf, c, 'handOver', leader, { holders: users(a2.userId) }, t0, calendar).next;
    expect(mayTake(wf, c, 'approve', a1)).toBe(false);
    c = applyAction(wf, c, 'approve', a2, { holders: users(leader.userId) }, t0, calendar).next;
    expect(code(() => applyAction(wf, c, 'sendBack', leader, { comment: '重审', toState: 'done' }, t0, calendar))).toBe('VALIDATION_FAILED');
    c = applyAction(wf, c, 'sendBack', leader, { comment: '重审', toState: 'reviewing' }, t0, calendar).next;
    expect(c.state).toBe('reviewing');
    expect(c.holders.map((h) => h.holder)).toEqual(users(a2.userId));
  });

  it('lets the initiator withdraw only before anyone else acted, and urge without changing anything', () => {
    const c = submitted();
    const urged = applyAction(wf, c, 'urge', office, {}, t0, calendar);
    expect(urged.next.state).toBe('submitted');
    expect(urged.notify).toEqual([{ kind: 'department', id: 'd-hall' }]);
    expect(applyAction(wf, urged.next, 'withdraw', applicant, {}, t0, calendar).next.state).toBe('withdrawn');
    const handed = applyAction(wf, c, 'handOver', clerk, { holders: [{ kind: 'department', id: 'd-hall2' }] }, t0, calendar).next;
    expect(code(() => applyAction(wf, handed, 'withdraw', applicant, {}, t0, calendar))).toBe('FORBIDDEN');
  });

  it('answers 409 for an action the current state does not allow', () => {
    const c = applyAction(wf, submitted(), 'accept', clerk, { holders: users(a1.userId) }, t0, calendar).next;
    expect(code(() => applyAction(wf, c, 'accept', clerk, { holders: users(a1.userId) }, t0, calendar))).toBe('CONFLICT');
    expect(code(() => applyAction(wf, c, 'nope', clerk, {}, t0, calendar))).toBe('VALIDATION_FAILED');
  });
});

describe('engine invariants under random action sequences', () => {
  const actors = [applicant, clerk, a1, a2, deputy, leader, office, admin];
  const step = fc.record({
    action: fc.constantFrom(...Object.keys(wf.actions)),
    actor: fc.constantFrom(...actors),
    holders: fc.subarray(
      actors.map((a) => a.userId),
      { minLength: 1, maxLength: 2 },
    ),
    toState: fc.constantFrom(...Object.keys(wf.states)),
    extension: fc.integer({ min: -1, max: 4 }),
    // At most 30 × 72 h = 90 days: the calendar has data up to the end of 2026.
    hours: fc.integer({ min: 0, max: 72 }),
  });

  it('keeps states, versions, clocks and holders consistent; refusals change nothing', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let c = submitted();
        let now = t0;
        for (const s of steps) {
          now = new Date(now.getTime() + s.hours * 3_600_000);
          const before = JSON.stringify(c);
          const allowed = mayTake(wf, c, s.action, s.actor);
          try {
            const r = applyAction(wf, c, s.action, s.actor, { comment: '意见', holders: users(...s.holders), delegateTo: deputy.userId, toState: s.toState, extension: s.extension }, now, calendar);
            expect(allowed).toBe(true);
            expect(r.next.version).toBe(c.version + 1);
            expect(r.entry.fromState).toBe(c.state);
            expect(r.entry.toState).toBe(r.next.state);
            c = r.next;
          } catch (e) {
            expect(e).toBeInstanceOf(AppError);
            expect(JSON.stringify(c)).toBe(before);
          }
          const state = wf.states[c.state]!;
          expect(state).toBeDefined();
          expect(Boolean(c.clock.pausedAt)).toBe(Boolean(state.pausesClock));
          expect(c.clock.extension).toBeLessThanOrEqual(c.clock.maxExtension);
          expect(c.clock.paused).toBeGreaterThanOrEqual(0);
          if (state.end) expect(availableActions(wf, c, admin)).toEqual([]);
          else expect(c.holders.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('opening past the start, deemed starts and the platform as actor', () => {
  it('opens at a later state and starts the clock there when that state starts it', () => {
    const c = openCase(wf, { initiatorId: applicant.userId, holders: users(a1.userId), limit: { unit: 'workingDays', value: 5 }, at: 'reviewing' }, t0, calendar);
    expect(c.state).toBe('reviewing');
    expect(c.clock.startedAt).toBe(t0.toISOString());
    expect(c.trail).toEqual([{ state: 'reviewing', holders: users(a1.userId) }]);
    expect(() => openCase(wf, { initiatorId: null, holders: [], limit: null, at: 'done' }, t0, calendar)).toThrow();
    expect(() => openCase(wf, { initiatorId: null, holders: [], limit: null, at: 'nowhere' }, t0, calendar)).toThrow();
  });

  it('starts the clock at an earlier moment when told (deemed acceptance), never later than now', () => {
    const deemed = '2026-09-22T02:00:00.000Z';
    const later = new Date('2026-09-29T02:00:00Z');
    const accepted = applyAction(wf, submitted(), 'accept', { ...clerk, departmentId: 'd-hall' }, { holders: users(a1.userId), clockStartAt: deemed }, later, calendar);
    expect(accepted.next.clock.startedAt).toBe(deemed);
    const future = applyAction(wf, submitted(), 'accept', clerk, { holders: users(a1.userId), clockStartAt: '2027-01-01T00:00:00.000Z' }, later, calendar);
    expect(future.next.clock.startedAt).toBe(later.toISOString());
  });

  it("lets only the platform take an action reserved for 'system'", () => {
    const def = defineWorkflow({
      ...wf,
      key: 'test.system',
      actions: { ...wf.actions, deem: { label: { zh: '视为受理', en: 'Deem accepted' }, effect: 'move', from: ['submitted'], to: 'reviewing', who: ['system'] } },
    });
    const system: WorkflowActor = { userId: SYSTEM_ACTOR_ID, departmentId: null, roles: [] };
    expect(mayTake(def, submitted(), 'deem', system)).toBe(true);
    for (const someone of [admin, clerk, applicant, office]) expect(mayTake(def, submitted(), 'deem', someone)).toBe(false);
  });
});

describe("a state's limit given with the step", () => {
  it("replaces the definition's limit of the state entered, counted in working days from the step", () => {
    fc.assert(
      // Within 2026: the calendar the tests ship with ends there.
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 30 }), (days, offset) => {
        const now = new Date(t0.getTime() + offset * 86_400_000);
        const limit = { unit: 'workingDays' as const, value: days };
        const r = applyAction(wf, submitted(), 'askCorrection', clerk, { comment: '缺营业执照', stateLimit: limit }, now, calendar);
        expect(r.next.state).toBe('correction');
        expect(r.next.stateDueAt).toBe(calendar.dueAt(now, limit).toISOString());
      }),
    );
    // Without one, the definition's 5 working days apply.
    const plain = applyAction(wf, submitted(), 'askCorrection', clerk, { comment: '缺营业执照' }, t0, calendar);
    expect(plain.next.stateDueAt).toBe(calendar.dueAt(t0, { unit: 'workingDays', value: 5 }).toISOString());
  });

  it('leaves a state defined without a limit without one, and refuses a limit that is not a whole number from 1 to 366', () => {
    const accepted = applyAction(wf, submitted(), 'accept', clerk, { holders: users('u-a1'), stateLimit: { unit: 'workingDays', value: 3 } }, t0, calendar);
    expect(accepted.next.stateDueAt).toBeNull();
    for (const value of [0, -1, 1.5, 367, Number.NaN]) {
      expect(code(() => applyAction(wf, submitted(), 'askCorrection', clerk, { comment: '缺', stateLimit: { unit: 'workingDays', value } }, t0, calendar))).toBe('VALIDATION_FAILED');
    }
  });
});
