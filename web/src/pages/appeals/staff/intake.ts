// The seat console's form → the request that files the ticket (受理), and the category tree. Pure: what
// the server would refuse for a missing or malformed field is caught here first, with the field named.
import type { Kind, Urgency } from '../../../../../common/appeals/vocabulary.ts';
import { validateUscc } from '../../../../../common/ids/index.ts';
import type { Category, CreateTicketBody } from '../../../api/appeals.ts';
import type { SeatChannel } from './labels.ts';

export interface IntakeValues {
  requesterPhone?: string;
  requesterName?: string;
  requesterEmail?: string;
  channel: SeatChannel;
  kind?: Kind;
  urgency?: Urgency;
  /** A leaf of the two-level tree (or a top category without leaves). */
  categoryCode?: string;
  areaCode?: string;
  address?: string;
  title?: string;
  content?: string;
  enterpriseUscc?: string;
  accusedDepartmentId?: string | null;
  confidential?: boolean;
}

export type IntakeProblem = 'phoneInvalid' | 'kindRequired' | 'categoryRequired' | 'areaRequired' | 'titleRequired' | 'contentRequired' | 'usccRequired' | 'usccInvalid' | 'accusedRequired' | 'noDirectAnswer';
export type IntakeResult = { body: CreateTicketBody } | { problem: IntakeProblem; field: keyof IntakeValues | null };

const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const trimmed = (value: string | undefined | null) => {
  const v = value?.trim();
  return v ? v : undefined;
};

/** A phone as typed (spaces and the odd full stop removed), or undefined when there is none. */
export function normalisePhone(value: string | undefined | null): string | undefined {
  const v = value?.replace(/[\s.]/g, '');
  return v ? v : undefined;
}
export const isPhone = (value: string | undefined) => value !== undefined && PHONE.test(value);

/**
 * The create body from the form: trimmed texts, the chosen category, the enterprise's USCC only on the
 * enterprise line and the body reported only on the dishonesty line; `directAnswer` closes the ticket on the call.
 * A kind or urgency the seat left alone is the category's suggestion (categoryDefaults), urgency else 一般.
 */
export function ticketBodyOf(values: IntakeValues, directAnswer?: { answer: string; knowledgeId?: string }, suggested: { kind?: Kind; urgency?: Urgency } = {}): IntakeResult {
  const phone = normalisePhone(values.requesterPhone);
  if (phone !== undefined && !isPhone(phone)) return { problem: 'phoneInvalid', field: 'requesterPhone' };
  const kind = values.kind ?? suggested.kind;
  if (!kind) return { problem: 'kindRequired', field: 'kind' };
  const categoryCode = values.categoryCode;
  if (!categoryCode) return { problem: 'categoryRequired', field: 'categoryCode' };
  if (!values.areaCode || !/^\d{6}$/.test(values.areaCode)) return { problem: 'areaRequired', field: 'areaCode' };
  const title = trimmed(values.title);
  if (!title) return { problem: 'titleRequired', field: 'title' };
  const content = trimmed(values.content);
  if (!content) return { problem: 'contentRequired', field: 'content' };
  let enterpriseUscc: string | undefined;
  if (values.channel === 'enterprise') {
    enterpriseUscc = trimmed(values.enterpriseUscc)?.toUpperCase();
    if (!enterpriseUscc) return { problem: 'usccRequired', field: 'enterpriseUscc' };
    if (!validateUscc(enterpriseUscc).ok) return { problem: 'usccInvalid', field: 'enterpriseUscc' };
  }
  const accusedDepartmentId = values.channel === 'dishonesty' ? (values.accusedDepartmentId ?? undefined) : undefined;
  if (values.channel === 'dishonesty' && !accusedDepartmentId) return { problem: 'accusedRequired', field: 'accusedDepartmentId' };
  if (directAnswer && values.channel === 'dishonesty') return { problem: 'noDirectAnswer', field: null };
  const answer = trimmed(directAnswer?.answer);
  return {
    body: {
      channel: values.channel,
      kind,
      urgency: values.urgency ?? suggested.urgency ?? 'normal',
      categoryCode,
      areaCode: values.areaCode,
      title,
      content,
      requesterName: trimmed(values.requesterName),
      requesterPhone: phone,
      requesterEmail: trimmed(values.requesterEmail),
      enterpriseUscc,
      accusedDepartmentId,
      address: trimmed(values.address),
      confidential: values.confidential ?? false,
      ...(directAnswer && answer ? { directAnswer: { answer, ...(directAnswer.knowledgeId ? { knowledgeId: directAnswer.knowledgeId } : {}) } } : {}),
    },
  };
}

export interface CategoryNode {
  value: string;
  title: string;
  /** Name, English name, keywords and code, for the tree's search. */
  search: string;
  selectable?: boolean;
  children?: CategoryNode[];
}

/**
 * Active categories as a two-level tree in the catalogue's order. Filing picks a leaf (a top category without
 * leaves is a leaf itself); a filter may pick a top category too (it covers its leaves).
 */
export function categoryTree(categories: readonly Category[], options: { english?: boolean; parentsSelectable?: boolean } = {}): CategoryNode[] {
  const active = categories.filter((c) => c.active);
  const node = (c: Category): CategoryNode => ({ value: c.code, title: options.english ? c.nameEn : c.name, search: `${c.name} ${c.nameEn} ${c.keywords} ${c.code}`.toLowerCase() });
  return active
    .filter((c) => c.parentCode === null)
    .map((parent) => {
      const leaves = active.filter((c) => c.parentCode === parent.code).map(node);
      return leaves.length ? { ...node(parent), selectable: options.parentsSelectable ?? false, children: leaves } : node(parent);
    });
}

/** What choosing a category suggests: its usual kind, and 水电气热 urgency for a utility. */
export function categoryDefaults(categories: readonly Category[], code: string | undefined): { kind?: Kind; urgency?: Urgency } {
  const hit = code ? categories.find((c) => c.code === code) : undefined;
  if (!hit) return {};
  return { kind: hit.defaultKind, ...(hit.utility ? { urgency: 'utility' as const } : {}) };
}
