// 电子证照: licence types, issuing, revoking, listing, and public verification by code. Each
// licence's data is signed (SM3 HMAC with a key derived from SECRET_KEY); a record altered
// outside the platform verifies as "tampered".
import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import type { issueLicenceBody, Licence, licencesQuery } from '../../../../common/api/registry.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import { normalizeIdCard, normalizeUscc } from '../../../../common/ids/index.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import { hasAnyRole, type Principal } from '../../../platform/auth/index.ts';
import type { FieldCrypto, Signer } from '../../../platform/crypto/index.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import * as entities from '../entities-repository.ts';
import * as repo from '../licences-repository.ts';
import { presentLicenceType } from './licence-types.ts';

const what = { zh: '证照', en: 'Licence' };
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function newVerificationCode(): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What the signature covers: everything that makes the licence what it is, bound to the holder's key. */
export function signedData(l: Pick<repo.LicenceView, 'typeCode' | 'number' | 'verificationCode' | 'holderKey' | 'issuedOn' | 'validFrom' | 'validTo' | 'fields' | 'revokedAt'>) {
  return {
    typeCode: l.typeCode,
    number: l.number,
    verificationCode: l.verificationCode,
    holderKey: l.holderKey,
    issuedOn: l.issuedOn,
    validFrom: l.validFrom,
    validTo: l.validTo,
    fields: l.fields,
    revokedAt: l.revokedAt ? l.revokedAt.toISOString() : null,
  };
}

export function licenceStatus(l: repo.LicenceView, today: string): Licence['status'] {
  if (l.revokedAt) return 'revoked';
  return l.validTo && l.validTo < today ? 'expired' : 'valid';
}

export function presentLicence(l: repo.LicenceView, issuingDepartmentName: string | null, today: string): Licence {
  return {
    id: l.id,
    typeId: l.typeId,
    typeName: l.typeName,
    number: l.number,
    verificationCode: l.verificationCode,
    holderName: l.holderName,
    holderCode: l.holderCode,
    issuingDepartmentName,
    issuedOn: l.issuedOn,
    validFrom: l.validFrom,
    validTo: l.validTo,
    status: licenceStatus(l, today),
    revokedReason: l.revokedReason,
    fields: l.fields,
  };
}

/** The same day N years on; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
}

const fieldError = (path: string, zh: string, en: string) => new AppError('VALIDATION_FAILED', { zh, en }, [{ path, message: { zh, en } }]);

export interface LicenceDeps {
  crypto: FieldCrypto;
  signer: Signer;
  departmentName: (id: string) => Promise<string | null>;
}

export function createLicenceService(database: Database, deps: LicenceDeps) {
  const { db } = database;
  const today = () => shanghaiDate(new Date());
  const present = async (l: repo.LicenceView) => presentLicence(l, await deps.departmentName(l.issuingDepartmentId), today());

  return {
    types: async () => Promise.all((await repo.listLicenceTypes(db)).map(async (t) => presentLicenceType(t, await deps.departmentName(t.issuingDepartmentId)))),

    /** The codes of every licence type (the catalogue checks its materials' licence types against them). */
    typeCodes: async (): Promise<string[]> => (await repo.listLicenceTypes(db)).map((t) => t.code),

    async list(query: z.infer<typeof licencesQuery>) {
      let entityId: string | undefined;
      if (query.holderUscc) {
        const entity = await entities.findEntityByUscc(db, normalizeUscc(query.holderUscc));
        if (!entity) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
        entityId = entity.id;
      }
      const { rows, total } = await repo.listLicences(database.readDb, { ...query, entityId, today: today() }, query.page, query.pageSize);
      return { items: await Promise.all(rows.map(present)), total, page: query.page, pageSize: query.pageSize };
    },

    async get(id: string): Promise<Licence> {
      const l = await repo.findLicence(db, id);
      if (!l) throw notFound(what);
      return present(l);
    },

    /** Licences of one holder limited to some types (data sharing). */
    async ofHolder(holder: { entityId?: string; personId?: string }, typeCodes: string[] | undefined, tx?: Db) {
      const { rows } = await repo.listLicences(tx ?? db, { ...holder, typeCodes, today: today() }, 1, 200);
      return Promise.all(rows.map(present));
    },

    /** Issues a licence; with `tx`, inside the caller's transaction (an approval issuing its result). */
    async issue(actor: Actor, principal: Principal | null, input: z.infer<typeof issueLicenceBody>, now = new Date(), tx?: Db): Promise<Licence> {
      const q = tx ?? db;
      const type = await repo.findLicenceType(q, input.typeId);
      if (!type) throw fieldError('body.typeId', '证照类型不存在', 'no such licence type');
      if (principal && !hasAnyRole(principal, ['admin']) && !principal.roles.some((r) => r.departmentId === type.issuingDepartmentId)) {
        throw new AppError('FORBIDDEN', { zh: '只有发证部门可以签发此类证照', en: 'Only the issuing department can issue this licence' });
      }
      let entityId: string | null = null;
      let personId: string | null = null;
      if (type.holderKind === 'entity') {
        const entity = input.holderUscc ? await entities.findEntityByUscc(q, normalizeUscc(input.holderUscc)) : null;
        if (!entity) throw fieldError('body.holderUscc', '持证主体不存在（请填写已登记的统一社会信用代码）', 'no registered entity with this USCC');
        if (entity.status !== 'active') throw fieldError('body.holderUscc', '该主体不是存续状态，不能发证', 'the entity is not active');
        entityId = entity.id;
      } else {
        const person = input.holderIdNumber ? await entities.findPersonByIndex(q, deps.crypto.blindIndex(normalizeIdCard(input.holderIdNumber))) : null;
        if (!person) throw fieldError('body.holderIdNumber', '持证人不存在', 'no such person in the registry');
        personId = person.id;
      }
      for (const f of type.fields) {
        const value = input.fields[f.key];
        if (value === undefined || value === null || value === '') throw fieldError(`body.fields.${f.key}`, `请填写${f.label}`, `${f.key} is required`);
        if (f.type === 'number' && typeof value !== 'number') throw fieldError(`body.fields.${f.key}`, `${f.label}应为数字`, `${f.key} must be a number`);
        if (f.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(String(value))) throw fieldError(`body.fields.${f.key}`, `${f.label}应为日期`, `${f.key} must be a date`);
      }
      const unknown = Object.keys(input.fields).filter((k) => !type.fields.some((f) => f.key === k));
      if (unknown.length) throw fieldError(`body.fields.${unknown[0]}`, '此证照没有这个字段', 'this licence type has no such field');
      const issuedOn = input.issuedOn ?? shanghaiDate(now);
      const validTo = input.validTo !== undefined ? input.validTo : type.validityYears ? addYears(issuedOn, type.validityYears) : null;
      if (validTo && validTo < issuedOn) throw fieldError('body.validTo', '有效期截止日不能早于发证日', 'validTo cannot precede the issue date');
      const number = input.number ?? `${type.numberPrefix}${issuedOn.slice(0, 4)}${String(randomInt(1e8)).padStart(8, '0')}`;
      const holder = entityId ? await entities.findEntity(q, entityId) : null;
      const person = personId ? await entities.findPerson(q, personId) : null;
      const view = {
        typeCode: type.code,
        number,
        verificationCode: newVerificationCode(),
        holderKey: holder?.uscc ?? person!.idNumberIndex,
        issuedOn,
        validFrom: issuedOn,
        validTo,
        fields: input.fields,
        revokedAt: null,
      };
      const id = uuidv7();
      await q.transaction(async (tx) => {
        // The type as checked above must still be the type (an admin's edit waits for this, or this for it).
        const locked = await repo.lockLicenceType(tx, type.id, 'share');
        if (!locked || locked.version !== type.version) {
          throw new AppError('VERSION_CONFLICT', { zh: '证照类型刚被修改，请刷新后重试', en: 'The licence type was just changed; reload and try again' });
        }
        await repo.insertLicence(tx, { id, typeId: type.id, entityId, personId, number, verificationCode: view.verificationCode, issuedOn, validFrom: issuedOn, validTo, fields: input.fields, signature: deps.signer.sign(signedData(view)) });
        await appendAudit(tx, actor, { action: 'registry.licence.issue', entity: 'licence', entityId: id, change: { type: type.code, number, holder: holder?.uscc ?? person?.idNumberMasked, validTo } });
      }).catch((err: unknown) => {
        if (String((err as { cause?: { code?: string } }).cause?.code ?? (err as { code?: string }).code) === '23505') throw fieldError('body.number', '证照编号已存在', 'the licence number is taken');
        throw err;
      });
      return present((await repo.findLicence(q, id))!);
    },

    /** Revokes a licence; with `tx`, inside the caller's transaction (a failed post-check). */
    async revoke(actor: Actor, principal: Principal | null, id: string, reason: string, now = new Date(), tx?: Db): Promise<Licence> {
      const q = tx ?? db;
      const l = await repo.findLicence(q, id);
      if (!l) throw notFound(what);
      if (principal && !hasAnyRole(principal, ['admin']) && !principal.roles.some((r) => r.departmentId === l.issuingDepartmentId)) {
        throw new AppError('FORBIDDEN', { zh: '只有发证部门可以吊销此证照', en: 'Only the issuing department can revoke this licence' });
      }
      if (l.revokedAt) throw new AppError('CONFLICT', { zh: '证照已被吊销', en: 'The licence is already revoked' });
      const at = new Date(Math.floor(now.getTime()));
      const signature = deps.signer.sign(signedData({ ...l, revokedAt: at }));
      await q.transaction(async (tx) => {
        if (!(await repo.setRevoked(tx, id, at, reason, signature))) throw new AppError('CONFLICT', { zh: '证照已被吊销', en: 'The licence is already revoked' });
        await appendAudit(tx, actor, { action: 'registry.licence.revoke', entity: 'licence', entityId: id, change: { reason } });
      });
      return present((await repo.findLicence(q, id))!);
    },

    /** Public check by verification code: genuine and in force, expired, revoked, or tampered. */
    async verify(code: string, now = new Date()) {
      const l = await repo.findLicenceByCode(db, code.trim().toUpperCase());
      if (!l) throw notFound({ zh: '该核验码对应的证照', en: 'A licence with this verification code' });
      const genuine = deps.signer.verify(signedData(l), l.signature);
      return {
        code: l.verificationCode,
        result: genuine ? licenceStatus(l, shanghaiDate(now)) : ('tampered' as const),
        typeName: l.typeName,
        number: l.number,
        holderName: l.holderName,
        holderCode: l.holderCode,
        issuingDepartmentName: await deps.departmentName(l.issuingDepartmentId),
        issuedOn: l.issuedOn,
        validTo: l.validTo,
        checkedAt: now.toISOString(),
      };
    },
  };
}

export type LicenceService = ReturnType<typeof createLicenceService>;
