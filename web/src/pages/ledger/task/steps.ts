// What each action on a task asks for, in the order the buttons stand: the unit's progress report and closure
// request first, then the office's review, 催办, 挂牌督办, 修改 and 撤销 last. Pure, tested in steps.test.ts.
import type { ActionKey } from '../../../api/ledger.ts';

export type Dialog = 'report' | 'step' | 'escalate' | 'lift' | 'edit';

export interface StepSpec {
  dialog: Dialog;
  /** The comment is required whatever the server says (reasons for sending back, cancelling). */
  commentRequired?: boolean;
  /** Evidence files may go with it. */
  evidence?: boolean;
  danger?: boolean;
  /** A step forward on the closure path (shown as the primary button when first). */
  forward?: boolean;
}

export const STEP_KEYS = ['requestClosure', 'approve', 'submitProvince', 'provincialAccept', 'sendBack', 'provincialReject', 'urge', 'cancel'] as const satisfies readonly ActionKey[];

const SPECS: Record<string, StepSpec> = {
  report: { dialog: 'report', forward: true },
  requestClosure: { dialog: 'step', commentRequired: true, evidence: true, forward: true },
  approve: { dialog: 'step', forward: true },
  submitProvince: { dialog: 'step', forward: true },
  provincialAccept: { dialog: 'step', forward: true },
  sendBack: { dialog: 'step', commentRequired: true, danger: true },
  provincialReject: { dialog: 'step', commentRequired: true, danger: true },
  urge: { dialog: 'step' },
  escalate: { dialog: 'escalate' },
  lift: { dialog: 'lift' },
  edit: { dialog: 'edit' },
  cancel: { dialog: 'step', commentRequired: true, danger: true },
};

const ORDER = ['report', 'requestClosure', 'approve', 'submitProvince', 'provincialAccept', 'sendBack', 'provincialReject', 'urge', 'escalate', 'lift', 'edit', 'cancel'];

export const specOf = (key: string): StepSpec | undefined => SPECS[key];
export const isStep = (key: string): key is ActionKey => (STEP_KEYS as readonly string[]).includes(key);

/** The actions this page knows, in button order (an action the page does not know is left out, not guessed at). */
export function orderActions<T extends { key: string }>(actions: readonly T[]): T[] {
  return actions.filter((a) => SPECS[a.key]).sort((a, b) => ORDER.indexOf(a.key) - ORDER.indexOf(b.key));
}

/** The timeline's kinds of report (ledger_report.kind): the step's own words are in the report's text. */
export const REPORT_KINDS = ['progress', 'closure', 'review', 'provincial', 'escalation', 'note'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const isReportKind = (kind: string): kind is ReportKind => (REPORT_KINDS as readonly string[]).includes(kind);
export const reportKindOf = (kind: string): ReportKind | null => (isReportKind(kind) ? kind : null);

export const KIND_COLORS: Record<ReportKind, string> = {
  progress: 'blue',
  closure: 'gold',
  review: 'cyan',
  provincial: 'purple',
  escalation: 'red',
  note: 'gray',
};
