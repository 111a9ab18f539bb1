// Regions and the department tree: reading, the seed's bulk set-up, and admin edits.
import type { z } from 'zod';
import type { createDepartmentBody, Department, Region, updateDepartmentBody } from '../../../../common/api/org.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound, versionConflict } from '../../../platform/errors/index.ts';
import * as repo from '../repository.ts';
import { visibleDepartments, wouldCycle } from '../scope.ts';
import type { Principal } from '../../../platform/auth/index.ts';

export interface DepartmentSeed {
  code: string;
  name: string;
  nameEn: string;
  shortName: string;
  kind: string;
  regionCode: string;
  parentCode: string | null;
  sort: number;
}

const what = { zh: '部门', en: 'Department' };

export const presentDepartment = (d: repo.DepartmentRow): Department => ({
  id: d.id,
  code: d.code,
  name: d.name,
  nameEn: d.nameEn,
  shortName: d.shortName,
  kind: d.kind,
  regionCode: d.regionCode,
  parentId: d.parentId,
  uscc: d.uscc,
  version: d.version,
});

const fieldError = (path: string, zh: string, en: string) => new AppError('VALIDATION_FAILED', { zh, en }, [{ path, message: { zh, en } }]);

export function createDepartmentService(database: Database) {
  const { db } = database;
  // Department names change rarely and are read on every list that shows one: keep them a minute.
  let names: { map: Map<string, string>; at: number } | null = null;
  const nameMap = async () => {
    if (!names || Date.now() - names.at > 60_000) {
      names = { map: new Map((await repo.listDepartments(database.readDb)).map((d) => [d.id, d.name])), at: Date.now() };
    }
    return names.map;
  };
  const forgetNames = () => {
    names = null;
  };

  async function checkRefs(input: { regionCode?: string | undefined; parentId?: string | null | undefined }) {
    if (input.regionCode !== undefined && !(await repo.regionExists(db, input.regionCode))) {
      throw fieldError('body.regionCode', '行政区划不存在', 'no such region');
    }
    if (input.parentId && !(await repo.findDepartment(db, input.parentId))) {
      throw fieldError('body.parentId', '上级部门不存在', 'no such parent department');
    }
  }

  return {
    listRegions: (): Promise<Region[]> => repo.listRegions(database.readDb),
    listDepartments: async (): Promise<Department[]> => (await repo.listDepartments(database.readDb)).map(presentDepartment),
    countDepartments: () => repo.countDepartments(db),
    nameOf: async (id: string) => (await nameMap()).get(id) ?? null,
    /** 'all', or the departments whose records the principal sees. */
    visibleTo: async (principal: Principal) => visibleDepartments(principal, await repo.listDepartments(db)),

    /** Adds the regions and the departments that do not exist yet (by code); returns how many were added. */
    async ensureStructure(actor: Actor, regions: Region[], departments: DepartmentSeed[]): Promise<number> {
      return db.transaction(async (tx) => {
        await repo.upsertRegions(tx, regions);
        const idByCode = new Map<string, string>();
        let added = 0;
        for (const dept of departments) {
          const existing = await repo.findDepartmentByCode(tx, dept.code);
          if (existing) {
            idByCode.set(dept.code, existing.id);
            continue;
          }
          const id = uuidv7();
          const parentId = dept.parentCode ? (idByCode.get(dept.parentCode) ?? null) : null;
          const { parentCode: _parentCode, ...fields } = dept;
          const row = { ...fields, id, parentId };
          await repo.insertDepartment(tx, row);
          await appendAudit(tx, actor, { action: 'org.department.create', entity: 'department', entityId: id, change: row });
          idByCode.set(dept.code, id);
          added++;
        }
        forgetNames();
        return added;
      });
    },

    async createDepartment(actor: Actor, input: z.infer<typeof createDepartmentBody>): Promise<Department> {
      await checkRefs(input);
      if (await repo.findDepartmentByCode(db, input.code)) throw fieldError('body.code', '部门编码已存在', 'the department code is taken');
      const row = { ...input, id: uuidv7(), sort: 1000 };
      await db.transaction(async (tx) => {
        await repo.insertDepartment(tx, row);
        await appendAudit(tx, actor, { action: 'org.department.create', entity: 'department', entityId: row.id, change: row });
      });
      forgetNames();
      return presentDepartment((await repo.findDepartment(db, row.id))!);
    },

    async updateDepartment(actor: Actor, id: string, input: z.infer<typeof updateDepartmentBody>): Promise<Department> {
      const { version, ...changes } = input;
      const before = await repo.findDepartment(db, id);
      if (!before) throw notFound(what);
      await checkRefs(changes);
      if (changes.parentId !== undefined) {
        const nodes = await repo.listDepartments(db);
        if (changes.parentId === id || wouldCycle(nodes, id, changes.parentId)) {
          throw fieldError('body.parentId', '不能把部门移到它自己或它的下级之下', 'a department cannot move under itself or its own sub-department');
        }
      }
      await db.transaction(async (tx) => {
        if (!(await repo.updateDepartmentVersioned(tx, id, version, changes))) throw versionConflict(what);
        await appendAudit(tx, actor, { action: 'org.department.update', entity: 'department', entityId: id, change: { before: presentDepartment(before), changes } });
      });
      forgetNames();
      return presentDepartment((await repo.findDepartment(db, id))!);
    },
  };
}
