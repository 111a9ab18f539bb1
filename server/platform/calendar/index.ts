export { createCalendarService, type AddYearInput, type CalendarService, type OverrideRow, type SetOverrideInput, type YearRow, type YearStatus } from './service.ts';
export { registerCalendarRoutes } from './routes.ts';
/** A year written as fixture data, unaudited: test databases only (server/test); admins add years through the service. */
export { insertYear as insertFixtureYear } from './repository.ts';
