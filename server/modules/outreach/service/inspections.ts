// 明查暗访: inspections of service halls (announced or covert, often with the discipline commission or the
// government's inspection office). Each finding becomes a rectification task on the ledger (source
// 'hall_inspection') in the inspection's own transaction; the view shows each task's number and state.
import { INSPECTION_MODES, type InspectionBody, type InspectionView, type OutreachListQuery } from '../../../../common/api/outreach.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/errors/index.ts';
import * as repo from '../inspections-repository.ts';
import { departmentBook, invalid, notFuture, oneOf, paged, WHAT, type DepartmentBook, type OutreachDeps } from './shared.ts';

const MODE_WORD = { open: '明查', covert: '暗访' } as const;

export function createInspections(database: Database, deps: OutreachDeps) {
  const { db } = database;

  async function views(rows: repo.InspectionRow[], book: DepartmentBook): Promise<InspectionView[]> {
    const findings = await repo.findingsOf(database.readDb, rows.map((r) => r.id));
    const taskIds = findings.map((f) => f.ledgerTaskId).filter((x): x is string => x !== null);
    const tasks = taskIds.length ? await deps.ledger.taskStates(taskIds) : new Map<string, { number: string; state: string }>();
    return rows.map((r) => ({
      id: r.id,
      hallName: r.hallName,
      departmentId: r.departmentId,
      departmentName: book.name(r.departmentId),
      regionCode: r.regionCode,
      mode: r.mode as InspectionView['mode'],
      heldOn: r.heldOn,
      inspectors: r.inspectors,
      jointWith: r.jointWith,
      summary: r.summary,
      findings: findings
        .filter((f) => f.inspectionId === r.id)
        .map((f) => {
          const task = f.ledgerTaskId ? tasks.get(f.ledgerTaskId) : undefined;
          return {
            id: f.id,
            title: f.title,
            detail: f.detail,
            severity: f.severity as 'minor' | 'serious',
            departmentId: f.departmentId,
            dueOn: f.dueOn,
            ledgerTaskId: f.ledgerTaskId,
            taskState: task?.state ?? null,
            taskNumber: task?.number ?? null,
          };
        }),
    }));
  }

  async function get(id: string): Promise<InspectionView> {
    const [row, book] = await Promise.all([repo.findInspection(db, id), departmentBook(deps)]);
    if (!row) throw notFound(WHAT.inspection);
    return (await views([row], book))[0]!;
  }

  return {
    get,

    /** Records an inspection; every finding becomes a ledger task for its unit, due on its date, in the same transaction. */
    async record(actor: Actor, body: InspectionBody, now = new Date()): Promise<InspectionView> {
      notFuture(body.heldOn, now, 'body.heldOn');
      const book = await departmentBook(deps);
      book.require(body.departmentId, 'body.departmentId');
      body.findings.forEach((f, i) => {
        book.require(f.departmentId, `body.findings.${i}.departmentId`);
        if (f.dueOn < body.heldOn) throw invalid(`body.findings.${i}.dueOn`, '整改期限不能早于检查日期', 'the due date cannot be before the inspection');
      });
      const id = uuidv7();
      const inspection: repo.NewInspection = { id, hallName: body.hallName, departmentId: body.departmentId, regionCode: body.regionCode, mode: body.mode, heldOn: body.heldOn, inspectors: body.inspectors, jointWith: body.jointWith, summary: body.summary };
      const findings: repo.NewFinding[] = body.findings.map((f) => ({ id: uuidv7(), inspectionId: id, title: f.title, detail: f.detail, severity: f.severity, departmentId: f.departmentId, dueOn: f.dueOn }));
      await db.transaction(async (tx) => {
        await repo.insertInspection(tx, inspection, findings);
        const tasks: { findingId: string; taskId: string; number: string }[] = [];
        for (const f of findings) {
          const task = await deps.ledger.createFromOrigin(
            actor,
            {
              sourceKind: 'hall_inspection',
              originType: 'hall_finding',
              originId: f.id!,
              title: `${body.hallName}${MODE_WORD[body.mode]}发现：${f.title}`.slice(0, 200),
              detail: f.detail ?? '',
              leadDepartmentId: f.departmentId,
              startsOn: body.heldOn,
              dueOn: f.dueOn,
              expectedResult: '问题整改到位并报送整改情况',
              at: now,
            },
            tx,
          );
          await repo.setFindingTask(tx, f.id!, task.id);
          tasks.push({ findingId: f.id!, taskId: task.id, number: task.number });
        }
        await appendAudit(tx, actor, { action: 'outreach.inspection.create', entity: 'hall_inspection', entityId: id, change: { ...inspection, findings: findings.map((f) => ({ id: f.id, title: f.title, departmentId: f.departmentId, dueOn: f.dueOn })), tasks } });
      });
      return get(id);
    },

    async list(query: OutreachListQuery) {
      const kind = oneOf(query.kind, INSPECTION_MODES, 'query.kind');
      const [{ rows, total }, book] = await Promise.all([repo.listInspections(database.readDb, { kind, departmentId: query.departmentId, q: query.q, from: query.from, to: query.to }, query.page, query.pageSize), departmentBook(deps)]);
      return paged(await views(rows, book), total, query);
    },
  };
}

export type Inspections = ReturnType<typeof createInspections>;
