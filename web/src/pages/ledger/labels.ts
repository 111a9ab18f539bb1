// Words and colours of 督办台账's codes (from the bilingual tables in common/ledger/vocabulary.ts) and the paths of
// its screens. Pure, so lists, the board and the task page agree.
import {
  ESCALATION_LEVEL_LABELS,
  LIGHT_LABELS,
  LIGHTS,
  MEMBER_ROLE_LABELS,
  SOURCE_KIND_LABELS,
  TASK_STATE_LABELS,
  type EscalationLevel,
  type Light,
  type MemberRole,
  type SourceKind,
  type TaskState,
} from '../../../../common/ledger/vocabulary.ts';
import { currentLanguage } from '../../i18n/index.ts';

export const bilingual = (text: { zh: string; en: string }): string => (currentLanguage() === 'en' ? text.en : text.zh);

export const sourceKindLabel = (kind: SourceKind) => bilingual(SOURCE_KIND_LABELS[kind]);
export const stateLabel = (state: TaskState) => bilingual(TASK_STATE_LABELS[state]);
export const lightLabel = (light: Light) => bilingual(LIGHT_LABELS[light]);
/** Every light's words in a language (for charts, built once per language). */
export const lightWordsIn = (language: string) => Object.fromEntries(LIGHTS.map((l) => [l, language === 'en' ? LIGHT_LABELS[l].en : LIGHT_LABELS[l].zh])) as Record<Light, string>;
export const levelLabel = (level: EscalationLevel) => bilingual(ESCALATION_LEVEL_LABELS[level]);
export const memberRoleLabel = (role: MemberRole) => bilingual(MEMBER_ROLE_LABELS[role]);

/** 红黄绿: the dot's and the charts' colours (the words always go with them, never colour alone). */
export const LIGHT_COLORS: Record<Light, string> = { red: '#e5484d', amber: '#f5a623', green: '#30a46c', done: '#8c8c8c' };
/** The order lights are counted and stacked in: the worst first. */
export const LIGHT_ORDER: readonly Light[] = ['red', 'amber', 'green', 'done'];

export const STATE_COLORS: Record<TaskState, string> = { doing: 'processing', reviewing: 'gold', provincial: 'purple', closed: 'success', cancelled: 'default' };

export const taskPath = (id: string) => `/work/ledger/${encodeURIComponent(id)}`;
export const meetingPath = (id: string) => `/office/ledger/meetings/${encodeURIComponent(id)}`;
export const tasksPath = (filters: Record<string, string | undefined> = {}) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const qs = params.toString();
  return qs ? `/office/ledger/tasks?${qs}` : '/office/ledger/tasks';
};

/** A share (0–1) as a whole percentage. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;
