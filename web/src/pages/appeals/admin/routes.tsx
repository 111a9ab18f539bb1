// The hotline's own settings screens, handed to app/router.tsx under RequireSession + RequireRoles (roles from
// their menu entries in pages/appeals/menu.ts): 派单目录, 知识库维护, 接诉即办规则, Open311 接口密钥.
import type { RouteObject } from 'react-router';

export const appealAdminRoutes: RouteObject[] = [
  { path: 'work/hotline/rules', lazy: async () => ({ Component: (await import('./DispatchRulesPage.tsx')).DispatchRulesPage }) },
  { path: 'work/hotline/knowledge', lazy: async () => ({ Component: (await import('./KnowledgePage.tsx')).KnowledgePage }) },
  { path: 'office/appeals/settings', lazy: async () => ({ Component: (await import('./SettingsPage.tsx')).SettingsPage }) },
  { path: 'admin/open311-keys', lazy: async () => ({ Component: (await import('./Open311KeysPage.tsx')).Open311KeysPage }) },
];
