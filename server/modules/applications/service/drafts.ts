// Drafts (草稿): an applicant (or a clerk filing for one) starts an application under a published item or
// bundle, saves it as often as they like, and submits it (submit.ts). Nothing but the shape is checked
// until submission; the channel and who may use it are checked at once.
import type { z } from 'zod';
import type { Channel, draftBody, draftUpdate } from '../../../../common/api/applications.ts';
import { STAFF_CHANNELS } from '../../../../common/api/applications.ts';
import { normalizeUscc } from '../../../../common/ids/index.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import * as repo from '../repository.ts';
import { isStaff, ownsDraft, refuse, staleVersion, what, type ApplicationsDeps } from './shared.ts';

type DraftInput = z.infer<typeof draftBody>;

/** 网办 needs 收件 (stage 2) online; 掌上办 needs the item's mobile flag. */
function checkChannel(channel: Channel, p: Principal, items: { name: string; onlineStages: number[]; mobile: boolean }[]) {
  const staffChannel = (STAFF_CHANNELS as readonly string[]).includes(channel);
  if (staffChannel && !isStaff(p)) throw refuse('窗口、帮办代办和通办由工作人员录入', 'Window, assisted and cross-region applications are filed by staff', 'body.channel');
  if (!staffChannel && isStaff(p)) throw refuse('工作人员请选择一窗受理、帮办代办或跨域通办渠道', 'Staff file through the window, assisted or cross-region channels', 'body.channel');
  for (const item of items) {
    if (channel === 'online' && !item.onlineStages.includes(2)) throw refuse(`“${item.name}”暂不支持网上申请，请到窗口办理`, `"${item.name}" cannot be applied for online yet: apply at a window`, 'body.channel');
    if (channel === 'mobile' && !item.mobile) throw refuse(`“${item.name}”暂不支持掌上办`, `"${item.name}" is not offered on the phone`, 'body.channel');
  }
}

export function createDraftService(database: Database, deps: ApplicationsDeps) {
  const { db } = database;

  /** Who the application is for: the applicant themself, or whom staff name. */
  async function applicantOf(p: Principal, input: DraftInput) {
    const uscc = input.uscc ? normalizeUscc(input.uscc) : null;
    const entity = uscc ? await deps.registry.entityByUscc(uscc) : null;
    if (uscc && !entity) throw refuse('登记库中没有这个统一社会信用代码', 'No registered entity has this USCC', 'body.uscc');
    if (entity && entity.status !== 'active') throw refuse('该主体不是存续状态', 'The entity is not active', 'body.uscc');
    if (!isStaff(p)) {
      if (uscc && !(await deps.registry.represents(p.userId!, uscc))) {
        throw new AppError('FORBIDDEN', { zh: '您不是该企业的法定代表人或经办人，不能以其名义申请', en: 'You do not represent this entity, so you cannot apply in its name' });
      }
      return { applicantUserId: p.userId, applicantUscc: uscc, applicantName: entity?.name ?? p.name, applicantKind: entity ? 'entity' : 'person' };
    }
    const account = input.applicantUsername ? await deps.org.userByUsername(input.applicantUsername) : null;
    if (input.applicantUsername && (!account || account.kind !== 'applicant')) throw refuse('没有这个申请人账号', 'No applicant account has this name', 'body.applicantUsername');
    const name = entity?.name ?? input.applicantName ?? account?.name;
    if (!name) throw refuse('请填写申请人（企业的统一社会信用代码、申请人账号或姓名）', "Name the applicant (the entity's USCC, their account, or their name)", 'body.applicantName');
    return { applicantUserId: account?.id ?? null, applicantUscc: uscc, applicantName: name, applicantKind: entity ? 'entity' : 'person' };
  }

  async function subjectOf(input: Pick<DraftInput, 'itemCode' | 'bundleCode'>) {
    if (Boolean(input.itemCode) === Boolean(input.bundleCode)) throw refuse('请选择一个事项或一件事（二者选一）', 'Choose one item or one bundle', 'body.itemCode');
    if (input.itemCode) {
      const item = await deps.catalog.publishedItem(input.itemCode);
      return { kind: 'item' as const, item, bundle: null, members: [item], title: item.name, departmentId: item.implementingDepartmentId };
    }
    const bundle = await deps.catalog.publishedBundle(input.bundleCode!);
    const members = await Promise.all(bundle.memberItems.map((m) => (m.itemId ? deps.catalog.item(m.itemId) : Promise.reject(notFound({ zh: `成员事项 ${m.itemCode}`, en: `Member item ${m.itemCode}` })))));
    return { kind: 'bundle' as const, item: null, bundle, members, title: bundle.name, departmentId: bundle.leadDepartmentId };
  }

  const phoneColumns = (phone: string | undefined) =>
    phone === undefined ? {} : { contactPhoneEnc: deps.crypto.encrypt(phone), contactPhoneMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}` };

  return {
    async create(actor: Actor, p: Principal, input: DraftInput) {
      const subject = await subjectOf(input);
      checkChannel(input.channel, p, subject.members);
      const applicant = await applicantOf(p, input);
      if (input.commitment && !subject.members.some((m) => m.commitmentAllowed)) throw refuse('此事项不适用告知承诺制', 'This item does not allow commitment-based approval', 'body.commitment');
      const staff = isStaff(p);
      const id = uuidv7();
      await db.transaction(async (tx) => {
        await repo.insertApplication(tx, {
          id,
          kind: subject.kind,
          itemId: subject.item?.id ?? null,
          itemCode: subject.item?.code ?? null,
          bundleId: subject.bundle?.id ?? null,
          bundleCode: subject.bundle?.code ?? null,
          title: subject.title,
          departmentId: subject.departmentId,
          intakeDepartmentId: staff ? (input.intakeDepartmentId ?? p.departmentId) : null,
          channel: input.channel,
          assistedBy: staff ? p.userId : null,
          ...applicant,
          ...phoneColumns(input.contactPhone),
          formData: input.formData,
          materials: input.materials.map((m) => ({ key: m.key, name: m.key, required: false, status: m.paper ? 'paper' : m.fileIds.length ? 'uploaded' : 'missing', fileIds: m.fileIds, licenceId: null, licenceNumber: null })),
          commitment: input.commitment,
          state: 'draft',
          delivery: input.delivery,
          postAddress: input.postAddress ?? null,
        });
        await appendAudit(tx, actor, { action: 'application.draft.create', entity: 'application', entityId: id, change: { item: subject.item?.code ?? subject.bundle?.code, channel: input.channel, applicant: applicant.applicantName } });
      });
      return id;
    },

    async update(actor: Actor, p: Principal, id: string, input: z.infer<typeof draftUpdate>) {
      const row = await repo.findApplication(db, id);
      if (!row || !ownsDraft(p, row)) throw notFound(what);
      if (row.state !== 'draft') throw new AppError('CONFLICT', { zh: '已提交的办件不能再按草稿修改', en: 'A submitted application is no longer a draft' });
      if (row.version !== input.version) throw staleVersion(row.version);
      const changes: Partial<repo.NewApplication> = {};
      if (input.formData !== undefined) changes.formData = input.formData;
      if (input.materials !== undefined) {
        changes.materials = input.materials.map((m) => ({ key: m.key, name: m.key, required: false, status: m.paper ? 'paper' : m.fileIds.length ? 'uploaded' : 'missing', fileIds: m.fileIds, licenceId: null, licenceNumber: null }));
      }
      if (input.commitment !== undefined) changes.commitment = input.commitment;
      if (input.delivery !== undefined) changes.delivery = input.delivery;
      if (input.postAddress !== undefined) changes.postAddress = input.postAddress;
      if (input.contactPhone !== undefined) Object.assign(changes, phoneColumns(input.contactPhone));
      if (input.uscc !== undefined || input.applicantName !== undefined || input.applicantUsername !== undefined) {
        Object.assign(changes, await applicantOf(p, { ...input, channel: row.channel as Channel, formData: {}, materials: [], commitment: false, delivery: 'electronic' }));
      }
      await db.transaction(async (tx) => {
        if (!(await repo.updateVersioned(tx, id, row.version, changes))) throw staleVersion((await repo.findApplication(tx, id))?.version ?? row.version);
        await appendAudit(tx, actor, { action: 'application.draft.update', entity: 'application', entityId: id, change: { fields: Object.keys(changes) } });
      });
    },

    async remove(actor: Actor, p: Principal, id: string, version: number) {
      const row = await repo.findApplication(db, id);
      if (!row || !ownsDraft(p, row)) throw notFound(what);
      if (row.state !== 'draft') throw new AppError('CONFLICT', { zh: '已提交的办件不能删除，可申请撤回', en: 'A submitted application cannot be deleted; withdraw it instead' });
      await db.transaction(async (tx) => {
        if (!(await repo.deleteDraft(tx, id, version))) throw staleVersion(row.version);
        await appendAudit(tx, actor, { action: 'application.draft.delete', entity: 'application', entityId: id, change: { title: row.title } });
      });
    },
  };
}

export type DraftService = ReturnType<typeof createDraftService>;
