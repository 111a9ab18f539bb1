// Identifiers: 统一社会信用代码 (GB 32100), 居民身份证号 (GB 11643), GB/T 2260 codes of the demo city, and
// deterministic generators of valid test data. Pure: no I/O, no imports outside common/ids.
export type { Bilingual, IdCheck, IdRejectReason } from './types.ts';
export {
  ORG_CODE_WEIGHTS,
  USCC_AUTHORITIES,
  USCC_CHARSET,
  USCC_WEIGHTS,
  computeOrgCodeCheck,
  computeUsccCheck,
  describeUscc,
  normalizeUscc,
  validateUscc,
} from './uscc.ts';
export type { UsccAuthorityEntry, UsccDescription } from './uscc.ts';
export {
  ID_CARD_CHARSET,
  ID_CARD_WEIGHTS,
  computeIdCardCheck,
  describeIdCard,
  maskIdCard,
  maskPhone,
  maskEmail,
  normalizeIdCard,
  validateIdCard,
} from './idcard.ts';
export type { IdCardDescription, IdCardOptions, Sex } from './idcard.ts';
export {
  DEMO_CITY_CODE,
  HOHHOT_REGIONS,
  HORINGER_NEW_AREA_KEY,
  PROVINCE_CODES,
  findRegion,
  findRegionByKey,
  isKnownRegion,
  isPlausibleDistrictCode,
  isProvinceCode,
} from './regions.ts';
export type { Region, RegionLevel } from './regions.ts';
export { createRng, generateIdCard, generateUscc, randomInt } from './generate.ts';
export type { GenerateIdCardOptions, GenerateUsccOptions, Rng } from './generate.ts';
export { redactPersonalData } from './redact.ts';
