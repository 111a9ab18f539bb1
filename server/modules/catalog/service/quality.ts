// 办事指南质量检查: every rule (errors and warnings) over the latest live edition of each item and
// each bundle, with a count per rule, for the office to fix the catalogue's data.
import type { z } from 'zod';
import type { qualityReply, RuleViolation } from '../../../../common/api/catalog.ts';
import { checkItem } from '../../../../common/catalog/rules.ts';
import type { Database } from '../../../platform/db/index.ts';
import * as items from '../items-repository.ts';
import type { BundleService } from './bundles.ts';
import { inputOf } from './items.ts';

type QualityReply = z.infer<typeof qualityReply>;
type Status = QualityReply['items'][number]['status'];

export function createQualityService(database: Database, bundles: BundleService) {
  return {
    async report(): Promise<QualityReply> {
      const entries: QualityReply['items'] = [];
      for (const row of await items.latestLiveEditions(database.readDb)) {
        const violations = checkItem(inputOf(row));
        if (violations.length) entries.push({ kind: 'item', id: row.id, code: row.code, name: row.name, status: row.status as Status, violations });
      }
      for (const { row, violations } of await bundles.checkAll()) {
        if (violations.length) entries.push({ kind: 'bundle', id: row.id, code: row.code, name: row.name, status: row.status as Status, violations });
      }
      const counts = new Map<string, { rule: string; severity: RuleViolation['severity']; count: number }>();
      for (const v of entries.flatMap((e) => e.violations)) {
        const c = counts.get(v.rule) ?? { rule: v.rule, severity: v.severity, count: 0 };
        c.count++;
        counts.set(v.rule, c);
      }
      const rules = [...counts.values()].sort((a, b) => (a.severity === b.severity ? b.count - a.count || a.rule.localeCompare(b.rule) : a.severity === 'error' ? -1 : 1));
      return { rules, items: entries };
    },
  };
}
