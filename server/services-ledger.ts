// What the ledger room (督办台账) reads from the others, each through its own index.ts (wired by services.ts).
import type { LedgerDeps } from './modules/ledger/index.ts';
import type { Principal, Role } from './platform/auth/index.ts';
import type { Services } from './services.ts';
import { remembered } from './remembered.ts';

type Rooms = Pick<Services, 'org' | 'calendar' | 'workflow' | 'notify' | 'files'>;

/** All the bytes of a stored file (local files come as a stream, S3 objects as a Buffer or a stream). */
async function bytesOf(body: NodeJS.ReadableStream | Buffer): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function ledgerDeps(rooms: Rooms): LedgerDeps {
  const { org, calendar, workflow, notify, files } = rooms;
  const departments = remembered(30_000, () => 'all', async () =>
    (await org.departments.listDepartments()).map((d) => ({ id: d.id, code: d.code, name: d.name, shortName: d.shortName, regionCode: d.regionCode, parentId: d.parentId, kind: d.kind })),
  );
  const membersOf = remembered(30_000, (id: string, roles: readonly Role[]) => `${id}:${roles.join(',')}`, (id: string, roles: readonly Role[]) => org.users.membersOf(id, roles));
  // 营商办: the first department (by code) with office staff in it.
  const officeDepartmentId = remembered(60_000, () => 'office', async () => {
    for (const d of [...(await departments())].sort((a, b) => a.code.localeCompare(b.code))) {
      if ((await membersOf(d.id, ['office'])).length > 0) return d.id;
    }
    return null;
  });
  return {
    workflow,
    calendar: (db) => calendar.current(db),
    notify: (db, userIds, message) => notify.notify(db, userIds, message),
    prepareNotice: (userIds, message) => notify.prepare(userIds, message),
    org: {
      departments,
      userNames: (ids) => org.users.displayNames(ids),
      membersOf,
      visibleDepartments: remembered(30_000, (p: Principal) => `${p.id}:${p.roles.map((r) => `${r.role}@${r.departmentId}`).join(',')}`, (p: Principal) => org.departments.visibleTo(p)),
      officeDepartmentId,
    },
    files: {
      attach: async (tx, ids, attachedTo, owners) => {
        await files.attach(tx, ids, attachedTo, owners);
      },
      describe: async (ids) => new Map([...(await files.describe(ids))].map(([k, v]) => [k, { id: v.id, name: v.name }])),
      read: async (id) => {
        const { file, body } = await files.read(id);
        return { name: file.name, bytes: await bytesOf(body) };
      },
    },
  };
}
