import type { Messages } from './zh-CN.ts';
import { adminEn } from './en/admin.ts';
import { auditCodesEn } from './en/audit-codes.ts';
import { appealWorkEn } from './en/appeals-staff.ts';
import { applyEn } from './en/applications-applicant.ts';
import { appealsPublicEn } from './en/appeals-public.ts';
import { authEn } from './en/auth.ts';
import { catalogEn } from './en/catalog.ts';
import { catalogAdminEn } from './en/catalog-admin.ts';
import { rateEn } from './en/evaluations-public.ts';
import { evalWorkEn } from './en/evaluations-staff.ts';
import { ledgerEn } from './en/ledger.ts';
import { orgEn } from './en/org.ts';
import { outreachEn } from './en/outreach.ts';
import { appealConfigEn } from './en/appeals-config.ts';
import { appealCatalogEn } from './en/appeals-catalog.ts';
import { registryEn } from './en/registry.ts';
import { shellEn } from './en/shell.ts';
import { workEn } from './en/work.ts';

export const en: Messages = {
  ...shellEn,
  ...authEn,
  ...orgEn,
  ...adminEn,
  ...auditCodesEn,
  ...registryEn,
  ...catalogEn,
  ...catalogAdminEn,
  ...applyEn,
  ...workEn,
  ...rateEn,
  ...evalWorkEn,
  ...appealWorkEn,
  ...appealsPublicEn,
  ...ledgerEn,
  ...outreachEn,
  ...appealConfigEn,
  ...appealCatalogEn,
  app: {
    name: 'Yingshang',
    englishName: '营商通',
    documentTitle: 'Yingshang 营商通',
    tagline: "One platform for a city's business-environment work",
    logoMark: '营',
  },
  header: {
    language: 'Language',
    home: 'Back to home',
  },
  home: {
    badge: 'Open source · self-hosted',
    description:
      "Yingshang is an open-source platform that runs a city's business-environment work end to end, from the services enterprises and citizens use to the supervision departments carry out and the office that drives the whole effort. One-stop services (一网通办) take applications online, on phones and at a single window; appeal handling (接诉即办) keeps a full trail of every 12345 ticket from dispatch to callback; random inspections (双随机一公开) draw their targets and inspectors verifiably at random and publish the results; and the supervision ledger (督办台账) breaks every rectification issue into measures and responsible units, flags overdue work and tracks it to closure. Every indicator is computed from the platform's own records, so the city's work report writes itself with each figure traceable to the records behind it.",
    featuresTitle: 'The whole of the work, end to end',
    features: {
      services: {
        title: 'One-stop services',
        text: 'Service catalogue, bundled services, online and mobile applications, one-window intake, ratings',
      },
      appeals: {
        title: 'Appeal handling',
        text: '12345 tickets dispatched, signed for, handled and called back, with live response, resolution and satisfaction rates',
      },
      inspections: {
        title: 'Random inspections',
        text: 'Objects and inspectors drawn at random, verifiably and with avoidance rules; results published',
      },
      ledger: {
        title: 'Supervision ledger',
        text: 'Issues broken into measures and responsible units, half-time checks, overdue lights, closure on approval',
      },
    },
  },
  status: {
    title: 'Service status',
    loading: 'Checking the service…',
    ok: 'Running',
    other: 'Status: {{status}}',
    engine: 'Database engine',
    version: 'Version',
    checkedAt: 'Checked at',
    engines: {
      pglite: 'Embedded PGlite',
      postgres: 'PostgreSQL',
      unknown: 'Unknown ({{db}})',
    },
    errorTitle: 'Cannot reach the service',
    errorHint: 'Please try again shortly. If the problem persists, contact the system administrator.',
    retry: 'Try again',
  },
  api: {
    title: 'Open API',
    description:
      "Everything the platform does is available through a documented HTTP API, so departments' systems can connect and share data.",
    docs: 'API documentation',
    openapi: 'OpenAPI description',
  },
  notFound: {
    title: 'Page not found',
    subtitle: 'The address {{path}} does not exist or has moved.',
    backHome: 'Back to home',
  },
  footer: {
    text: 'Yingshang 营商通 · open-source business-environment platform · Apache-2.0',
  },
  errors: {
    network: 'Network error. Check your connection and try again.',
    http: 'The service answered with an error (HTTP {{status}}).',
    badResponse: 'The service returned something unexpected.',
  },
};
