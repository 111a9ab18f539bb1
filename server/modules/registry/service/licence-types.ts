// 证照类型: what a licence is (its code, name, holder kind, issuing department and data fields).
// Admins create and edit them with optimistic versions. The code is fixed once created (sharing
// rules, the share log and every licence's signature name the type by it); once licences of a
// type exist, its fields may be added and relabelled but not removed, re-keyed or retyped, and its
// holder kind stays.
import type { z } from 'zod';
import type { LicenceType, licenceTypeInput, licenceTypeUpdate } from '../../../../common/api/registry.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound, versionConflict, type FieldError } from '../../../platform/errors/index.ts';
import * as repo from '../licences-repository.ts';

const what = { zh: '证照类型', en: 'Licence type' };
type Field = repo.LicenceTypeRow['fields'][number];

export function presentLicenceType(t: repo.LicenceTypeView, issuingDepartmentName: string | null): LicenceType {
  return {
    id: t.id,
    code: t.code,
    name: t.name,
    holderKind: t.holderKind as LicenceType['holderKind'],
    issuingDepartmentId: t.issuingDepartmentId,
    issuingDepartmentName,
    fields: t.fields,
    validityYears: t.validityYears,
    numberPrefix: t.numberPrefix,
    inUse: t.inUse,
    version: t.version,
  };
}

const fieldProblem = (path: string, zh: string, en: string): FieldError => ({ path, message: { zh, en } });

/** What an edit would break in the licences already issued: field keys gone or retyped, the holder kind changed. */
export function inUseProblems(before: Pick<repo.LicenceTypeRow, 'fields' | 'holderKind'>, after: { fields?: Field[] | undefined; holderKind?: string | undefined }): FieldError[] {
  const problems: FieldError[] = [];
  if (after.holderKind !== undefined && after.holderKind !== before.holderKind) {
    problems.push(fieldProblem('body.holderKind', '已签发此类证照，不能更改持证对象', 'licences of this type exist: the holder kind cannot change'));
  }
  if (after.fields) {
    const next = new Map(after.fields.map((f) => [f.key, f]));
    const gone = before.fields.filter((f) => !next.has(f.key)).map((f) => f.key);
    const retyped = before.fields.filter((f) => next.has(f.key) && next.get(f.key)!.type !== f.type).map((f) => f.key);
    if (gone.length) {
      problems.push(
        fieldProblem(
          'body.fields',
          `已签发此类证照，不能删除字段或更改字段键：${gone.join('、')}（可以新增字段、修改字段名称）`,
          `licences of this type exist: fields cannot be removed or re-keyed (${gone.join(', ')}); adding fields and relabelling are allowed`,
        ),
      );
    }
    if (retyped.length) {
      problems.push(
        fieldProblem('body.fields', `已签发此类证照，不能更改字段类型：${retyped.join('、')}`, `licences of this type exist: field types cannot change (${retyped.join(', ')})`),
      );
    }
  }
  return problems;
}

export interface LicenceTypeDeps {
  departmentName: (id: string) => Promise<string | null>;
}

export function createLicenceTypeService(database: Database, deps: LicenceTypeDeps) {
  const { db } = database;
  const present = async (t: repo.LicenceTypeView) => presentLicenceType(t, await deps.departmentName(t.issuingDepartmentId));

  async function checkDepartment(id: string) {
    if (!(await deps.departmentName(id))) {
      throw new AppError('VALIDATION_FAILED', { zh: '发证部门不存在', en: 'no such issuing department' }, [fieldProblem('body.issuingDepartmentId', '部门不存在', 'no such department')]);
    }
  }

  async function get(id: string): Promise<LicenceType> {
    const t = await repo.findLicenceType(db, id);
    if (!t) throw notFound(what);
    return present(t);
  }

  return {
    list: async () => Promise.all((await repo.listLicenceTypes(db)).map(present)),
    get,

    async create(actor: Actor, input: z.infer<typeof licenceTypeInput>): Promise<LicenceType> {
      await checkDepartment(input.issuingDepartmentId);
      const id = uuidv7();
      await db.transaction(async (tx) => {
        if (!(await repo.createLicenceType(tx, { id, ...input }))) {
          throw new AppError('CONFLICT', { zh: '证照类型代码已被使用', en: 'This licence type code is taken' }, [fieldProblem('body.code', '代码已被使用', 'already in use')]);
        }
        await appendAudit(tx, actor, { action: 'registry.licence-type.create', entity: 'licence_type', entityId: id, change: input });
      });
      return get(id);
    },

    async update(actor: Actor, id: string, input: z.infer<typeof licenceTypeUpdate>): Promise<LicenceType> {
      const { version, code, ...changes } = input;
      const current = await repo.findLicenceType(db, id);
      if (!current) throw notFound(what);
      if (code !== undefined && code !== current.code) {
        throw new AppError('UNPROCESSABLE', { zh: '证照类型代码创建后不能修改', en: 'A licence type’s code cannot change once created' }, [
          fieldProblem('body.code', '代码不能修改', 'the code is fixed'),
        ]);
      }
      if (changes.issuingDepartmentId !== undefined && changes.issuingDepartmentId !== current.issuingDepartmentId) await checkDepartment(changes.issuingDepartmentId);
      await db.transaction(async (tx) => {
        const locked = await repo.lockLicenceType(tx, id, 'update');
        if (!locked) throw notFound(what);
        if (locked.version !== version) throw versionConflict(what);
        if (locked.inUse) {
          const problems = inUseProblems(locked, changes);
          if (problems.length) throw new AppError('UNPROCESSABLE', problems[0]!.message, problems);
        }
        if (!(await repo.updateLicenceTypeVersioned(tx, id, version, changes))) throw versionConflict(what);
        await appendAudit(tx, actor, { action: 'registry.licence-type.update', entity: 'licence_type', entityId: id, change: changes });
      });
      return get(id);
    },
  };
}

export type LicenceTypeService = ReturnType<typeof createLicenceTypeService>;
