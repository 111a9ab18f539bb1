// What each workflow action needs from the person taking it (a reason, the one complete 补正 list, a
// target, a number of days …), and the request body built from what they entered. Pure: the action
// dialog renders from `needsOf` and sends `actionBodyOf`'s body; the server has the last word.
import type { ActionBody, AvailableAction } from '../../../api/applications.ts';

export type CommentKind =
  | 'opinion'
  | 'refusal'
  | 'grounds'
  | 'correction'
  | 'suspension'
  | 'extension'
  | 'termination'
  | 'sendBack'
  | 'urge'
  | 'handover';

export interface ActionNeeds {
  comment: 'required' | 'optional';
  /** Which words the comment's label and hint use (work.action.comment.<kind>). */
  commentKind: CommentKind;
  /** 补正: tick the item's materials and add free-text points. */
  missing: boolean;
  /** 退回: the earlier state to send it back to. */
  toState: boolean;
  /** 转办 (a department or a person) or 委派 (a person). */
  target: 'departmentOrUser' | 'user' | null;
  /** 延期: working days. */
  extension: boolean;
  /** 提交补正材料 at the window: the materials now checked on paper. */
  correctionAnswer: boolean;
  /** Ends the case against the applicant, or ends it outright: a red button and a warning. */
  danger: boolean;
}

const COMMENT_KINDS: Record<string, CommentKind> = {
  refuse: 'refusal',
  reject: 'grounds',
  requestCorrection: 'correction',
  suspend: 'suspension',
  extend: 'extension',
  terminate: 'termination',
  sendBack: 'sendBack',
  urge: 'urge',
  handover: 'handover',
  delegate: 'handover',
};
/** Actions whose reason the law asks for, whatever the server's flag says. */
const REASON_REQUIRED = new Set(['refuse', 'reject', 'requestCorrection', 'suspend', 'extend', 'terminate', 'sendBack']);
const DANGER = new Set(['refuse', 'reject', 'terminate']);
/** The decision path (primary buttons), in the order they are offered. */
export const FORWARD_ACTIONS = ['accept', 'approveOnSpot', 'approveOnCommitment', 'passReview', 'approve', 'resume', 'deliver'];

export function needsOf(action: Pick<AvailableAction, 'key' | 'commentRequired'>): ActionNeeds {
  const key = action.key;
  return {
    comment: action.commentRequired || REASON_REQUIRED.has(key) ? 'required' : 'optional',
    commentKind: COMMENT_KINDS[key] ?? 'opinion',
    missing: key === 'requestCorrection',
    toState: key === 'sendBack',
    target: key === 'handover' ? 'departmentOrUser' : key === 'delegate' ? 'user' : null,
    extension: key === 'extend',
    correctionAnswer: key === 'submitCorrection',
    danger: DANGER.has(key),
  };
}

/** Forward actions first (in the path's order), then the rest as the server listed them. */
export function orderActions<T extends Pick<AvailableAction, 'key'>>(actions: readonly T[]): { forward: T[]; other: T[] } {
  const forward = actions.filter((a) => FORWARD_ACTIONS.includes(a.key)).sort((a, b) => FORWARD_ACTIONS.indexOf(a.key) - FORWARD_ACTIONS.indexOf(b.key));
  return { forward, other: actions.filter((a) => !FORWARD_ACTIONS.includes(a.key)) };
}

const PATH = ['submitted', 'review', 'decision'] as const;
/** 退回: the states before the current one on the path (all three when the current one is off it). */
export function sendBackTargets(state: string): string[] {
  const at = (PATH as readonly string[]).indexOf(state);
  return at < 0 ? [...PATH] : PATH.slice(0, at);
}

export interface ActionValues {
  comment?: string;
  /** 补正: ticked material keys, and free-text points one per line. */
  missingMaterials?: string[];
  missingPoints?: string;
  toState?: string;
  toDepartmentId?: string | null;
  toUserId?: string | null;
  extension?: number | null;
  /** 提交补正材料: material keys checked on paper now. */
  paperMaterials?: string[];
  licenceFields?: Record<string, string | number | null>;
}

export type ActionProblem = 'commentRequired' | 'missingRequired' | 'toStateRequired' | 'targetRequired' | 'userRequired' | 'extensionRequired';

/** The one complete 补正 list: ticked materials (by key), then each non-empty line of the free text, no repeats. */
export function missingList(materials: readonly string[] = [], points = ''): string[] {
  const lines = points
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:\d+[.、)）]|[-•·])\s*/, '').trim())
    .filter(Boolean);
  return [...new Set([...materials, ...lines])];
}

/** Checks what the action needs and builds its body; a problem names what is missing. */
export function actionBodyOf(action: Pick<AvailableAction, 'key' | 'commentRequired'>, version: number, values: ActionValues): { body: ActionBody } | { problem: ActionProblem } {
  const needs = needsOf(action);
  const comment = values.comment?.trim() || undefined;
  if (needs.comment === 'required' && !comment) return { problem: 'commentRequired' };
  const body: ActionBody = { action: action.key, version, ...(comment ? { comment } : {}) };
  if (needs.missing) {
    const missing = missingList(values.missingMaterials, values.missingPoints);
    if (!missing.length) return { problem: 'missingRequired' };
    body.missing = missing;
  }
  if (needs.toState) {
    if (!values.toState) return { problem: 'toStateRequired' };
    body.toState = values.toState;
  }
  if (needs.target === 'departmentOrUser') {
    if (!values.toDepartmentId && !values.toUserId) return { problem: 'targetRequired' };
    if (values.toDepartmentId) body.toDepartmentId = values.toDepartmentId;
    if (values.toUserId) body.toUserId = values.toUserId;
  }
  if (needs.target === 'user') {
    if (!values.toUserId) return { problem: 'userRequired' };
    body.toUserId = values.toUserId;
  }
  if (needs.extension) {
    if (!values.extension || values.extension < 1) return { problem: 'extensionRequired' };
    body.extension = Math.round(values.extension);
  }
  if (needs.correctionAnswer && values.paperMaterials?.length) body.materials = values.paperMaterials.map((key) => ({ key, fileIds: [], paper: true }));
  if (values.licenceFields && Object.keys(values.licenceFields).length) body.licenceFields = values.licenceFields;
  return { body };
}
