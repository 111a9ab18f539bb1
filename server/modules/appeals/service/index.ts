// The appeals room's services (接诉即办): intake from every channel, the categories and the dispatch catalogue,
// the ticket's steps on the workflow engine, notes and follow-ups, and the reads.
import type { Database } from '../../../platform/db/index.ts';
import * as repo from '../repository.ts';
import { dishonestyWorkflow, ticketWorkflow } from '../workflow.ts';
import { createCatalogueService } from './catalogue.ts';
import { createHandling } from './handling.ts';
import { createKnowledgeService } from './knowledge.ts';
import { createOpen311Service } from '../open311/service.ts';
import { createStatsService } from './stats.ts';
import { createSettings } from './settings.ts';
import { createNotes } from './notes.ts';
import { createReads } from './reads.ts';
import type { AppealsDeps } from './shared.ts';
import { createSteps } from './steps.ts';
import { createTicketIntake } from './tickets.ts';

export type { AppealsDeps, DepartmentInfo } from './shared.ts';
export type { AppealClosedPayload } from './tickets.ts';
export type { KnowledgeService } from './knowledge.ts';

export function createAppealsService(database: Database, configured: AppealsDeps) {
  // The rules every service reads are the live ones (an administrator's saved rules over DOMAIN.md's defaults).
  const settings = createSettings(database, configured.rules);
  const deps: AppealsDeps = {
    ...configured,
    get rules() {
      return settings.rules;
    },
  };
  const defs = { ticket: deps.workflow.register(ticketWorkflow(deps.rules)), dishonesty: deps.workflow.register(dishonestyWorkflow()) };
  const catalogue = createCatalogueService(database, deps);
  const knowledge = createKnowledgeService(database, { org: deps.org, synonyms: deps.synonyms });
  const intake = createTicketIntake(database, deps, catalogue, defs, knowledge);
  const steps = createSteps(database, deps);
  const handling = createHandling(database, deps, catalogue, steps);
  const notes = createNotes(database, deps);
  const reads = createReads(database, deps, catalogue, (key) => deps.workflow.definition(key));
  const open311 = createOpen311Service(database, {
    createTicket: intake.create,
    categories: catalogue.categories,
    departmentName: async (id) => (await deps.org.departments()).find((d) => d.id === id)?.name ?? null,
    addExternalUpdate: (actor, input) => notes.addExternalUpdate(actor, input),
    endpointType: deps.demo ? 'test' : 'production',
  });
  return {
    settings,
    open311,
    stats: createStatsService(database, deps),
    definitions: defs,
    categories: catalogue,
    knowledge,
    tickets: { create: intake.create, ...handling, ...notes, ...reads, count: () => repo.countTickets(database.readDb) },
  };
}

export type AppealsService = ReturnType<typeof createAppealsService>;
