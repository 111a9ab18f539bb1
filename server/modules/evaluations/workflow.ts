// The bad-rating loop (差评整改) as data for the workflow engine: the handling unit names a person who
// verifies (核实), decides — 立行立改, a ledger item with a deadline (纳入台账限期整改), or an explanation
// when the complaint has no basis — calls the rater back (回访) and closes. A ledger fix has its own
// deadline and stops the loop's clock while it runs. The time limits come from configuration.
import { defineWorkflow, type WorkflowDefinition } from '../../platform/workflow/index.ts';

const t = (zh: string, en: string) => ({ zh, en });

export interface LoopLimits {
  verifyDays: number;
  loopDays: number;
  ledgerDays: number;
}

export const LOOP_WORKFLOW = 'evaluation.loop';
/** Actions that decide a verified 差评 (only a named verifier may take them). */
export const DECIDING_ACTIONS = new Set(['fixNow', 'toLedger', 'explain']);
export const DECISION_OF: Record<string, 'fixed' | 'ledger' | 'explained'> = { fixNow: 'fixed', toLedger: 'ledger', explain: 'explained' };
/**
 * Who at the holding department may pick up the loop from its queue (and hears a 差评 arrived): the people who
 * serve applicants, and a hotline unit's handlers (承办人) for a 差评 of a closed ticket.
 */
export const LOOP_QUEUE_ROLES = ['approver', 'leader', 'clerk', 'handler'] as const;

export function loopWorkflow(limits: LoopLimits): WorkflowDefinition {
  return defineWorkflow({
    key: LOOP_WORKFLOW,
    label: t('差评整改', 'Bad-rating loop'),
    initial: 'verifying',
    warnWorkingDays: 1,
    states: {
      verifying: { label: t('核实中', 'Verifying'), startsClock: true, limit: { unit: 'workingDays', value: limits.verifyDays }, queueRoles: LOOP_QUEUE_ROLES },
      rectifying: { label: t('限期整改', 'Being fixed'), pausesClock: true, limit: { unit: 'workingDays', value: limits.ledgerDays }, queueRoles: LOOP_QUEUE_ROLES },
      callback: { label: t('待回访', 'To call back'), queueRoles: LOOP_QUEUE_ROLES },
      closed: { label: t('已办结', 'Closed'), end: true },
      voided: { label: t('无需整改（评价已撤除）', 'Ended: rating removed'), end: true },
    },
    actions: {
      assign: { label: t('指派核实人', 'Name the verifier'), effect: 'handover', from: ['verifying'], who: ['holder', { role: 'leader' }] },
      fixNow: { label: t('立行立改', 'Fixed at once'), effect: 'move', from: ['verifying'], to: 'callback', who: ['holder'], commentRequired: true },
      toLedger: { label: t('纳入台账限期整改', 'Ledger item with a deadline'), effect: 'move', from: ['verifying'], to: 'rectifying', who: ['holder'], commentRequired: true },
      explain: { label: t('无依据，解释说明', 'No basis: explain'), effect: 'move', from: ['verifying'], to: 'callback', who: ['holder'], commentRequired: true },
      completeFix: { label: t('整改完成', 'Fix completed'), effect: 'resume', from: ['rectifying'], to: 'callback', who: ['holder'], commentRequired: true },
      callBack: { label: t('回访', 'Call back'), effect: 'move', from: ['callback'], to: 'closed', who: ['holder'] },
      reopen: { label: t('回访不满意，重新核实', 'Not satisfied: verify again'), effect: 'sendBack', from: ['callback'], who: ['holder', { role: 'office' }], commentRequired: true },
      handover: { label: t('转交', 'Hand over'), effect: 'handover', from: ['rectifying', 'callback'], who: ['holder', { role: 'leader' }] },
      urge: { label: t('督促', 'Urge'), effect: 'urge', from: ['verifying', 'rectifying', 'callback'], who: [{ role: 'office' }] },
      void: { label: t('撤销（评价已撤除）', 'Void (rating removed)'), effect: 'terminate', from: ['verifying', 'rectifying', 'callback'], to: 'voided', who: ['system'] },
    },
  });
}
