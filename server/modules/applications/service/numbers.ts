// 实施编码 and 办件编号 (DOMAIN.md "Numbers the domain reads", marked ⚠ there):
//   实施编码 = the implementing body's USCC (18) + its level (1) + the item's basic code;
//   办件编号 = 实施编码 + yyyyMMdd (Shanghai date) + a daily sequence of 4 digits (more once a day passes 9 999).
// A department whose own USCC is not recorded yet gets a stand-in: a well-formed code for a government
// body (authority 1, kind 1) in its district, its organisation code derived from the department's code.
import { computeOrgCodeCheck, computeUsccCheck } from '../../../../common/ids/index.ts';

const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function standInUscc(departmentCode: string, regionCode: string): string {
  let h = 0x811c9dc5;
  for (const ch of departmentCode) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  let body = '';
  for (let i = 0; i < 8; i++) {
    body += ORG_CHARS[h % 10]!; // digits only: the GB 11714 body of a government body is numeric in practice
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  const first17 = `11${regionCode.padEnd(6, '0').slice(0, 6)}${body}${computeOrgCodeCheck(body)}`;
  return first17 + computeUsccCheck(first17);
}

/** 层级: 1 province, 2 prefecture (city), 3 county-level (district, county, banner, development zone) ⚠. */
export function levelDigit(regionLevel: string | null): string {
  if (regionLevel === 'province') return '1';
  if (regionLevel === 'prefecture') return '2';
  return '3';
}

export function implementingCode(department: { uscc: string | null; code: string; regionCode: string; regionLevel: string | null }, baseCode: string): string {
  return `${department.uscc ?? standInUscc(department.code, department.regionCode)}${levelDigit(department.regionLevel)}${baseCode}`;
}

export function applicationNumber(prefix: string, shanghaiDate: string, sequence: number): string {
  return `${prefix}${shanghaiDate.replaceAll('-', '')}${String(sequence).padStart(4, '0')}`;
}
