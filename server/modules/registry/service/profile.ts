// 一企一档: one file per enterprise. Each module contributes its section through its own service
// (registered at start-up); the registry reads no other module's tables.
import type { z } from 'zod';
import type { profileReply, profileSectionSchema } from '../../../../common/api/registry.ts';
import type { EntityService } from './entities.ts';
import { presentEntity } from './entities.ts';

export type ProfileSection = z.infer<typeof profileSectionSchema>;

/** A module's part of the file: given the entity, its rows (newest first) and a total. */
export interface ProfileContributor {
  key: string;
  title: { zh: string; en: string };
  /** Lower comes first. */
  order: number;
  load(entity: { id: string; uscc: string }): Promise<{ count: number; rows: ProfileSection['rows'] }>;
}

export function createProfileService(entities: EntityService) {
  const contributors: ProfileContributor[] = [];
  return {
    /** Modules call this once at start-up to add their section. */
    contribute(contributor: ProfileContributor) {
      if (contributors.some((c) => c.key === contributor.key)) throw new Error(`profile section ${contributor.key} registered twice`);
      contributors.push(contributor);
      contributors.sort((a, b) => a.order - b.order);
    },

    sectionKeys: () => contributors.map((c) => c.key),

    async load(uscc: string): Promise<z.infer<typeof profileReply>> {
      const entity = await entities.getByUscc(uscc);
      const sections = await Promise.all(
        contributors.map(async (c) => ({ key: c.key, title: c.title, ...(await c.load({ id: entity.id, uscc: entity.uscc })) })),
      );
      return { entity, sections };
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
export { presentEntity };
