// The application's path as data for the workflow engine (DESIGN.md §7): 受理 → 审查 → 决定 → 办结, with
// 补正 pausing the clock, 特别程序 (听证/检测/专家评审) pausing it too, 即办件 and 告知承诺 decided at
// intake, and the post-check a commitment owes as its own small workflow.
import { defineWorkflow, type WorkflowDefinition } from '../../platform/workflow/index.ts';

const t = (zh: string, en: string) => ({ zh, en });

/** Working days a department has to ask for 补正 before the application counts as accepted (行政许可法 Art. 32). */
export const CORRECTION_NOTICE_DAYS = 5;
/** 行政许可法 Art. 42: a decision may be extended by at most 10 working days with approval. */
export const MAX_EXTENSION_DAYS = 10;

const open = ['submitted', 'review', 'decision', 'delivery'];

export const applicationWorkflow: WorkflowDefinition = defineWorkflow({
  key: 'application',
  label: t('办件', 'Application'),
  initial: 'submitted',
  warnWorkingDays: 2,
  states: {
    submitted: { label: t('待受理', 'Awaiting intake'), limit: { unit: 'workingDays', value: CORRECTION_NOTICE_DAYS }, queueRoles: ['clerk', 'approver'] },
    correction: { label: t('待补正', 'Awaiting correction'), pausesClock: true, assign: 'input' },
    review: { label: t('审查中', 'Under review'), startsClock: true, queueRoles: ['approver'] },
    decision: { label: t('待决定', 'Awaiting decision'), queueRoles: ['approver', 'leader'] },
    suspended: { label: t('特别程序', 'Suspended'), pausesClock: true, queueRoles: ['approver'] },
    // 即办件 and 告知承诺 reach here straight from intake: the clock starts (and soon ends) here for them.
    delivery: { label: t('待送达', 'Result to deliver'), startsClock: true, queueRoles: ['clerk', 'approver'] },
    done: { label: t('已办结', 'Done'), end: true },
    refused: { label: t('不予受理', 'Not accepted'), end: true },
    rejected: { label: t('不予许可', 'Refused'), end: true },
    withdrawn: { label: t('已撤回', 'Withdrawn'), end: true },
    terminated: { label: t('已终止', 'Terminated'), end: true },
  },
  actions: {
    accept: { label: t('受理', 'Accept'), effect: 'move', from: ['submitted'], to: 'review', who: ['holder'] },
    deemAccept: { label: t('逾期视为受理', 'Deemed accepted'), effect: 'move', from: ['submitted'], to: 'review', who: ['system'] },
    refuse: { label: t('不予受理', 'Do not accept'), effect: 'move', from: ['submitted'], to: 'refused', who: ['holder'], commentRequired: true },
    requestCorrection: { label: t('一次性告知补正', 'Ask for correction'), effect: 'suspend', from: ['submitted', 'review'], to: 'correction', who: ['holder'], commentRequired: true },
    submitCorrection: { label: t('提交补正材料', 'Send the correction'), effect: 'resume', from: ['correction'], who: ['initiator', 'holder'] },
    approveOnSpot: { label: t('即办办结', 'Grant on the spot'), effect: 'move', from: ['submitted'], to: 'delivery', who: ['holder'] },
    approveOnCommitment: { label: t('告知承诺审批', 'Grant on commitment'), effect: 'move', from: ['submitted'], to: 'delivery', who: ['holder'] },
    passReview: { label: t('审查通过', 'Pass review'), effect: 'move', from: ['review'], to: 'decision', who: ['holder'] },
    approve: { label: t('准予许可', 'Grant'), effect: 'move', from: ['decision'], to: 'delivery', who: ['holder'] },
    reject: { label: t('不予许可', 'Refuse'), effect: 'move', from: ['decision'], to: 'rejected', who: ['holder'], commentRequired: true },
    suspend: { label: t('中止（听证/检测/专家评审）', 'Suspend (hearing, testing, expert review)'), effect: 'suspend', from: ['review', 'decision'], to: 'suspended', who: ['holder'], commentRequired: true },
    resume: { label: t('恢复办理', 'Resume'), effect: 'resume', from: ['suspended'], who: ['holder'] },
    deliver: { label: t('送达办结', 'Deliver and close'), effect: 'move', from: ['delivery'], to: 'done', who: ['holder'] },
    sendBack: { label: t('退回', 'Send back'), effect: 'sendBack', from: ['review', 'decision'], who: ['holder'], commentRequired: true },
    handover: { label: t('转办', 'Hand over'), effect: 'handover', from: ['submitted', 'review', 'decision', 'delivery'], who: ['holder', { role: 'leader' }] },
    delegate: { label: t('委派', 'Delegate'), effect: 'delegate', from: ['review', 'decision'], who: ['holder'] },
    takeBack: { label: t('收回委派', 'Take back'), effect: 'takeBack', from: ['review', 'decision'], who: ['delegator'] },
    // The applicant may withdraw until the decision (行政许可法 Art. 29 ff. practice), not only before anyone acted.
    withdraw: { label: t('撤回申请', 'Withdraw'), effect: 'terminate', from: ['submitted', 'correction', 'review', 'decision', 'suspended'], to: 'withdrawn', who: ['initiator'] },
    urge: { label: t('催办', 'Urge'), effect: 'urge', from: open, who: [{ role: 'office' }, 'initiator'] },
    extend: { label: t('批准延期', 'Approve an extension'), effect: 'extend', from: ['review', 'decision'], who: [{ role: 'leader' }], commentRequired: true },
    terminate: { label: t('终止办理', 'Terminate'), effect: 'terminate', from: [...open, 'correction', 'suspended'], to: 'terminated', who: [{ role: 'office' }, { role: 'admin' }], commentRequired: true },
  },
});

/** Actions whose effect decides the application (module checks run before them). */
export const GRANTING_ACTIONS = new Set(['approve', 'approveOnSpot', 'approveOnCommitment']);

// 事后核查: a commitment-based approval's check, held by the deciding department.
export const postCheckWorkflow: WorkflowDefinition = defineWorkflow({
  key: 'application.postCheck',
  label: t('事后核查', 'Post-check'),
  initial: 'pending',
  warnWorkingDays: 5,
  states: {
    pending: { label: t('待核查', 'To check'), startsClock: true, queueRoles: ['approver', 'inspector'] },
    passed: { label: t('核查属实', 'Commitment true'), end: true },
    failed: { label: t('核查不实', 'Commitment false'), end: true },
  },
  actions: {
    pass: { label: t('核查属实', 'Confirm'), effect: 'move', from: ['pending'], to: 'passed', who: ['holder'] },
    fail: { label: t('核查不实（撤销）', 'False: revoke'), effect: 'move', from: ['pending'], to: 'failed', who: ['holder'], commentRequired: true },
    handover: { label: t('转办', 'Hand over'), effect: 'handover', from: ['pending'], who: ['holder', { role: 'leader' }] },
    urge: { label: t('催办', 'Urge'), effect: 'urge', from: ['pending'], who: [{ role: 'office' }] },
  },
});
