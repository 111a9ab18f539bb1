// Enterprise accounts (企业账号关联): which applicant accounts act for which market entity, as its
// legal representative (法定代表人) or its agent (经办人). Staff link and unlink them; the applicant
// sees the entities they represent and each one's own file.
import { z } from 'zod';
import { entitySchema } from './registry.ts';

export const ACCOUNT_ROLES = ['legal_representative', 'agent'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];
export const ACCOUNT_ROLE_LABELS: Record<AccountRole, { zh: string; en: string }> = {
  legal_representative: { zh: '法定代表人', en: 'Legal representative' },
  agent: { zh: '经办人', en: 'Agent' },
};

export const entityAccountSchema = z.object({
  userId: z.string().uuid(),
  /** The account's display name and sign-in name, e.g. 高峰（qiye）. */
  accountName: z.string(),
  role: z.enum(ACCOUNT_ROLES),
  grantedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type EntityAccount = z.infer<typeof entityAccountSchema>;
export const entityAccountsReply = z.object({ accounts: z.array(entityAccountSchema) });

export const linkAccountBody = z.object({
  /** The applicant account's sign-in name. */
  username: z.string().trim().min(1).max(64),
  role: z.enum(ACCOUNT_ROLES),
});

/** An entity the signed-in applicant represents, with their role. */
export const myEntitySchema = z.object({ entity: entitySchema, role: z.enum(ACCOUNT_ROLES), linkedAt: z.string() });
export type MyEntity = z.infer<typeof myEntitySchema>;
export const myEntitiesReply = z.object({ items: z.array(myEntitySchema) });
