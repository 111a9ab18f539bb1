// PATCH bodies for zod object schemas.
import { z } from 'zod';

/**
 * A PATCH body: every field optional and without its default. (zod 4's `.partial()` still fills a
 * field's default into an absent key, so a PATCH of one field would reset the others.)
 */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([k, s]) => [k, (s instanceof z.ZodDefault ? (s.unwrap() as z.ZodType) : (s as z.ZodType)).optional()]),
  );
  return z.object(shape) as unknown as z.ZodObject<{ [K in keyof T]: z.ZodOptional<T[K]> }>;
}
