// The catalogue's fixed vocabularies (事项类型, 网办深度, 通办范围, 证照分离 modes, life and business
// events, themes), with Chinese and English labels. Codes follow DOMAIN.md; the numeric item-type
// codes are those of the national catalogue's 权力类型 table as we read it (marked ⚠ in docs/DOMAIN.md).

type Labels<K extends string> = Record<K, { zh: string; en: string }>;

/** 事项类型 with their numeric codes. */
export const ITEM_TYPES = ['licensing', 'confirmation', 'adjudication', 'benefit', 'reward', 'filing', 'other_power', 'public_service'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];
export const ITEM_TYPE_LABELS: Labels<ItemType> = {
  licensing: { zh: '行政许可', en: 'Administrative licensing' },
  confirmation: { zh: '行政确认', en: 'Administrative confirmation' },
  adjudication: { zh: '行政裁决', en: 'Administrative adjudication' },
  benefit: { zh: '行政给付', en: 'Administrative benefit' },
  reward: { zh: '行政奖励', en: 'Administrative reward' },
  filing: { zh: '行政备案', en: 'Administrative filing' },
  other_power: { zh: '其他行政权力', en: 'Other administrative power' },
  public_service: { zh: '公共服务', en: 'Public service' },
};
export const ITEM_TYPE_CODES: Record<ItemType, string> = {
  licensing: '01',
  benefit: '05',
  confirmation: '07',
  reward: '08',
  adjudication: '09',
  other_power: '10',
  filing: '11',
  public_service: '20',
};

/** 网上办理深度: the stages of an item that can be done online. 1 咨询 … 7 电子证照. */
export const ONLINE_STAGES = [1, 2, 3, 4, 5, 6, 7] as const;
export const ONLINE_STAGE_LABELS: Record<number, { zh: string; en: string }> = {
  1: { zh: '在线咨询', en: 'Consultation' },
  2: { zh: '网上收件', en: 'Online submission' },
  3: { zh: '网上预审', en: 'Pre-review' },
  4: { zh: '网上受理', en: 'Acceptance' },
  5: { zh: '网上办理', en: 'Processing' },
  6: { zh: '网上反馈结果', en: 'Result notice' },
  7: { zh: '电子证照', en: 'Electronic licence' },
};
/** Stages that must all be online, with no visit, for 全程网办. */
export const FULLY_ONLINE_STAGES = [2, 3, 4, 5, 6] as const;
/** Stages that must be online for an item offered on the phone (掌上办): submit, pre-review, accept. */
export const MOBILE_STAGES = [2, 3, 4] as const;

/** 通办范围: where else an application may be accepted. */
export const CROSS_REGION_SCOPES = ['none', 'city', 'region', 'national'] as const;
export type CrossRegionScope = (typeof CROSS_REGION_SCOPES)[number];
export const CROSS_REGION_LABELS: Labels<CrossRegionScope> = {
  none: { zh: '属地办理', en: 'Local only' },
  city: { zh: '全市通办', en: 'Anywhere in the city' },
  region: { zh: '区域通办', en: 'Regional (neighbouring cities)' },
  national: { zh: '跨省通办', en: 'Across provinces' },
};

/** 证照分离 reform modes (DESIGN.md glossary). */
export const REFORM_MODES = ['abolished', 'filing', 'commitment', 'optimized'] as const;
export type ReformMode = (typeof REFORM_MODES)[number];
export const REFORM_MODE_LABELS: Labels<ReformMode> = {
  abolished: { zh: '直接取消审批', en: 'Approval abolished' },
  filing: { zh: '审批改为备案', en: 'Approval replaced by filing' },
  commitment: { zh: '实行告知承诺', en: 'Commitment-based approval' },
  optimized: { zh: '优化审批服务', en: 'Approval streamlined' },
};

export const SERVICE_TARGETS = ['person', 'entity', 'both'] as const;
export const SERVICE_TARGET_LABELS: Labels<(typeof SERVICE_TARGETS)[number]> = {
  person: { zh: '自然人', en: 'Citizens' },
  entity: { zh: '法人', en: 'Organisations' },
  both: { zh: '自然人、法人', en: 'Citizens and organisations' },
};

/** 人生事件 and 企业事件 used to browse the catalogue and to group bundles. */
export const LIFE_EVENTS = ['birth', 'schooling', 'employment', 'marriage', 'housing', 'medical', 'retirement', 'after_death', 'travel', 'veterans'] as const;
export const BUSINESS_EVENTS = ['startup', 'operation', 'construction', 'property', 'tax', 'hiring', 'change', 'deregistration', 'foreign_trade'] as const;
export const EVENTS = [...LIFE_EVENTS, ...BUSINESS_EVENTS] as const;
export type EventKey = (typeof EVENTS)[number];
export const EVENT_LABELS: Labels<EventKey> = {
  birth: { zh: '出生', en: 'Birth' },
  schooling: { zh: '入学', en: 'Schooling' },
  employment: { zh: '就业', en: 'Employment' },
  marriage: { zh: '婚育', en: 'Marriage and family' },
  housing: { zh: '住房', en: 'Housing' },
  medical: { zh: '就医', en: 'Medical care' },
  retirement: { zh: '退休', en: 'Retirement' },
  after_death: { zh: '身后', en: 'After a death' },
  travel: { zh: '出行', en: 'Travel' },
  veterans: { zh: '退役', en: 'Veterans' },
  startup: { zh: '企业开办', en: 'Starting a business' },
  operation: { zh: '经营许可', en: 'Operating permits' },
  construction: { zh: '工程建设', en: 'Construction projects' },
  property: { zh: '不动产', en: 'Real estate' },
  tax: { zh: '纳税', en: 'Taxes' },
  hiring: { zh: '用工', en: 'Hiring' },
  change: { zh: '变更', en: 'Changes' },
  deregistration: { zh: '企业注销', en: 'Closing a business' },
  foreign_trade: { zh: '跨境贸易', en: 'Cross-border trade' },
};
export const isLifeEvent = (e: EventKey) => (LIFE_EVENTS as readonly string[]).includes(e);

/** 主题: the catalogue's subject areas. */
export const THEMES = [
  'market_access',
  'construction',
  'real_estate',
  'social_security',
  'employment',
  'education',
  'health',
  'civil_affairs',
  'public_security',
  'transport',
  'tax',
  'culture_tourism',
  'agriculture',
  'environment',
  'housing_fund',
  'other',
] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_LABELS: Labels<Theme> = {
  market_access: { zh: '市场准入', en: 'Market access' },
  construction: { zh: '工程建设', en: 'Construction' },
  real_estate: { zh: '不动产', en: 'Real estate' },
  social_security: { zh: '社会保障', en: 'Social security' },
  employment: { zh: '就业创业', en: 'Jobs and start-ups' },
  education: { zh: '教育', en: 'Education' },
  health: { zh: '医疗卫生', en: 'Health' },
  civil_affairs: { zh: '民政婚育', en: 'Civil affairs' },
  public_security: { zh: '户籍治安', en: 'Residence and security' },
  transport: { zh: '交通出行', en: 'Transport' },
  tax: { zh: '税务', en: 'Tax' },
  culture_tourism: { zh: '文化旅游', en: 'Culture and tourism' },
  agriculture: { zh: '农林牧业', en: 'Agriculture' },
  environment: { zh: '生态环境', en: 'Environment' },
  housing_fund: { zh: '公积金', en: 'Housing fund' },
  other: { zh: '其他', en: 'Other' },
};

export const CATALOG_STATUSES = ['draft', 'published', 'retired'] as const;
export type CatalogStatus = (typeof CATALOG_STATUSES)[number];
export const CATALOG_STATUS_LABELS: Labels<CatalogStatus> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
  retired: { zh: '已停用', en: 'Retired' },
};

/** Where a material comes from: the applicant, another department's document (fetched), or a registry licence (fetched). */
export const MATERIAL_SOURCES = ['applicant', 'department', 'licence'] as const;
export const MATERIAL_SOURCE_LABELS: Labels<(typeof MATERIAL_SOURCES)[number]> = {
  applicant: { zh: '申请人自备', en: 'Provided by the applicant' },
  department: { zh: '部门核发（共享获取）', en: 'Issued by a department (fetched)' },
  licence: { zh: '电子证照（免提交）', en: 'Registry licence (not asked for)' },
};
export const MATERIAL_FORMS = ['paper', 'electronic', 'either'] as const;
export const MATERIAL_FORM_LABELS: Labels<(typeof MATERIAL_FORMS)[number]> = {
  paper: { zh: '纸质', en: 'Paper' },
  electronic: { zh: '电子', en: 'Electronic' },
  either: { zh: '纸质或电子', en: 'Paper or electronic' },
};

/** Registry values an item's form field may be pre-filled from (the enterprise by its USCC, or the signed-in applicant). */
export const PREFILL_SOURCES = [
  'entity.name',
  'entity.uscc',
  'entity.legalRepresentative',
  'entity.address',
  'entity.districtCode',
  'entity.registeredCapitalYuan',
  'entity.establishedOn',
  'entity.industryName',
  'applicant.name',
  'applicant.phone',
] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];
export const PREFILL_SOURCE_LABELS: Labels<PrefillSource> = {
  'entity.name': { zh: '企业名称', en: 'Entity name' },
  'entity.uscc': { zh: '统一社会信用代码', en: 'USCC' },
  'entity.legalRepresentative': { zh: '法定代表人', en: 'Legal representative' },
  'entity.address': { zh: '住所', en: 'Address' },
  'entity.districtCode': { zh: '所属区划', en: 'District' },
  'entity.registeredCapitalYuan': { zh: '注册资本（元）', en: 'Registered capital (yuan)' },
  'entity.establishedOn': { zh: '成立日期', en: 'Established on' },
  'entity.industryName': { zh: '所属行业', en: 'Industry' },
  'applicant.name': { zh: '申请人姓名', en: "Applicant's name" },
  'applicant.phone': { zh: '申请人电话', en: "Applicant's phone" },
};

/** Field types a form field may have (item forms are flat: one level of properties). */
export const FORM_FIELD_TYPES = ['string', 'text', 'number', 'integer', 'boolean', 'date', 'enum'] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];
