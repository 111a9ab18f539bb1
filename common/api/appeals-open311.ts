// 接诉即办's Open311 API keys, as the administrator manages them: issued with a name (the secret shown once),
// listed by their first characters, revoked. The Open311 API itself speaks the GeoReport v2 formats, not these.
import { z } from 'zod';

export const open311KeySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The secret's first characters, to tell keys apart. */
  prefix: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type Open311Key = z.infer<typeof open311KeySchema>;

export const open311KeysReply = z.object({ keys: z.array(open311KeySchema) });

export const createOpen311KeyBody = z.object({
  name: z.string().trim().min(1, '请填写名称 / give the key a name').max(60, '最多 60 字 / at most 60 characters'),
});

/** The secret is in this reply only: it is stored as a hash. */
export const createOpen311KeyReply = z.object({ key: open311KeySchema, secret: z.string() });

export const open311KeyParams = z.object({ id: z.string().uuid('编号格式不对 / not a valid id') });
