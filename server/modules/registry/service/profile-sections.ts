// The registry's own sections of the enterprise file: its electronic licences, and who read its data.
// Both are shown to staff and to the enterprise's own accounts; rows link to what that reader may open.
import type { LICENCE_STATUSES} from '../../../../common/api/registry.ts';
import { SHARE_PURPOSE_LABELS, SHARE_REFUSAL_REASON_LABELS, type ProfileColumn } from '../../../../common/api/registry.ts';
import type { LicenceService } from './licences.ts';
import type { ProfileContributor } from './profile.ts';
import type { SharingService } from './sharing.ts';

const LICENCE_STATUS_LABELS: Record<(typeof LICENCE_STATUSES)[number], NonNullable<ProfileColumn['statusLabels']>[string]> = {
  valid: { zh: '有效', en: 'Valid', tone: 'success' },
  expired: { zh: '已过期', en: 'Expired', tone: 'warning' },
  revoked: { zh: '已吊销', en: 'Revoked', tone: 'error' },
};

export function licencesSection(licences: LicenceService): ProfileContributor {
  return {
    key: 'licences',
    title: { zh: '电子证照', en: 'Electronic licences' },
    order: 10,
    audiences: ['staff', 'holder'],
    columns: [
      { key: 'type', label: { zh: '证照', en: 'Licence' }, type: 'text' },
      { key: 'number', label: { zh: '编号', en: 'Number' }, type: 'text' },
      { key: 'issuedOn', label: { zh: '发证日期', en: 'Issued on' }, type: 'date' },
      { key: 'validTo', label: { zh: '有效期至', en: 'Valid to' }, type: 'date', emptyLabel: { zh: '长期', en: 'No expiry' } },
      { key: 'status', label: { zh: '状态', en: 'Status' }, type: 'status', statusLabels: LICENCE_STATUS_LABELS },
      { key: 'code', label: { zh: '核验码', en: 'Verification code' }, type: 'text' },
    ],
    async load(entity, { audience }) {
      const { items, total } = await licences.list({ holderUscc: entity.uscc, page: 1, pageSize: 20 });
      return {
        count: total,
        rows: items.map((l) => ({
          cells: { type: l.typeName, number: l.number, issuedOn: l.issuedOn, validTo: l.validTo, status: l.status, code: l.verificationCode },
          // Staff open the licence; the holder opens its public verification page (what anyone scanning it sees).
          link: audience === 'staff' ? `/registry/licences/${l.id}` : `/verify/${l.verificationCode}`,
        })),
      };
    },
  };
}

export function sharingSection(sharing: SharingService): ProfileContributor {
  return {
    key: 'sharing',
    title: { zh: '数据调用记录', en: 'Who read this file' },
    order: 90,
    audiences: ['staff', 'holder'],
    columns: [
      { key: 'at', label: { zh: '时间', en: 'When' }, type: 'datetime' },
      { key: 'department', label: { zh: '调用部门', en: 'Department' }, type: 'text' },
      { key: 'resource', label: { zh: '调取内容', en: 'Data read' }, type: 'text' },
      { key: 'purpose', label: { zh: '用途', en: 'Purpose' }, type: 'status', statusLabels: SHARE_PURPOSE_LABELS },
      { key: 'caseNumber', label: { zh: '关联办件', en: 'Case' }, type: 'text' },
      {
        key: 'result',
        label: { zh: '结果', en: 'Result' },
        type: 'status',
        statusLabels: { allowed: { zh: '允许', en: 'Allowed', tone: 'success' }, refused: { zh: '拒绝', en: 'Refused', tone: 'error' } },
      },
      { key: 'reason', label: { zh: '拒绝原因', en: 'Why refused' }, type: 'status', statusLabels: SHARE_REFUSAL_REASON_LABELS },
    ],
    async load(entity, { audience }) {
      const { items, total } = await sharing.forEntity(entity.id, { page: 1, pageSize: 10 });
      return {
        count: total,
        rows: items.map((r) => ({
          cells: { at: r.at, department: r.consumerDepartmentName, resource: r.resourceName, purpose: r.purpose, caseNumber: r.caseNumber, result: r.allowed ? 'allowed' : 'refused', reason: r.reason },
          link: audience === 'staff' ? `/registry/sharing?uscc=${entity.uscc}` : '/me/data-access',
        })),
      };
    },
  };
}
