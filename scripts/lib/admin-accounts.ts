// The admin side of a backup, which Strapi's own export leaves out: admin users (with their
// password hashes, so they log in as before), roles and each role's permissions.
import type { Core } from '@strapi/strapi';
import { z } from 'zod';

const roleSchema = z.object({
  id: z.number(),
  name: z.string(),
  code: z.string(),
  description: z.string().nullable().optional(),
});
const permissionSchema = z.object({
  action: z.string(),
  actionParameters: z.unknown().optional(),
  subject: z.string().nullable().optional(),
  properties: z.unknown().optional(),
  conditions: z.unknown().optional(),
  role: z.object({ id: z.number() }).nullable().optional(),
});
const userSchema = z.object({
  firstname: z.string().nullable().optional(),
  lastname: z.string().nullable().optional(),
  username: z.string().nullable().optional(),
  email: z.string(),
  password: z.string().nullable().optional(),
  isActive: z.boolean().nullable().optional(),
  blocked: z.boolean().nullable().optional(),
  preferedLanguage: z.string().nullable().optional(),
  roles: z.array(z.object({ id: z.number() })),
});
export const adminAccountsSchema = z.object({
  roles: z.array(roleSchema),
  permissions: z.array(permissionSchema),
  users: z.array(userSchema),
});
export type AdminAccounts = z.infer<typeof adminAccountsSchema>;

/** Reads the admin users, roles and permissions as they are stored. */
export async function readAdminAccounts(strapi: Core.Strapi): Promise<AdminAccounts> {
  const roles = await strapi.db.query('admin::role').findMany({});
  const permissions = await strapi.db.query('admin::permission').findMany({ populate: ['role'] });
  const users = await strapi.db.query('admin::user').findMany({ populate: ['roles'] });
  return adminAccountsSchema.parse({ roles, permissions, users });
}

/**
 * Replaces the admin users, roles and permissions with the backup's, in one transaction: roles
 * first (new ids), then their permissions and the users pointing at them.
 */
export async function replaceAdminAccounts(strapi: Core.Strapi, accounts: AdminAccounts): Promise<void> {
  await strapi.db.transaction(async () => {
    await strapi.db.query('admin::permission').deleteMany({});
    await strapi.db.query('admin::user').deleteMany({});
    await strapi.db.query('admin::role').deleteMany({});
    const newId = new Map<number, number>();
    for (const { id, ...role } of accounts.roles) {
      const created = (await strapi.db.query('admin::role').create({ data: role })) as { id: number };
      newId.set(id, created.id);
    }
    for (const { role, ...permission } of accounts.permissions) {
      const roleId = role ? newId.get(role.id) : undefined;
      await strapi.db.query('admin::permission').create({ data: { ...permission, role: roleId ?? null } });
    }
    for (const { roles, ...user } of accounts.users) {
      const ids = roles.flatMap((r) => (newId.has(r.id) ? [newId.get(r.id)!] : []));
      await strapi.db.query('admin::user').create({ data: { ...user, roles: ids } });
    }
  });
}

/** Rows of every content type of the portal (api::*), drafts and published versions both. */
export async function contentCounts(strapi: Core.Strapi): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const uid of Object.keys(strapi.contentTypes)
    .filter((u) => u.startsWith('api::'))
    .sort()) {
    counts[uid] = await strapi.db.query(uid as never).count({});
  }
  counts['plugin::upload.file'] = await strapi.db.query('plugin::upload.file').count({});
  return counts;
}
