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
  licenceTypeInput,
  licenceTypeSchema,
  licenceTypesReply,
  licenceTypeUpdate,
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
import type {
  EntityAccount,
  linkAccountBody,
  myEntitiesReply,
} from '../../../common/api/registry-accounts.ts';
import { XLSX_CONTENT_TYPE } from '../../../common/api/registry-import.ts';
import { i18n } from '../i18n/index.ts';
import { api, ApiError, type Download } from './client.ts';

export type { Entity, Licence } from '../../../common/api/registry.ts';
export type { ImportError, ImportReport } from '../../../common/api/registry-import.ts';
export type { EntityAccount, MyEntity } from '../../../common/api/registry-accounts.ts';
export type EntitiesQuery = Partial<z.infer<typeof entitiesQuery>>;
export type EntitiesReply = z.infer<typeof entitiesReply>;
export type EntityInput = z.input<typeof entityInput>;
export type EntityUpdate = z.input<typeof entityUpdate>;
export type Profile = z.infer<typeof profileReply>;
export type ProfileSection = z.infer<typeof profileSectionSchema>;
export type ProfileColumn = ProfileSection['columns'][number];
export type ProfileRow = ProfileSection['rows'][number];
export type LicenceTypeInput = z.input<typeof licenceTypeInput>;
export type LicenceTypeUpdate = z.input<typeof licenceTypeUpdate>;
export type LinkAccountBody = z.input<typeof linkAccountBody>;
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

/** The export's filters as a query: those that are set (an empty text is no filter). */
export function exportQueryOf(query: ExportQuery): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') out[key] = String(value);
  }
  return out;
}

/** The entities matching the list's filters as .xlsx (through the client, so an ended session is noticed). */
export const downloadEntities = (query: ExportQuery): Promise<Download> =>
  api.download(`${base}/entities/export.xlsx`, { query: exportQueryOf(query) });

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

/** Sends the file itself as the body (not a form): the import reads CSV or .xlsx bytes. */
export async function importEntities(
  file: Blob & { name: string },
  options: { signal?: AbortSignal } = {},
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
  return api.post<ImportReport>(`${base}/entities/import`, file, {
    headers: { 'Content-Type': importContentType(kind) },
    signal: options.signal,
  });
}

// ---- Electronic licences ----

export const listLicenceTypes = (signal?: AbortSignal) =>
  api.get<z.infer<typeof licenceTypesReply>>(`${base}/licence-types`, { signal });
export const createLicenceType = (body: LicenceTypeInput) =>
  api.post<LicenceType>(`${base}/licence-types`, body);
export const updateLicenceType = (id: string, body: LicenceTypeUpdate) =>
  api.patch<LicenceType>(`${base}/licence-types/${seg(id)}`, body);
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

// ---- Enterprise accounts ----

export const listEntityAccounts = (uscc: string, signal?: AbortSignal) =>
  api.get<{ accounts: EntityAccount[] }>(`${base}/entities/${seg(uscc)}/accounts`, { signal });
export const linkAccount = (uscc: string, body: LinkAccountBody) =>
  api.post<EntityAccount>(`${base}/entities/${seg(uscc)}/accounts`, body);
export const unlinkAccount = (uscc: string, userId: string) =>
  api.delete<void>(`${base}/entities/${seg(uscc)}/accounts/${seg(userId)}`);
/** 我的企业: the entities the signed-in applicant represents, and each one's own file. */
export const listMyEntities = (signal?: AbortSignal) =>
  api.get<z.infer<typeof myEntitiesReply>>('/api/v1/me/entities', { signal });
export const getMyProfile = (uscc: string, signal?: AbortSignal) =>
  api.get<Profile>(`/api/v1/me/entities/${seg(uscc)}/profile`, { signal });
