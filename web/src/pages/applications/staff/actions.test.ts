import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionBodyOf, missingList, needsOf, orderActions, sendBackTargets } from './actions.ts';

const act = (key: string, commentRequired = false) => ({ key, commentRequired });

describe('needsOf', () => {
  it('asks for reasons where the law does, even if the flag is off', () => {
    for (const key of ['refuse', 'reject', 'requestCorrection', 'suspend', 'extend', 'terminate', 'sendBack']) {
      expect(needsOf(act(key)).comment).toBe('required');
    }
    expect(needsOf(act('approve')).comment).toBe('optional');
    expect(needsOf(act('accept', true)).comment).toBe('required');
    expect(needsOf(act('reject')).commentKind).toBe('grounds');
    expect(needsOf(act('refuse')).commentKind).toBe('refusal');
  });

  it('maps each action to the inputs it needs', () => {
    expect(needsOf(act('requestCorrection')).missing).toBe(true);
    expect(needsOf(act('sendBack')).toState).toBe(true);
    expect(needsOf(act('handover')).target).toBe('departmentOrUser');
    expect(needsOf(act('delegate')).target).toBe('user');
    expect(needsOf(act('extend')).extension).toBe(true);
    expect(needsOf(act('terminate')).danger).toBe(true);
    expect(needsOf(act('submitCorrection')).correctionAnswer).toBe(true);
    const plain = needsOf(act('passReview'));
    expect([plain.missing, plain.toState, plain.target, plain.extension, plain.correctionAnswer, plain.danger]).toEqual([false, false, null, false, false, false]);
  });
});

describe('actionBodyOf', () => {
  it('builds the body with only what the action takes', () => {
    expect(actionBodyOf(act('passReview'), 3, { comment: '  材料齐全  ', toUserId: 'x' })).toEqual({ body: { action: 'passReview', version: 3, comment: '材料齐全' } });
    expect(actionBodyOf(act('approve'), 4, { licenceFields: { items: '热食类' } })).toEqual({ body: { action: 'approve', version: 4, licenceFields: { items: '热食类' } } });
    expect(actionBodyOf(act('extend'), 1, { comment: '需现场核查', extension: 5 })).toEqual({ body: { action: 'extend', version: 1, comment: '需现场核查', extension: 5 } });
    expect(actionBodyOf(act('handover'), 1, { toDepartmentId: 'd' })).toEqual({ body: { action: 'handover', version: 1, toDepartmentId: 'd' } });
    expect(actionBodyOf(act('submitCorrection'), 5, { paperMaterials: ['floor_plan'] })).toEqual({ body: { action: 'submitCorrection', version: 5, materials: [{ key: 'floor_plan', fileIds: [], paper: true }] } });
    expect(actionBodyOf(act('approve'), 5, { paperMaterials: ['floor_plan'] })).toEqual({ body: { action: 'approve', version: 5 } });
  });

  it('names what is missing', () => {
    expect(actionBodyOf(act('reject'), 1, { comment: '  ' })).toEqual({ problem: 'commentRequired' });
    expect(actionBodyOf(act('requestCorrection'), 1, { comment: '请补正' })).toEqual({ problem: 'missingRequired' });
    expect(actionBodyOf(act('sendBack'), 1, { comment: '退回' })).toEqual({ problem: 'toStateRequired' });
    expect(actionBodyOf(act('handover'), 1, {})).toEqual({ problem: 'targetRequired' });
    expect(actionBodyOf(act('delegate'), 1, { toDepartmentId: 'd' })).toEqual({ problem: 'userRequired' });
    expect(actionBodyOf(act('extend'), 1, { comment: 'x', extension: 0 })).toEqual({ problem: 'extensionRequired' });
  });

  it('sends 补正 as one list: ticked materials, then the free-text points', () => {
    const result = actionBodyOf(act('requestCorrection'), 2, { comment: '一次性告知', missingMaterials: ['floor_plan'], missingPoints: '1. 平面图须标注比例\n\n- 法人签字\nfloor_plan' });
    expect(result).toEqual({ body: { action: 'requestCorrection', version: 2, comment: '一次性告知', missing: ['floor_plan', '平面图须标注比例', '法人签字'] } });
  });
});

describe('missingList', () => {
  it('never repeats an entry and never keeps a blank one', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z_]{1,8}$/), { maxLength: 6 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }), (keys, lines) => {
        const list = missingList(keys, lines.join('\n'));
        expect(new Set(list).size).toBe(list.length);
        expect(list.every((entry) => entry.trim() === entry && entry.length > 0)).toBe(true);
        for (const key of keys) expect(list).toContain(key);
      }),
    );
  });
});

describe('orderActions / sendBackTargets', () => {
  it('puts the decision path first, in its order', () => {
    const { forward, other } = orderActions([act('urge'), act('approve'), act('reject'), act('passReview'), act('accept')]);
    expect(forward.map((a) => a.key)).toEqual(['accept', 'passReview', 'approve']);
    expect(other.map((a) => a.key)).toEqual(['urge', 'reject']);
  });

  it('offers only earlier states to send back to', () => {
    expect(sendBackTargets('decision')).toEqual(['submitted', 'review']);
    expect(sendBackTargets('review')).toEqual(['submitted']);
    expect(sendBackTargets('delivery')).toEqual(['submitted', 'review', 'decision']);
  });
});
