// A ticket's actions as the page offers them: which route each goes to, what its dialog asks for, and the request
// body built from the dialog's values (every step that the contract versions sends the ticket's `version`).
// Pure, so the dialog and its tests agree. The action keys are the server's (TicketView.actions).
import type { Satisfaction } from '../../../../../common/appeals/vocabulary.ts';
import type { StepBodies, StepPath, TicketAction } from '../../../api/appeals.ts';

export type StepField = 'units' | 'category' | 'comment' | 'reason' | 'suggestedUnit' | 'reply' | 'callback' | 'merge' | 'days' | 'user' | 'note';

export interface StepForm {
  path: StepPath;
  fields: readonly StepField[];
  /** The comment (or reason, reply, note text) must be given. */
  textRequired: boolean;
  /** Ends or sends back the ticket: the button and the confirm are red. */
  danger: boolean;
  /** Taken with one click (nothing to ask). */
  direct: boolean;
}

/** 政务失信举报's own steps (POST …/dishonesty with the action's key). */
export const DISHONESTY_ACTIONS = ['found', 'unfounded', 'rectified', 'recordBreach', 'reply'] as const;
type DishonestyAction = (typeof DISHONESTY_ACTIONS)[number];

const form = (path: StepPath, fields: StepField[], textRequired: boolean, extra: Partial<Pick<StepForm, 'danger' | 'direct'>> = {}): StepForm => ({ path, fields, textRequired, danger: false, direct: false, ...extra });

const TICKET_FORMS: Record<string, StepForm> = {
  dispatch: form('dispatch', ['units', 'category', 'comment'], false),
  redispatch: form('redispatch', ['units', 'category', 'comment'], true),
  sign: form('sign', [], false, { direct: true }),
  return: form('return', ['reason', 'suggestedUnit'], true, { danger: true }),
  reply: form('reply', ['reply'], true),
  callback: form('callback', ['callback', 'comment'], false),
  merge: form('merge', ['merge', 'comment'], false, { danger: true }),
  invalidate: form('invalidate', ['comment'], true, { danger: true }),
  extend: form('extend', ['days', 'comment'], true),
  urge: form('urge', ['comment'], false),
  supervise: form('supervise', ['comment'], true),
  handover: form('handover', ['user', 'comment'], false),
  note: form('notes', ['note'], true),
  requestExtension: form('extension-requests', ['days', 'reason'], true),
};

/** The dialog of an action on a ticket of this channel; null for an action this page does not offer. */
export function stepFormOf(key: string, channel: string): StepForm | null {
  if (channel === 'dishonesty' && (DISHONESTY_ACTIONS as readonly string[]).includes(key)) return form('dishonesty', ['comment'], true, { danger: key === 'recordBreach' });
  return TICKET_FORMS[key] ?? null;
}

/** Forward steps first (the one the ticket waits for), then the others, the ending ones last. */
const ORDER = ['dispatch', 'redispatch', 'sign', 'found', 'unfounded', 'rectified', 'recordBreach', 'reply', 'callback', 'note', 'requestExtension', 'extend', 'handover', 'urge', 'supervise', 'return', 'merge', 'invalidate'];
export function orderActions(actions: readonly TicketAction[], channel: string): TicketAction[] {
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  return actions.filter((a) => stepFormOf(a.key, channel) !== null).sort((a, b) => rank(a.key) - rank(b.key));
}
const FORWARD = new Set(['dispatch', 'redispatch', 'sign', 'found', 'unfounded', 'rectified', 'reply', 'callback']);
export const isForward = (key: string) => FORWARD.has(key);

export interface StepValues {
  leadDepartmentId?: string | null;
  supportDepartmentIds?: string[];
  /** Category correction. */
  categoryCode?: string;
  comment?: string;
  reason?: string;
  suggestedDepartmentId?: string | null;
  reply?: string;
  solved?: boolean;
  contacted?: boolean;
  satisfaction?: Satisfaction;
  intoTicketId?: string;
  days?: number | null;
  userId?: string | null;
  text?: string;
  public?: boolean;
}

export type StepProblem = 'leadRequired' | 'leadAlsoSupport' | 'textRequired' | 'satisfactionRequired' | 'solvedRequired' | 'mergeRequired' | 'daysRequired' | 'userRequired' | 'unknownAction';
export type StepRequest = { [P in StepPath]: { path: P; body: StepBodies[P] } }[StepPath];

const trimmed = (value: string | undefined) => {
  const v = value?.trim();
  return v ? v : undefined;
};

/**
 * The request for an action from the dialog's values. `currentCategory` is the ticket's: a correction is sent only
 * when the seat picked another one.
 */
export function stepRequestOf(key: string, channel: string, version: number, values: StepValues, currentCategory?: string): StepRequest | { problem: StepProblem } {
  const spec = stepFormOf(key, channel);
  if (!spec) return { problem: 'unknownAction' };
  const comment = trimmed(values.comment);
  const needText = (text: string | undefined) => (spec.textRequired && !text ? { problem: 'textRequired' as const } : null);
  switch (spec.path) {
    case 'dispatch':
    case 'redispatch': {
      if (!values.leadDepartmentId) return { problem: 'leadRequired' };
      const support = [...new Set(values.supportDepartmentIds ?? [])];
      if (support.includes(values.leadDepartmentId)) return { problem: 'leadAlsoSupport' };
      const missing = needText(comment);
      if (missing) return missing;
      const picked = values.categoryCode;
      const categoryCode = picked && picked !== currentCategory ? picked : undefined;
      return { path: spec.path, body: { version, leadDepartmentId: values.leadDepartmentId, supportDepartmentIds: support, ...(categoryCode ? { categoryCode } : {}), ...(comment ? { comment } : {}) } };
    }
    case 'sign':
      return { path: 'sign', body: { version } };
    case 'return': {
      const reason = trimmed(values.reason);
      if (!reason) return { problem: 'textRequired' };
      return { path: 'return', body: { version, reason, ...(values.suggestedDepartmentId ? { suggestedDepartmentId: values.suggestedDepartmentId } : {}) } };
    }
    case 'reply': {
      const reply = trimmed(values.reply);
      if (!reply) return { problem: 'textRequired' };
      if (values.solved === undefined) return { problem: 'solvedRequired' };
      return { path: 'reply', body: { version, reply, solved: values.solved } };
    }
    case 'callback': {
      const contacted = values.contacted ?? true;
      if (contacted && values.solved === undefined) return { problem: 'solvedRequired' };
      if (contacted && !values.satisfaction) return { problem: 'satisfactionRequired' };
      return { path: 'callback', body: { version, contacted, ...(contacted ? { solved: values.solved, satisfaction: values.satisfaction } : {}), ...(comment ? { comment } : {}) } };
    }
    case 'merge':
      if (!values.intoTicketId) return { problem: 'mergeRequired' };
      return { path: 'merge', body: { version, intoTicketId: values.intoTicketId, ...(comment ? { comment } : {}) } };
    case 'invalidate':
    case 'supervise':
      if (!comment) return { problem: 'textRequired' };
      return { path: spec.path, body: { version, comment } };
    case 'urge':
      return { path: 'urge', body: { version, ...(comment ? { comment } : {}) } };
    case 'extend': {
      if (!values.days) return { problem: 'daysRequired' };
      if (!comment) return { problem: 'textRequired' };
      return { path: 'extend', body: { version, days: values.days, comment } };
    }
    case 'handover':
      if (!values.userId) return { problem: 'userRequired' };
      return { path: 'handover', body: { version, userId: values.userId, ...(comment ? { comment } : {}) } };
    case 'notes': {
      const text = trimmed(values.text);
      if (!text) return { problem: 'textRequired' };
      return { path: 'notes', body: { text, public: values.public ?? false } };
    }
    case 'extension-requests': {
      if (!values.days) return { problem: 'daysRequired' };
      const reason = trimmed(values.reason);
      if (!reason) return { problem: 'textRequired' };
      return { path: 'extension-requests', body: { days: values.days, reason } };
    }
    case 'dishonesty':
      if (!comment) return { problem: 'textRequired' };
      return { path: 'dishonesty', body: { version, action: key as DishonestyAction, comment } };
  }
}
