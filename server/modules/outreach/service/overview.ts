// The room's figures for the metrics module and the office (definitions in stats-repository.ts), and what
// outreach holds on one enterprise (its page: steward, contacts, problems, key projects).
import { PROJECT_STAGES, type EnterpriseOutreachView, type OutreachStats } from '../../../../common/api/outreach.ts';
import type { Database } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/errors/index.ts';
import * as projectsRepo from '../projects-repository.ts';
import * as repo from '../repository.ts';
import * as statsRepo from '../stats-repository.ts';
import { presentContact, presentProblem } from './contacts.ts';
import { presentProject } from './projects.ts';
import { departmentBook, invalid, WHAT, type OutreachDeps } from './shared.ts';
import { presentSteward } from './stewards.ts';

export function createOverview(database: Database, deps: OutreachDeps) {
  const db = database.readDb;
  return {
    async stats(query: { from: string; to: string }): Promise<OutreachStats> {
      if (query.to < query.from) throw invalid('query.to', '结束日期不能早于开始日期', 'the end cannot be before the start');
      const [counts, byStage, byDepartment, book] = await Promise.all([
        statsRepo.periodCounts(db, query.from, query.to),
        statsRepo.blockersBy(db, 'stage', query.from, query.to),
        statsRepo.blockersBy(db, 'department_id', query.from, query.to),
        departmentBook(deps),
      ]);
      return {
        from: query.from,
        to: query.to,
        ...counts,
        resolutionRate: counts.blockersFound ? Math.round((counts.blockersSolved / counts.blockersFound) * 10_000) / 10_000 : null,
        blockersByStage: PROJECT_STAGES.map((stage) => {
          const hit = byStage.find((r) => r.key === stage);
          return { stage, found: hit?.found ?? 0, solved: hit?.solved ?? 0 };
        }),
        blockersByDepartment: byDepartment.map((r) => ({ departmentId: r.key, departmentName: book.name(r.key), found: r.found, solved: r.solved })),
      };
    },

    /** The enterprise page's outreach: 404 when neither the registry nor outreach knows the USCC. */
    async enterprise(uscc: string): Promise<EnterpriseOutreachView> {
      const [entity, stewards, contacts, problems, projects, book] = await Promise.all([
        deps.registry.entityByUscc(uscc),
        repo.stewardsOf(db, uscc),
        repo.listContacts(db, { uscc }, 1, 20),
        repo.problemsOf(db, uscc, 100),
        projectsRepo.listProjects(db, { departments: 'all', uscc }, 1, 100),
        departmentBook(deps),
      ]);
      const name = entity?.name ?? stewards[0]?.enterpriseName ?? contacts.rows[0]?.enterpriseName ?? problems[0]?.enterpriseName ?? projects.rows[0]?.enterpriseName;
      if (name === undefined) throw notFound(WHAT.enterprise);
      const contactProblems = await repo.problemsOfContacts(db, contacts.rows.map((c) => c.id));
      const stewardViews = stewards.map((s) => presentSteward(s, book));
      return {
        uscc,
        name,
        steward: stewardViews.find((s) => s.endedOn === null) ?? null,
        stewards: stewardViews,
        contacts: contacts.rows.map((c) => presentContact(c, contactProblems, book)),
        contactsTotal: contacts.total,
        problems: problems.map((p) => presentProblem(p, book)),
        projects: projects.rows.map(presentProject),
      };
    },
  };
}

export type Overview = ReturnType<typeof createOverview>;
