// What the outreach room (企业服务) reads from the others, each through its own index.ts (wired by services.ts).
import type { OutreachDeps } from './modules/outreach/index.ts';
import type { LedgerService } from './modules/ledger/index.ts';
import type { Principal } from './platform/auth/index.ts';
import type { Services } from './services.ts';
import { remembered } from './remembered.ts';

type Rooms = Pick<Services, 'org' | 'registry'>;

export function outreachDeps(rooms: Rooms, ledger: Pick<LedgerService, 'tasks'>): OutreachDeps {
  const { org, registry } = rooms;
  return {
    org: {
      departments: remembered(30_000, () => 'all', async () =>
        (await org.departments.listDepartments()).map((d) => ({ id: d.id, code: d.code, name: d.name, shortName: d.shortName, regionCode: d.regionCode, parentId: d.parentId, kind: d.kind })),
      ),
      user: (id) => org.users.brief(id),
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
      // Every task of a list of findings in one query.
      taskStates: (ids) => ledger.tasks.states(ids),
    },
  };
}
