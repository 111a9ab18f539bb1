// How a failed save of the ledger's structure, rules or a meeting is shown: a stale version (409
// VERSION_CONFLICT) is the caller's to announce and reload; a code taken already (409 CONFLICT, no field named)
// goes under the form's code field; the server's field errors go under their fields; the rest above the form.
import type { FormInstance } from 'antd';
import { ApiError, isApiError, isSessionEnded } from '../../../api/client.ts';
import { applyProblem, type NamePath } from '../../../components/problemForm.ts';

export type ProblemKind = 'session' | 'stale' | 'duplicate' | 'other';

export function problemKind(error: unknown): ProblemKind {
  if (isSessionEnded(error)) return 'session';
  if (!isApiError(error)) return 'other';
  if (error.code === 'VERSION_CONFLICT') return 'stale';
  if (error.code === 'CONFLICT' && error.errors.length === 0) return 'duplicate';
  return 'other';
}

/** The conflict's words (the server's, with the version now), or null when the error is no stale version. */
export const staleMessage = (error: unknown): string | null => (problemKind(error) === 'stale' && isApiError(error) ? error.userMessage : null);

/**
 * The error with its field paths renamed where the form holds a field under another name (the shares of the
 * rules as percentages, periodStart/periodEnd as one range): `fieldOf` answers the form field, or null to keep.
 */
export function renamedFields(error: unknown, fieldOf: (path: string) => string | null): unknown {
  if (!isApiError(error) || error.errors.length === 0) return error;
  const errors = error.errors.map((e) => ({ ...e, path: fieldOf(e.path) ?? e.path }));
  return new ApiError({ type: error.type, title: error.title, status: error.status, code: error.code, detail: error.detail, requestId: error.requestId, errors });
}

/**
 * Puts the error on the form; returns the message to show above it, or null when every part found its field.
 * Not for a stale version or an ended session (see problemKind).
 */
export function showSaveProblem(form: FormInstance, failure: unknown, options: { codeField?: string; fieldOf?: (path: string) => string | null } = {}): string | null {
  const { codeField = 'code', fieldOf } = options;
  const error = fieldOf ? renamedFields(failure, fieldOf) : failure;
  if (problemKind(error) === 'duplicate' && isApiError(error)) {
    const hasCode = form.getFieldsError().some((f) => JSON.stringify(f.name as NamePath) === JSON.stringify([codeField]));
    if (hasCode) {
      form.setFields([{ name: [codeField], errors: [error.userMessage] }]);
      return null;
    }
    return error.userMessage;
  }
  return applyProblem(form, error);
}
