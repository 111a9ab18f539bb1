import { createBrowserRouter, Outlet } from 'react-router';
import { NotFoundPage } from '../pages/not-found/NotFoundPage.tsx';
import { SignInPage } from '../pages/sign-in/SignInPage.tsx';
import { catalogAdminRoutes } from '../pages/catalog/admin/routes.tsx';
import { applicantRoutes } from '../pages/applications/applicant/routes.tsx';
import { staffApplicationRoutes } from '../pages/applications/staff/routes.tsx';
import { evaluationApplicantRoutes } from '../pages/evaluations/applicant/routes.tsx';
import { publicEvaluationRoutes } from '../pages/evaluations/public/routes.tsx';
import { windowRatingRoutes, windowTabletRoutes } from '../pages/evaluations/window/routes.tsx';
import { staffEvaluationRoutes } from '../pages/evaluations/staff/routes.tsx';
import { staffAppealRoutes } from '../pages/appeals/staff/routes.tsx';
import { officeEvaluationRoutes } from '../pages/evaluations/office/routes.tsx';
import { appealApplicantRoutes } from '../pages/appeals/public/routes.tsx';
import { officeAppealRoutes } from '../pages/appeals/office/routes.tsx';
import { appealAdminRoutes } from '../pages/appeals/admin/routes.tsx';
import { officeLedgerRoutes } from '../pages/ledger/office/routes.tsx';
import { unitLedgerRoutes } from '../pages/ledger/unit/routes.tsx';
import { officeOutreachRoutes, unitOutreachRoutes } from '../pages/outreach/routes.tsx';
import { publicCatalogRoutes } from '../pages/catalog/public/routes.tsx';
import { publicRegistryRoutes, registryRoutes } from '../pages/registry/routes.tsx';
import { HomeRoute, PageLoading, RequireRoles, RequireSession } from './guards.tsx';
import { Layout } from './Layout.tsx';
import { SessionProvider, useSession } from './session.tsx';
import { Shell } from './Shell.tsx';

/** The shell once signed in, the public layout otherwise; nothing until we know which. */
function RootLayout() {
  const { state, user } = useSession();
  if (state.status === 'loading') return <PageLoading />;
  return user ? <Shell /> : <Layout />;
}

function Root() {
  return (
    <SessionProvider>
      <Outlet />
    </SessionProvider>
  );
}

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Root />,
      // Shown while the first page's lazily loaded code arrives.
      hydrateFallbackElement: <PageLoading />,
      children: [
        // Full screen, no shell, no sign-in: the window tablet's 一次一评 page.
        ...windowTabletRoutes,
        {
          path: '/',
          element: <RootLayout />,
          children: [
            { index: true, element: <HomeRoute /> },
            { path: 'sign-in', element: <SignInPage /> },
            // Public: anyone checks a licence by its code, signed in or not.
            ...publicRegistryRoutes,
            // Public: the service catalogue and its guides (办事服务, 办事指南).
            ...publicCatalogRoutes,
            // Public: 政务服务满意度 and 我要点评 (好差评).
            ...publicEvaluationRoutes,
            {
              element: <RequireSession />,
              children: [
                {
                  path: 'account/password',
                  lazy: async () => ({ Component: (await import('../pages/account/ChangePasswordPage.tsx')).ChangePasswordPage }),
                },
                // 我的消息: every signed-in user's own notifications (from the bell and the user menu; not in the side menu).
                {
                  path: 'me/notifications',
                  lazy: async () => ({ Component: (await import('../pages/account/NotificationsPage.tsx')).NotificationsPage }),
                },
                {
                  element: <RequireRoles />,
                  // Work pages load on first visit: a phone user of the public pages never downloads them.
                  children: [
                    {
                      path: 'admin/departments',
                      lazy: async () => ({ Component: (await import('../pages/admin/departments/DepartmentsPage.tsx')).DepartmentsPage }),
                    },
                    {
                      path: 'admin/users',
                      lazy: async () => ({ Component: (await import('../pages/admin/users/UsersPage.tsx')).UsersPage }),
                    },
                    {
                      path: 'admin/tokens',
                      lazy: async () => ({ Component: (await import('../pages/admin/tokens/TokensPage.tsx')).TokensPage }),
                    },
                    {
                      path: 'admin/calendar',
                      lazy: async () => ({ Component: (await import('../pages/admin/calendar/CalendarPage.tsx')).CalendarPage }),
                    },
                    {
                      path: 'admin/audit',
                      lazy: async () => ({ Component: (await import('../pages/admin/audit/AuditPage.tsx')).AuditPage }),
                    },
                    ...registryRoutes,
                    ...catalogAdminRoutes,
                    // 一网通办 · the applicant's wizard, 我的办件 and tracking.
                    ...applicantRoutes,
                    // 办件 for staff: 待办, 一窗受理, 办件管理 and the case view, 事后核查, 承诺限制.
                    ...staffApplicationRoutes,
                    // 好差评: 我的评价 and rating (applicant), 窗口评价 (clerk).
                    ...evaluationApplicantRoutes,
                    ...windowRatingRoutes,
                    // 好差评 for staff (差评处置) and the office (总览, 申诉审核).
                    ...staffEvaluationRoutes,
                    ...officeEvaluationRoutes,
                    // 接诉即办 for staff: 坐席受理台, 工单办理 and a ticket's page.
                    ...staffAppealRoutes,
                    // 接诉即办 for requesters: 我要反映, 我的诉求 and a ticket's page.
                    ...appealApplicantRoutes,
                    // 接诉即办分析 for the office.
                    ...officeAppealRoutes,
                    // 接诉即办's own settings: 派单目录, 知识库维护, 接诉即办规则, Open311 接口密钥.
                    ...appealAdminRoutes,
                    // 督办台账: the office's board, lists, review, meetings, import and structure; a unit's own tasks and a task's page.
                    ...officeLedgerRoutes,
                    ...unitLedgerRoutes,
                    // 企业服务: the office's screens and a unit's own enterprise problems.
                    ...officeOutreachRoutes,
                    ...unitOutreachRoutes,
                  ],
                },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
