// The server's refusals of a submission (problem JSON `errors: [{ path, message }]`) sorted to where
// the applicant sees them: `body.formData.<field>` under the form field, `body.materials.<key>` under
// the material, anything else above the step. Pure; tested in errors.test.ts.
import type { ProblemFieldError } from '../../../api/client.ts';
import type { FieldErrors } from '../../../components/ItemForm.tsx';

export interface SubmitErrors {
  /** Form field → messages (ItemForm's `extraErrors`). */
  form: Record<string, string[]>;
  /** Material key → messages. */
  materials: Record<string, string[]>;
  /** Messages that belong to no field or material. */
  other: string[];
}

export const noErrors = (): SubmitErrors => ({ form: {}, materials: {}, other: [] });

const push = (map: Record<string, string[]>, key: string, message: string) => {
  const list = (map[key] ??= []);
  if (!list.includes(message)) list.push(message);
};

/** 'body.formData.trade_name' → form 'trade_name'; 'body.materials.id_card' (or '.materials.3.fileIds') → material. */
export function splitSubmitErrors(errors: readonly ProblemFieldError[], materialKeys: readonly string[] = []): SubmitErrors {
  const out = noErrors();
  for (const error of errors) {
    const parts = error.path.split('.').filter(Boolean);
    if (parts[0] === 'body') parts.shift();
    const [head, key] = parts;
    if (head === 'formData' && key) {
      push(out.form, key, error.message);
    } else if (head === 'materials' && key) {
      // A path by index (the shape check of materials[]) names the position in the keys we sent.
      const byIndex = /^\d+$/.test(key) ? materialKeys[Number(key)] : undefined;
      if (/^\d+$/.test(key) && !byIndex) out.other.push(error.message);
      else push(out.materials, byIndex ?? key, error.message);
    } else {
      out.other.push(error.message);
    }
  }
  return out;
}

export const hasErrors = (errors: SubmitErrors) =>
  Object.keys(errors.form).length > 0 || Object.keys(errors.materials).length > 0 || errors.other.length > 0;

/** The fields whose answers changed between two versions of the form's data. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * Drops the server's messages for the fields the applicant has just changed: rjsf holds back a submit
 * while any `extraErrors` remain, so a corrected field must lose its old message.
 */
export function clearFields(errors: Record<string, string[]>, fields: readonly string[]): Record<string, string[]> {
  if (!fields.some((field) => field in errors)) return errors;
  const next = { ...errors };
  for (const field of fields) delete next[field];
  return next;
}

/** The form errors as ItemForm takes them (undefined when there are none, so rjsf sees no change). */
export const formExtraErrors = (errors: Record<string, string[]>): FieldErrors | undefined =>
  Object.keys(errors).length > 0 ? errors : undefined;
