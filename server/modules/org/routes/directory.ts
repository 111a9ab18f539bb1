// /api/v1/org: regions and departments (public lists; admin edits) and users (scoped lists; admin edits).
import { z } from 'zod';
import {
  createDepartmentBody,
  createUserBody,
  createUserReply,
  departmentSchema,
  departmentsReply,
  regionsReply,
  resetPasswordReply,
  updateDepartmentBody,
  updateUserBody,
  userSummarySchema,
  usersQuery,
  usersReply,
} from '../../../../common/api/org.ts';
import { actorOf, principalOf } from '../../../platform/auth/index.ts';
import type { App } from '../../../platform/http/index.ts';
import type { OrgService } from '../service/index.ts';

const tags = ['org 组织机构'];
const idParams = z.object({ id: z.string().uuid() });
const admin = { roles: ['admin'], scope: 'all' } as const;
const staff = { roles: ['admin', 'office', 'leader', 'clerk', 'approver', 'agent', 'handler', 'inspector'], scope: 'subtree' } as const;

export function registerDirectoryRoutes(app: App, org: OrgService) {
  // The list of government bodies and regions is public information (政务公开).
  app.get(
    '/api/v1/org/regions',
    { config: { policy: 'public' }, schema: { tags, summary: '行政区划 · regions (GB/T 2260)', response: { 200: regionsReply } } },
    async () => ({ regions: await org.departments.listRegions() }),
  );
  app.get(
    '/api/v1/org/departments',
    { config: { policy: 'public' }, schema: { tags, summary: '部门 · departments', response: { 200: departmentsReply } } },
    async () => ({ departments: await org.departments.listDepartments() }),
  );
  app.post(
    '/api/v1/org/departments',
    { config: { policy: admin }, schema: { tags, summary: '新建部门 · create a department', body: createDepartmentBody, response: { 201: departmentSchema } } },
    async (request, reply) => reply.code(201).send(await org.departments.createDepartment(actorOf(request), request.body)),
  );
  app.patch(
    '/api/v1/org/departments/:id',
    { config: { policy: admin }, schema: { tags, summary: '修改部门 · edit a department', params: idParams, body: updateDepartmentBody, response: { 200: departmentSchema } } },
    async (request) => org.departments.updateDepartment(actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/org/users',
    { config: { policy: staff }, schema: { tags, summary: '用户（按数据范围） · users in your data scope', querystring: usersQuery, response: { 200: usersReply } } },
    async (request) => org.users.list(principalOf(request), request.query),
  );
  app.get(
    '/api/v1/org/users/:id',
    { config: { policy: staff }, schema: { tags, summary: '用户 · a user', params: idParams, response: { 200: userSummarySchema } } },
    async (request) => org.users.get(principalOf(request), request.params.id),
  );
  app.post(
    '/api/v1/org/users',
    { config: { policy: admin }, schema: { tags, summary: '新建用户 · create a user', body: createUserBody, response: { 201: createUserReply } } },
    async (request, reply) => reply.code(201).send(await org.users.create(actorOf(request), request.body)),
  );
  app.patch(
    '/api/v1/org/users/:id',
    { config: { policy: admin }, schema: { tags, summary: '修改用户 · edit a user', params: idParams, body: updateUserBody, response: { 200: userSummarySchema } } },
    async (request) => org.users.update(actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/v1/org/users/:id/reset-password',
    { config: { policy: admin }, schema: { tags, summary: '重置密码 · reset a password', params: idParams, response: { 200: resetPasswordReply } } },
    async (request) => ({ initialPassword: await org.users.resetPassword(actorOf(request), request.params.id) }),
  );
}
