// 申诉 and its decision: the rules the dialogs check before sending (the server checks them again).
import type { z } from 'zod';
import type { appealBody, appealDecisionBody } from '../../../../../common/api/evaluations.ts';

export type AppealBody = z.infer<typeof appealBody>;
export type AppealDecisionBody = z.infer<typeof appealDecisionBody>;

export const APPEAL_REASON_MIN = 10;
export const APPEAL_REASON_MAX = 1000;
export const APPEAL_EVIDENCE_MAX = 10;
export const DECISION_COMMENT_MIN = 2;

/** Characters as a reader counts them (a Chinese character is one, an emoji is one). */
export const charCount = (text: string) => [...text].length;

export type AppealProblem = 'reasonTooShort' | 'reasonTooLong' | 'tooMuchEvidence' | 'uploading';

export function appealBodyOf(values: {
  reason?: string;
  evidence?: readonly string[];
  uploading?: boolean;
}): { body: AppealBody } | { problem: AppealProblem } {
  if (values.uploading) return { problem: 'uploading' };
  const reason = values.reason?.trim() ?? '';
  if (charCount(reason) < APPEAL_REASON_MIN) return { problem: 'reasonTooShort' };
  if (reason.length > APPEAL_REASON_MAX) return { problem: 'reasonTooLong' };
  const evidence = [...new Set(values.evidence ?? [])];
  if (evidence.length > APPEAL_EVIDENCE_MAX) return { problem: 'tooMuchEvidence' };
  return { body: { reason, evidence } };
}

export type DecisionProblem = 'decisionRequired' | 'commentRequired';

export function decisionBodyOf(
  values: { decision?: 'uphold' | 'dismiss' | null; comment?: string },
  version: number,
): { body: AppealDecisionBody } | { problem: DecisionProblem } {
  if (values.decision !== 'uphold' && values.decision !== 'dismiss') return { problem: 'decisionRequired' };
  const comment = values.comment?.trim() ?? '';
  if (charCount(comment) < DECISION_COMMENT_MIN) return { problem: 'commentRequired' };
  return { body: { decision: values.decision, comment, version } };
}
