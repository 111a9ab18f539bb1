// What each action of the 差评 loop asks for in its dialog, and the body it sends. Pure, so the dialog
// stays thin and the rules are tested: a named 核实人 for assign/handover, a comment where the server
// requires one, the 回访 outcome for callBack, nothing but a confirmation for 催办.
import type { LoopActionBody, LoopView } from '../../../../../common/api/evaluations.ts';

export type LoopAction = LoopView['actions'][number];

export interface LoopActionFields {
  /** assign / handover: pick the person who verifies (核实人). */
  assignee: boolean;
  comment: 'required' | 'optional' | 'none';
  /** callBack: 已联系 and, when contacted, 满意 / 不满意. */
  callBack: boolean;
  /** urge: a plain confirmation. */
  confirmOnly: boolean;
  /** Which words the comment box uses (evalWork.action.comment.<kind>). */
  commentKind: 'opinion' | 'fix' | 'ledger' | 'explain' | 'completed' | 'callBack' | 'reopen' | 'handover';
}

const KINDS: Record<string, LoopActionFields['commentKind']> = {
  fixNow: 'fix',
  toLedger: 'ledger',
  explain: 'explain',
  completeFix: 'completed',
  callBack: 'callBack',
  reopen: 'reopen',
  handover: 'handover',
  assign: 'handover',
};

export function fieldsOf(action: Pick<LoopAction, 'key' | 'commentRequired'>): LoopActionFields {
  const key = action.key;
  if (key === 'urge')
    return { assignee: false, comment: 'none', callBack: false, confirmOnly: true, commentKind: 'opinion' };
  return {
    assignee: key === 'assign' || key === 'handover',
    // The server says which actions need a comment (解释说明, 整改情况 …); the others take one if given.
    comment: action.commentRequired ? 'required' : 'optional',
    callBack: key === 'callBack',
    confirmOnly: false,
    commentKind: KINDS[key] ?? 'opinion',
  };
}

export interface LoopActionValues {
  assigneeId?: string | null;
  comment?: string;
  contacted?: boolean;
  /** Only read when contacted. */
  satisfied?: boolean | null;
}

export type LoopActionProblem =
  'assigneeRequired' | 'commentRequired' | 'contactedRequired' | 'satisfiedRequired';

/** Checks what the action needs and builds its body; a problem names what is missing. */
export function loopActionBodyOf(
  action: Pick<LoopAction, 'key' | 'commentRequired'>,
  version: number,
  values: LoopActionValues,
): { body: LoopActionBody } | { problem: LoopActionProblem } {
  const fields = fieldsOf(action);
  const body: LoopActionBody = { action: action.key, version, attachments: [] };
  if (fields.confirmOnly) return { body };
  if (fields.assignee) {
    if (!values.assigneeId) return { problem: 'assigneeRequired' };
    body.assigneeId = values.assigneeId;
  }
  const comment = values.comment?.trim() || undefined;
  if (fields.comment === 'required' && !comment) return { problem: 'commentRequired' };
  if (comment) body.comment = comment;
  if (fields.callBack) {
    if (typeof values.contacted !== 'boolean') return { problem: 'contactedRequired' };
    body.contacted = values.contacted;
    if (values.contacted) {
      if (typeof values.satisfied !== 'boolean') return { problem: 'satisfiedRequired' };
      body.satisfied = values.satisfied;
    }
  }
  return { body };
}
