// Regions and the department tree. Users, roles and data scope join them in the identity issue.
import type { Department, Region } from '../../../common/api/org.ts';
import { appendAudit, type Actor } from '../../platform/audit/index.ts';
import type { Database } from '../../platform/db/index.ts';
import { uuidv7 } from '../../platform/db/index.ts';
import * as repo from './repository.ts';

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

export interface OrgService {
  listRegions(): Promise<Region[]>;
  listDepartments(): Promise<Department[]>;
  countDepartments(): Promise<number>;
  /** Adds the regions and the departments that do not exist yet (by code); returns how many were added. */
  ensureStructure(actor: Actor, regions: Region[], departments: DepartmentSeed[]): Promise<number>;
}

const present = (d: repo.DepartmentRow): Department => ({
  id: d.id,
  code: d.code,
  name: d.name,
  nameEn: d.nameEn,
  shortName: d.shortName,
  kind: d.kind,
  regionCode: d.regionCode,
  parentId: d.parentId,
  version: d.version,
});

export function createOrgService(database: Database): OrgService {
  return {
    listRegions: () => repo.listRegions(database.readDb),
    listDepartments: async () => (await repo.listDepartments(database.readDb)).map(present),
    countDepartments: () => repo.countDepartments(database.db),
    async ensureStructure(actor, regions, departments) {
      return database.db.transaction(async (tx) => {
        await repo.upsertRegions(tx, regions);
        const idByCode = new Map<string, string>();
        let added = 0;
        // Parents come before children in the seed list.
        for (const dept of departments) {
          const existing = await repo.findDepartmentByCode(tx, dept.code);
          if (existing) {
            idByCode.set(dept.code, existing.id);
            continue;
          }
          const id = uuidv7();
          const parentId = dept.parentCode ? (idByCode.get(dept.parentCode) ?? null) : null;
          const row = { id, code: dept.code, name: dept.name, nameEn: dept.nameEn, shortName: dept.shortName, kind: dept.kind, regionCode: dept.regionCode, parentId, sort: dept.sort };
          await repo.insertDepartment(tx, row);
          await appendAudit(tx, actor, { action: 'org.department.create', entity: 'department', entityId: id, change: row });
          idByCode.set(dept.code, id);
          added++;
        }
        return added;
      });
    },
  };
}
