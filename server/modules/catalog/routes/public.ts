// The public catalogue (no sign-in): browse published items and bundles, their guides (办事指南),
// the figures, and the applicant's form check. Pre-fill needs a signed-in user.
import { z } from 'zod';
import { formValidateBody, formValidateReply, itemSchema, itemsQuery, itemsReply, prefillQuery, prefillReply } from '../../../../common/api/catalog.ts';
import { bundleSchema, bundlesQuery, bundlesReply, catalogStatsReply, facetsReply } from '../../../../common/api/catalog-bundles.ts';
import { hasAnyRole, principalOf } from '../../../platform/auth/index.ts';
import type { App } from '../../../platform/http/index.ts';
import type { CatalogService } from '../service/index.ts';

const tags = ['catalog 事项清单'];
const idParams = z.object({ id: z.string().uuid() });
const codeParams = z.object({ code: z.string().trim().min(4).max(40) });

export function registerPublicCatalogRoutes(app: App, catalog: CatalogService) {
  app.get(
    '/api/v1/catalog/services',
    { config: { policy: 'public' }, schema: { tags, summary: '事项目录 · published items (browse by department, event, theme)', querystring: itemsQuery, response: { 200: itemsReply } } },
    async (request) => catalog.items.list(request.query, 'public'),
  );
  app.get(
    '/api/v1/catalog/services/facets',
    { config: { policy: 'public' }, schema: { tags, summary: '目录分面 · how many items per department, event and theme', response: { 200: facetsReply } } },
    async () => catalog.stats.facets(),
  );
  app.get(
    '/api/v1/catalog/items/:code/guide',
    { config: { policy: 'public' }, schema: { tags, summary: '办事指南 · the guide of an item (current published edition)', params: codeParams, response: { 200: itemSchema } } },
    async (request) => catalog.items.getPublished(request.params.code),
  );
  app.get(
    '/api/v1/catalog/bundles',
    { config: { policy: 'public' }, schema: { tags, summary: '一件事目录 · published bundles', querystring: bundlesQuery, response: { 200: bundlesReply } } },
    async (request) => catalog.bundles.list(request.query, 'public'),
  );
  app.get(
    '/api/v1/catalog/bundles/:code/guide',
    { config: { policy: 'public' }, schema: { tags, summary: '一件事办事指南 · the guide of a bundle', params: codeParams, response: { 200: bundleSchema } } },
    async (request) => catalog.bundles.getPublished(request.params.code),
  );
  app.get(
    '/api/v1/catalog/stats',
    { config: { policy: 'public' }, schema: { tags, summary: '事项统计 · catalogue statistics (published editions)', response: { 200: catalogStatsReply } } },
    async () => catalog.stats.stats(),
  );
  app.post(
    '/api/v1/catalog/items/:id/validate-form',
    {
      config: { policy: 'public' },
      schema: { tags, summary: '表单校验 · check an application form against the item edition’s schema', params: idParams, body: formValidateBody, response: { 200: formValidateReply } },
    },
    async (request) => catalog.forms.validate(request.params.id, request.body.data),
  );
  app.get(
    '/api/v1/catalog/items/:id/prefill',
    {
      config: { policy: { roles: [] } },
      schema: { tags, summary: '表单预填 · pre-filled values from the registry (the entity by USCC, the signed-in applicant)', params: idParams, querystring: prefillQuery, response: { 200: prefillReply } },
    },
    async (request) => {
      const principal = principalOf(request);
      const staff = principal.kind !== 'applicant' && !hasAnyRole(principal, ['applicant']);
      // An applicant pre-fills only from an entity they represent; staff from any.
      return catalog.forms.prefill(request.params.id, {
        uscc: request.query.uscc || undefined,
        applicant: { name: principal.name, phone: null },
        onBehalfOf: staff ? undefined : (principal.userId ?? principal.id),
      });
    },
  );
}
