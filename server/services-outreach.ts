// What the outreach room (企业服务) reads from the others, each through its own index.ts (wired by services.ts).
import type { OutreachDeps } from './modules/outreach/index.ts';
import type { LedgerService } from './modules/ledger/index.ts';
import type { Principal } from './platform/auth/index.ts';
import type { Services } from './services.ts';
import { remembered } from './remembered.ts';

type Rooms = Pick<Services, 'org' | 'registry'>;

/** Reads ledger tasks for the outreach views as a reader who sees every task (the view itself is the office's). */
const ledgerReader: Principal = {
  via: 'session',
  id: 'outreach',
  userId: null,
  username: null,
  name: '企业服务',
  kind: 'staff',
  departmentId: null,
  departmentName: null,
  roles: [{ role: 'leader', departmentId: null }],
  mustChangePassword: false,
  csrfToken: null,
  sessionId: null,
  sessionExpiry: null,
};

export function outreachDeps(rooms: Rooms, ledger: Pick<LedgerService, 'tasks'>): OutreachDeps {
  const { org, registry } = rooms;
  return {
    org: {
      departments: remembered(30_000, () => 'all', async () =>
        (await org.departments.listDepartments()).map((d) => ({ id: d.id, code: d.code, name: d.name, shortName: d.shortName, regionCode: d.regionCode, parentId: d.parentId, kind: d.kind })),
      ),
      visibleDepartments: remembered(30_000, (p: Principal) => `${p.id}:${p.roles.map((r) => `${r.role}@${r.departmentId}`).join(',')}`, (p: Principal) => org.departments.visibleTo(p)),
    },
    registry: {
      entityByUscc: async (uscc) => {
        const e = await registry.entities.getByUscc(uscc).catch(() => null);
        return e ? { uscc: e.uscc, name: e.name, districtCode: e.districtCode, status: e.status } : null;
      },
    },
    ledger: {
      createFromOrigin: (actor, input, tx) => ledger.tasks.createFromOrigin(actor, input, tx),
      // One read per task through the ledger's own view (a finding list is short). A `tasks.states(ids)` on the
      // ledger service reading them in one query would do better.
      taskStates: async (ids) => {
        const found = await Promise.all(ids.map((id) => ledger.tasks.get(ledgerReader, id).then((t) => [id, { number: t.number, state: t.state }] as const, () => null)));
        return new Map(found.filter((x) => x !== null));
      },
    },
  };
}
