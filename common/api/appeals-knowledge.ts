// 知识库 (the hotline's knowledge base): answers the seat reads out on the call, valid between two dates and
// found with the catalogue's Chinese search. Contracts shared by the server and the web.
import { z } from 'zod';
import { isoDate } from './dates.ts';

export const KNOWLEDGE_TITLE_MAX = 100;
export const KNOWLEDGE_ANSWER_MAX = 4000;
export const KNOWLEDGE_KEYWORDS_MAX = 20;

const uuid = z.string().uuid('编号格式不对 / not a valid id');
/** PostgreSQL text holds no NUL character: refused as bad input, never a 5xx. */
const noNul = (v: string) => !v.includes('\u0000');
const NUL_MESSAGE = '不能包含控制字符 NUL / must not contain the NUL character';
const title = z
  .string()
  .refine(noNul, NUL_MESSAGE)
  .trim()
  .min(2, '标题至少 2 个字 / the title needs at least 2 characters')
  .max(KNOWLEDGE_TITLE_MAX, `标题最多 ${KNOWLEDGE_TITLE_MAX} 字 / the title has at most ${KNOWLEDGE_TITLE_MAX} characters`);
const answer = z
  .string()
  .refine(noNul, NUL_MESSAGE)
  .trim()
  .min(10, '答复口径至少 10 个字 / the answer needs at least 10 characters')
  .max(KNOWLEDGE_ANSWER_MAX, `答复口径最多 ${KNOWLEDGE_ANSWER_MAX} 字 / the answer has at most ${KNOWLEDGE_ANSWER_MAX} characters`);
const categoryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9-]{1,40}$/, '分类代码为 1–40 位字母、数字或连字符 / a category code has 1–40 letters, digits or hyphens');
/** Words the seat types for it (社保, 缴费基数); a keyword with spaces or commas is split into several. */
const keywords = z
  .array(z.string().refine(noNul, NUL_MESSAGE).trim().max(20, '关键词每个最多 20 字 / a keyword has at most 20 characters'))
  .max(KNOWLEDGE_KEYWORDS_MAX, `关键词最多 ${KNOWLEDGE_KEYWORDS_MAX} 个 / at most ${KNOWLEDGE_KEYWORDS_MAX} keywords`);

/** One entry as every reader sees it. */
export const knowledgeEntry = z.object({
  id: z.string().uuid(),
  title: z.string(),
  /** 答复口径: what the seat reads out. */
  answer: z.string(),
  categoryCode: z.string().nullable(),
  keywords: z.array(z.string()),
  /** The department that vouches for the answer (口径提供单位). */
  departmentId: z.string().uuid().nullable(),
  departmentName: z.string().nullable(),
  validFrom: z.string(),
  /** null: no end date (valid until retired). */
  validTo: z.string().nullable(),
  /** 停用: when an editor took it out of use, its dates left as they were (null: in use). */
  retiredAt: z.string().nullable(),
  /** Valid today (Asia/Shanghai): not retired, and validFrom ≤ today ≤ validTo (or no validTo). */
  valid: z.boolean(),
  /** Times a seat answered a call with it. */
  usedCount: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type KnowledgeEntry = z.infer<typeof knowledgeEntry>;

export const createKnowledgeBody = z.object({
  title,
  answer,
  categoryCode: categoryCode.nullable().optional(),
  keywords: keywords.default([]),
  departmentId: uuid.nullable().optional(),
  /** Default: today. */
  validFrom: isoDate.optional(),
  validTo: isoDate.nullable().optional(),
});
export type CreateKnowledgeBody = z.input<typeof createKnowledgeBody>;

/** Only the fields given change; null clears the category, the department or the end date. */
export const updateKnowledgeBody = z.object({
  version: z.number().int().min(1),
  title: title.optional(),
  answer: answer.optional(),
  categoryCode: categoryCode.nullable().optional(),
  keywords: keywords.optional(),
  departmentId: uuid.nullable().optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.nullable().optional(),
});
export type UpdateKnowledgeBody = z.input<typeof updateKnowledgeBody>;

/** 停用: out of use from now on (hidden from the seats' search), its dates kept; 恢复启用 (restore) undoes it. */
export const retireKnowledgeBody = z.object({ version: z.number().int().min(1) });
export const restoreKnowledgeBody = retireKnowledgeBody;

export const knowledgeSearchQuery = z.object({
  /** What the seat types; empty lists the newest entries. */
  q: z.string().trim().max(100, '搜索内容最多 100 字 / at most 100 characters').optional(),
  /** A category, or a parent category with its leaves. */
  categoryCode: categoryCode.optional(),
  /** Entries not valid today (expired or not yet in force) too. */
  includeExpired: z.enum(['true', 'false']).default('false'),
  /**
   * Entries by their standing today: 有效 (in force), 未生效 (starts later), 已过期 (ended), 已停用 (retired, whatever
   * its dates), or all of them. When given, it decides alone (includeExpired is the older form of `valid` / `all`).
   */
  validity: z.enum(['valid', 'pending', 'expired', 'retired', 'all']).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});
export type KnowledgeSearchQuery = z.input<typeof knowledgeSearchQuery>;

/** Text split into plain and matched pieces, so the page can mark the matches without HTML (as the catalogue's search). */
export const highlightedText = z.array(z.object({ text: z.string(), match: z.boolean() }));

export const knowledgeHit = knowledgeEntry.extend({
  titleHighlighted: highlightedText,
  answerHighlighted: highlightedText,
  /** A short part of the answer around its first match (the whole answer's start when none), for lists. */
  excerptHighlighted: highlightedText,
  /** Relevance (0 when listing without a query). */
  score: z.number(),
});
export type KnowledgeHit = z.infer<typeof knowledgeHit>;

export const knowledgeSearchReply = z.object({
  /** The words the query was split into, and what synonyms added. */
  terms: z.array(z.string()),
  expanded: z.array(z.string()),
  items: z.array(knowledgeHit),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type KnowledgeSearchReply = z.infer<typeof knowledgeSearchReply>;
