// Test set-up for the ledger room: the catalogue's test app (demo departments and accounts), signed-in browsers
// for the office, a lead unit (住建局's handler), a support unit (市场监管局's approver), an outsider (政务服务局's
// clerk) and the leader, and builders of sources, tasks and evidence uploads.
import type { z } from 'zod';
import type { sourceBody, taskBody } from '../../common/api/ledger.ts';
import { pdfBytes } from './file-samples.ts';
import { DEMO_PASSWORD } from '../seed/index.ts';
import { createCatalogTestApp, type CatalogTestApp } from './catalog-factories.ts';
import { signIn, type Browser } from './sign-in.ts';

export type Who = 'office' | 'handler' | 'approver' | 'clerk' | 'leader' | 'admin' | 'qiye';

export interface LedgerTestApp extends CatalogTestApp {
  browsers: Record<Who, Browser>;
}

export async function createLedgerTestApp(): Promise<LedgerTestApp> {
  const t = await createCatalogTestApp();
  const names: Who[] = ['office', 'handler', 'approver', 'clerk', 'leader', 'admin', 'qiye'];
  const browsers = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await signIn(t.app, n, DEMO_PASSWORD)] as const))) as Record<Who, Browser>;
  return { ...t, browsers };
}

/** Sends a JSON request as one of the test's users (paths under /api/v1/ledger). */
export function ledgerSender(t: LedgerTestApp) {
  return (who: Who, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1/ledger${path}`, headers: { ...t.browsers[who].headers(method !== 'GET'), 'accept-language': 'zh-CN' }, ...(payload ? { payload } : {}) });
}

/** The principal behind one of the test's browsers, for calling services at a chosen time. */
export async function ledgerPrincipal(t: LedgerTestApp, who: Who) {
  const token = t.browsers[who].cookie.slice('ys_session='.length);
  const p = await t.services.sessions.principalFor(token, (s) => t.services.org.auth.loadSessionPrincipal(s));
  if (!p) throw new Error(`no principal for ${who}`);
  return p;
}

/** The audit actor of one of the test's users. */
export const actorOf = (p: { userId: string | null }) => ({ type: 'user' as const, id: p.userId });

let serial = 0;
export type SourceInput = z.input<typeof sourceBody>;

/** A city plan for this year (through the office's route); returns its id. */
export async function makeSource(t: LedgerTestApp, overrides: Partial<SourceInput> = {}): Promise<string> {
  const send = ledgerSender(t);
  const res = await send('office', 'POST', '/sources', { kind: 'city_plan', code: `CP-${Date.now().toString(36)}-${serial++}`, title: '呼和浩特市优化营商环境实施方案', periodStart: '2026-01-01', periodEnd: '2026-12-31', ...overrides });
  if (res.statusCode !== 201) throw new Error(`source: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

export type TaskInput = z.input<typeof taskBody>;

/** A task led by 住建局 with 市场监管局 supporting (through the office's route); returns id and number. */
export async function makeTask(t: LedgerTestApp, overrides: Partial<TaskInput> = {}): Promise<{ id: string; number: string }> {
  const send = ledgerSender(t);
  const sourceId = overrides.sourceId ?? (await makeSource(t));
  const res = await send('office', 'POST', '/tasks', {
    sourceId,
    title: '压减工程建设项目审批时限至 60 个工作日以内',
    leadDepartmentId: t.dept['HHHT-ZJ']!,
    supportDepartmentIds: [t.dept['HHHT-SCJG']!],
    startsOn: '2026-03-01',
    dueOn: '2027-06-30',
    expectedResult: '全流程审批时限不超过 60 个工作日',
    ...overrides,
  });
  if (res.statusCode !== 201) throw new Error(`task: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; number: string };
}

/** An evidence PDF uploaded by one of the test's users; returns the file id. */
export async function uploadEvidence(t: LedgerTestApp, who: Who, name = '整改佐证材料.pdf'): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/v1/files?purpose=ledger.evidence&name=${encodeURIComponent(name)}`,
    headers: { ...t.browsers[who].headers(true), 'content-type': 'application/pdf' },
    payload: pdfBytes(),
  });
  if (res.statusCode !== 201) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

/** The task's detail as one of the test's users sees it. */
export async function detailOf(t: LedgerTestApp, who: Who, id: string) {
  const res = await ledgerSender(t)(who, 'GET', `/tasks/${id}`);
  if (res.statusCode !== 200) throw new Error(`detail: ${res.statusCode} ${res.body}`);
  return res.json() as { version: number; state: string; actions: { key: string }[]; reports: { kind: string; text: string; attachments: { id: string; name: string }[] }[]; escalations: { id: string; version: number; liftedAt: string | null }[] } & Record<string, unknown>;
}
