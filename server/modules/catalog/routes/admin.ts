// /api/v1/catalog/admin: the catalogue's editors (admin, office) — items, bundles, the quality check.
import { z } from 'zod';
import { editionsReply, itemInput, itemSchema, itemsQuery, itemsReply, itemUpdate, qualityReply, versionBody } from '../../../../common/api/catalog.ts';
import { bundleCheckReply, bundleInput, bundleSchema, bundlesQuery, bundlesReply, bundleUpdate } from '../../../../common/api/catalog-bundles.ts';
import { actorOf } from '../../../platform/auth/index.ts';
import type { App } from '../../../platform/http/index.ts';
import type { CatalogService } from '../service/index.ts';

const editors = { roles: ['admin', 'office'], scope: 'all' } as const;
const idParams = z.object({ id: z.string().uuid() });
const base = '/api/v1/catalog/admin';

export function registerAdminItemRoutes(app: App, catalog: CatalogService) {
  const tags = ['catalog 事项管理'];
  const { items } = catalog;
  app.get(`${base}/items`, { config: { policy: editors }, schema: { tags, summary: '事项列表 · the latest edition of each item', querystring: itemsQuery, response: { 200: itemsReply } } }, async (request) =>
    items.list(request.query, 'admin'),
  );
  app.get(`${base}/items/:id`, { config: { policy: editors }, schema: { tags, summary: '事项 · one edition', params: idParams, response: { 200: itemSchema } } }, async (request) => items.get(request.params.id));
  app.get(`${base}/items/:id/editions`, { config: { policy: editors }, schema: { tags, summary: '事项版本 · the editions of the item', params: idParams, response: { 200: editionsReply } } }, async (request) =>
    items.editions(request.params.id),
  );
  app.post(`${base}/items`, { config: { policy: editors }, schema: { tags, summary: '新建事项 · create an item (draft edition 1)', body: itemInput, response: { 201: itemSchema } } }, async (request, reply) =>
    reply.code(201).send(await items.create(actorOf(request), request.body)),
  );
  app.patch(`${base}/items/:id`, { config: { policy: editors }, schema: { tags, summary: '修改草稿 · edit a draft edition', params: idParams, body: itemUpdate, response: { 200: itemSchema } } }, async (request) =>
    items.update(actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/items/:id/new-edition`,
    { config: { policy: editors }, schema: { tags, summary: '新建版本 · copy this edition into a new draft edition', params: idParams, body: versionBody, response: { 201: itemSchema } } },
    async (request, reply) => reply.code(201).send(await items.newEdition(actorOf(request), request.params.id, request.body.version)),
  );
  app.post(`${base}/items/:id/publish`, { config: { policy: editors }, schema: { tags, summary: '发布 · publish a draft (retires the previous edition)', params: idParams, body: versionBody, response: { 200: itemSchema } } }, async (request) =>
    items.publish(actorOf(request), request.params.id, request.body.version),
  );
  app.post(`${base}/items/:id/retire`, { config: { policy: editors }, schema: { tags, summary: '停用 · retire an edition', params: idParams, body: versionBody, response: { 200: itemSchema } } }, async (request) =>
    items.retire(actorOf(request), request.params.id, request.body.version),
  );
  app.get(`${base}/quality`, { config: { policy: editors }, schema: { tags, summary: '指南质量检查 · items and bundles breaking the rules', response: { 200: qualityReply } } }, async () => catalog.quality.report());
}

export function registerAdminBundleRoutes(app: App, catalog: CatalogService) {
  const tags = ['catalog 一件事管理'];
  const { bundles } = catalog;
  app.get(`${base}/bundles`, { config: { policy: editors }, schema: { tags, summary: '一件事列表 · the latest edition of each bundle', querystring: bundlesQuery, response: { 200: bundlesReply } } }, async (request) =>
    bundles.list(request.query, 'admin'),
  );
  app.get(`${base}/bundles/:id`, { config: { policy: editors }, schema: { tags, summary: '一件事 · one edition', params: idParams, response: { 200: bundleSchema } } }, async (request) => bundles.get(request.params.id));
  app.get(`${base}/bundles/:id/editions`, { config: { policy: editors }, schema: { tags, summary: '一件事版本 · the editions of the bundle', params: idParams, response: { 200: editionsReply } } }, async (request) =>
    bundles.editions(request.params.id),
  );
  app.post(`${base}/bundles`, { config: { policy: editors }, schema: { tags, summary: '新建一件事 · create a bundle (draft edition 1)', body: bundleInput, response: { 201: bundleSchema } } }, async (request, reply) =>
    reply.code(201).send(await bundles.create(actorOf(request), request.body)),
  );
  app.patch(`${base}/bundles/:id`, { config: { policy: editors }, schema: { tags, summary: '修改草稿 · edit a draft edition', params: idParams, body: bundleUpdate, response: { 200: bundleSchema } } }, async (request) =>
    bundles.update(actorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/bundles/:id/new-edition`,
    { config: { policy: editors }, schema: { tags, summary: '新建版本 · copy this edition into a new draft edition', params: idParams, body: versionBody, response: { 201: bundleSchema } } },
    async (request, reply) => reply.code(201).send(await bundles.newEdition(actorOf(request), request.params.id, request.body.version)),
  );
  app.post(`${base}/bundles/:id/check`, { config: { policy: editors }, schema: { tags, summary: '发布前检查 · the publish-time checks, without publishing', params: idParams, response: { 200: bundleCheckReply } } }, async (request) =>
    bundles.check(request.params.id),
  );
  app.post(`${base}/bundles/:id/publish`, { config: { policy: editors }, schema: { tags, summary: '发布 · publish a draft (refused on any check error)', params: idParams, body: versionBody, response: { 200: bundleSchema } } }, async (request) =>
    bundles.publish(actorOf(request), request.params.id, request.body.version),
  );
  app.post(`${base}/bundles/:id/retire`, { config: { policy: editors }, schema: { tags, summary: '停用 · retire an edition', params: idParams, body: versionBody, response: { 200: bundleSchema } } }, async (request) =>
    bundles.retire(actorOf(request), request.params.id, request.body.version),
  );
}
