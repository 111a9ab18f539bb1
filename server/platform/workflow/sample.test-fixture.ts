// A sample approval workflow for the engine's tests: every effect appears once at least.
import { defineWorkflow } from './definition.ts';
import type { WorkflowDefinition } from './types.ts';

const t = (zh: string, en: string) => ({ zh, en });

export const sampleWorkflow: WorkflowDefinition = defineWorkflow({
  key: 'test.approval',
  label: t('测试审批', 'Test approval'),
  initial: 'submitted',
  warnWorkingDays: 1,
  states: {
    submitted: { label: t('已提交', 'Submitted'), assign: 'input', queueRoles: ['clerk'] },
    correction: { label: t('补正中', 'Awaiting correction'), pausesClock: true, assign: 'initiator', limit: { unit: 'workingDays', value: 5 } },
    reviewing: { label: t('审查', 'Review'), startsClock: true, sign: 'all', assign: 'input' },
    deciding: { label: t('决定', 'Decision'), assign: 'input' },
    done: { label: t('办结', 'Done'), end: true },
    refused: { label: t('不予许可', 'Refused'), end: true },
    withdrawn: { label: t('已撤回', 'Withdrawn'), end: true },
    terminated: { label: t('已终止', 'Terminated'), end: true },
  },
  actions: {
    accept: { label: t('受理', 'Accept'), effect: 'move', from: ['submitted'], to: 'reviewing', who: ['holder'] },
    askCorrection: { label: t('补正', 'Ask for correction'), effect: 'suspend', from: ['submitted', 'reviewing'], to: 'correction', who: ['holder'], commentRequired: true },
    resubmit: { label: t('提交补正材料', 'Resubmit'), effect: 'resume', from: ['correction'], who: ['initiator'] },
    approve: { label: t('同意', 'Approve'), effect: 'move', from: ['reviewing'], to: 'deciding', who: ['holder'] },
    veto: { label: t('否决', 'Veto'), effect: 'move', from: ['reviewing'], to: 'refused', who: ['holder'], decisive: true, commentRequired: true },
    decide: { label: t('决定许可', 'Grant'), effect: 'move', from: ['deciding'], to: 'done', who: ['holder'] },
    sendBack: { label: t('退回', 'Send back'), effect: 'sendBack', from: ['reviewing', 'deciding'], who: ['holder'], commentRequired: true },
    handOver: { label: t('转办', 'Hand over'), effect: 'handover', from: ['submitted', 'reviewing', 'deciding'], who: ['holder', { role: 'leader' }] },
    delegate: { label: t('委派', 'Delegate'), effect: 'delegate', from: ['reviewing', 'deciding'], who: ['holder'] },
    takeBack: { label: t('收回', 'Take back'), effect: 'takeBack', from: ['reviewing', 'deciding'], who: ['delegator'] },
    withdraw: { label: t('撤回', 'Withdraw'), effect: 'withdraw', from: ['submitted'], to: 'withdrawn', who: ['initiator'] },
    urge: { label: t('催办', 'Urge'), effect: 'urge', from: ['submitted', 'reviewing', 'deciding'], who: [{ role: 'office' }, 'initiator'] },
    extend: { label: t('延期', 'Extend'), effect: 'extend', from: ['reviewing', 'deciding'], who: [{ role: 'leader' }] },
    terminate: { label: t('终止', 'Terminate'), effect: 'terminate', from: ['submitted', 'reviewing', 'deciding', 'correction'], to: 'terminated', who: [{ role: 'admin' }], commentRequired: true },
  },
});
