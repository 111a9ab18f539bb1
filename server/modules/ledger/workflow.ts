// A ledger task's path as data for the workflow engine: the lead unit works it and files progress (推进中), asks
// for closure with evidence (销号申请); the office approves or sends it back with reasons; an item that needs the
// province's approval (自治区销号) is submitted and its answer recorded by the office. The deadline is the task's
// own date (lights are worked out by the ledger from it), so the case has no clock of its own.
import type { Role } from '../../../common/api/roles.ts';
import { defineWorkflow } from '../../platform/workflow/index.ts';

const t = (zh: string, en: string) => ({ zh, en });

export const TASK_WORKFLOW = 'ledger.task';
/** Who at the lead unit works a task from the unit's queue: any of its staff. */
export const UNIT_ROLES: readonly Role[] = ['handler', 'approver', 'clerk', 'inspector', 'agent', 'leader', 'office'];
const OFFICE: readonly Role[] = ['office'];

export const taskWorkflow = defineWorkflow({
  key: TASK_WORKFLOW,
  label: t('台账任务', 'Ledger task'),
  initial: 'doing',
  states: {
    doing: { label: t('推进中', 'In progress'), queueRoles: UNIT_ROLES },
    reviewing: { label: t('销号审核中', 'Closure under review'), assign: 'input', queueRoles: OFFICE },
    provincial: { label: t('待自治区销号', 'Awaiting the province'), queueRoles: OFFICE },
    closed: { label: t('已销号', 'Closed'), end: true },
    cancelled: { label: t('已撤销', 'Cancelled'), end: true },
  },
  actions: {
    requestClosure: { label: t('申请销号', 'Ask for closure'), effect: 'move', from: ['doing'], to: 'reviewing', who: ['holder'], commentRequired: true },
    approve: { label: t('审核通过，销号', 'Approve and close'), effect: 'move', from: ['reviewing'], to: 'closed', who: ['holder', { role: 'office' }] },
    submitProvince: { label: t('审核通过，报自治区销号', 'Approve and submit to the province'), effect: 'move', from: ['reviewing'], to: 'provincial', who: ['holder', { role: 'office' }] },
    sendBack: { label: t('退回补充', 'Send back'), effect: 'sendBack', from: ['reviewing'], who: ['holder', { role: 'office' }], commentRequired: true },
    provincialAccept: { label: t('自治区已销号', 'The province closed it'), effect: 'move', from: ['provincial'], to: 'closed', who: ['holder', { role: 'office' }] },
    provincialReject: { label: t('自治区退回', 'The province sent it back'), effect: 'sendBack', from: ['provincial'], who: ['holder', { role: 'office' }], commentRequired: true },
    urge: { label: t('催办', 'Urge'), effect: 'urge', from: ['doing'], who: [{ role: 'office' }] },
    /** A new lead unit takes the task over (the office's edit of the task's lead unit). */
    handover: { label: t('更换牵头单位', 'Change the lead unit'), effect: 'handover', from: ['doing'], who: [{ role: 'office' }] },
    cancel: { label: t('撤销任务', 'Cancel the task'), effect: 'terminate', from: ['doing', 'reviewing', 'provincial'], to: 'cancelled', who: [{ role: 'office' }], commentRequired: true },
  },
});
