// Who opens the hotline's own settings screens, as the server's route policies say (server/modules/appeals/
// routes.ts, knowledge-policy.ts, open311/routes.ts); the interface only hides what would be refused anyway.
import type { Role } from '../../../../../common/api/roles.ts';

/** 接诉即办规则: read by the hotline, the office, leaders and administrators; changed by the office and administrators. */
export const APPEAL_RULES_READERS: readonly Role[] = ['office', 'leader', 'agent', 'admin'];
export const APPEAL_RULES_EDITORS: readonly Role[] = ['office', 'admin'];
/** 派单目录: kept by the hotline's seats, the office and administrators. */
export const DISPATCH_RULE_EDITORS: readonly Role[] = ['agent', 'office', 'admin'];
/** 知识库维护: the seats curate the answers callers need, with the office and administrators. */
export const KNOWLEDGE_EDITORS: readonly Role[] = ['agent', 'office', 'admin'];
/** Open311 接口密钥: administrators only. */
export const OPEN311_KEY_ADMINS: readonly Role[] = ['admin'];
