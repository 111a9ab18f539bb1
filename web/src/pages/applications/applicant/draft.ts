// The wizard's state and the draft the server keeps: what a save sends, how a saved draft is read
// back, which materials the applicant is asked for (the rest are fetched), and pre-filled answers
// (a bundle's merged fields take them from their member items). Pure; tested in draft.test.ts.
import type { ApplicationDetail, DraftUpdate, MaterialInput } from '../../../api/applications.ts';
import type { MergedField } from '../../../api/catalog-public.ts';

export interface UploadedFile {
  id: string;
  name: string;
  size: number;
}

export interface WizardState {
  /** The enterprise applied for (its USCC), or null: 为本人申请. */
  uscc: string | null;
  formData: Record<string, unknown>;
  /** Material key → the files uploaded for it. */
  materials: Record<string, UploadedFile[]>;
  commitment: boolean;
  delivery: 'electronic' | 'post';
  postAddress: string;
  contactPhone: string;
}

export const emptyWizard = (): WizardState => ({
  uscc: null,
  formData: {},
  materials: {},
  commitment: false,
  delivery: 'electronic',
  postAddress: '',
  contactPhone: '',
});

/** A material as the guide lists it (items: `source`; bundles also say `fetched`). */
export interface AskedMaterial {
  key: string;
  name: string;
  source: 'applicant' | 'department' | 'licence';
  required: boolean;
  condition: string | null;
  note: string | null;
  form: 'paper' | 'electronic' | 'either';
  fetched?: boolean;
}

/** Department- and licence-sourced materials are fetched by the platform (免提交), never asked for. */
export const isFetchedMaterial = (m: Pick<AskedMaterial, 'source' | 'fetched'>) => m.fetched ?? m.source !== 'applicant';

/** The materials the applicant uploads, and those fetched for them; each list keeps the guide's order. */
export function partitionMaterials<M extends AskedMaterial>(materials: readonly M[]): { asked: M[]; fetched: M[] } {
  return { asked: materials.filter((m) => !isFetchedMaterial(m)), fetched: materials.filter((m) => isFetchedMaterial(m)) };
}

/** Required materials the applicant was asked for and has not uploaded. */
export function missingMaterials<M extends AskedMaterial>(materials: readonly M[], uploaded: WizardState['materials']): M[] {
  return partitionMaterials(materials).asked.filter((m) => m.required && (uploaded[m.key]?.length ?? 0) === 0);
}

/** The materials as the API takes them: one entry per key that has files. */
export function materialInputs(uploaded: WizardState['materials']): MaterialInput[] {
  return Object.entries(uploaded)
    .filter(([, files]) => files.length > 0)
    .map(([key, files]) => ({ key, fileIds: files.map((f) => f.id), paper: false }));
}

/** What a save sends (everything the wizard holds, so a save is never partial). */
export function draftPatch(state: WizardState, version: number): DraftUpdate {
  const post = state.delivery === 'post';
  return {
    version,
    // '' clears the enterprise: the draft is then the applicant's own.
    uscc: state.uscc ?? '',
    formData: state.formData,
    materials: materialInputs(state.materials),
    commitment: state.commitment,
    delivery: state.delivery,
    ...(post && state.postAddress.trim() ? { postAddress: state.postAddress.trim() } : {}),
    ...(state.contactPhone.trim() ? { contactPhone: state.contactPhone.trim() } : {}),
  };
}

/** A saved draft read back into the wizard (files keep their names and sizes from the server). */
export function wizardFromDraft(draft: Pick<ApplicationDetail, 'applicantUscc' | 'formData' | 'materials' | 'commitment' | 'delivery' | 'postAddress' | 'contactPhone'>): WizardState {
  const materials: WizardState['materials'] = {};
  for (const m of draft.materials) if (m.files.length > 0) materials[m.key] = m.files.map((f) => ({ id: f.id, name: f.name, size: f.size }));
  return {
    uscc: draft.applicantUscc,
    formData: { ...draft.formData },
    materials,
    commitment: draft.commitment,
    delivery: draft.delivery,
    postAddress: draft.postAddress ?? '',
    // The server keeps the phone masked (138****0000): it is not sent back unless typed again.
    contactPhone: '',
  };
}

type PrefillValue = string | number | null;

/**
 * A bundle's pre-filled answers: each merged field takes the first value any member item's pre-fill
 * gives for a field it maps to.
 */
export function mergedPrefill(fields: readonly Pick<MergedField, 'key' | 'mapsTo'>[], byItem: Record<string, Record<string, PrefillValue>>): Record<string, PrefillValue> {
  const out: Record<string, PrefillValue> = {};
  for (const field of fields) {
    for (const target of field.mapsTo) {
      const value = byItem[target.itemCode]?.[target.field];
      if (value !== undefined && value !== null && value !== '') {
        out[field.key] = value;
        break;
      }
    }
  }
  return out;
}

/** Pre-filled values fill only what the applicant has not answered; the schema decides a value's type. */
export function applyPrefill(formData: Record<string, unknown>, values: Record<string, PrefillValue>, schema?: Record<string, unknown>): Record<string, unknown> {
  const properties = (schema?.properties ?? {}) as Record<string, { type?: unknown }>;
  const next = { ...formData };
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === '') continue;
    if (schema && !(key in properties)) continue;
    const current = next[key];
    if (current !== undefined && current !== null && current !== '') continue;
    const type = properties[key]?.type;
    if ((type === 'number' || type === 'integer') && typeof value === 'string') {
      const n = Number(value);
      if (Number.isFinite(n) && value.trim() !== '') next[key] = type === 'integer' ? Math.trunc(n) : n;
    } else if (type === 'string' && typeof value === 'number') {
      next[key] = String(value);
    } else {
      next[key] = value;
    }
  }
  return next;
}
