// Words and colours of 企业服务's codes (from the bilingual tables in common/api/outreach.ts), the ledger task
// states a finding shows, and the paths of the screens.
import {
  CONTACT_KIND_LABELS,
  INSPECTION_MODE_LABELS,
  PROBLEM_STATE_LABELS,
  PROJECT_STAGE_LABELS,
  STEWARD_REASON_LABELS,
} from '../../../../common/api/outreach.ts';
import { TASK_STATE_LABELS, type TaskState } from '../../../../common/ledger/vocabulary.ts';
import { bilingual } from '../appeals/staff/labels.ts';

export { AREAS, areaLabel, bilingual } from '../appeals/staff/labels.ts';

export type ContactKind = keyof typeof CONTACT_KIND_LABELS;
export type ProblemState = keyof typeof PROBLEM_STATE_LABELS;
export type ProjectStage = keyof typeof PROJECT_STAGE_LABELS;
export type InspectionMode = keyof typeof INSPECTION_MODE_LABELS;
export type StewardReason = keyof typeof STEWARD_REASON_LABELS;
export type Severity = 'minor' | 'serious';

export const contactKindLabel = (kind: ContactKind) => bilingual(CONTACT_KIND_LABELS[kind]);
export const problemStateLabel = (state: ProblemState) => bilingual(PROBLEM_STATE_LABELS[state]);
export const stageLabel = (stage: ProjectStage) => bilingual(PROJECT_STAGE_LABELS[stage]);
export const modeLabel = (mode: InspectionMode) => bilingual(INSPECTION_MODE_LABELS[mode]);
export const reasonLabel = (reason: StewardReason) => bilingual(STEWARD_REASON_LABELS[reason]);
const SEVERITY_LABELS = { minor: { zh: '一般', en: 'Minor' }, serious: { zh: '严重', en: 'Serious' } } as const;
export const severityLabel = (severity: Severity) => bilingual(SEVERITY_LABELS[severity]);
/** A ledger task's state as the ledger names it (the code itself when the ledger has a newer one). */
export const taskStateLabel = (state: string) => (state in TASK_STATE_LABELS ? bilingual(TASK_STATE_LABELS[state as TaskState]) : state);

export const problemStateColors: Record<ProblemState, string> = { open: 'orange', routed: 'processing', solved: 'green', explained: 'cyan' };
export const kindColors: Record<ContactKind, string> = { visit: 'blue', contact: 'default' };
export const modeColors: Record<InspectionMode, string> = { open: 'geekblue', covert: 'purple' };
export const taskStateColors: Record<string, string> = { doing: 'processing', reviewing: 'gold', provincial: 'purple', closed: 'green', cancelled: 'default' };

export const enterprisePath = (uscc: string) => `/office/outreach/enterprises/${encodeURIComponent(uscc)}`;
export const projectPath = (id: string) => `/office/projects/${encodeURIComponent(id)}`;
export const inspectionPath = (id: string) => `/office/inspections/${encodeURIComponent(id)}`;
export const ledgerTaskPath = (id: string) => `/work/ledger/${encodeURIComponent(id)}`;
export const problemsPath = (query: Record<string, string> = {}) => {
  const qs = new URLSearchParams(query).toString();
  return `/office/outreach/problems${qs ? `?${qs}` : ''}`;
};

/** 万元, grouped: 12,500 万元. */
export const formatInvestment = (value: number) => value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
/** A share (0–1) as a percentage with one decimal; "—" when there is nothing to divide. */
export const formatRate = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
