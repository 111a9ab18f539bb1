// 接诉即办's own settings: the hotline's rules (limits per kind and urgency, the return window, the extension cap,
// repeats, 三率's weights and minimum sample; versioned) and the Open311 API keys outside systems file tickets with.
// Contracts: common/api/appeals.ts (appealSettingsView/Body) and common/api/appeals-open311.ts (types only, so zod
// stays out of the pages' code).
import type { z } from 'zod';
import type { appealSettingsBody, appealSettingsView } from '../../../common/api/appeals.ts';
import type { createOpen311KeyBody, createOpen311KeyReply, Open311Key, open311KeysReply } from '../../../common/api/appeals-open311.ts';
import { api } from './client.ts';

export type { Open311Key };
export type AppealSettingsView = z.infer<typeof appealSettingsView>;
export type AppealSettingsBody = z.input<typeof appealSettingsBody>;
/** The rules an editor may change (everything but the limits built into the workflow's states). */
export type EditableAppealRules = AppealSettingsBody['rules'];
export type Open311KeysReply = z.infer<typeof open311KeysReply>;
export type CreateOpen311KeyBody = z.input<typeof createOpen311KeyBody>;
export type CreateOpen311KeyReply = z.infer<typeof createOpen311KeyReply>;

const seg = (value: string) => encodeURIComponent(value);

/** 接诉即办规则 now (version 0 while the defaults stand). */
export const getAppealSettings = (signal?: AbortSignal) => api.get<AppealSettingsView>('/api/v1/appeals/settings', { signal });

/** Saves the rules with the version read; a stale version answers 409 VERSION_CONFLICT. */
export const saveAppealSettings = (body: AppealSettingsBody) => api.put<AppealSettingsView>('/api/v1/appeals/settings', body);

/** Every Open311 key, revoked ones included (listed by their first characters). */
export const listOpen311Keys = (signal?: AbortSignal) => api.get<Open311KeysReply>('/api/v1/appeals/open311-keys', { signal });

/** Issues a key; the secret is in this reply only. */
export const issueOpen311Key = (body: CreateOpen311KeyBody) => api.post<CreateOpen311KeyReply>('/api/v1/appeals/open311-keys', body);

/** Revokes a key at once (a key revoked already answers 409). */
export const revokeOpen311Key = (id: string) => api.post<Open311Key>(`/api/v1/appeals/open311-keys/${seg(id)}/revoke`);
