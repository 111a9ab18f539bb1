// Market entities, the enterprise file, e-licences, public verification and audited data sharing
// (contracts: common/api/registry.ts and common/api/registry-import.ts).
import type { z } from 'zod';
import type {
  entitiesQuery,
  entitiesReply,
  Entity,
  entityInput,
  entityUpdate,
  issueLicenceBody,
  Licence,
  licenceFieldSchema,
  licencesQuery,
  licencesReply,
  licenceTypeSchema,
  licenceTypesReply,
  profileReply,
  profileSectionSchema,
  shareLogItem,
  shareLogQuery,
  shareLogReply,
  shareReply,
  shareRequestBody,
  sharingRuleBody,
  sharingRuleSchema,
  sharingRulesReply,
  verificationReply,
} from '../../../common/api/registry.ts';
import type { exportQuery, ImportReport } from '../../../common/api/registry-import.ts';
import { XLSX_CONTENT_TYPE } from '../../../common/api/registry-import.ts';
import { currentLanguage, i18n } from '../i18n/index.ts';
import { api, ApiError, parseProblem } from './client.ts';

export type { Entity, Licence } from '../../../common/api/registry.ts';
export type { ImportError, ImportReport } from '../../../common/api/registry-import.ts';
export type EntitiesQuery = Partial<z.infer<typeof entitiesQuery>>;
export type EntitiesReply = z.infer<typeof entitiesReply>;
export type EntityInput = z.input<typeof entityInput>;
export type EntityUpdate = z.input<typeof entityUpdate>;
export type Profile = z.infer<typeof profileReply>;
export type ProfileSection = z.infer<typeof profileSectionSchema>;
export type LicenceType = z.infer<typeof licenceTypeSchema>;
export type LicenceField = z.infer<typeof licenceFieldSchema>;
export type LicencesQuery = Partial<z.infer<typeof licencesQuery>>;
export type LicencesReply = z.infer<typeof licencesReply>;
export type IssueLicenceBody = z.input<typeof issueLicenceBody>;
export type Verification = z.infer<typeof verificationReply>;
export type ShareRequestBody = z.input<typeof shareRequestBody>;
export type ShareReply = z.infer<typeof shareReply>;
export type ShareLogItem = z.infer<typeof shareLogItem>;
export type ShareLogQuery = Partial<z.infer<typeof shareLogQuery>>;
export type ShareLogReply = z.infer<typeof shareLogReply>;
export type SharingRule = z.infer<typeof sharingRuleSchema>;
export type SharingRuleBody = z.input<typeof sharingRuleBody>;
export type ExportQuery = Partial<z.infer<typeof exportQuery>>;

const base = '/api/v1/registry';
const seg = (value: string) => encodeURIComponent(value);

// ---- Market entities and the enterprise file ----

export const searchEntities = (query: EntitiesQuery, signal?: AbortSignal) =>
  api.get<EntitiesReply>(`${base}/entities`, { query, signal });
export const getEntity = (uscc: string, signal?: AbortSignal) =>
  api.get<Entity>(`${base}/entities/${seg(uscc)}`, { signal });
export const getProfile = (uscc: string, signal?: AbortSignal) =>
  api.get<Profile>(`${base}/entities/${seg(uscc)}/profile`, { signal });
export const createEntity = (body: EntityInput) => api.post<Entity>(`${base}/entities`, body);
export const updateEntity = (uscc: string, body: EntityUpdate) =>
  api.patch<Entity>(`${base}/entities/${seg(uscc)}`, body);

/** The export's address with the list's filters (a plain link: the browser downloads it with the session cookie). */
export function exportUrl(query: ExportQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `${base}/entities/export.xlsx${qs ? `?${qs}` : ''}`;
}

export type ImportFileKind = 'csv' | 'xlsx';

/** What the server reads the file as, from its name (and the browser's type as a fallback); null = not a spreadsheet. */
export function importFileKind(file: { name: string; type?: string }): ImportFileKind | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (file.type === 'text/csv') return 'csv';
  if (file.type === XLSX_CONTENT_TYPE) return 'xlsx';
  return null;
}

export const importContentType = (kind: ImportFileKind) => (kind === 'csv' ? 'text/csv' : XLSX_CONTENT_TYPE);

/**
 * Sends the file itself as the body (not a form): the import reads CSV or .xlsx bytes. The JSON
 * client cannot send a raw body, so this is its own fetch with the same headers and error shape.
 */
export async function importEntities(
  file: Blob & { name: string },
  options: { csrfToken: string | null; signal?: AbortSignal },
): Promise<ImportReport> {
  const kind = importFileKind(file);
  if (!kind) {
    throw new ApiError({
      type: 'about:blank',
      title: i18n.t('registry.import.badType'),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    });
  }
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(),
    'Content-Type': importContentType(kind),
  };
  if (options.csrfToken) headers['x-csrf-token'] = options.csrfToken;
  let response: Response;
  try {
    response = await fetch(`${base}/entities/import`, {
      method: 'POST',
      headers,
      body: file,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(
      { type: 'about:blank', title: i18n.t('errors.network'), status: 0, code: 'NETWORK_ERROR' },
      { cause: error },
    );
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const problem = parseProblem(body, response.status);
    throw new ApiError(
      problem ?? {
        type: 'about:blank',
        title: i18n.t('errors.http', { status: response.status }),
        status: response.status,
        code: 'HTTP_ERROR',
      },
    );
  }
  return body as ImportReport;
}

// ---- Electronic licences ----

export const listLicenceTypes = (signal?: AbortSignal) =>
  api.get<z.infer<typeof licenceTypesReply>>(`${base}/licence-types`, { signal });
export const listLicences = (query: LicencesQuery, signal?: AbortSignal) =>
  api.get<LicencesReply>(`${base}/licences`, { query, signal });
export const getLicence = (id: string, signal?: AbortSignal) =>
  api.get<Licence>(`${base}/licences/${seg(id)}`, { signal });
export const issueLicence = (body: IssueLicenceBody) => api.post<Licence>(`${base}/licences`, body);
export const revokeLicence = (id: string, reason: string) =>
  api.post<Licence>(`${base}/licences/${seg(id)}/revoke`, { reason });

/** Public: anyone may check a code, signed in or not. */
export const verifyLicence = (code: string, signal?: AbortSignal) =>
  api.get<Verification>(`/api/v1/verify/${seg(code)}`, { signal, expectUnauthenticated: true });

// ---- Data sharing ----

export const requestShare = (body: ShareRequestBody) => api.post<ShareReply>(`${base}/share`, body);
export const listShareLog = (query: ShareLogQuery, signal?: AbortSignal) =>
  api.get<ShareLogReply>(`${base}/share-log`, { query, signal });
export const listSharingRules = (signal?: AbortSignal) =>
  api.get<z.infer<typeof sharingRulesReply>>(`${base}/sharing-rules`, { signal });
export const addSharingRule = (body: SharingRuleBody) =>
  api.post<{ id: string }>(`${base}/sharing-rules`, body);
export const removeSharingRule = (id: string) => api.delete<void>(`${base}/sharing-rules/${seg(id)}`);
export const listMyDataAccess = (query: { page?: number; pageSize?: number }, signal?: AbortSignal) =>
  api.get<ShareLogReply>(`${base}/my-data-access`, { query, signal });
