// 一窗受理 of an item or a 一件事: what the clerk files under, read from the published guide through the
// applicant wizard's own subject (one merged form and the merged, de-duplicated materials for a bundle),
// plus what only the window needs — where each answer's pre-fill comes from (so the applicant, not the
// clerk, fills applicant fields), the bundle's member items with their departments, and the receipt's date.
// Pure; tested in intakeSubject.test.ts.
import type { ApplicationDetail } from '../../../api/applications.ts';
import type { Bundle, Item } from '../../../api/catalog-public.ts';
import { mergedPrefill } from '../applicant/draft.ts';
import { bundleSubject, itemSubject, type ApplySubject } from '../applicant/subject.ts';

export interface IntakeMember {
  itemCode: string;
  name: string;
  departmentName: string | null;
  promisedLimitDays: number | null;
}

export interface IntakeSubject extends ApplySubject {
  /** Form field → where its pre-fill comes from (`entity.name`, `applicant.phone` …). */
  prefillSources: Record<string, string>;
  /** The item's result is an e-licence (items only). */
  licence: boolean;
  /** A bundle's member items, in the guide's order (empty for an item). */
  members: IntakeMember[];
}

export function intakeItemSubject(item: Item): IntakeSubject {
  return { ...itemSubject(item), prefillSources: { ...(item.form.prefill ?? {}) }, licence: Boolean(item.resultLicenceTypeCode), members: [] };
}

/** A bundle: its merged fields name their own pre-fill source (when the members agree on one). */
export function intakeBundleSubject(bundle: Bundle): IntakeSubject {
  return {
    ...bundleSubject(bundle),
    prefillSources: Object.fromEntries(bundle.fields.flatMap((f) => (f.prefill ? [[f.key, f.prefill]] : []))),
    licence: false,
    members: bundle.memberItems.map((m) => ({ itemCode: m.itemCode, name: m.name ?? m.itemCode, departmentName: m.departmentName, promisedLimitDays: m.promisedLimitDays })),
  };
}

type PrefillValues = Record<string, string | number | null>;

/** The server's pre-fill for the subject's form: an item's own, or a bundle's merged from its members' (as the wizard does). */
export function subjectPrefillValues(subject: Pick<IntakeSubject, 'kind' | 'code' | 'fields'>, byItem: Record<string, PrefillValues>): PrefillValues {
  return subject.kind === 'bundle' ? mergedPrefill(subject.fields, byItem) : (byItem[subject.code] ?? {});
}

/**
 * The date the receipt promises: the application's own deadline, or — a bundle, whose members each run
 * their own clock — the last of its members'.
 */
export function receiptDueAt(application: Pick<ApplicationDetail, 'dueAt' | 'members'>): string | null {
  if (application.dueAt) return application.dueAt;
  const dates = application.members.flatMap((m) => (m.dueAt ? [m.dueAt] : []));
  return dates.length ? dates.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)) : null;
}
