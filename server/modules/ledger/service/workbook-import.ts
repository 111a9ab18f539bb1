// Running a workbook import: read the sheet, check every row (units, dates, batch deadlines, progress), then insert
// the good rows ~500 at a time — each chunk one transaction with its new issues and measures, its tasks and cases
// (bulk.ts, one audit row) and the import's progress — so pollers see processed/imported/rejected grow. A bad row
// never stops the import; a row whose task the source already has (same measure — or issue when no measure — and
// title), or that repeats an earlier row, is reported and not inserted again, so importing twice adds nothing; a failure of the whole marks it failed with a message. Every progress update moves the
// row's updated_at: an unfinished import left unmoved for STALLED_AFTER_MS (the server restarted under it) is marked
// failed by the housekeeping sweep, and an import so marked stops at its next update (that chunk rolled back).
import type { ImportField, ImportView } from '../../../../common/api/ledger.ts';
import type { Calendar } from '../../../../common/calendar/index.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import { insertTasks, type BulkTaskRow } from '../bulk.ts';
import * as repo from '../import-repository.ts';
import { unitMatcher } from '../workbook/parse.ts';
import { columnsOf, loadWorkbook, readSheet, unreadable } from '../workbook/read.ts';
import { FIELD_LABELS } from '../workbook/columns.ts';
import { checkRows, duplicateProblem, taskKey, type Candidate, type FirstSeen, type Problem } from '../workbook/rows.ts';
import type { LedgerDeps } from './shared.ts';

export const CHUNK = 500;
/** Problems kept on the import row (the counts stay exact beyond it). */
export const MAX_PROBLEMS = 2000;
/** An unfinished import whose row has not moved for this long was interrupted. */
export const STALLED_AFTER_MS = 10 * 60_000;
/** The reason the sweep gives an interrupted import (row 0: the import as a whole). */
export const INTERRUPTED: Problem = {
  row: 0,
  column: '',
  message: { zh: '导入中断（服务重启或超时），请重新导入', en: 'The import was interrupted (server restart or timeout); import again' },
};

/** The import's row had already ended (marked failed by the sweep) when this run meant to move it on. */
class ImportEnded extends Error {
  constructor(id: string) {
    super(`ledger import ${id} had already ended`);
  }
}
/** A progress update that must find the import unfinished. */
async function advance(db: Db, id: string, changes: Partial<repo.NewImport>): Promise<void> {
  if (!(await repo.updateImport(db, id, changes))) throw new ImportEnded(id);
}

export function importView(row: repo.ImportRow): ImportView {
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status as ImportView['status'],
    total: row.total,
    processed: row.processed,
    imported: row.imported,
    rejected: row.rejected,
    problems: row.problems,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt ? row.finishedAt.toISOString() : null,
  };
}

export interface ImportJob {
  id: string;
  actor: Actor;
  source: repo.SourceRow;
  fileName: string;
  bytes: Buffer;
  mapping: Partial<Record<ImportField, string>>;
  sheet?: string | undefined;
  /** The name on the notes made from the sheet's progress words. */
  authorName: string;
}

/** The issue and measure ids of a chunk's rows, adding those the source does not have yet. */
async function resolveStructure(tx: Db, source: repo.SourceRow, chunk: Candidate[]): Promise<{ issueOf: (c: Candidate) => string | null; measureOf: (c: Candidate) => string | null; issues: number; measures: number }> {
  const load = async () => {
    const [issues, measures] = await Promise.all([repo.issuesOfSource(tx, source.id), repo.measuresOfSource(tx, source.id)]);
    return { issues, measures };
  };
  let known = await load();
  let added = { issues: 0, measures: 0 };
  const plan = () => {
    const issueByCode = new Map(known.issues.map((i) => [i.code, i.id]));
    const issueByTitle = new Map(known.issues.map((i) => [i.title, i.id]));
    const measureByCode = new Map(known.measures.map((m) => [`${m.issueId}|${m.code}`, m.id]));
    const measureByTitle = new Map(known.measures.map((m) => [`${m.issueId}|${m.title}`, m.id]));
    const codesOf = new Map<string, Set<string>>();
    for (const m of known.measures) codesOf.set(m.issueId, (codesOf.get(m.issueId) ?? new Set()).add(m.code));
    const newIssues: Parameters<typeof repo.insertIssues>[1] = [];
    const newMeasures: Parameters<typeof repo.insertMeasures>[1] = [];
    const issueIds = new Map<Candidate, string | null>();
    const measureIds = new Map<Candidate, string | null>();
    const now = new Date();
    let nextIssue = known.issues.length + 1;
    for (const c of chunk) {
      let issueId: string | null = null;
      if (c.issue) {
        issueId = (c.issue.code ? issueByCode.get(c.issue.code) : issueByTitle.get(c.issue.title)) ?? null;
        if (!issueId) {
          let code = c.issue.code;
          while (!code || issueByCode.has(code)) code = `Q${String(nextIssue++).padStart(3, '0')}`;
          issueId = uuidv7();
          newIssues.push({ id: issueId, sourceId: source.id, code, title: c.issue.title, indicator: c.issue.indicator, leadDepartmentId: c.leadDepartmentId, createdAt: now, updatedAt: now });
          issueByCode.set(code, issueId);
          if (!c.issue.code) issueByTitle.set(c.issue.title, issueId);
        }
      }
      issueIds.set(c, issueId);
      let measureId: string | null = null;
      if (c.measure && issueId) {
        measureId = (c.measure.code ? measureByCode.get(`${issueId}|${c.measure.code}`) : measureByTitle.get(`${issueId}|${c.measure.title}`)) ?? null;
        if (!measureId) {
          const codes = codesOf.get(issueId) ?? new Set<string>();
          let code = c.measure.code;
          for (let k = codes.size + 1; !code || codes.has(code); k++) code = `C${String(k).padStart(2, '0')}`;
          measureId = uuidv7();
          newMeasures.push({ id: measureId, issueId, code, title: c.measure.title, leadDepartmentId: c.leadDepartmentId, createdAt: now, updatedAt: now });
          codesOf.set(issueId, codes.add(code));
          measureByCode.set(`${issueId}|${code}`, measureId);
          if (!c.measure.code) measureByTitle.set(`${issueId}|${c.measure.title}`, measureId);
        }
      }
      measureIds.set(c, measureId);
    }
    return { newIssues, newMeasures, issueIds, measureIds };
  };
  let p = plan();
  // Added meanwhile by someone else under the same code: read again and use theirs.
  for (let attempt = 0; attempt < 3; attempt++) {
    const issuesIn = p.newIssues.length ? await repo.insertIssues(tx, p.newIssues) : 0;
    const measuresIn = issuesIn === p.newIssues.length && p.newMeasures.length ? await repo.insertMeasures(tx, p.newMeasures) : 0;
    added = { issues: added.issues + issuesIn, measures: added.measures + measuresIn };
    if (issuesIn === p.newIssues.length && measuresIn === p.newMeasures.length) break;
    known = await load();
    p = plan();
  }
  return { issueOf: (c) => p.issueIds.get(c) ?? null, measureOf: (c) => p.measureIds.get(c) ?? null, ...added };
}

function taskOf(c: Candidate, source: repo.SourceRow, ids: { issueId: string | null; measureId: string | null }, job: ImportJob, now: Date): BulkTaskRow {
  return {
    sourceId: source.id,
    issueId: ids.issueId,
    measureId: ids.measureId,
    title: c.title,
    detail: c.detail,
    leadDepartmentId: c.leadDepartmentId,
    supportDepartmentIds: c.supportDepartmentIds,
    startsOn: c.startsOn,
    dueOn: c.dueOn,
    batch: c.batch,
    expectedResult: c.expectedResult,
    needsSecondApproval: c.needsSecondApproval,
    ...(c.progress !== null ? { progress: c.progress } : {}),
    createdAt: now,
    reports: c.progressText ? [{ at: now, kind: 'note', text: `导入时的进展：${c.progressText}`, progress: c.progress, authorName: job.authorName }] : [],
  };
}

export const failureMessage = (error: unknown): { zh: string; en: string } =>
  error instanceof AppError
    ? error.text
    : { zh: `导入失败：${error instanceof Error ? error.message.slice(0, 200) : String(error)}`, en: `The import failed: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}` };

/** Runs an import whose row exists (status parsing) to done, or to failed with the reason as its last problem. */
export async function executeImport(database: Database, deps: LedgerDeps, job: ImportJob, onProgress?: (view: ImportView) => void): Promise<ImportView> {
  const { db } = database;
  const problems: Problem[] = [];
  const counts = { processed: 0, imported: 0, rejected: 0 };
  const publish = async () => {
    const row = await repo.findImport(db, job.id);
    if (row && onProgress) onProgress(importView(row));
    return row;
  };
  try {
    const [workbook, units, calendar, officeId] = await Promise.all([loadWorkbook(job.bytes), deps.org.departments(), deps.calendar(), deps.org.officeDepartmentId()]);
    const sheet = readSheet(workbook, job.sheet, Object.values(job.mapping).filter((h): h is string => Boolean(h)));
    const { columns, used } = columnsOf(sheet.headers, job.mapping);
    const missing: ('title' | 'leadDepartment' | 'dueOn')[] = [];
    if (columns.title === undefined && columns.measureTitle === undefined) missing.push('title');
    if (columns.leadDepartment === undefined) missing.push('leadDepartment');
    if (columns.dueOn === undefined) missing.push('dueOn');
    if (missing.length) {
      const names = { title: ['任务', 'task'], leadDepartment: ['牵头单位', 'lead unit'], dueOn: ['完成时限', 'deadline'] } as const;
      throw unreadable(`没有找到这些列：${missing.map((f) => names[f][0]).join('、')}（请在映射中指定）`, `These columns were not found: ${missing.map((f) => names[f][1]).join(', ')} (map them by hand)`);
    }
    const checked = checkRows(sheet.rows, { columns, headers: used, unitOf: unitMatcher(units), periodStart: job.source.periodStart, periodEnd: job.source.periodEnd });
    await advance(db, job.id, { status: 'importing', total: sheet.rows.length, mapping: used as Record<string, string> });
    await publish();
    const byRow = new Map(checked.candidates.map((c) => [c.row, c]));
    // The source's tasks (read again by each chunk): a row repeating one of them (or an earlier row) is reported,
    // not inserted again.
    const seen = new Map<string, FirstSeen>();
    const titleColumn = used.title ?? used.measureTitle ?? FIELD_LABELS.title.zh;
    let repeated = 0;
    const problemsOf = new Map<number, Problem[]>();
    for (const p of checked.problems) problemsOf.set(p.row, [...(problemsOf.get(p.row) ?? []), p]);
    for (let i = 0; i < sheet.rows.length; i += CHUNK) {
      const rows = sheet.rows.slice(i, i + CHUNK);
      const chunk = rows.map((r) => byRow.get(r.row)).filter((c): c is Candidate => c !== undefined);
      const start = problems.length;
      for (const r of rows) problems.push(...(problemsOf.get(r.row) ?? []));
      await database.db.transaction(async (tx) => {
        const { inserted, repeats } = await insertChunk(tx, job, chunk, calendar, officeId, { from: rows[0]!.row, to: rows[rows.length - 1]!.row }, seen, titleColumn);
        // In row order: the chunk's own problems and its repeats.
        if (repeats.length) problems.push(...[...problems.splice(start), ...repeats].sort((x, y) => x.row - y.row));
        repeated += repeats.length;
        counts.processed += rows.length;
        counts.imported += inserted;
        counts.rejected += rows.length - inserted;
        await advance(tx, job.id, { ...counts, problems: problems.slice(0, MAX_PROBLEMS) });
      });
      await publish();
    }
    await database.db.transaction(async (tx) => {
      await advance(tx, job.id, { status: 'done', finishedAt: new Date() });
      await appendAudit(tx, job.actor, { action: 'ledger.import.done', entity: 'ledger_import', entityId: job.id, change: { total: sheet.rows.length, ...counts, repeated, sheet: sheet.sheet, source: job.source.code } });
    });
  } catch (error) {
    // Already ended (the sweep marked it failed and said why): nothing more to record.
    const reason: Problem = { row: 0, column: '', message: failureMessage(error) };
    const failed = !(error instanceof ImportEnded) && (await repo.updateImport(db, job.id, { status: 'failed', finishedAt: new Date(), ...counts, problems: [...problems.slice(0, MAX_PROBLEMS - 1), reason] }));
    if (failed) await appendAudit(db, job.actor, { action: 'ledger.import.failed', entity: 'ledger_import', entityId: job.id, change: { ...counts, reason: reason.message.en } });
  }
  const row = await publish();
  if (!row) throw new Error(`ledger import ${job.id} vanished`);
  return importView(row);
}

/**
 * Inserts a chunk's tasks with the issues and measures they need; a task already in `seen` (the source's, or an
 * earlier row's) is not inserted but reported, and each inserted one joins `seen`.
 */
async function insertChunk(tx: Db, job: ImportJob, chunk: Candidate[], calendar: Calendar, officeId: string | null, rows: { from: number; to: number }, seen: Map<string, FirstSeen>, titleColumn: string): Promise<{ inserted: number; repeats: Problem[] }> {
  if (!chunk.length) return { inserted: 0, repeats: [] };
  const now = new Date();
  // Another import into this source may have added tasks since `seen` was filled: hold the source and read them.
  await repo.holdSource(tx, job.source.id);
  for (const task of await repo.tasksOfSource(tx, job.source.id)) if (!seen.has(taskKey(task))) seen.set(taskKey(task), { number: task.number });
  const structure = await resolveStructure(tx, job.source, chunk);
  const fresh: { task: BulkTaskRow; first: FirstSeen }[] = [];
  const repeated: { row: number; first: FirstSeen }[] = [];
  for (const c of chunk) {
    const ids = { issueId: structure.issueOf(c), measureId: structure.measureOf(c) };
    const key = taskKey({ ...ids, title: c.title });
    const known = seen.get(key);
    if (known) {
      repeated.push({ row: c.row, first: known });
      continue;
    }
    const first: FirstSeen = { number: '', row: c.row };
    seen.set(key, first);
    fresh.push({ task: taskOf(c, job.source, ids, job, now), first });
  }
  const { numbers } = await insertTasks(
    tx,
    fresh.map((f) => f.task),
    job.actor,
    calendar,
    {
      officeDepartmentId: officeId,
      now,
      auditAction: 'ledger.import.chunk',
      auditChange: { importId: job.id, source: job.source.code, rows, issuesAdded: structure.issues, measuresAdded: structure.measures, repeated: repeated.length },
    },
  );
  // Numbers known now: the repeats of this chunk's own rows name the task they repeat.
  fresh.forEach((f, i) => (f.first.number = numbers[i]!));
  return { inserted: numbers.length, repeats: repeated.map((r) => duplicateProblem(r.row, titleColumn, r.first)) };
}
