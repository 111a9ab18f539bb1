// 一企一档: one file per enterprise. Each module contributes its section through its own service
// (registered at start-up); the registry reads no other module's tables. The contract is in
// docs/ARCHITECTURE.md ("The enterprise file").
import type { z } from 'zod';
import type { ProfileColumn, ProfileRow, profileReply, profileSectionSchema } from '../../../../common/api/registry.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { EntityService } from './entities.ts';
import { presentEntity } from './entities.ts';

export type ProfileSection = z.infer<typeof profileSectionSchema>;

/**
 * Who is reading the file: `staff` (the registry's readers, GET /registry/entities/:uscc/profile) or
 * `holder` (an applicant account linked to the entity, GET /me/entities/:uscc/profile). Links must
 * open pages that reader may see.
 */
export type ProfileAudience = 'staff' | 'holder';

/** A module's part of the file: fixed columns, and given the entity, its newest rows and a total. */
export interface ProfileContributor {
  key: string;
  title: { zh: string; en: string };
  /** Lower comes first. */
  order: number;
  /** Who sees this section; staff only unless the holder is named. */
  audiences?: readonly ProfileAudience[];
  /** Of the staff, who may read it (every staff reader when absent): a room's own data scope, e.g. the office's. */
  readable?: (reader: Principal) => boolean;
  /** The columns every row's cells are keyed by, with their labels in both languages and their type. */
  columns: readonly ProfileColumn[];
  load(entity: { id: string; uscc: string }, context: { audience: ProfileAudience }): Promise<{ count: number; rows: ProfileRow[] }>;
}

const shows = (c: ProfileContributor, audience: ProfileAudience, reader: Principal | undefined) =>
  (c.audiences ?? ['staff']).includes(audience) && (!reader || !c.readable || c.readable(reader));

export function createProfileService(entities: EntityService) {
  const contributors: ProfileContributor[] = [];
  return {
    /** Modules call this once at start-up to add their section. */
    contribute(contributor: ProfileContributor) {
      if (contributors.some((c) => c.key === contributor.key)) throw new Error(`profile section ${contributor.key} registered twice`);
      const keys = contributor.columns.map((c) => c.key);
      if (new Set(keys).size !== keys.length) throw new Error(`profile section ${contributor.key} has two columns with one key`);
      contributors.push(contributor);
      contributors.sort((a, b) => a.order - b.order);
    },

    sectionKeys: (audience: ProfileAudience = 'staff', reader?: Principal) => contributors.filter((c) => shows(c, audience, reader)).map((c) => c.key),

    /** The file as `reader` may see it (no reader: every section of the audience, for the platform's own use). */
    async load(uscc: string, audience: ProfileAudience = 'staff', reader?: Principal): Promise<z.infer<typeof profileReply>> {
      const entity = await entities.getByUscc(uscc);
      const shown = contributors.filter((c) => shows(c, audience, reader));
      const sections = await Promise.all(
        shown.map(async (c) => ({ key: c.key, title: c.title, columns: [...c.columns], ...(await c.load({ id: entity.id, uscc: entity.uscc }, { audience })) })),
      );
      return { entity, sections };
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
export { presentEntity };
