// Words and colours of the 办件 codes, from the bilingual tables in the contract.
import {
  APPLICATION_STATE_LABELS,
  CHANNEL_LABELS,
  MATERIAL_STATUS_LABELS,
  OUTCOME_LABELS,
  POST_STATUS_LABELS,
  type ApplicationState,
  type Channel,
  type Outcome,
} from '../../../../../common/api/applications.ts';
import { currentLanguage } from '../../../i18n/index.ts';

export const bilingual = (text: { zh: string; en: string }): string => (currentLanguage() === 'en' ? text.en : text.zh);

export const stateLabel = (state: ApplicationState) => bilingual(APPLICATION_STATE_LABELS[state]);
export const channelLabel = (channel: Channel) => bilingual(CHANNEL_LABELS[channel]);
export const outcomeLabel = (outcome: Outcome) => bilingual(OUTCOME_LABELS[outcome]);
export const materialStatusLabel = (status: keyof typeof MATERIAL_STATUS_LABELS) => bilingual(MATERIAL_STATUS_LABELS[status]);
export const postStatusLabel = (status: keyof typeof POST_STATUS_LABELS) => bilingual(POST_STATUS_LABELS[status]);

export const stateColors: Record<ApplicationState, string> = {
  draft: 'default',
  submitted: 'blue',
  correction: 'orange',
  review: 'processing',
  decision: 'geekblue',
  suspended: 'gold',
  delivery: 'cyan',
  done: 'green',
  refused: 'red',
  rejected: 'red',
  withdrawn: 'default',
  terminated: 'volcano',
  inProgress: 'blue',
};

export const materialColors = { uploaded: 'green', fetched: 'cyan', paper: 'blue', missing: 'red' } as const;

export const FINISHED_STATES: readonly ApplicationState[] = ['done', 'refused', 'rejected', 'withdrawn', 'terminated'];
export const isFinished = (state: ApplicationState) => FINISHED_STATES.includes(state);

/** Open an application's case view. */
export const casePath = (id: string) => `/work/applications/${encodeURIComponent(id)}`;
