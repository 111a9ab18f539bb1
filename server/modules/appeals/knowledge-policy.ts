// Who may use the knowledge base (知识库). Every member of staff who takes or handles tickets reads it; the
// hotline curates it (the seats know which answers callers need), with the office and administrators.
import type { Principal } from '../../platform/auth/index.ts';
import { hasAnyRole } from '../../platform/auth/index.ts';

/** Read and search: seats, handling units, the office, leaders, administrators. The base is city-wide. */
export const knowledgeReaders = { roles: ['agent', 'handler', 'office', 'leader', 'admin'], scope: 'all' } as const;
/** Create, edit, retire: the hotline's seats, the office, administrators. */
export const knowledgeEditors = { roles: ['agent', 'office', 'admin'], scope: 'all' } as const;

export const mayReadKnowledge = (p: Principal) => p.kind !== 'applicant' && hasAnyRole(p, knowledgeReaders.roles);
export const mayEditKnowledge = (p: Principal) => p.kind !== 'applicant' && hasAnyRole(p, knowledgeEditors.roles);
