// 办结通知: an application that ends with a decision (done, not accepted, refused) records an
// `application.ended` event in the same transaction, so the evaluations room can invite its applicant
// to rate it (好差评 一事一评). A bundle's parent is rated as one case; its members are not.
import type { Db, PendingWrite } from '../../../platform/db/index.ts';
import { emitEvent, eventWrite, EVENT_TYPES } from '../../../platform/events/index.ts';
import type { ApplicationRow } from '../repository.ts';

/** End states that invite a rating (withdrawn and terminated cases were never decided). */
export const RATABLE_END_STATES = new Set(['done', 'refused', 'rejected']);
/** Channels received at a hall: the hall is the intake department. */
const HALL_CHANNELS = new Set(['window', 'assisted', 'crossRegion']);

/** What the evaluations room learns of an ended application. */
export interface ApplicationEndedPayload {
  applicationId: string;
  number: string | null;
  title: string;
  /** The deciding department (a bundle: its first member's). */
  departmentId: string;
  itemCode: string | null;
  hallId: string | null;
  channel: string;
  applicantUserId: string | null;
  outcome: string | null;
  endedAt: string;
}

export function endedPayload(
  row: Pick<ApplicationRow, 'id' | 'number' | 'title' | 'itemCode' | 'bundleCode' | 'channel' | 'intakeDepartmentId' | 'applicantUserId'>,
  departmentId: string,
  outcome: string | null,
  endedAt: Date,
): ApplicationEndedPayload {
  return {
    applicationId: row.id,
    number: row.number,
    title: row.title,
    departmentId,
    itemCode: row.itemCode ?? row.bundleCode ?? null,
    hallId: HALL_CHANNELS.has(row.channel) ? row.intakeDepartmentId : null,
    channel: row.channel,
    applicantUserId: row.applicantUserId,
    outcome,
    endedAt: endedAt.toISOString(),
  };
}

export async function emitEnded(tx: Db, payload: ApplicationEndedPayload): Promise<void> {
  await emitEvent(tx, { type: EVENT_TYPES.applicationEnded, subjectType: 'application', subjectId: payload.applicationId, payload: { ...payload } });
}

/** The same event as a write for a batch. */
export function endedWrite(payload: ApplicationEndedPayload): PendingWrite {
  return eventWrite({ type: EVENT_TYPES.applicationEnded, subjectType: 'application', subjectId: payload.applicationId, payload: { ...payload } });
}
