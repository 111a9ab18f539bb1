// Words and colours of 接诉即办's codes (from the bilingual tables in common/appeals/vocabulary.ts), the demo
// city's districts, the ticket states the filters offer, and the paths of the staff screens.
import {
  CHANNEL_LABELS,
  KIND_LABELS,
  OUTCOME_LABELS,
  SATISFACTION_LABELS,
  URGENCY_LABELS,
  type Channel,
  type Kind,
  type Outcome,
  type Satisfaction,
  type Urgency,
} from '../../../../../common/appeals/vocabulary.ts';
import { DEMO_CITY_CODE, HOHHOT_REGIONS } from '../../../../../common/ids/index.ts';
import { currentLanguage } from '../../../i18n/index.ts';

export const bilingual = (text: { zh: string; en: string }): string => (currentLanguage() === 'en' ? text.en : text.zh);

export const kindLabel = (kind: Kind) => bilingual(KIND_LABELS[kind]);
export const channelLabel = (channel: Channel) => bilingual(CHANNEL_LABELS[channel]);
export const urgencyLabel = (urgency: Urgency) => bilingual(URGENCY_LABELS[urgency]);
export const satisfactionLabel = (satisfaction: Satisfaction) => bilingual(SATISFACTION_LABELS[satisfaction]);
export const outcomeLabel = (outcome: Outcome) => bilingual(OUTCOME_LABELS[outcome]);

/** The channels a seat files on (the web, the app and Open311 file themselves). */
export const SEAT_CHANNELS = ['phone', 'email', 'enterprise', 'dishonesty'] as const satisfies readonly Channel[];
export type SeatChannel = (typeof SEAT_CHANNELS)[number];

/** The demo city's districts, counties, banners and its development zone (GB/T 2260 codes). */
export const AREAS = HOHHOT_REGIONS.filter((r) => r.parent === DEMO_CITY_CODE && r.code !== null).map((r) => ({ code: r.code!, name: r.name, nameEn: r.nameEn }));
export const areaLabel = (code: string) => {
  const area = AREAS.find((a) => a.code === code);
  return area ? bilingual({ zh: area.name, en: area.nameEn }) : code;
};

const t = (zh: string, en: string) => ({ zh, en });
/** A ticket's states (appeal.ticket) and a dishonesty report's (appeal.dishonesty), as the filters offer them. */
export const STATE_LABELS: Record<string, { zh: string; en: string }> = {
  dispatching: t('待派单', 'To dispatch'),
  signing: t('待签收', 'To sign for'),
  handling: t('办理中', 'Being handled'),
  returned: t('退单待审', 'Returned'),
  callback: t('待回访', 'To call back'),
  verifying: t('上级核实', 'Being verified'),
  rectifying: t('限期整改', 'Being put right'),
  feedback: t('待反馈', 'To report back'),
  closed: t('已办结', 'Closed'),
  merged: t('已并单', 'Merged'),
  invalid: t('无效工单', 'Invalid'),
};
export const STATES = Object.keys(STATE_LABELS);
/** The filters' states: every open one at once (the server's `open`), then each state. */
export const FILTER_STATES = ['open', ...STATES];
export const stateName = (state: string) => (state === 'open' ? bilingual(t('全部在办', 'All open')) : STATE_LABELS[state] ? bilingual(STATE_LABELS[state]) : state);

export const ENDED_STATES: readonly string[] = ['closed', 'merged', 'invalid'];
export const isEnded = (state: string) => ENDED_STATES.includes(state);

export const stateColors: Record<string, string> = {
  dispatching: 'blue',
  signing: 'geekblue',
  handling: 'processing',
  returned: 'orange',
  callback: 'cyan',
  verifying: 'purple',
  rectifying: 'magenta',
  feedback: 'cyan',
  closed: 'green',
  merged: 'default',
  invalid: 'default',
};
export const urgencyColors: Record<Urgency, string | undefined> = { normal: undefined, urgent: 'red', utility: 'volcano' };
export const satisfactionColors: Record<Satisfaction, string> = { satisfied: 'green', basic: 'gold', unsatisfied: 'red' };

export const ticketPath = (id: string) => `/work/appeals/${encodeURIComponent(id)}`;
