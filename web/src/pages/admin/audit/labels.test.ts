import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.ts';
import { actionLabels, actionName, actorParts, actorTypeName, entityLabels, entityName, workflowAction, workflowLabels } from './labels.ts';

const t: TFunction = i18n.t.bind(i18n);
const inChinese = () => i18n.changeLanguage('zh-CN');

afterAll(inChinese);

describe('actionName', () => {
  it('names a listed action in the reader’s language', async () => {
    await inChinese();
    expect(actionName(t, 'org.department.update')).toBe('修改部门');
    expect(actionName(t, 'ledger.task.report')).toBe('报送进展');
    expect(actionName(t, 'files.upload')).toBe('上传文件');
    expect(actionName(t, 'appeal.dispatchRule.update')).toBe('修改派单规则');
    await i18n.changeLanguage('en');
    expect(actionName(t, 'org.department.update')).toBe('Department changed');
    await inChinese();
  });

  it('composes a workflow step from the workflow’s name and the step’s, keys with dots included', async () => {
    await inChinese();
    expect(actionName(t, 'workflow.ledger.task.approve')).toBe('台账任务：审核通过');
    expect(actionName(t, 'workflow.application.passReview')).toBe('办件：审查通过');
    expect(actionName(t, 'workflow.application.postCheck.pass')).toBe('事后核查：核查属实');
    expect(actionName(t, 'workflow.appeal.ticket.open')).toBe('工单：发起');
    await i18n.changeLanguage('en');
    expect(actionName(t, 'workflow.evaluation.loop.fixNow')).toBe('Bad-rating loop: Fixed at once');
    await inChinese();
  });

  it('keeps the unknown part of a workflow step as its code, and gives no name to a code it does not know', async () => {
    await inChinese();
    expect(actionName(t, 'workflow.ledger.task.teleport')).toBe('台账任务：teleport');
    expect(actionName(t, 'workflow.permit.approve')).toBe('permit：审核通过');
    expect(actionName(t, 'workflow.permit.teleport')).toBeNull();
    expect(actionName(t, 'quarry.stone.cut')).toBeNull();
    expect(actionName(t, 'workflow.')).toBeNull();
    expect(actionName(t, 'constructor')).toBeNull();
  });

  it('splits a workflow step at its last dot', () => {
    expect(workflowAction('workflow.application.postCheck.fail')).toEqual({ workflow: 'application.postCheck', step: 'fail' });
    expect(workflowAction('workflow.application')).toBeNull();
    expect(workflowAction('workflow.application.')).toBeNull();
    expect(workflowAction('org.user.create')).toBeNull();
  });
});

describe('entityName, actorTypeName', () => {
  it('names the object types and the four actor types, and nothing else', async () => {
    await inChinese();
    expect(entityName(t, 'ledger_task')).toBe('台账任务');
    expect(entityName(t, 'workflow_case')).toBe('办理流程');
    expect(entityName(t, 'stored_file')).toBe('文件');
    expect(entityName(t, 'no_such_table')).toBeNull();
    expect(['user', 'token', 'system', 'cli'].map((type) => actorTypeName(t, type))).toEqual(['用户', '接口令牌', '系统', '命令行']);
    expect(actorTypeName(t, 'robot')).toBeNull();
    await i18n.changeLanguage('en');
    expect(actorTypeName(t, 'cli')).toBe('Command line');
    await inChinese();
  });

  it('has a word for every key it lists, in both languages', async () => {
    const keys = [...Object.values(actionLabels), ...Object.values(entityLabels), ...Object.values(workflowLabels)];
    for (const language of ['zh-CN', 'en']) {
      await i18n.changeLanguage(language);
      for (const key of keys) expect(i18n.exists(key), `${language}: ${key}`).toBe(true);
    }
    await inChinese();
  });
});

describe('actorParts', () => {
  const uuid = '01a21dc7-19f4-73cb-a4b5-076a000ea15b';
  it('shows the name and keeps the UUID apart; an id that is itself a name is the name', () => {
    expect(actorParts({ actorId: uuid, actorName: '系统管理员（admin）' })).toEqual({ name: '系统管理员（admin）', id: uuid });
    expect(actorParts({ actorId: uuid, actorName: null })).toEqual({ name: null, id: uuid });
    expect(actorParts({ actorId: 'demo-seed', actorName: null })).toEqual({ name: 'demo-seed', id: null });
    expect(actorParts({ actorId: null, actorName: null })).toEqual({ name: null, id: null });
  });
});

// Every action and object type the server writes by name has a label here (template-built codes such as
// `workflow.<key>.<action>` and `appeal.ticket.<kind>` are listed by hand in labels.ts).
describe('the server’s audit codes', () => {
  const serverRoot = path.resolve(import.meta.dirname, '../../../../../server');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sources(full);
      return entry.name.endsWith('.ts') && !/\.test(-fixture)?\.ts$/.test(entry.name) && !full.includes(`${path.sep}test${path.sep}`) ? [full] : [];
    });
  const written = (pattern: RegExp) => [...new Set(sources(serverRoot).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1]!)))];

  it('all have a label', () => {
    const actions = written(/\baction: ['`]([a-zA-Z0-9_-]+\.[a-zA-Z0-9_.-]+)['`]/g);
    const entities = written(/\bentity: ['`]([a-z0-9_]+)['`]/g);
    expect(actions.length).toBeGreaterThan(50);
    expect(actions.filter((code) => !actionLabels[code])).toEqual([]);
    expect(entities.filter((code) => !entityLabels[code])).toEqual([]);
  });
});
