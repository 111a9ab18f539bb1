export { createCalendarService, type CalendarService, type OverrideRow, type SetOverrideInput, type YearRow } from './service.ts';
export { registerCalendarRoutes } from './routes.ts';
