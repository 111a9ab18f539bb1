// Every demo item, in the order they are seeded, and lookup by name (bundles name their members).
import type { SeedItem } from './build.ts';
import { CIVIL_ITEMS } from './items-civil.ts';
import { CONSTRUCTION_ITEMS } from './items-construction.ts';
import { CULTURE_ITEMS } from './items-culture.ts';
import { DRAFT_ITEMS } from './items-drafts.ts';
import { FUND_ITEMS } from './items-fund.ts';
import { HEALTH_ITEMS } from './items-health.ts';
import { LAND_ITEMS } from './items-land.ts';
import { MARKET_ITEMS } from './items-market.ts';
import { POLICE_ITEMS } from './items-police.ts';
import { SOCIAL_ITEMS } from './items-social.ts';
import { TAX_ITEMS } from './items-tax.ts';
import { TRANSPORT_ITEMS } from './items-transport.ts';

export const CATALOG_ITEMS: SeedItem[] = [
  ...MARKET_ITEMS,
  ...CONSTRUCTION_ITEMS,
  ...LAND_ITEMS,
  ...TAX_ITEMS,
  ...SOCIAL_ITEMS,
  ...HEALTH_ITEMS,
  ...POLICE_ITEMS,
  ...CIVIL_ITEMS,
  ...TRANSPORT_ITEMS,
  ...CULTURE_ITEMS,
  ...FUND_ITEMS,
  ...DRAFT_ITEMS,
];

const byName = new Map(CATALOG_ITEMS.map((i) => [i.name, i]));
if (byName.size !== CATALOG_ITEMS.length) throw new Error('two demo items share a name');

/** The demo item with this name (bundles refer to their members by name, resolved to codes). */
export function itemNamed(name: string): SeedItem {
  const found = byName.get(name);
  if (!found) throw new Error(`no demo item named ${name}`);
  return found;
}
