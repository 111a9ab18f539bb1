// Addresses of the catalogue's staff screens (the menu entries in app/menu.ts use the list paths).
export const catalogAdminBase = '/catalog/admin';
export const itemsPath = `${catalogAdminBase}/items`;
export const newItemPath = `${itemsPath}/new`;
export const itemPath = (id: string) => `${itemsPath}/${encodeURIComponent(id)}`;
export const bundlesPath = `${catalogAdminBase}/bundles`;
export const newBundlePath = `${bundlesPath}/new`;
export const bundlePath = (id: string) => `${bundlesPath}/${encodeURIComponent(id)}`;
export const synonymsPath = `${catalogAdminBase}/synonyms`;
export const qualityPath = `${catalogAdminBase}/quality`;
/** The public guide (办事指南) of a published item or bundle (pages/catalog/public). */
export const itemGuidePath = (code: string) => `/services/items/${encodeURIComponent(code)}`;
export const bundleGuidePath = (code: string) => `/services/bundles/${encodeURIComponent(code)}`;
