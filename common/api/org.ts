import { z } from 'zod';

export const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  level: z.string(),
  parentCode: z.string().nullable(),
});

export const departmentSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  shortName: z.string(),
  kind: z.string(),
  regionCode: z.string(),
  parentId: z.string().nullable(),
  version: z.number().int(),
});

export const regionsReply = z.object({ regions: z.array(regionSchema) });
export const departmentsReply = z.object({ departments: z.array(departmentSchema) });
export type Department = z.infer<typeof departmentSchema>;
export type Region = z.infer<typeof regionSchema>;
