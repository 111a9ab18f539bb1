// A ticket's path as data for the workflow engine (DESIGN.md §7; DOMAIN.md 接诉即办):
// 受理 → 派单 → 签收 → 办理 → 答复 → 回访 → 办结, with 退单 (a misrouted ticket back to the hotline, the clock
// stopped while it is re-dispatched), 延期 granted by the hotline, 重办 on an unsatisfied callback, 并单 and
// 无效 at the hotline, 催办/督办 on anything open. The case clock is the unit's time limit: it starts at dispatch
// and stops while the hotline holds the ticket (a return, the callback).
// 政务失信举报 runs its own path: the superior body verifies; founded → the body reported puts it right, or
// refuses and a breach of trust is recorded; the reporter hears back.
import type { AppealRules } from '../../../common/appeals/vocabulary.ts';
import { defineWorkflow, type WorkflowDefinition } from '../../platform/workflow/index.ts';

const t = (zh: string, en: string) => ({ zh, en });

export const TICKET_WORKFLOW = 'appeal.ticket';
export const DISHONESTY_WORKFLOW = 'appeal.dishonesty';

/** The hotline's own queue roles and the units'. */
const HOTLINE = ['agent'] as const;
const UNIT = ['handler', 'leader'] as const;
const OPEN = ['dispatching', 'signing', 'handling', 'returned', 'callback'];

export function ticketWorkflow(rules: AppealRules): WorkflowDefinition {
  return defineWorkflow({
    key: TICKET_WORKFLOW,
    label: t('工单', 'Ticket'),
    initial: 'dispatching',
    warnWorkingDays: 1,
    warnShare: 0.25,
    states: {
      dispatching: { label: t('待派单', 'To dispatch'), queueRoles: HOTLINE },
      signing: { label: t('待签收', 'To sign for'), startsClock: true, assign: 'input', limit: { unit: 'workingDays', value: rules.signDays }, queueRoles: UNIT },
      handling: { label: t('办理中', 'Being handled'), queueRoles: UNIT },
      returned: { label: t('退单待审', 'Returned'), pausesClock: true, assign: 'input', queueRoles: HOTLINE },
      callback: { label: t('待回访', 'To call back'), pausesClock: true, assign: 'input', limit: { unit: 'workingDays', value: rules.callbackDays }, queueRoles: HOTLINE },
      closed: { label: t('已办结', 'Closed'), end: true },
      merged: { label: t('已并单', 'Merged'), end: true },
      invalid: { label: t('无效工单', 'Invalid'), end: true },
    },
    actions: {
      dispatch: { label: t('派单', 'Dispatch'), effect: 'move', from: ['dispatching'], to: 'signing', who: ['holder'] },
      sign: { label: t('签收', 'Sign for'), effect: 'move', from: ['signing'], to: 'handling', who: ['holder'] },
      return: { label: t('退单', 'Return'), effect: 'move', from: ['signing', 'handling'], to: 'returned', who: ['holder'], commentRequired: true },
      // The hotline decides a return: another unit, the same one (驳回退单), or the district (兜底).
      // A resume: the clock stopped while the hotline held the ticket runs on for the unit it goes to.
      redispatch: { label: t('改派', 'Re-dispatch'), effect: 'resume', from: ['returned'], to: 'signing', who: ['holder'], commentRequired: true },
      reply: { label: t('答复', 'Reply'), effect: 'move', from: ['handling'], to: 'callback', who: ['holder'], commentRequired: true },
      close: { label: t('回访办结', 'Close after callback'), effect: 'move', from: ['callback'], to: 'closed', who: ['holder'] },
      // 重办: an unsatisfied callback sends the ticket back to the same unit (the module names it).
      reopen: { label: t('重办', 'Reopen'), effect: 'resume', from: ['callback'], to: 'handling', who: ['holder'], commentRequired: true },
      merge: { label: t('并单', 'Merge'), effect: 'terminate', from: ['dispatching', 'signing'], to: 'merged', who: [{ role: 'agent' }], commentRequired: true },
      invalidate: { label: t('无效工单', 'Mark invalid'), effect: 'terminate', from: ['dispatching'], to: 'invalid', who: ['holder'], commentRequired: true },
      extend: { label: t('批准延期', 'Approve an extension'), effect: 'extend', from: ['signing', 'handling'], who: [{ role: 'agent' }], commentRequired: true },
      handover: { label: t('转交', 'Hand over'), effect: 'handover', from: ['handling'], who: ['holder', { role: 'leader' }] },
      urge: { label: t('催办', 'Urge'), effect: 'urge', from: OPEN, who: [{ role: 'agent' }, { role: 'office' }] },
      supervise: { label: t('督办', 'Supervise'), effect: 'urge', from: OPEN, who: [{ role: 'office' }, { role: 'leader' }], commentRequired: true },
    },
  });
}

export function dishonestyWorkflow(_rules?: AppealRules): WorkflowDefinition {
  return defineWorkflow({
    key: DISHONESTY_WORKFLOW,
    label: t('政务失信举报', 'Government dishonesty report'),
    initial: 'verifying',
    warnWorkingDays: 2,
    states: {
      verifying: { label: t('上级核实', 'Being verified'), startsClock: true, queueRoles: UNIT },
      rectifying: { label: t('限期整改', 'Being put right'), assign: 'input', queueRoles: UNIT },
      feedback: { label: t('待反馈', 'To report back'), assign: 'input', queueRoles: UNIT },
      closed: { label: t('已办结', 'Closed'), end: true },
    },
    actions: {
      found: { label: t('核实属实，责令整改', 'Founded: order it put right'), effect: 'move', from: ['verifying'], to: 'rectifying', who: ['holder'], commentRequired: true },
      unfounded: { label: t('核实不属实', 'Unfounded'), effect: 'move', from: ['verifying'], to: 'feedback', who: ['holder'], commentRequired: true },
      rectified: { label: t('整改完成', 'Put right'), effect: 'move', from: ['rectifying'], to: 'feedback', who: ['holder'], commentRequired: true },
      // The verifying body (not the holder) records a refusal: the module checks it is that body.
      recordBreach: { label: t('拒不整改，认定政务失信', 'Refused: record a breach of trust'), effect: 'move', from: ['rectifying'], to: 'feedback', who: [{ role: 'handler' }, { role: 'leader' }, { role: 'office' }], commentRequired: true },
      reply: { label: t('反馈举报人', 'Report back'), effect: 'move', from: ['feedback'], to: 'closed', who: ['holder'], commentRequired: true },
      extend: { label: t('批准延期', 'Approve an extension'), effect: 'extend', from: ['verifying', 'rectifying'], who: [{ role: 'agent' }, { role: 'office' }], commentRequired: true },
      urge: { label: t('催办', 'Urge'), effect: 'urge', from: ['verifying', 'rectifying', 'feedback'], who: [{ role: 'agent' }, { role: 'office' }] },
    },
  });
}
