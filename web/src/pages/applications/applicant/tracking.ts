// The tracking page's pure parts: a 补正 list read against the application's materials, and which of
// the actions the applicant sees as buttons. Tested in tracking.test.ts.
import type { AvailableAction, MaterialView } from '../../../api/applications.ts';

/**
 * The 补正 list names material keys and free-text points. Named materials come first (they are to be
 * uploaded again); the application's other uploadable materials may also be replaced; points are text.
 */
export function correctionMaterials(missing: readonly string[], materials: readonly Pick<MaterialView, 'key' | 'name' | 'status'>[]) {
  const byKey = new Map(materials.map((m) => [m.key, m]));
  const byName = new Map(materials.map((m) => [m.name, m]));
  const named: { key: string; name: string }[] = [];
  const points: string[] = [];
  for (const entry of missing) {
    const material = byKey.get(entry) ?? byName.get(entry);
    if (material && !named.some((m) => m.key === material.key)) named.push({ key: material.key, name: material.name });
    else if (!material) points.push(entry);
  }
  const others = materials.filter((m) => m.status !== 'fetched' && !named.some((n) => n.key === m.key)).map((m) => ({ key: m.key, name: m.name }));
  return { named, points, others };
}

/** The applicant's own buttons (补正 is answered in its own panel): withdraw and urge, as the server lists them. */
export const APPLICANT_BUTTONS = ['withdraw', 'urge'] as const;
export function applicantButtons(actions: readonly AvailableAction[]): AvailableAction[] {
  return actions.filter((a) => (APPLICANT_BUTTONS as readonly string[]).includes(a.key));
}
