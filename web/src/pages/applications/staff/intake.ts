// 一窗受理: the pure parts of the clerk's intake — which materials the applicant gives and how, the
// form's pre-fill (the registry's entity, and the applicant the clerk named, never the clerk), and
// the draft's body (under an item or a 一件事).
import type { Material } from '../../../api/catalog-public.ts';
import type { Channel, DraftBody } from '../../../api/applications.ts';

export type StaffChannel = Extract<Channel, 'window' | 'assisted' | 'crossRegion'>;

/** How the applicant gives one material at the window. */
export interface GivenMaterial {
  paper: boolean;
  fileIds: string[];
}
export type GivenMaterials = Record<string, GivenMaterial>;

export type IntakeMaterialStatus = 'fetched' | 'licence' | 'uploaded' | 'paper' | 'missing';

/**
 * A material's status as the clerk sees it: held by a department (fetched, 免提交), a licence the
 * registry is asked for on submission (given here only if it cannot be fetched), uploaded, checked on
 * paper, or missing.
 */
export function intakeMaterialStatus(material: Pick<Material, 'key' | 'source'>, given: GivenMaterials): IntakeMaterialStatus {
  if (material.source === 'department') return 'fetched';
  const g = given[material.key];
  if (g?.fileIds.length) return 'uploaded';
  if (material.source === 'licence') return 'licence';
  if (g?.paper) return 'paper';
  return 'missing';
}

/** Required materials the applicant has neither uploaded nor shown on paper (fetched ones excepted). */
export function missingRequired<M extends Pick<Material, 'key' | 'source' | 'required'>>(materials: readonly M[], given: GivenMaterials): M[] {
  return materials.filter((m) => m.required && intakeMaterialStatus(m, given) === 'missing');
}

export interface IntakeApplicant {
  kind: 'entity' | 'person';
  uscc?: string;
  /** A person's name (an entity's comes from the registry). */
  name?: string;
  /** An applicant account, when the person has one. */
  username?: string;
  phone?: string;
}

/**
 * The form's starting values: the server's pre-fill for the entity (by USCC), but fields it fills
 * from `applicant.*` get the applicant the clerk named — the server would give the clerk's own name.
 */
export function intakePrefill(
  prefillMap: Record<string, string>,
  values: Record<string, string | number | null>,
  applicant: IntakeApplicant,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [field, source] of Object.entries(prefillMap)) {
    let value: string | number | null | undefined = values[field];
    if (source === 'applicant.name') value = applicant.kind === 'person' ? applicant.name : undefined;
    else if (source === 'applicant.phone') value = applicant.phone;
    if (value !== undefined && value !== null && value !== '') out[field] = value;
  }
  return out;
}

export interface IntakeState {
  /** What is applied for: an item, or a 一件事 (bundle) with one merged form. */
  subject: { kind: 'item' | 'bundle'; code: string };
  channel: StaffChannel;
  applicant: IntakeApplicant;
  formData: Record<string, unknown>;
  materials: readonly Pick<Material, 'key' | 'source'>[];
  given: GivenMaterials;
  commitment: boolean;
  delivery: 'electronic' | 'post';
  postAddress?: string;
}

/** The draft as the server takes it: only what is set, materials as given (department-held ones left to the server). */
export function intakeDraft(state: IntakeState): DraftBody {
  const { applicant } = state;
  const trimmed = (value: string | undefined) => value?.trim() || undefined;
  const materials = state.materials
    .filter((m) => m.source !== 'department')
    .map((m) => {
      const g = state.given[m.key];
      return { key: m.key, fileIds: g?.fileIds ?? [], paper: m.source === 'applicant' && Boolean(g?.paper) && !g?.fileIds.length };
    })
    .filter((m) => m.paper || m.fileIds.length > 0);
  const body: DraftBody = {
    ...(state.subject.kind === 'bundle' ? { bundleCode: state.subject.code } : { itemCode: state.subject.code }),
    channel: state.channel,
    formData: state.formData,
    materials,
    commitment: state.commitment,
    delivery: state.delivery,
  };
  if (applicant.kind === 'entity') body.uscc = trimmed(applicant.uscc)?.toUpperCase();
  else body.applicantName = trimmed(applicant.name);
  const username = trimmed(applicant.username);
  if (username) body.applicantUsername = username;
  const phone = trimmed(applicant.phone);
  if (phone) body.contactPhone = phone;
  if (state.delivery === 'post') body.postAddress = trimmed(state.postAddress);
  return body;
}

export interface SubmitErrors {
  /** Form answers: field → messages (for ItemForm's extraErrors). */
  form: Record<string, string[]>;
  /** Materials: key → message. */
  materials: Record<string, string>;
  /** The applicant's fields (uscc, applicantName, applicantUsername, contactPhone, postAddress …): name → message. */
  applicant: Record<string, string>;
  /** Anything else, shown above the submit button. */
  other: string[];
}

/** Sorts the server's field errors (`body.formData.x`, `body.materials.k`, `body.uscc` …) to where they are shown. */
export function splitSubmitErrors(errors: readonly { path: string; message: string }[]): SubmitErrors {
  const out: SubmitErrors = { form: {}, materials: {}, applicant: {}, other: [] };
  for (const { path, message } of errors) {
    const parts = path.replace(/^body\./, '').split('.');
    if (parts[0] === 'formData' && parts[1]) (out.form[parts[1]] ??= []).push(message);
    else if (parts[0] === 'materials' && parts[1] && !/^\d+$/.test(parts[1])) out.materials[parts[1]] = message;
    else if (parts.length === 1 && ['uscc', 'applicantName', 'applicantUsername', 'contactPhone', 'postAddress', 'channel', 'commitment'].includes(parts[0]!)) out.applicant[parts[0]!] = message;
    else out.other.push(message);
  }
  return out;
}
