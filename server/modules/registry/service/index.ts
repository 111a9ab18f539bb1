// The registry room's services, built together, with its own sections of the enterprise file.
import type { Principal } from '../../../platform/auth/index.ts';
import type { FieldCrypto } from '../../../platform/crypto/index.ts';
import { createSigner } from '../../../platform/crypto/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { SHARE_PURPOSE_LABELS } from '../../../../common/api/registry.ts';
import { createEntityService } from './entities.ts';
import { createLicenceService } from './licences.ts';
import { createProfileService } from './profile.ts';
import { createSharingService } from './sharing.ts';
import { createImportService } from './import.ts';

export interface RegistryDeps {
  crypto: FieldCrypto;
  secretKey: string;
  departmentName: (id: string) => Promise<string | null>;
  visibleDepartments: (principal: Principal) => Promise<'all' | string[]>;
  idNumberIndexOfUser: (userId: string) => Promise<string | null>;
}

export function createRegistryService(database: Database, deps: RegistryDeps) {
  const entities = createEntityService(database);
  const licences = createLicenceService(database, { crypto: deps.crypto, signer: createSigner(deps.secretKey, 'licence'), departmentName: deps.departmentName });
  const sharing = createSharingService(database, { ...deps, licences });
  const profile = createProfileService(entities);

  profile.contribute({
    key: 'licences',
    title: { zh: '电子证照', en: 'Electronic licences' },
    order: 10,
    async load(entity) {
      const { items, total } = await licences.list({ holderUscc: entity.uscc, page: 1, pageSize: 20 });
      return {
        count: total,
        rows: items.map((l) => ({ 证照: l.typeName, 编号: l.number, 发证日期: l.issuedOn, 有效期至: l.validTo, 状态: l.status, 核验码: l.verificationCode })),
      };
    },
  });
  profile.contribute({
    key: 'sharing',
    title: { zh: '数据调用记录', en: 'Who read this file' },
    order: 90,
    async load(entity) {
      const { items, total } = await sharing.forEntity(entity.id, { page: 1, pageSize: 10 });
      return {
        count: total,
        rows: items.map((r) => ({ 时间: r.at, 调用部门: r.consumerDepartmentName, 用途: SHARE_PURPOSE_LABELS[r.purpose].zh, 关联办件: r.caseNumber, 结果: r.allowed ? '允许' : '拒绝' })),
      };
    },
  });

  const imports = createImportService(database);
  return { entities, licences, sharing, profile, imports };
}

export type RegistryService = ReturnType<typeof createRegistryService>;
