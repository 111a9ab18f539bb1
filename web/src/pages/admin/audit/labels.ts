// Readable names for the audit log's codes: actions, object types (entity) and actor types, from the words in
// i18n/*/audit-codes.ts. A workflow step (`workflow.<key>.<action>`, written by the workflow engine for every
// module's cases) is named from the workflow's name and the step's, not pair by pair. A code not known here gets
// no name (null): the page shows the code itself, muted, so a new module's actions still read and get a name
// when someone adds it here.
import type { ParseKeys, TFunction } from 'i18next';
import { auditCodesZh } from '../../../i18n/zh-CN/audit-codes.ts';

const words = auditCodesZh.auditCodes;
type Groups = typeof words.actions;

/** Action code → its key under auditCodes.actions.<group>, by the module that writes it (server grep: `action: '…'`). */
const actionCodes: { [G in keyof Groups]: Record<string, keyof Groups[G] & string> } = {
  auth: {
    'auth.sign-in.success': 'signInSuccess',
    'auth.sign-in.failure': 'signInFailure',
    'auth.sign-out': 'signOut',
    'auth.sign-out.everywhere': 'signOutEverywhere',
    'auth.password.change': 'passwordChange',
  },
  org: {
    'org.department.create': 'departmentCreate',
    'org.department.update': 'departmentUpdate',
    'org.user.create': 'userCreate',
    'org.user.update': 'userUpdate',
    'org.user.disable': 'userDisable',
    'org.user.enable': 'userEnable',
    'org.user.reset-password': 'userResetPassword',
    'org.token.create': 'tokenCreate',
    'org.token.revoke': 'tokenRevoke',
  },
  calendar: {
    'calendar.override.create': 'overrideCreate',
    'calendar.override.update': 'overrideUpdate',
    'calendar.override.delete': 'overrideDelete',
    'calendar.year.add': 'yearAdd',
  },
  audit: { 'audit.purge': 'purge' },
  files: { 'files.upload': 'upload', 'files.sweep': 'sweep' },
  catalog: {
    'catalog.item.create': 'itemCreate',
    'catalog.item.new-edition': 'itemNewEdition',
    'catalog.item.update': 'itemUpdate',
    'catalog.item.publish': 'itemPublish',
    'catalog.item.retire': 'itemRetire',
    'catalog.bundle.create': 'bundleCreate',
    'catalog.bundle.new-edition': 'bundleNewEdition',
    'catalog.bundle.update': 'bundleUpdate',
    'catalog.bundle.publish': 'bundlePublish',
    'catalog.bundle.retire': 'bundleRetire',
    'catalog.synonym.create': 'synonymCreate',
    'catalog.synonym.update': 'synonymUpdate',
    'catalog.synonym.delete': 'synonymDelete',
  },
  registry: {
    'registry.entity.create': 'entityCreate',
    'registry.entity.create-override': 'entityCreateOverride',
    'registry.entity.update': 'entityUpdate',
    'registry.entity.import': 'entityImport',
    'registry.licence.issue': 'licenceIssue',
    'registry.licence.revoke': 'licenceRevoke',
    'registry.licence-type.create': 'licenceTypeCreate',
    'registry.licence-type.update': 'licenceTypeUpdate',
    'registry.account.link': 'accountLink',
    'registry.account.unlink': 'accountUnlink',
    'registry.sharing-rule.create': 'sharingRuleCreate',
    'registry.sharing-rule.delete': 'sharingRuleDelete',
    'registry.share.allowed': 'shareAllowed',
    'registry.share.refused': 'shareRefused',
    'registry.seed.batch': 'seedBatch',
  },
  applications: {
    'application.submit': 'submit',
    'application.draft.create': 'draftCreate',
    'application.draft.update': 'draftUpdate',
    'application.draft.delete': 'draftDelete',
    'application.post': 'post',
    'application.commitment.breached': 'commitmentBreached',
    'application.commitment.unblock': 'commitmentUnblock',
    'applications.seed.batch': 'seedBatch',
  },
  evaluations: {
    'evaluation.rate': 'rate',
    'evaluation.rate.refused': 'rateRefused',
    'evaluation.supplement': 'supplement',
    'evaluation.window.open': 'windowOpen',
    'evaluation.appeal.file': 'appealFile',
    'evaluation.appeal.uphold': 'appealUphold',
    'evaluation.appeal.dismiss': 'appealDismiss',
    'evaluations.seed': 'seed',
  },
  appeals: {
    'appeal.ticket.create': 'ticketCreate',
    // A note on a ticket: `appeal.ticket.<kind>` (server/modules/appeals/service/notes.ts).
    'appeal.ticket.progress': 'ticketProgress',
    'appeal.ticket.extensionRequest': 'ticketExtensionRequest',
    'appeal.ticket.followUp': 'ticketFollowUp',
    'appeal.ticket.external': 'ticketExternal',
    'appeal.ticket.status': 'ticketStatus',
    'appeal.categories.ensure': 'categoriesEnsure',
    'appeal.dispatchRule.create': 'dispatchRuleCreate',
    'appeal.dispatchRule.update': 'dispatchRuleUpdate',
    'appeal.dispatchRule.delete': 'dispatchRuleDelete',
    'appeal.knowledge.create': 'knowledgeCreate',
    'appeal.knowledge.update': 'knowledgeUpdate',
    'appeal.knowledge.retire': 'knowledgeRetire',
    'appeal.knowledge.restore': 'knowledgeRestore',
    'appeal.open311Key.issue': 'open311KeyIssue',
    'appeal.open311Key.revoke': 'open311KeyRevoke',
    'appeal.settings.save': 'settingsSave',
  },
  ledger: {
    'ledger.task.create': 'taskCreate',
    'ledger.task.update': 'taskUpdate',
    'ledger.task.report': 'taskReport',
    'ledger.task.escalate': 'taskEscalate',
    'ledger.task.lift': 'taskLift',
    'ledger.task.bulk': 'taskBulk',
    'ledger.task.seed': 'taskSeed',
    'ledger.import.start': 'importStart',
    'ledger.import.chunk': 'importChunk',
    'ledger.import.done': 'importDone',
    'ledger.import.failed': 'importFailed',
    'ledger.issue.create': 'issueCreate',
    'ledger.issue.update': 'issueUpdate',
    'ledger.measure.create': 'measureCreate',
    'ledger.measure.update': 'measureUpdate',
    'ledger.member.create': 'memberCreate',
    'ledger.member.update': 'memberUpdate',
    'ledger.source.create': 'sourceCreate',
    'ledger.source.update': 'sourceUpdate',
    'ledger.meeting.create': 'meetingCreate',
    'ledger.meeting.update': 'meetingUpdate',
    'ledger.meeting.hold': 'meetingHold',
    'ledger.settings.save': 'settingsSave',
  },
  outreach: {
    'outreach.steward.assign': 'stewardAssign',
    'outreach.steward.end': 'stewardEnd',
    'outreach.inspection.create': 'inspectionCreate',
    'outreach.project.create': 'projectCreate',
    'outreach.blocker.create': 'blockerCreate',
    'outreach.blocker.solve': 'blockerSolve',
    'outreach.meeting.create': 'meetingCreate',
    'outreach.contact.visit': 'contactVisit',
    'outreach.contact.contact': 'contactContact',
    'outreach.problem.route': 'problemRoute',
    'outreach.problem.solved': 'problemSolved',
    'outreach.problem.explained': 'problemExplained',
  },
};

export const actionLabels: Readonly<Record<string, ParseKeys>> = Object.fromEntries(
  Object.entries(actionCodes).flatMap(([group, codes]) =>
    Object.entries(codes).map(([code, key]) => [code, `auditCodes.actions.${group}.${key}` as ParseKeys]),
  ),
);

/** Workflow key (the definitions' `key`) → its name. */
export const workflowLabels: Readonly<Record<string, ParseKeys>> = {
  application: 'auditCodes.workflows.application',
  'application.postCheck': 'auditCodes.workflows.applicationPostCheck',
  'ledger.task': 'auditCodes.workflows.ledgerTask',
  'appeal.ticket': 'auditCodes.workflows.appealTicket',
  'appeal.dishonesty': 'auditCodes.workflows.appealDishonesty',
  'evaluation.loop': 'auditCodes.workflows.evaluationLoop',
};

/** Object type (the audited table or aggregate) → its name. */
export const entityLabels: Readonly<Record<string, ParseKeys>> = {
  api_token: 'auditCodes.entities.apiToken',
  app_user: 'auditCodes.entities.appUser',
  appeal_api_key: 'auditCodes.entities.appealApiKey',
  appeal_category: 'auditCodes.entities.appealCategory',
  appeal_dispatch_rule: 'auditCodes.entities.appealDispatchRule',
  appeal_knowledge: 'auditCodes.entities.appealKnowledge',
  appeal_setting: 'auditCodes.entities.appealSetting',
  appeal_ticket: 'auditCodes.entities.appealTicket',
  application: 'auditCodes.entities.application',
  audit_log: 'auditCodes.entities.auditLog',
  bundle: 'auditCodes.entities.bundle',
  calendar_override: 'auditCodes.entities.calendarOverride',
  calendar_year: 'auditCodes.entities.calendarYear',
  commitment_block: 'auditCodes.entities.commitmentBlock',
  department: 'auditCodes.entities.department',
  entity_account: 'auditCodes.entities.entityAccount',
  evaluation_window_session: 'auditCodes.entities.evaluationWindowSession',
  hall_inspection: 'auditCodes.entities.hallInspection',
  key_project: 'auditCodes.entities.keyProject',
  ledger_escalation: 'auditCodes.entities.ledgerEscalation',
  ledger_import: 'auditCodes.entities.ledgerImport',
  ledger_issue: 'auditCodes.entities.ledgerIssue',
  ledger_measure: 'auditCodes.entities.ledgerMeasure',
  ledger_meeting: 'auditCodes.entities.ledgerMeeting',
  ledger_member: 'auditCodes.entities.ledgerMember',
  ledger_setting: 'auditCodes.entities.ledgerSetting',
  ledger_source: 'auditCodes.entities.ledgerSource',
  ledger_task: 'auditCodes.entities.ledgerTask',
  licence: 'auditCodes.entities.licence',
  licence_type: 'auditCodes.entities.licenceType',
  market_entity: 'auditCodes.entities.marketEntity',
  outreach_contact: 'auditCodes.entities.outreachContact',
  outreach_problem: 'auditCodes.entities.outreachProblem',
  outreach_steward: 'auditCodes.entities.outreachSteward',
  project_blocker: 'auditCodes.entities.projectBlocker',
  project_meeting: 'auditCodes.entities.projectMeeting',
  rating: 'auditCodes.entities.rating',
  rating_appeal: 'auditCodes.entities.ratingAppeal',
  registry: 'auditCodes.entities.registry',
  search_synonym: 'auditCodes.entities.searchSynonym',
  service_item: 'auditCodes.entities.serviceItem',
  share_log: 'auditCodes.entities.shareLog',
  sharing_rule: 'auditCodes.entities.sharingRule',
  stored_file: 'auditCodes.entities.storedFile',
  workflow_case: 'auditCodes.entities.workflowCase',
};

/** A table's entry for `code`, never an inherited member (`constructor`, `toString`). */
const own = (table: Readonly<Record<string, ParseKeys>>, code: string): ParseKeys | undefined => (Object.hasOwn(table, code) ? table[code] : undefined);
const isStep = (step: string): step is keyof typeof words.steps => Object.hasOwn(words.steps, step);
const isActorType = (type: string): type is keyof typeof words.actorTypes => Object.hasOwn(words.actorTypes, type);

/** `workflow.<key>.<action>` split into the workflow's key (which may hold dots: application.postCheck) and the step. */
export function workflowAction(code: string): { workflow: string; step: string } | null {
  if (!code.startsWith('workflow.')) return null;
  const rest = code.slice('workflow.'.length);
  const dot = rest.lastIndexOf('.');
  if (dot <= 0 || dot === rest.length - 1) return null;
  return { workflow: rest.slice(0, dot), step: rest.slice(dot + 1) };
}

/**
 * The action's readable name; for a workflow step, the workflow's name and the step's (a part not known here shows
 * as its code). Null when nothing of the code is known: show the code itself.
 */
export function actionName(t: TFunction, code: string): string | null {
  const key = own(actionLabels, code);
  if (key) return t(key);
  const parts = workflowAction(code);
  if (!parts) return null;
  const { workflow, step } = parts;
  const workflowKey = own(workflowLabels, workflow);
  const stepName = isStep(step) ? t(`auditCodes.steps.${step}`) : null;
  if (!workflowKey && stepName === null) return null;
  return t('auditCodes.workflowStep', { workflow: workflowKey ? t(workflowKey) : workflow, step: stepName ?? step });
}

/** The object type's readable name, or null (show the code). */
export function entityName(t: TFunction, code: string): string | null {
  const key = own(entityLabels, code);
  return key ? t(key) : null;
}

/** 用户 / 接口令牌 / 系统 / 命令行 (server/platform/audit/tables.ts: user | token | system | cli), or null. */
export function actorTypeName(t: TFunction, type: string): string | null {
  return isActorType(type) ? t(`auditCodes.actorTypes.${type}`) : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who acted, as a person reads it: the name the page has (or an id that is itself a name, like `demo-seed`), and
 * the id only when it says something more (a user's UUID), to be shown small and muted.
 */
export function actorParts(row: { actorId: string | null; actorName: string | null }): { name: string | null; id: string | null } {
  const name = row.actorName ?? (row.actorId && !UUID.test(row.actorId) ? row.actorId : null);
  return { name, id: row.actorId && row.actorId !== name ? row.actorId : null };
}
