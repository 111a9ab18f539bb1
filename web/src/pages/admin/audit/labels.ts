// Readable names for the audit log's action and entity codes. A code not listed here is shown as
// it is, so a new module's actions appear at once and get a name when someone adds it here.
import type { ParseKeys } from 'i18next';

export const actionLabels: Readonly<Record<string, ParseKeys>> = {
  'auth.sign-in.success': 'audit.actions.signInSuccess',
  'auth.sign-in.failure': 'audit.actions.signInFailure',
  'auth.sign-out': 'audit.actions.signOut',
  'auth.sign-out.everywhere': 'audit.actions.signOutEverywhere',
  'auth.password.change': 'audit.actions.passwordChange',
  'org.department.create': 'audit.actions.departmentCreate',
  'org.department.update': 'audit.actions.departmentUpdate',
  'org.user.create': 'audit.actions.userCreate',
  'org.user.update': 'audit.actions.userUpdate',
  'org.user.disable': 'audit.actions.userDisable',
  'org.user.enable': 'audit.actions.userEnable',
  'org.user.reset-password': 'audit.actions.userResetPassword',
  'org.token.create': 'audit.actions.tokenCreate',
  'org.token.revoke': 'audit.actions.tokenRevoke',
  'calendar.override.create': 'audit.actions.calendarOverrideCreate',
  'calendar.override.update': 'audit.actions.calendarOverrideUpdate',
  'calendar.override.delete': 'audit.actions.calendarOverrideDelete',
  'calendar.year.add': 'audit.actions.calendarYearAdd',
  'audit.purge': 'audit.actions.auditPurge',
};

export const entityLabels: Readonly<Record<string, ParseKeys>> = {
  app_user: 'audit.entities.user',
  department: 'audit.entities.department',
  api_token: 'audit.entities.apiToken',
  calendar_override: 'audit.entities.calendarOverride',
  calendar_year: 'audit.entities.calendarYear',
  audit_log: 'audit.entities.auditLog',
};

export const knownActions = Object.keys(actionLabels);
export const knownEntities = Object.keys(entityLabels);
