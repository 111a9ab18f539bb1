// 市场主体: validated by USCC (an admin may admit a code failing its check, audited), searched by
// name prefix, USCC or legal representative, edited with optimistic versions.
import type { z } from 'zod';
import type { Entity, entitiesQuery, entityInput, entityUpdate } from '../../../../common/api/registry.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import { describeUscc, isPlausibleDistrictCode, normalizeUscc, validateUscc } from '../../../../common/ids/index.ts';
import { industryName, INDUSTRY_CLASSES } from '../../../../common/registry/industries.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import { hasAnyRole, type Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound, versionConflict, type FieldError } from '../../../platform/errors/index.ts';
import * as repo from '../entities-repository.ts';

export const entityWhat = { zh: '市场主体', en: 'Market entity' };

/** 企业/个体/合作社 from the USCC: the market-regulation authority (9) with kind 1/2/3. */
export function entityKindOf(uscc: string): Entity['kind'] {
  if (uscc[0] !== '9') return 'other';
  return uscc[1] === '1' ? 'enterprise' : uscc[1] === '2' ? 'individual' : uscc[1] === '3' ? 'cooperative' : 'other';
}

export function presentEntity(r: repo.EntityRow): Entity {
  return {
    id: r.id,
    uscc: r.uscc,
    name: r.name,
    kind: r.kind as Entity['kind'],
    legalRepresentative: r.legalRepresentative,
    registeredCapitalFen: r.registeredCapitalFen,
    industrySection: r.industrySection,
    industryClass: r.industryClass,
    industryName: industryName(r.industrySection, r.industryClass),
    address: r.address,
    districtCode: r.districtCode,
    establishedOn: r.establishedOn,
    status: r.status as Entity['status'],
    tags: r.tags as Entity['tags'],
    usccOverride: r.usccOverride,
    version: r.version,
  };
}

/** Checks one entity's data the way both the API and the import do; returns field errors (empty when fine). */
export function entityProblems(input: z.infer<typeof entityInput>, options: { mayOverride: boolean }): FieldError[] {
  const problems: FieldError[] = [];
  const check = validateUscc(input.uscc);
  if (!check.ok) {
    const overridable = check.reason === 'check' || check.reason === 'orgCheck';
    if (!(overridable && input.overrideUsccCheck && options.mayOverride && input.overrideReason)) {
      const hint = overridable && !options.mayOverride ? { zh: '（校验码不符的代码只能由管理员说明理由后登记）', en: ' (only an admin can admit a code failing its check, with a reason)' } : { zh: '', en: '' };
      problems.push({ path: 'uscc', message: { zh: check.message.zh + hint.zh, en: check.message.en + hint.en } });
    }
  }
  if (!isPlausibleDistrictCode(input.districtCode)) {
    problems.push({ path: 'districtCode', message: { zh: '不是有效的行政区划代码', en: 'not a valid GB/T 2260 district code' } });
  }
  if (input.industryClass && INDUSTRY_CLASSES[input.industryClass] && INDUSTRY_CLASSES[input.industryClass]!.section !== input.industrySection) {
    problems.push({ path: 'industryClass', message: { zh: '行业小类与门类不符', en: 'the class does not belong to the section' } });
  }
  // Today in Shanghai (the business day), not in UTC: just after midnight there the two differ.
  if (input.establishedOn > shanghaiDate(new Date())) {
    problems.push({ path: 'establishedOn', message: { zh: '成立日期不能晚于今天', en: 'the establishment date cannot be in the future' } });
  }
  return problems;
}

export function entityRowOf(input: z.infer<typeof entityInput>): repo.NewEntity {
  const uscc = normalizeUscc(input.uscc);
  return {
    id: uuidv7(),
    uscc,
    name: input.name,
    kind: describeUscc(uscc) ? entityKindOf(uscc) : 'other',
    legalRepresentative: input.legalRepresentative,
    registeredCapitalFen: input.registeredCapitalFen ?? null,
    industrySection: input.industrySection,
    industryClass: input.industryClass ?? null,
    address: input.address,
    districtCode: input.districtCode,
    establishedOn: input.establishedOn,
    status: input.status,
    tags: [...new Set(input.tags)],
    usccOverride: !validateUscc(uscc).ok,
  };
}

export function createEntityService(database: Database) {
  const { db } = database;
  return {
    async search(query: z.infer<typeof entitiesQuery>) {
      const { rows, total } = await repo.listEntities(database.readDb, query, query.page, query.pageSize);
      return { items: rows.map(presentEntity), total, page: query.page, pageSize: query.pageSize };
    },

    async getByUscc(uscc: string): Promise<Entity> {
      const row = await repo.findEntityByUscc(db, normalizeUscc(uscc));
      if (!row) throw notFound(entityWhat);
      return presentEntity(row);
    },

    findRowByUscc: (uscc: string) => repo.findEntityByUscc(db, normalizeUscc(uscc)),
    findRow: (id: string) => repo.findEntity(db, id),

    async create(actor: Actor, principal: Principal | null, input: z.infer<typeof entityInput>): Promise<Entity> {
      const problems = entityProblems(input, { mayOverride: principal ? hasAnyRole(principal, ['admin']) : actor.type === 'cli' });
      if (problems.length) throw new AppError('VALIDATION_FAILED', { zh: '市场主体信息有误', en: 'The entity data is invalid' }, problems.map((p) => ({ ...p, path: `body.${p.path}` })));
      const row = entityRowOf(input);
      const holder = await repo.findEntityByUscc(db, row.uscc);
      if (holder) {
        // Name the entity holding the code: a typo in the code, or the same entity entered twice, is then plain to see.
        const taken = { zh: `该统一社会信用代码已登记为「${holder.name}」`, en: `This USCC is already registered to “${holder.name}”` };
        throw new AppError('CONFLICT', taken, [{ path: 'body.uscc', message: taken }]);
      }
      await db.transaction(async (tx) => {
        await repo.insertEntity(tx, row);
        await appendAudit(tx, actor, { action: row.usccOverride ? 'registry.entity.create-override' : 'registry.entity.create', entity: 'market_entity', entityId: row.id, change: { ...row, overrideReason: input.overrideReason ?? null } });
      });
      return presentEntity((await repo.findEntity(db, row.id!))!);
    },

    async update(actor: Actor, uscc: string, input: z.infer<typeof entityUpdate>): Promise<Entity> {
      const before = await repo.findEntityByUscc(db, normalizeUscc(uscc));
      if (!before) throw notFound(entityWhat);
      const { version, ...changes } = input;
      const merged = { ...presentEntity(before), ...changes, uscc: before.uscc, overrideUsccCheck: before.usccOverride, overrideReason: before.usccOverride ? 'kept' : undefined };
      const problems = entityProblems(merged as z.infer<typeof entityInput>, { mayOverride: true });
      if (problems.length) throw new AppError('VALIDATION_FAILED', { zh: '市场主体信息有误', en: 'The entity data is invalid' }, problems.map((p) => ({ ...p, path: `body.${p.path}` })));
      await db.transaction(async (tx) => {
        if (!(await repo.updateEntityVersioned(tx, before.id, version, changes))) throw versionConflict(entityWhat);
        await appendAudit(tx, actor, { action: 'registry.entity.update', entity: 'market_entity', entityId: before.id, change: changes });
      });
      return presentEntity((await repo.findEntity(db, before.id))!);
    },

    count: () => repo.countEntities(db),
  };
}

export type EntityService = ReturnType<typeof createEntityService>;
