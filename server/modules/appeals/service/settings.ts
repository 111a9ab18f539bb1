// The hotline's configurable rules (limits per kind and urgency, the return window, the extension cap, 三率's
// weights and minimum sample …): DOMAIN.md's defaults until an administrator saves others in `appeal_setting`.
// Every process reads them live (a copy refreshed in the background every 30 s, at once in the saving process).
// The sign-for and callback limits are the workflow's state limits: a step entering 签收 or 回访 passes the limit in
// force (the engine's stateLimit), so a saved change applies to tickets dispatched or answered from then on.
import type { z } from 'zod';
import type { appealSettingsBody } from '../../../../common/api/appeals.ts';
import { DEFAULT_APPEAL_RULES, type AppealRules } from '../../../../common/appeals/vocabulary.ts';
import { auditWrite, type Actor } from '../../../platform/audit/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { outsideTransaction, runWrites, WriteRefused } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import * as repo from '../repository.ts';

const KEY = 'rules';
const REFRESH_MS = 30_000;
/** Rules an administrator may not change here (none at present; the view still names them for the screen). */
export const FIXED: (keyof AppealRules)[] = [];

export function createSettings(database: Database, defaults: AppealRules = DEFAULT_APPEAL_RULES) {
  let current: { rules: AppealRules; version: number } = { rules: defaults, version: 0 };
  let loadedAt = 0;
  let loading: Promise<void> | null = null;

  const merge = (saved: Partial<AppealRules>): AppealRules => ({
    ...defaults,
    ...saved,
    kindDays: { ...defaults.kindDays, ...saved.kindDays },
    weights: { ...defaults.weights, ...saved.weights },
  });
  async function load() {
    const row = await repo.findSetting(database.readDb, KEY);
    current = row ? { rules: merge(row.value as Partial<AppealRules>), version: row.version } : { rules: defaults, version: 0 };
    loadedAt = Date.now();
  }
  const refresh = () => {
    if (!loading) loading = load().finally(() => (loading = null));
    return loading;
  };

  return {
    /** The rules now (the copy; a stale copy starts a refresh in the background). */
    get rules(): AppealRules {
      // Not awaited: read inside a transaction, the refresh runs once the transaction has ended (one connection on PGlite).
      if (Date.now() - loadedAt > REFRESH_MS) outsideTransaction(refresh).catch(() => undefined);
      return current.rules;
    },

    async get() {
      await refresh();
      return { rules: current.rules, version: current.version, fixed: FIXED };
    },

    async save(actor: Actor, rules: z.infer<typeof appealSettingsBody>['rules'], version: number) {
      await refresh();
      const before = current;
      try {
        await runWrites(database.db, [
          repo.saveSettingWrite(KEY, rules as unknown as Record<string, unknown>, version),
          auditWrite(actor, { action: 'appeal.settings.save', entity: 'appeal_setting', entityId: null, change: { before: before.rules, after: rules } }),
        ]);
      } catch (error) {
        if (error instanceof WriteRefused) {
          await refresh();
          throw new AppError('VERSION_CONFLICT', { zh: `规则已被他人修改（当前版本 ${current.version}），请刷新后重试`, en: `The rules were changed meanwhile (now version ${current.version}); reload and try again` });
        }
        throw error;
      }
      await refresh();
      return { rules: current.rules, version: current.version, fixed: FIXED };
    },
  };
}

export type Settings = ReturnType<typeof createSettings>;
