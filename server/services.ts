// The services of every room, built once per app over one database. Routes, the CLI, the seed
// and tests all reach the rooms through this object.
import type { Config } from './config.ts';
import type { Database } from './platform/db/index.ts';
import { createCalendarService, type CalendarService } from './platform/calendar/index.ts';
import { createOrgService, type OrgService } from './modules/org/index.ts';

export interface Services {
  config: Config;
  database: Database;
  calendar: CalendarService;
  org: OrgService;
}

export function createServices(config: Config, database: Database): Services {
  return {
    config,
    database,
    calendar: createCalendarService(database),
    org: createOrgService(database),
  };
}
