// Puts the server's field errors (problem JSON `errors: [{ path: 'body.username', message }]`)
// under the matching form fields; what matches no field is returned for a general message.
import type { FormInstance } from 'antd';
import { isApiError, type ProblemFieldError } from '../api/client.ts';

export type NamePath = (string | number)[];

/** 'body.roles.0.role' → ['roles', 0, 'role']; the request part (body/query/params) is dropped. */
export function fieldName(path: string): NamePath {
  const parts = path.split('.').filter(Boolean);
  if (parts[0] === 'body' || parts[0] === 'query' || parts[0] === 'params') parts.shift();
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const key = (name: NamePath) => JSON.stringify(name);

export interface SplitErrors {
  /** Errors for fields the form has, grouped by field. */
  fields: { name: NamePath; errors: string[] }[];
  /** Errors for anything else (a field the form does not show, or the body as a whole). */
  other: ProblemFieldError[];
}

/**
 * Splits field errors into those the form can show and the rest. A path deeper than a form field
 * (e.g. 'body.roles.0' when the form has 'roles') goes to the nearest field that contains it.
 */
export function splitFieldErrors(errors: readonly ProblemFieldError[], formFields: readonly NamePath[]): SplitErrors {
  const known = new Map(formFields.map((name) => [key(name), name]));
  const grouped = new Map<string, { name: NamePath; errors: string[] }>();
  const other: ProblemFieldError[] = [];
  for (const error of errors) {
    let name = fieldName(error.path);
    while (name.length > 0 && !known.has(key(name))) name = name.slice(0, -1);
    if (name.length === 0) {
      other.push(error);
      continue;
    }
    const entry = grouped.get(key(name)) ?? { name, errors: [] };
    entry.errors.push(error.message);
    grouped.set(key(name), entry);
  }
  return { fields: [...grouped.values()], other };
}

/**
 * Shows an API error's field errors on the form. Returns the message to show above the form, or
 * null when every error found its field.
 */
export function applyProblem(form: FormInstance, error: unknown): string | null {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
  if (error.errors.length === 0) return error.userMessage;
  const formFields = form.getFieldsError().map((field) => field.name as NamePath);
  const { fields, other } = splitFieldErrors(error.errors, formFields);
  form.setFields(fields);
  // The first refused field may be scrolled out of sight (the save button sits at the foot of a long drawer): show it.
  const first = fields[0];
  if (first) form.scrollToField(first.name, { block: 'center', behavior: 'smooth' });
  if (other.length === 0) return null;
  return [error.title, ...other.map((e) => e.message)].join('；');
}
