// The outreach room's services (企业服务): stewards, contacts and the problems enterprises raise, key projects with
// their blockers and coordination meetings, hall inspections, and the figures.
import type { Database } from '../../../platform/db/index.ts';
import { createContacts } from './contacts.ts';
import { createInspections } from './inspections.ts';
import { createOverview } from './overview.ts';
import { createProjects } from './projects.ts';
import type { OutreachDeps } from './shared.ts';
import { createStewards } from './stewards.ts';

export type { DepartmentInfo, LedgerOriginInput, OutreachDeps } from './shared.ts';

export function createOutreachService(database: Database, deps: OutreachDeps) {
  const overview = createOverview(database, deps);
  return {
    stewards: createStewards(database, deps),
    contacts: createContacts(database, deps),
    projects: createProjects(database, deps),
    inspections: createInspections(database, deps),
    /** The figures of a period, for the metrics module: `outreach.stats.stats({ from, to })`. */
    stats: { stats: overview.stats },
    enterprise: overview.enterprise,
  };
}

export type OutreachService = ReturnType<typeof createOutreachService>;
