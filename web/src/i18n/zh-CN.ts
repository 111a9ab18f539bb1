// Chinese (简体) is the source language: en.ts must have exactly these keys (checked by the type).
// Areas with many strings live in zh-CN/<area>.ts (and en/<area>.ts).
import { adminZh } from './zh-CN/admin.ts';
import { auditCodesZh } from './zh-CN/audit-codes.ts';
import { appealWorkZh } from './zh-CN/appeals-staff.ts';
import { applyZh } from './zh-CN/applications-applicant.ts';
import { appealsPublicZh } from './zh-CN/appeals-public.ts';
import { authZh } from './zh-CN/auth.ts';
import { catalogZh } from './zh-CN/catalog.ts';
import { catalogAdminZh } from './zh-CN/catalog-admin.ts';
import { rateZh } from './zh-CN/evaluations-public.ts';
import { evalWorkZh } from './zh-CN/evaluations-staff.ts';
import { ledgerZh } from './zh-CN/ledger.ts';
import { orgZh } from './zh-CN/org.ts';
import { outreachZh } from './zh-CN/outreach.ts';
import { appealConfigZh } from './zh-CN/appeals-config.ts';
import { appealCatalogZh } from './zh-CN/appeals-catalog.ts';
import { registryZh } from './zh-CN/registry.ts';
import { shellZh } from './zh-CN/shell.ts';
import { workZh } from './zh-CN/work.ts';

export const zhCN = {
  ...shellZh,
  ...authZh,
  ...orgZh,
  ...adminZh,
  ...auditCodesZh,
  ...registryZh,
  ...catalogZh,
  ...catalogAdminZh,
  ...applyZh,
  ...workZh,
  ...rateZh,
  ...evalWorkZh,
  ...appealWorkZh,
  ...appealsPublicZh,
  ...ledgerZh,
  ...outreachZh,
  ...appealConfigZh,
  ...appealCatalogZh,
  app: {
    name: '营商通',
    englishName: 'Yingshang',
    documentTitle: '营商通',
    tagline: '城市营商环境一体化工作平台',
    logoMark: '营',
  },
  header: {
    language: '语言',
    home: '返回首页',
  },
  home: {
    badge: '开源 · 可自主部署',
    description:
      '营商通是一个开源的城市营商环境工作平台，把企业和群众办事、部门监管和营商环境专班的统筹推进放进同一套系统：一网通办让事项网上办、掌上办、一窗办；接诉即办让 12345 工单的派单、签收、办理、回访全程留痕；双随机一公开让检查对象和执法人员随机抽取、结果依法公开；督办台账把整改问题分解到措施和责任单位，逾期亮灯、按期销号。平台从自身的业务记录中计算每一项指标，生成每个数字都能追溯到原始记录的营商环境工作报告。',
    featuresTitle: '覆盖营商环境工作全流程',
    features: {
      services: { title: '一网通办', text: '事项清单、一件事一次办、网上办掌上办、一窗受理、好差评' },
      appeals: {
        title: '接诉即办',
        text: '12345 工单派单、签收、办理、回访，响应率、解决率、满意率实时可见',
      },
      inspections: {
        title: '双随机一公开',
        text: '检查对象和执法人员随机抽取，抽取过程可验证、可回避，结果公开',
      },
      ledger: {
        title: '督办台账',
        text: '整改问题分解到措施和责任单位，时间过半任务过半，逾期亮灯，审核销号',
      },
    },
  },
  status: {
    title: '服务状态',
    loading: '正在检查服务…',
    ok: '运行正常',
    other: '状态：{{status}}',
    engine: '数据库引擎',
    version: '版本',
    checkedAt: '检查时间',
    engines: {
      pglite: '嵌入式 PGlite',
      postgres: 'PostgreSQL',
      unknown: '未知（{{db}}）',
    },
    errorTitle: '暂时无法连接服务',
    errorHint: '请稍后重试；如果问题持续，请联系系统管理员。',
    retry: '重试',
  },
  api: {
    title: '开放接口',
    description: '平台的全部功能都通过有文档的 HTTP 接口提供，便于部门业务系统对接和数据共享。',
    docs: '查看接口文档',
    openapi: 'OpenAPI 描述文件',
  },
  notFound: {
    title: '页面不存在',
    subtitle: '您访问的地址 {{path}} 不存在或已被移动。',
    backHome: '返回首页',
  },
  footer: {
    text: '营商通 · 开源城市营商环境工作平台 · Apache-2.0',
  },
  errors: {
    network: '网络连接失败，请检查网络后重试。',
    http: '服务返回错误（HTTP {{status}}）。',
    badResponse: '服务返回了无法识别的内容。',
  },
};

export type Messages = typeof zhCN;
