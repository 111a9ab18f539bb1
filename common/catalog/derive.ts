// Flags derived from an item's online stages and visits (DOMAIN.md "Service items"): 网办深度,
// 全程网办 and 掌上办. Stored at write time so statistics are plain counts; pure, shared with the web.
import { FULLY_ONLINE_STAGES, MOBILE_STAGES } from './vocabulary.ts';

/** 网办深度: the highest k such that stages 1..k are all online (0 when even consultation is not). */
export function onlineDepth(stages: readonly number[]): number {
  const online = new Set(stages);
  let depth = 0;
  while (depth < 7 && online.has(depth + 1)) depth++;
  return depth;
}

const allOnline = (stages: readonly number[], needed: readonly number[]) => {
  const online = new Set(stages);
  return needed.every((s) => online.has(s));
};

/** 全程网办: stages 2–6 (submit … result) all online and no visit required. */
export function isFullyOnline(item: { onlineStages: readonly number[]; visits: number }): boolean {
  return item.visits === 0 && allOnline(item.onlineStages, FULLY_ONLINE_STAGES);
}

/** 掌上办: offered in the phone app, with submission, pre-review and acceptance online (stages 2–4). */
export function isMobile(item: { mobileChannel: boolean; onlineStages: readonly number[] }): boolean {
  return item.mobileChannel && allOnline(item.onlineStages, MOBILE_STAGES);
}

/** All three flags at once, as stored on an edition. */
export function derivedFlags(item: { onlineStages: readonly number[]; visits: number; mobileChannel: boolean }) {
  return { onlineDepth: onlineDepth(item.onlineStages), fullyOnline: isFullyOnline(item), mobile: isMobile(item) };
}
