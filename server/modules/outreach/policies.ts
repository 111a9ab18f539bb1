// Who may call the outreach routes, and what they share.
import { z } from 'zod';

export const tags = ['outreach 企业服务'];
export const PREFIX = '/api/v1/outreach';
/** The office and admins write. */
export const writers = { roles: ['admin', 'office'], scope: 'all' } as const;
/** The office, leaders and admins read everything of the room. */
export const readers = { roles: ['admin', 'office', 'leader'], scope: 'all' } as const;
const UNIT_STAFF = ['clerk', 'approver', 'agent', 'handler', 'inspector'] as const;
/** Readers, and a unit's staff within their data scope (the service filters). */
export const staff = { roles: [...readers.roles, ...UNIT_STAFF], scope: 'subtree' } as const;
/** Who answers a problem: the unit it was routed to (in scope), or the office itself. */
export const answerers = { roles: [...writers.roles, ...UNIT_STAFF], scope: 'subtree' } as const;
export const idParams = z.object({ id: z.string().uuid('编号格式不对 / not a valid id') });
