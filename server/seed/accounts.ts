// Demo accounts (DEMO=1): one per role in a sensible department, plus an enterprise and a citizen
// applicant, all with the password Demo@2026. Without DEMO only the first administrator exists.
import { createRng, generateIdCard } from '../../common/ids/index.ts';
import type { Role } from '../../common/api/roles.ts';
import type { Actor } from '../platform/audit/index.ts';
import type { Services } from '../services.ts';

export const DEMO_PASSWORD = 'Demo@2026';

interface DemoAccount {
  username: string;
  name: string;
  role: Role;
  /** Department code from server/seed/departments.ts; null for applicants. */
  department: string | null;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', name: '系统管理员', role: 'admin', department: 'HHHT-ZWFW' },
  { username: 'office', name: '刘晓燕', role: 'office', department: 'HHHT-YSB' },
  { username: 'clerk', name: '王丽', role: 'clerk', department: 'HHHT-ZWFW' },
  { username: 'approver', name: '赵强', role: 'approver', department: 'HHHT-SCJG' },
  { username: 'agent', name: '陈静', role: 'agent', department: 'HHHT-12345' },
  { username: 'handler', name: '杨帆', role: 'handler', department: 'HHHT-ZJ' },
  { username: 'inspector', name: '孙志刚', role: 'inspector', department: 'HHHT-SCJG' },
  { username: 'leader', name: '周建国', role: 'leader', department: 'HHHT' },
  { username: 'qiye', name: '高峰（青城乳业有限公司）', role: 'applicant', department: null },
  { username: 'shimin', name: '李娜', role: 'applicant', department: null },
];

export async function ensureDemoAccounts(services: Services, actor: Actor, seed: number, log: (line: string) => void): Promise<number> {
  const rng = createRng(seed);
  const departments = await services.org.departments.listDepartments();
  const idByCode = new Map(departments.map((d) => [d.code, d.id]));
  let added = 0;
  for (const [i, account] of DEMO_ACCOUNTS.entries()) {
    const idNumber = generateIdCard(rng, { regionCode: '150102' });
    const phone = `1380471${String(1000 + i).padStart(4, '0')}`;
    if (await services.org.users.findByUsername(account.username)) continue;
    const departmentId = account.department ? (idByCode.get(account.department) ?? null) : null;
    if (account.department && !departmentId) throw new Error(`demo department ${account.department} is missing`);
    await services.org.users.create(
      actor,
      {
        username: account.username,
        name: account.name,
        kind: account.role === 'applicant' ? 'applicant' : 'staff',
        phone,
        idNumber,
        departmentId,
        roles: [{ role: account.role, departmentId }],
      },
      { password: DEMO_PASSWORD, mustChangePassword: false },
    );
    added++;
  }
  log(`demo accounts added: ${added} (password ${DEMO_PASSWORD})`);
  return added;
}

/** The first start without DEMO: one administrator with a random password, printed once. */
export async function ensureFirstAdmin(services: Services, actor: Actor, log: (line: string) => void): Promise<boolean> {
  if ((await services.org.users.countUsers()) > 0) return false;
  const { initialPassword } = await services.org.users.create(actor, {
    username: 'admin',
    name: '系统管理员',
    kind: 'staff',
    departmentId: null,
    roles: [{ role: 'admin', departmentId: null }],
  });
  log(`first start: created user "admin" with the one-time password ${initialPassword} — sign in and change it now; it is not shown again`);
  return true;
}
