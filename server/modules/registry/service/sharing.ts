// 数据共享: a department (or a service acting for a case) asks for an entity's or person's record
// or licences with a stated purpose and case number. A sharing rule must allow it; every request,
// allowed or refused, is logged and visible to the data's owner and — for persons — to the person.
import type { z } from 'zod';
import { RECORD_RESOURCE_NAME, SHARE_REFUSAL_REASONS, type SHARE_PURPOSES, type ShareRefusalReason, type shareLogQuery, type shareRequestBody, type sharingRuleBody } from '../../../../common/api/registry.ts';
import { normalizeIdCard, normalizeUscc } from '../../../../common/ids/index.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { FieldCrypto } from '../../../platform/crypto/index.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound, type LocalizedText } from '../../../platform/errors/index.ts';
import * as accounts from '../accounts-repository.ts';
import * as entities from '../entities-repository.ts';
import { findLicenceTypeByCode } from '../licences-repository.ts';
import * as repo from '../sharing-repository.ts';
import { presentEntity } from './entities.ts';
import type { LicenceService } from './licences.ts';

export interface SharingDeps {
  crypto: FieldCrypto;
  licences: LicenceService;
  departmentName: (id: string) => Promise<string | null>;
  /** Departments whose logs a principal may read ('all' for the office and admins). */
  visibleDepartments: (principal: Principal) => Promise<'all' | string[]>;
  /** The keyed hash of a user's own ID number, to find "my" person record. */
  idNumberIndexOfUser: (userId: string) => Promise<string | null>;
}

type Request = z.infer<typeof shareRequestBody>;

/** A refusal's words, saying once (here, not again in the page) that the request went into the share log. */
const refusal = (why: LocalizedText): LocalizedText => ({ zh: `${why.zh}；本次请求已记入共享日志`, en: `${why.en}; the request was logged` });

export function createSharingService(database: Database, deps: SharingDeps) {
  const { db } = database;

  /** The share log's row and its audit row; returns the row's id and the moment it records. */
  async function log(q: Db, principal: Principal, req: Request, subject: { entityId: string | null; personId: string | null }, allowed: boolean, reason: ShareRefusalReason | null, forApplicant = false) {
    const id = uuidv7();
    const at = new Date();
    await q.transaction(async (tx) => {
      await repo.insertShareLog(tx, {
        id,
        at,
        // 'application': read for an applicant's submission, the applicant named as the requester.
        requesterType: forApplicant ? 'application' : principal.via === 'token' ? 'token' : 'user',
        requesterId: principal.id,
        requesterName: principal.name,
        consumerDepartmentId: principal.departmentId,
        subjectKind: req.subject.kind,
        ...subject,
        resource: req.resource,
        purpose: req.purpose,
        caseNumber: req.caseNumber,
        allowed,
        reason,
      });
      await appendAudit(tx, { type: principal.via === 'token' ? 'token' : 'user', id: principal.id }, {
        action: allowed ? 'registry.share.allowed' : 'registry.share.refused',
        entity: 'share_log',
        entityId: id,
        change: { resource: req.resource, purpose: req.purpose, caseNumber: req.caseNumber, reason },
      });
    });
    return { id, at };
  }

  return {
    /**
     * A request for shared data. With `tx`, inside the caller's transaction (an application fetching its materials
     * as it is submitted): the log row then stands or falls with the submission; `forApplicant` logs the read as made
     * for that applicant (the principal names them) rather than by an officer.
     */
    async request(principal: Principal, req: Request, tx?: Db, options: { forApplicant?: boolean } = {}) {
      const forApplicant = options.forApplicant ?? false;
      const q = tx ?? db;
      const entity = req.subject.kind === 'entity' ? await entities.findEntityByUscc(q, normalizeUscc(req.subject.uscc)) : null;
      const person = req.subject.kind === 'person' ? await entities.findPersonByIndex(q, deps.crypto.blindIndex(normalizeIdCard(req.subject.idNumber))) : null;
      const subject = { entityId: entity?.id ?? null, personId: person?.id ?? null };
      if (!entity && !person) {
        await log(q, principal, req, subject, false, 'no_subject', forApplicant);
        throw notFound(req.subject.kind === 'entity' ? { zh: '该市场主体', en: 'The entity' } : { zh: '该自然人', en: 'The person' });
      }
      if (req.resource !== 'record' && !(await findLicenceTypeByCode(q, req.resource))) {
        await log(q, principal, req, subject, false, 'no_licence_type', forApplicant);
        throw new AppError('VALIDATION_FAILED', refusal({ zh: '没有这种证照类型', en: 'No such licence type' }), [
          { path: 'body.resource', message: { zh: '应为 record 或一种证照类型的代码', en: "must be 'record' or a licence type's code" } },
        ]);
      }
      const department = principal.departmentId;
      if (!department) {
        await log(q, principal, req, subject, false, 'no_department', forApplicant);
        throw new AppError('FORBIDDEN', refusal({ zh: '只有部门的账号可以调取共享数据', en: "Only a department's account may request shared data" }));
      }
      const purposes = await repo.rulePurposes(q, department, req.resource);
      if (!purposes || !purposes.includes(req.purpose)) {
        await log(q, principal, req, subject, false, purposes ? 'purpose_not_allowed' : 'no_rule', forApplicant);
        throw new AppError(
          'FORBIDDEN',
          refusal(
            purposes
              ? { zh: '共享规则不允许本部门为此用途调取该数据', en: 'The sharing rule does not let your department read this data for this purpose' }
              : { zh: '没有共享规则允许本部门为此用途调取该数据', en: 'No sharing rule lets your department read this data for this purpose' },
          ),
        );
      }
      const logged = await log(q, principal, req, subject, true, null, forApplicant);
      const record =
        req.resource !== 'record'
          ? null
          : entity
            ? presentEntity(entity)
            : { name: person!.name, idNumber: person!.idNumberMasked, phone: person!.phoneMasked, districtCode: person!.districtCode };
      const licences = req.resource === 'record' ? [] : await deps.licences.ofHolder(entity ? { entityId: entity.id } : { personId: person!.id }, [req.resource], tx);
      return { requestId: logged.id, at: logged.at.toISOString(), record, licences };
    },

    async log(principal: Principal, query: z.infer<typeof shareLogQuery>) {
      const entity = query.uscc ? await entities.findEntityByUscc(db, normalizeUscc(query.uscc)) : null;
      if (query.uscc && !entity) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      const { rows, total } = await repo.listShareLog(
        database.readDb,
        { visibleDepartments: await deps.visibleDepartments(principal), entityId: entity?.id, allowed: query.allowed === undefined ? undefined : query.allowed === 'true' },
        query.page,
        query.pageSize,
      );
      return { items: await Promise.all(rows.map(present)), total, page: query.page, pageSize: query.pageSize };
    },

    /** 谁查看了我的数据: requests for the signed-in person's own record and for the entities they represent. */
    async mine(principal: Principal, query: { page: number; pageSize: number }) {
      const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
      if (!principal.userId) return empty;
      const index = await deps.idNumberIndexOfUser(principal.userId);
      const person = index ? await entities.findPersonByIndex(db, index) : null;
      const entityIds = await accounts.entityIdsOfUser(db, principal.userId);
      if (!person && entityIds.length === 0) return empty;
      const { rows, total } = await repo.listShareLog(database.readDb, { visibleDepartments: 'all', subjects: { personId: person?.id ?? null, entityIds } }, query.page, query.pageSize);
      return { items: await Promise.all(rows.map(present)), total, page: query.page, pageSize: query.pageSize };
    },

    rules: async () => Promise.all((await repo.listRules(db)).map(async (r) => ({ ...r, purposes: r.purposes as (typeof SHARE_PURPOSES)[number][], consumerDepartmentName: await deps.departmentName(r.consumerDepartmentId) }))),

    async addRule(actor: Actor, input: z.infer<typeof sharingRuleBody>) {
      if (!(await deps.departmentName(input.consumerDepartmentId))) {
        throw new AppError('VALIDATION_FAILED', { zh: '部门不存在', en: 'no such department' }, [{ path: 'body.consumerDepartmentId', message: { zh: '部门不存在', en: 'no such department' } }]);
      }
      const id = uuidv7();
      await db.transaction(async (tx) => {
        await repo.insertRule(tx, { id, ...input });
        await appendAudit(tx, actor, { action: 'registry.sharing-rule.create', entity: 'sharing_rule', entityId: id, change: input });
      });
      return id;
    },

    async removeRule(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        if (!(await repo.deleteRule(tx, id))) throw notFound({ zh: '共享规则', en: 'Sharing rule' });
        await appendAudit(tx, actor, { action: 'registry.sharing-rule.delete', entity: 'sharing_rule', entityId: id, change: null });
      });
    },

    /** One entity's log, for its file (the route decides who may open the file). */
    async forEntity(entityId: string, query: { page: number; pageSize: number }) {
      const { rows, total } = await repo.listShareLog(database.readDb, { visibleDepartments: 'all', entityId }, query.page, query.pageSize);
      return { items: await Promise.all(rows.map(present)), total };
    },
  };

  async function present(r: Awaited<ReturnType<typeof repo.listShareLog>>['rows'][number]) {
    return {
      id: r.id,
      at: r.at.toISOString(),
      consumerDepartmentName: r.consumerDepartmentId ? await deps.departmentName(r.consumerDepartmentId) : null,
      requesterName: r.requesterName,
      forApplicant: r.requesterType === 'application',
      subjectKind: r.subjectKind as 'entity' | 'person',
      subjectName: r.subjectName,
      subjectCode: r.subjectCode,
      resource: r.resource,
      resourceName: r.resource === 'record' ? RECORD_RESOURCE_NAME : (r.typeName ?? r.resource),
      purpose: r.purpose as (typeof SHARE_PURPOSES)[number],
      caseNumber: r.caseNumber,
      allowed: r.allowed,
      // Codes only (migration 0006 rewrote the early free-text reasons); anything else reads as none.
      reason: (SHARE_REFUSAL_REASONS as readonly string[]).includes(r.reason ?? '') ? (r.reason as ShareRefusalReason) : null,
    };
  }
}

export type SharingService = ReturnType<typeof createSharingService>;
