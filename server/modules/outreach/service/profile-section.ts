// 企业服务's sections of the enterprise file (一企一档, docs/ARCHITECTURE.md "The enterprise file"): the enterprise's
// current steward (帮扶管家), its contacts and visits (对接/走访) and the problems it raised, and its key projects
// (重点项目) with their blockers (堵点). Staff only: the office's visits and problems are not shown to the
// enterprise's own accounts. Registered by server/services.ts through `registry.profile.contribute`; the shape is
// declared here (structurally the registry's ProfileContributor) so this room imports nothing of the registry.
import { CONTACT_KIND_LABELS, PROBLEM_STATE_LABELS, PROJECT_STAGE_LABELS } from '../../../../common/api/outreach.ts';
import type { ProfileColumn, ProfileRow } from '../../../../common/api/registry.ts';
import type { Database } from '../../../platform/db/index.ts';
import * as projectsRepo from '../projects-repository.ts';
import * as repo from '../repository.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import { departmentBook, seesAll, type OutreachDeps } from './shared.ts';

/** What the registry's enterprise file asks of a contributor (its `ProfileContributor`). */
export interface OutreachProfileSection {
  key: string;
  title: { zh: string; en: string };
  order: number;
  audiences: readonly ('staff' | 'holder')[];
  /** The office, leaders and admins only: units do not read the office's visits and problems. */
  readable: (reader: Principal) => boolean;
  columns: readonly ProfileColumn[];
  load(entity: { id: string; uscc: string }, context: { audience: 'staff' | 'holder' }): Promise<{ count: number; rows: ProfileRow[] }>;
}

/** Rows a section sends at most (the newest); `count` is the whole. */
const ROWS = 20;

type StatusLabels = NonNullable<ProfileColumn['statusLabels']>;

const KIND_LABELS: StatusLabels = {
  steward: { zh: '帮扶管家', en: 'Steward' },
  visit: CONTACT_KIND_LABELS.visit,
  contact: CONTACT_KIND_LABELS.contact,
  problem: { zh: '反映问题', en: 'Problem raised' },
};

const STATE_LABELS: StatusLabels = {
  serving: { zh: '帮扶中', en: 'Serving', tone: 'processing' },
  open: { ...PROBLEM_STATE_LABELS.open, tone: 'warning' },
  routed: { ...PROBLEM_STATE_LABELS.routed, tone: 'processing' },
  solved: { ...PROBLEM_STATE_LABELS.solved, tone: 'success' },
  explained: { ...PROBLEM_STATE_LABELS.explained, tone: 'default' },
};

const STAGE_LABELS: StatusLabels = { ...PROJECT_STAGE_LABELS };

const enterprisePath = (uscc: string) => `/office/outreach/enterprises/${encodeURIComponent(uscc)}`;
const problemsPath = (uscc: string) => `/office/outreach/problems?uscc=${encodeURIComponent(uscc)}`;
const projectPath = (id: string) => `/office/projects/${encodeURIComponent(id)}`;

/** One dated entry of the outreach table, before it is cut to the newest. */
interface Entry {
  on: string;
  /** Same day: a contact before the problems raised at it. */
  rank: number;
  row: ProfileRow;
}

export function outreachProfileSections(database: Database, deps: OutreachDeps): OutreachProfileSection[] {
  const db = database.readDb;

  const outreach: OutreachProfileSection = {
    key: 'outreach',
    title: { zh: '企业服务', en: 'Enterprise service' },
    order: 50,
    audiences: ['staff'],
    readable: seesAll,
    columns: [
      { key: 'kind', label: { zh: '类别', en: 'Kind' }, type: 'status', statusLabels: KIND_LABELS },
      { key: 'on', label: { zh: '日期', en: 'Date' }, type: 'date' },
      { key: 'who', label: { zh: '人员', en: 'Who' }, type: 'text' },
      { key: 'unit', label: { zh: '单位', en: 'Unit' }, type: 'text' },
      { key: 'summary', label: { zh: '内容', en: 'Summary' }, type: 'text' },
      { key: 'state', label: { zh: '状态', en: 'State' }, type: 'status', statusLabels: STATE_LABELS },
    ],
    // One row per record: the current steward first, then contacts/visits and problems, newest first.
    async load(entity) {
      const [steward, contacts, problems, book] = await Promise.all([
        repo.activeSteward(db, entity.uscc),
        repo.listContacts(db, { uscc: entity.uscc }, 1, ROWS),
        repo.listProblems(db, { departments: 'all', uscc: entity.uscc }, 1, ROWS),
        departmentBook(deps),
      ]);
      const page = enterprisePath(entity.uscc);
      const entries: Entry[] = [
        ...contacts.rows.map((c) => ({
          on: c.heldOn,
          rank: 0,
          row: { cells: { kind: c.kind, on: c.heldOn, who: c.staff, unit: book.name(c.departmentId) || null, summary: c.summary || null, state: null }, link: page },
        })),
        ...problems.rows.map((p) => ({
          on: p.raisedOn,
          rank: 1,
          row: { cells: { kind: 'problem', on: p.raisedOn, who: null, unit: book.name(p.departmentId) || null, summary: p.title, state: p.state }, link: problemsPath(entity.uscc) },
        })),
      ];
      entries.sort((a, b) => (a.on === b.on ? a.rank - b.rank : a.on < b.on ? 1 : -1));
      const rows: ProfileRow[] = [];
      if (steward) {
        const who = steward.stewardPhone ? `${steward.stewardName} ${steward.stewardPhone}` : steward.stewardName;
        rows.push({ cells: { kind: 'steward', on: steward.assignedOn, who, unit: book.name(steward.departmentId) || null, summary: steward.note || null, state: 'serving' }, link: page });
      }
      rows.push(...entries.slice(0, ROWS - rows.length).map((e) => e.row));
      return { count: (steward ? 1 : 0) + contacts.total + problems.total, rows };
    },
  };

  const projects: OutreachProfileSection = {
    key: 'projects',
    title: { zh: '重点项目', en: 'Key projects' },
    order: 55,
    audiences: ['staff'],
    readable: seesAll,
    columns: [
      { key: 'code', label: { zh: '项目编号', en: 'Code' }, type: 'text' },
      { key: 'project', label: { zh: '项目', en: 'Project' }, type: 'text' },
      // Text, not a number: a year reads 2026, not 2,026.
      { key: 'year', label: { zh: '年度', en: 'Year' }, type: 'text' },
      { key: 'stage', label: { zh: '审批阶段', en: 'Stage' }, type: 'status', statusLabels: STAGE_LABELS },
      { key: 'open', label: { zh: '未解决堵点', en: 'Blockers open' }, type: 'number' },
      { key: 'solved', label: { zh: '已解决堵点', en: 'Blockers solved' }, type: 'number' },
    ],
    async load(entity) {
      const { rows, total } = await projectsRepo.listProjects(db, { departments: 'all', uscc: entity.uscc }, 1, ROWS);
      return {
        count: total,
        rows: rows.map((p) => ({ cells: { code: p.code, project: p.name, year: String(p.year), stage: p.stage, open: p.blockers - p.solved, solved: p.solved }, link: projectPath(p.id) })),
      };
    },
  };

  return [outreach, projects];
}
