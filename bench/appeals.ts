// 接诉即办 (DESIGN.md §9 budgets, issue 8's bars): (1) taking a call in — the ticket with its 工单编号, its case
// at the hotline with the queue row and first history entry, the audit row — and (2) dispatching it to a unit
// (the engine's step, the ticket's mirror columns, the unit's notices), each against the bare insert-plus-audit
// baseline (target ≥ 50%).
import type { Principal } from '../server/platform/auth/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../server/seed/index.ts';
import type { Services } from '../server/services.ts';
import { measure, type Measurement } from './lib/measure.ts';

export interface AppealsBenchOptions {
  seconds: number;
  connections: number;
  tickets: number;
  engine: 'pglite' | 'postgres';
}

async function principalOf(services: Services, username: string): Promise<Principal> {
  const meta = { ip: '127.0.0.1', userAgent: 'bench', requestId: null };
  const { token } = (await services.org.auth.signIn(username, DEMO_PASSWORD, meta)).started;
  const p = await services.sessions.principalFor(token, (s) => services.org.auth.loadSessionPrincipal(s));
  if (!p) throw new Error(`no principal for ${username}`);
  return p;
}

const AREAS = ['150102', '150103', '150104', '150105'];
const CATEGORIES = ['CG-HJWS', 'ZF-WY', 'HB-ZS', 'JT-DL'];

export async function benchAppealWrites(services: Services, options: AppealsBenchOptions): Promise<Measurement[]> {
  await seedDemoCity(services, { seed: 2026, scale: 'small', catalog: false });
  const dept = Object.fromEntries((await services.org.departments.listDepartments()).map((d) => [d.code, d.id]));
  const agent = await principalOf(services, 'agent');
  const actor = { type: 'user' as const, id: agent.userId! };
  const { tickets } = services.appeals;
  const concurrency = options.engine === 'postgres' ? 10 : 4;

  let n = 0;
  const created: string[] = [];
  const create = await measure(
    'appeals: take a call (ticket, number, case at the hotline)',
    async () => {
      const i = n++;
      const phone = `139${String(10_000_000 + (i % 9_000_000)).padStart(8, '0')}`;
      const t = await tickets.create(actor, agent, {
        channel: 'phone',
        kind: 'complain',
        urgency: 'normal',
        categoryCode: CATEGORIES[i % CATEGORIES.length]!,
        areaCode: AREAS[i % AREAS.length]!,
        title: `基准测试工单 ${i}`,
        content: '小区门口垃圾多日无人清运，气味很大，请尽快处理。',
        requesterName: '王建华',
        requesterPhone: phone,
        address: '赛罕区大学西街 100 号',
        mediaFileIds: [],
        confidential: false,
        nameHidden: false,
      });
      created.push(t.id);
    },
    { concurrency, seconds: options.seconds, warmupOps: 20 },
  );

  // Each created ticket waits at the hotline: dispatch them in turn to 住建局 (enough made beforehand to last).
  const wanted = options.engine === 'postgres' ? 12_000 : 3_000;
  while (created.length < wanted) {
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        const i = n++;
        const t = await tickets.create(actor, agent, { channel: 'phone', kind: 'help', urgency: 'normal', categoryCode: CATEGORIES[i % CATEGORIES.length]!, areaCode: AREAS[i % AREAS.length]!, title: `基准测试工单 ${i}`, content: '路灯不亮。', mediaFileIds: [], confidential: false, nameHidden: false });
        created.push(t.id);
      }),
    );
  }
  const lead = dept['HHHT-ZJ']!;
  let k = 0;
  const dispatch = await measure(
    'appeals: dispatch (派单 to a unit)',
    async () => {
      const id = created[k++];
      if (!id) return;
      await tickets.dispatch(actor, agent, id, { version: 1, leadDepartmentId: lead, supportDepartmentIds: [] });
    },
    { concurrency, seconds: options.seconds, warmupOps: 0 },
  );
  if (k > created.length) console.log(`  note: the dispatch bench ran out of tickets after ${created.length}`);
  return [create, dispatch];
}
