// Test set-up for the appeals room: the catalogue's test app (demo departments and accounts) plus the demo
// ticket categories and dispatch catalogue, a second handler in 住建局 and one in 人社局, and signed-in browsers.
import { createTicketBody } from '../../common/api/appeals.ts';
import { systemActor } from '../platform/audit/index.ts';
import { DEMO_PASSWORD } from '../seed/index.ts';
import { seedAppealCatalogue } from '../seed/appeals.ts';
import { createCatalogTestApp, type CatalogTestApp } from './catalog-factories.ts';
import { signIn, type Browser } from './sign-in.ts';

export type Who = 'agent' | 'handler' | 'handler2' | 'rs' | 'office' | 'leader' | 'qiye' | 'shimin' | 'admin' | 'approver';

export interface AppealsTestApp extends CatalogTestApp {
  browsers: Record<Who, Browser>;
}

export async function createAppealsTestApp(): Promise<AppealsTestApp> {
  const t = await createCatalogTestApp();
  await seedAppealCatalogue(t.services, systemActor);
  const { org } = t.services;
  await org.users.create(systemActor, { username: 'handler2', name: '吴涛', kind: 'staff', departmentId: t.dept['HHHT-ZJ']!, roles: [{ role: 'handler', departmentId: t.dept['HHHT-ZJ']! }] }, { password: DEMO_PASSWORD, mustChangePassword: false });
  await org.users.create(systemActor, { username: 'rs', name: '郑红', kind: 'staff', departmentId: t.dept['HHHT-RS']!, roles: [{ role: 'handler', departmentId: t.dept['HHHT-RS']! }] }, { password: DEMO_PASSWORD, mustChangePassword: false });
  const names: Who[] = ['agent', 'handler', 'handler2', 'rs', 'office', 'leader', 'qiye', 'shimin', 'admin', 'approver'];
  const browsers = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await signIn(t.app, n, DEMO_PASSWORD)] as const))) as Record<Who, Browser>;
  return { ...t, browsers };
}

/** Sends a JSON request as one of the test's users. */
export function appealsSender(t: AppealsTestApp) {
  return (who: Who, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: t.browsers[who].headers(method !== 'GET'), ...(payload ? { payload } : {}) });
}

/** The principal behind one of the test's browsers, for calling services at a chosen time. */
export async function appealsPrincipal(t: AppealsTestApp, who: Who) {
  const token = t.browsers[who].cookie.slice('ys_session='.length);
  const p = await t.services.sessions.principalFor(token, (s) => t.services.org.auth.loadSessionPrincipal(s));
  if (!p) throw new Error(`no principal for ${who}`);
  return p;
}

/** A phone call about a blocked pavement in 赛罕区 (占道经营), as the seat files it. */
export const callBody = (overrides: Record<string, unknown> = {}) => ({
  channel: 'phone',
  kind: 'complain',
  categoryCode: 'CG-HJWS',
  areaCode: '150105',
  title: '小区门口垃圾多日无人清运',
  content: '赛罕区大学西街某小区门口垃圾堆放三天无人清运，气味很大。',
  requesterName: '王建华',
  requesterPhone: '13804715678',
  address: '赛罕区大学西街 100 号',
  ...overrides,
});

/** The same call as the service takes it (defaults filled in, as the route's schema fills them). */
export const callInput = (overrides: Record<string, unknown> = {}) => createTicketBody.parse(callBody(overrides));
