// What the appeals room (接诉即办) reads from the others, each through its own index.ts (wired by services.ts).
import { DEFAULT_APPEAL_RULES } from '../common/appeals/vocabulary.ts';
import type { AppealsDeps } from './modules/appeals/index.ts';
import type { Principal, Role } from './platform/auth/index.ts';
import type { CatalogService } from './modules/catalog/index.ts';
import type { Services } from './services.ts';
import { remembered } from './remembered.ts';

export function appealsDeps(rooms: Omit<Services, 'catalog' | 'applications' | 'evaluations' | 'appeals' | 'ledger' | 'outreach'>, catalog: CatalogService): AppealsDeps {
  const { org, registry, calendar, workflow, notify, files, crypto } = rooms;
  const departments = remembered(30_000, () => 'all', async () =>
    (await org.departments.listDepartments()).map((d) => ({ id: d.id, code: d.code, name: d.name, nameEn: d.nameEn, regionCode: d.regionCode, parentId: d.parentId, kind: d.kind })),
  );
  const membersOf = remembered(30_000, (id: string, roles: readonly Role[]) => `${id}:${roles.join(',')}`, (id: string, roles: readonly Role[]) => org.users.membersOf(id, roles));
  // The 12345 centre: the first department (by code) with hotline seats in it.
  const hotlineDepartmentId = remembered(60_000, () => 'hotline', async () => {
    for (const d of [...(await departments())].sort((a, b) => a.code.localeCompare(b.code))) {
      if ((await membersOf(d.id, ['agent'])).length > 0) return d.id;
    }
    return null;
  });
  return {
    rules: DEFAULT_APPEAL_RULES,
    demo: rooms.config.DEMO,
    workflow,
    calendar: (db) => calendar.current(db),
    crypto,
    notify: (db, userIds, message) => notify.notify(db, userIds, message),
    prepareNotice: (userIds, message) => notify.prepare(userIds, message),
    org: {
      departments,
      userNames: (ids) => org.users.displayNames(ids),
      membersOf,
      visibleDepartments: remembered(30_000, (p: Principal) => `${p.id}:${p.roles.map((r) => `${r.role}@${r.departmentId}`).join(',')}`, (p: Principal) => org.departments.visibleTo(p)),
      hotlineDepartmentId,
    },
    registry: {
      entityByUscc: async (uscc) => {
        const e = await registry.entities.getByUscc(uscc).catch(() => null);
        return e ? { uscc: e.uscc, name: e.name, address: e.address } : null;
      },
    },
    synonyms: () => catalog.search.synonyms.list(),
    files: {
      attach: async (tx, ids, attachedTo, owners) => {
        await files.attach(tx, ids, attachedTo, owners);
      },
      describe: async (ids) => new Map([...(await files.describe(ids))].map(([k, v]) => [k, { id: v.id, name: v.name }])),
    },
  };
}
