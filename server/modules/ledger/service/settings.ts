// The ledger's configurable rules (the amber share, the half-time thresholds, when a unit counts as silent):
// DOMAIN.md's defaults until the office saves others in `ledger_setting`. Read live: a copy at most 30 s old
// (at once in the process that saved), like the hotline's rules.
import type { z } from 'zod';
import type { settingsBody } from '../../../../common/api/ledger.ts';
import { DEFAULT_LEDGER_RULES, type LedgerRules } from '../../../../common/ledger/vocabulary.ts';
import { auditWrite, type Actor } from '../../../platform/audit/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { runWrites, WriteRefused } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import * as repo from '../structure-repository.ts';

const KEY = 'rules';
const REFRESH_MS = 30_000;

export type SettingsBody = z.infer<typeof settingsBody>;

export function createLedgerSettings(database: Database) {
  let current: { rules: LedgerRules; version: number } = { rules: DEFAULT_LEDGER_RULES, version: 0 };
  let loadedAt = 0;
  let loading: Promise<void> | null = null;

  async function load() {
    const row = await repo.findSetting(database.db, KEY);
    current = row ? { rules: { ...DEFAULT_LEDGER_RULES, ...(row.value as Partial<LedgerRules>) }, version: row.version } : { rules: DEFAULT_LEDGER_RULES, version: 0 };
    loadedAt = Date.now();
  }
  const refresh = () => {
    if (!loading) loading = load().finally(() => (loading = null));
    return loading;
  };
  const view = () => ({ rules: current.rules, version: current.version });

  return {
    /** The rules now (read again when the copy is older than 30 s). */
    async rules(): Promise<LedgerRules> {
      if (Date.now() - loadedAt > REFRESH_MS) await refresh();
      return current.rules;
    },

    async get() {
      await refresh();
      return view();
    },

    async save(actor: Actor, body: SettingsBody) {
      await refresh();
      const before = current.rules;
      try {
        await runWrites(database.db, [
          repo.saveSettingWrite(KEY, { ...body.rules }, body.version, actor.type === 'user' ? actor.id : null),
          auditWrite(actor, { action: 'ledger.settings.save', entity: 'ledger_setting', entityId: null, change: { before, after: body.rules } }),
        ]);
      } catch (error) {
        if (error instanceof WriteRefused) {
          await refresh();
          throw new AppError('VERSION_CONFLICT', { zh: `台账规则已被他人修改（当前版本 ${current.version}），请刷新后重试`, en: `The ledger rules were changed meanwhile (now version ${current.version}); reload and try again` });
        }
        throw error;
      }
      await refresh();
      return view();
    },
  };
}

export type LedgerSettings = ReturnType<typeof createLedgerSettings>;
