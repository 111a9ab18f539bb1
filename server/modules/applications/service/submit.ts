// Submission (提交): the draft's form is checked against the item's schema (a bundle's merged form is
// split onto each member's form), each material is given, fetched from the registry through the audited
// sharing API (免提交), or named missing; then, in ONE transaction, the 办件编号 is drawn, the files are
// claimed, the workflow case(s) opened and the row(s) written with the audit entry — a crash anywhere
// leaves the draft as it was. A bundle becomes a parent row plus one child row and case per member.
import type { Item } from '../../../../common/api/catalog.ts';
import type { Bundle } from '../../../../common/api/catalog-bundles.ts';
import type { Calendar } from '../../../../common/calendar/index.ts';
import { auditWrite, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import { runWrites, uuidv7, WriteRefused, type PendingWrite } from '../../../platform/db/index.ts';
import { AppError, notFound, type FieldError } from '../../../platform/errors/index.ts';
import type { Holder } from '../../../platform/workflow/index.ts';
import * as repo from '../repository.ts';
import type { ApplicationMaterial } from '../tables.ts';
import { applicationWorkflow, MAX_EXTENSION_DAYS } from '../workflow.ts';
import { applicationNumber, implementingCode } from './numbers.ts';
import { ownsDraft, refuse, staleVersion, what, type ApplicationsDeps, type DepartmentInfo } from './shared.ts';

/** The form answers a member item gets from a bundle's merged form. */
export function memberFormData(bundle: Pick<Bundle, 'fields'>, itemCode: string, merged: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of bundle.fields) for (const m of f.mapsTo) if (m.itemCode === itemCode && merged[f.key] !== undefined) out[m.field] = merged[f.key];
  return out;
}

/** A bundle member's own row: the draft's applicant and delivery, the member item, its part of the merged form. */
function memberColumns(row: repo.ApplicationRow, bundle: Bundle, item: Item, rowId: string) {
  return {
    id: rowId,
    kind: 'member',
    parentId: row.id,
    itemId: item.id,
    itemCode: item.code,
    bundleId: row.bundleId,
    bundleCode: row.bundleCode,
    title: item.name,
    departmentId: item.implementingDepartmentId,
    intakeDepartmentId: row.intakeDepartmentId,
    channel: row.channel,
    assistedBy: row.assistedBy,
    applicantUserId: row.applicantUserId,
    applicantKind: row.applicantKind,
    applicantUscc: row.applicantUscc,
    applicantName: row.applicantName,
    contactPhoneEnc: row.contactPhoneEnc,
    contactPhoneMasked: row.contactPhoneMasked,
    formData: memberFormData(bundle, item.code, row.formData),
    delivery: row.delivery,
    postAddress: row.postAddress,
  };
}

/** Which state a new case starts in: the window accepts at once (一窗受理), except what the department itself decides at intake. */
export function openingState(channel: string, item: Pick<Item, 'onTheSpot'>, commitment: boolean): 'submitted' | 'review' {
  if (channel === 'online' || channel === 'mobile') return 'submitted';
  return item.onTheSpot || commitment ? 'submitted' : 'review';
}

/** 延期 is bounded by the legal limit (and, for 行政许可, the 10 working days Art. 42 allows on top). */
/**
 * The working days a case has (承诺时限): the item's own promise, or inside a 一件事 the bundle's when it is shorter —
 * the bundle promises the whole in that time and its members run in parallel, so none may take longer.
 */
export const promisedDaysOf = (item: Pick<Item, 'promisedLimitDays'>, bundle: { promisedLimitDays: number | null } | null) =>
  bundle?.promisedLimitDays ? Math.min(item.promisedLimitDays, bundle.promisedLimitDays) : item.promisedLimitDays;

export const maxExtensionOf = (item: Pick<Item, 'legalLimitDays' | 'promisedLimitDays' | 'type'>) => Math.max(0, item.legalLimitDays - item.promisedLimitDays) + (item.type === 'licensing' ? MAX_EXTENSION_DAYS : 0);

export function createSubmitService(database: Database, deps: ApplicationsDeps) {
  const { db } = database;

  async function checkForm(items: Item[], bundle: Bundle | null, formData: Record<string, unknown>) {
    const problems: FieldError[] = [];
    for (const item of items) {
      const data = bundle ? memberFormData(bundle, item.code, formData) : formData;
      const { errors } = deps.catalog.validateForm(item, data);
      for (const e of errors) {
        const key = bundle ? (bundle.fields.find((f) => f.mapsTo.some((m) => m.itemCode === item.code && m.field === e.field))?.key ?? e.field) : e.field;
        if (!problems.some((p) => p.path === `body.formData.${key}`)) problems.push({ path: `body.formData.${key}`, message: e.message });
      }
    }
    if (problems.length) throw new AppError('VALIDATION_FAILED', { zh: '申请表填写有误，请按提示修改', en: 'The form has problems: see each field' }, problems);
  }

  /** Each material of an item: given by the applicant, to fetch from the registry, or from its issuing department. */
  function planMaterials(item: Item, given: ApplicationMaterial[], channel: string) {
    const window = channel !== 'online' && channel !== 'mobile';
    return item.materials.map((m) => {
      const g = given.find((x) => x.key === m.key);
      const base = {
        key: m.key,
        name: m.name,
        required: m.required,
        fileIds: g?.fileIds ?? [],
        licenceId: null,
        licenceNumber: null,
      };
      if (m.source === 'department') return { ...base, status: 'fetched' as const, fetch: null, fetchedFrom: m.issuingDepartmentId };
      if (m.source === 'licence')
        return {
          ...base,
          status: 'missing' as const,
          fetch: m.licenceTypeCode,
          fetchedFrom: m.licenceTypeCode,
        };
      const status = g?.fileIds.length ? ('uploaded' as const) : g?.status === 'paper' && window ? ('paper' as const) : ('missing' as const);
      return { ...base, status, fetch: null, fetchedFrom: null };
    });
  }

  async function commitmentBlocked(row: repo.ApplicationRow) {
    const keys = [...(row.applicantUscc ? [`uscc:${row.applicantUscc}`] : []), ...(row.applicantUserId ? [`user:${row.applicantUserId}`] : [])];
    return repo.activeBlock(db, keys);
  }

  async function numberFor(tx: Db, dept: DepartmentInfo | undefined, baseCode: string, calendar: Calendar, now: Date) {
    if (!dept) throw refuse('事项的实施部门不存在', "The item's implementing department does not exist");
    const prefix = implementingCode(dept, baseCode);
    const day = calendar.shanghaiDate(now);
    return applicationNumber(prefix, day, await repo.nextSequence(tx, prefix, day));
  }

  /** Fetches a licence-type material for the deciding department; on success the applicant is not asked for it. */
  async function fetchInto(tx: Db, planned: ReturnType<typeof planMaterials>[number], row: repo.ApplicationRow, departmentId: string, requester: { id: string; name: string }, number: string) {
    if (!planned.fetch || !row.applicantUscc) return planned;
    const got = await deps.registry.fetchLicence(tx, {
      departmentId,
      requester,
      uscc: row.applicantUscc,
      typeCode: planned.fetch,
      caseNumber: number,
    });
    if (got) return { ...planned, status: 'fetched' as const, licenceId: got.id, licenceNumber: got.number };
    // Not shared or not held: the applicant gives it like any other material.
    return { ...planned, status: planned.fileIds.length ? ('uploaded' as const) : ('missing' as const) };
  }

  function refuseMissing(materials: { required: boolean; status: string; name: string; key: string }[]) {
    const missing = materials.filter((m) => m.required && m.status === 'missing');
    if (!missing.length) return;
    throw new AppError(
      'VALIDATION_FAILED',
      {
        zh: `还缺少必需的材料：${missing.map((m) => m.name).join('、')}`,
        en: `Required materials are missing: ${missing.map((m) => m.key).join(', ')}`,
      },
      missing.map((m) => ({
        path: `body.materials.${m.key}`,
        message: { zh: `请提交“${m.name}”`, en: `"${m.key}" is required` },
      })),
    );
  }

  /**
   * One item, no files to claim and nothing to fetch from the registry (a window intake on paper, materials
   * the departments hold): the whole submission is ONE statement — the number drawn, the case opened with its
   * queue row and history, the row and both audit rows written — atomic without a transaction, and holding the
   * day's sequence row only while it runs.
   */
  async function submitInOneStatement(actor: Actor, row: repo.ApplicationRow, version: number, item: Item, planned: ReturnType<typeof planMaterials>, departments: Map<string, DepartmentInfo>, calendar: Calendar, now: Date, more: PendingWrite[]) {
    const dept = departments.get(item.implementingDepartmentId);
    if (!dept) throw refuse('事项的实施部门不存在', "The item's implementing department does not exist");
    refuseMissing(planned);
    const commitment = row.commitment && item.commitmentAllowed;
    const at = openingState(row.channel, item, commitment);
    const options = {
      subjectType: 'application',
      subjectId: row.id,
      initiatorId: row.applicantUserId,
      holders: [{ kind: 'department' as const, id: item.implementingDepartmentId }],
      limit: { unit: 'workingDays' as const, value: item.promisedLimitDays },
      maxExtension: maxExtensionOf(item),
      at,
      auditedByCaller: true,
    };
    const { view, writes } = await deps.workflow.openWrites(db, applicationWorkflow, options, actor, now);
    const materials = planned.map(({ fetch: _f, fetchedFrom: _s, ...m }) => m);
    const columns = {
      state: at,
      caseId: view.id,
      materials,
      exemptedCount: planned.filter((m) => m.status === 'fetched').length,
      commitment,
      submittedAt: now,
      acceptedAt: at === 'review' ? now : null,
      dueAt: view.dueAt ? new Date(view.dueAt) : view.stateDueAt ? new Date(view.stateDueAt) : null,
    };
    const drawn = { number: repo.DRAWN_NUMBER };
    await runWrites(
      db,
      [
        repo.drawNumberWrite(implementingCode(dept, item.baseCode), calendar.shanghaiDate(now)),
        ...writes,
        repo.updateVersionedWrite(row.id, version, columns, drawn),
        auditWrite(
          actor,
          {
            action: 'application.submit',
            entity: 'application',
            entityId: row.id,
            // The one audit row of the submission: it names the case it opened.
            change: { channel: row.channel, cases: [{ id: view.id, state: at }] },
          },
          drawn,
        ),
        ...more,
      ],
      [deps.catalog.publishedCheck([item.id])],
    );
  }

  return {
    async submit(actor: Actor, p: Principal, id: string, version: number, now = new Date()) {
      const row = await repo.findApplication(db, id);
      if (!row || !ownsDraft(p, row)) throw notFound(what);
      if (row.state !== 'draft')
        throw new AppError('CONFLICT', {
          zh: '此办件已经提交',
          en: 'This application has been submitted already',
        });
      if (row.version !== version) throw staleVersion(row.version);

      const bundle = row.bundleCode ? await deps.catalog.publishedBundle(row.bundleCode) : null;
      if (bundle && bundle.id !== row.bundleId) throw refuse('一件事已更新，请重新发起申请', 'The bundle has changed since this draft: start a new application');
      // The editions' content never changes: a recent copy will do; that they are still published is checked by the write.
      const items = bundle ? await Promise.all(bundle.memberItems.map((m) => deps.catalog.edition(m.itemId!))) : [await deps.catalog.edition(row.itemId!)];
      const stale = items.find((i) => i.status !== 'published');
      if (stale) throw refuse(`事项“${stale.name}”已更新或下线，请重新发起申请`, `"${stale.name}" has changed or been retired: start a new application`);
      await checkForm(items, bundle, row.formData);
      if (row.commitment && (await commitmentBlocked(row))) {
        throw new AppError('FORBIDDEN', {
          zh: '申请人因承诺不实被暂停适用告知承诺制，请按一般程序申请',
          en: 'The applicant is barred from commitment-based approval after a false commitment: apply the ordinary way',
        });
      }
      const plans = items.map((item) => planMaterials(item, row.materials, row.channel));
      const calendar = await deps.calendar();
      // Everything read from other rooms is read before the transaction (PGlite has one connection).
      const departmentIds = [...new Set([...items.map((i) => i.implementingDepartmentId), ...(bundle ? [bundle.leadDepartmentId] : [])])];
      const departments = new Map((await Promise.all(departmentIds.map((d) => deps.org.department(d)))).filter((d): d is DepartmentInfo => d !== null).map((d) => [d.id, d]));
      await deps.org.departmentName(departmentIds[0]!);
      const toTell = [...new Set((await Promise.all([...new Set(items.map((i) => i.implementingDepartmentId))].map((d) => deps.org.membersOf(d, ['clerk', 'approver'])))).flat())];
      // The registry logs the read as made for this applicant (the share log shows it so, in either language).
      const requester = { id: p.userId ?? p.id, name: p.name };

      const notice = deps.prepareNotice(toTell, { kind: 'application.new', title: { zh: '新的办件', en: 'A new application' }, body: { zh: `${row.applicantName}：${row.title}`, en: `${row.applicantName}: ${row.title}` }, link: `/work/applications/${row.id}` });
      const noticeWrites = notice.write ? [notice.write] : [];
      const fileIds = [...new Set(row.materials.flatMap((m) => m.fileIds))];
      const fetching = plans.some((plan) => plan.some((m) => m.fetch !== null && row.applicantUscc));
      try {
        if (!bundle && !fileIds.length && !fetching) {
          await submitInOneStatement(actor, row, version, items[0]!, plans[0]!, departments, calendar, now, noticeWrites);
        } else
          await db.transaction(async (tx) => {
            // Nothing takes a shared lock before the daily sequence row is drawn, and after the draw there is one
            // statement left: the case(s), queue rows, history, the row(s) and the audit entries as one batch,
            // refused as a whole if the draft moved on or an edition was retired meanwhile.
            const writes: PendingWrite[] = [];
            if (fileIds.length) await deps.files.attach(tx, fileIds, `application:${row.id}`, [row.applicantUserId, row.assistedBy]);
            const opened = [];
            for (const item of items) {
              const rowId = bundle ? uuidv7() : row.id;
              const commitment = row.commitment && item.commitmentAllowed;
              const at = openingState(row.channel, item, commitment);
              const holders: Holder[] = [{ kind: 'department', id: item.implementingDepartmentId }];
              const options = {
                subjectType: 'application',
                subjectId: rowId,
                initiatorId: row.applicantUserId,
                holders,
                limit: { unit: 'workingDays' as const, value: promisedDaysOf(item, bundle) },
                maxExtension: maxExtensionOf(item),
                at,
                auditedByCaller: true,
              };
              const { view, writes: caseWrites } = await deps.workflow.openWrites(tx, applicationWorkflow, options, actor, now);
              writes.push(...caseWrites);
              opened.push({ rowId, item, commitment, at, view });
            }

            const units: {
              rowId: string;
              item: Item;
              number: string;
              materials: ApplicationMaterial[];
              exempted: number;
            }[] = [];
            const parentNumber = bundle ? await numberFor(tx, departments.get(bundle.leadDepartmentId), bundle.code.replace(/[^0-9A-Z]/g, '').slice(0, 12), calendar, now) : null;
            for (const [i, { rowId, item, commitment, at, view }] of opened.entries()) {
              const number = await numberFor(tx, departments.get(item.implementingDepartmentId), item.baseCode, calendar, now);
              const fetched = [];
              for (const planned of plans[i]!) fetched.push(await fetchInto(tx, planned, row, item.implementingDepartmentId, requester, number));
              refuseMissing(fetched);
              const materials = fetched.map(({ fetch: _f, fetchedFrom: _s, ...m }) => m);
              const exempted = fetched.filter((m) => m.status === 'fetched').length;
              units.push({ rowId, item, number, materials, exempted });
              const columns = {
                number,
                state: at,
                caseId: view.id,
                materials,
                exemptedCount: exempted,
                commitment,
                submittedAt: now,
                acceptedAt: at === 'review' ? now : null,
                dueAt: view.dueAt ? new Date(view.dueAt) : view.stateDueAt ? new Date(view.stateDueAt) : null,
              };
              writes.push(bundle ? repo.insertWrite({ ...columns, ...memberColumns(row, bundle, item, rowId) }) : repo.updateVersionedWrite(row.id, version, columns));
            }
            if (bundle) {
              writes.push(
                repo.updateVersionedWrite(row.id, version, {
                  number: parentNumber,
                  state: 'inProgress',
                  submittedAt: now,
                  materials: units.flatMap((u) => u.materials).filter((m, i, all) => all.findIndex((o) => o.key === m.key) === i),
                  exemptedCount: units.reduce((n, u) => n + u.exempted, 0),
                }),
              );
            }
            writes.push(
              auditWrite(actor, {
                action: 'application.submit',
                entity: 'application',
                entityId: row.id,
                change: {
                  number: parentNumber ?? units[0]!.number,
                  channel: row.channel,
                  members: bundle ? units.map((u) => u.number) : undefined,
                  // The cases it opened (one per member of a bundle): the submission's one audit row names them.
                  cases: opened.map((o) => ({ id: o.view.id, state: o.at })),
                },
              }),
            );
            await runWrites(tx, [...writes, ...noticeWrites], [deps.catalog.publishedCheck(items.map((i) => i.id))]);
          });
      } catch (error) {
        if (error instanceof WriteRefused && error.reason === 'version') throw staleVersion(row.version + 1);
        if (error instanceof WriteRefused && error.reason === 'item_retired') throw refuse('事项刚刚更新或下线，请重新发起申请', 'The item changed or was retired a moment ago: start a new application');
        throw error;
      }
      // The notice is written with the submission (it exists exactly when the submission does); e-mails after.
      await notice.send();
    },
  };
}
