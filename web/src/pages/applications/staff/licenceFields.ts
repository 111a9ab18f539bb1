// 准予 that the registry cannot issue yet: the server answers 422 naming the result licence's fields
// nobody supplied (`body.licenceFields`, or one error per `body.licenceFields.<key>`). This finds those
// fields on the licence type, so the approver fills them in and grants again.
import type { ProblemFieldError } from '../../../api/client.ts';
import type { LicenceField, LicenceType } from '../../../api/registry.ts';

const PATH = 'body.licenceFields';

/** True when the refusal is about the result licence's fields. */
export const isLicenceFieldsProblem = (errors: readonly ProblemFieldError[]) =>
  errors.some((e) => e.path === PATH || e.path.startsWith(`${PATH}.`));

/** The licence type's name the message quotes (“食品经营许可证” or "…"), if any. */
export function quotedTypeName(message: string): string | null {
  const match = /[“"]([^”"]+)[”"]/.exec(message);
  return match ? match[1]!.trim() : null;
}

/** The field labels a message lists: after the colon, up to the bracket or the end, split on 、 or commas. */
export function listedLabels(message: string): string[] {
  const afterColon = /[：:]\s*(.+)$/s.exec(message)?.[1] ?? '';
  const list = afterColon.split(/[（(]/)[0] ?? '';
  return list
    .split(/[、,，]/)
    .map((label) => label.trim())
    .filter(Boolean);
}

export interface MissingFields {
  /** The licence type's fields to ask for, in the type's order. */
  fields: LicenceField[];
  /** Labels (or keys) the error named that the type does not have: shown as they are, not asked for. */
  unmatched: string[];
}

/** Reads the refusal against the licence type (when known) and says which fields to ask for. */
export function missingLicenceFields(errors: readonly ProblemFieldError[], type: Pick<LicenceType, 'fields'> | null): MissingFields {
  const relevant = errors.filter((e) => e.path === PATH || e.path.startsWith(`${PATH}.`));
  const keys = relevant.filter((e) => e.path.startsWith(`${PATH}.`)).map((e) => e.path.slice(PATH.length + 1));
  const labels = relevant.filter((e) => e.path === PATH).flatMap((e) => listedLabels(e.message));
  const fields: LicenceField[] = [];
  const unmatched: string[] = [];
  for (const name of [...keys, ...labels]) {
    const field = type?.fields.find((f) => f.key === name || f.label === name);
    if (!field) {
      if (!unmatched.includes(name)) unmatched.push(name);
    } else if (!fields.some((f) => f.key === field.key)) {
      fields.push(field);
    }
  }
  const order = (f: LicenceField) => type?.fields.findIndex((t) => t.key === f.key) ?? 0;
  return { fields: fields.sort((a, b) => order(a) - order(b)), unmatched };
}

/** The values to send: numbers for number fields, trimmed text otherwise; blanks left out. */
export function licenceFieldValues(fields: readonly LicenceField[], entered: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const field of fields) {
    const value = entered[field.key];
    if (value === undefined || value === null || value === '') continue;
    if (field.type === 'number') {
      const n = typeof value === 'number' ? value : Number(value);
      if (Number.isFinite(n)) out[field.key] = n;
    } else {
      const text = String(value).trim();
      if (text) out[field.key] = text.slice(0, 500);
    }
  }
  return out;
}
