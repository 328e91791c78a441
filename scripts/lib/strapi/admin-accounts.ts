// The admin side of a backup, which Strapi's own export leaves out: admin users (with their
// password hashes, so they log in as before), roles and each role's permissions, and who created
// and last changed each entry and upload (the contributor's rights follow "is creator").
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
  documentId: z.string().nullable().optional(),
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
/** One row's authors, by the admin's e-mail: a draft or a published version, or an upload. */
const authorshipSchema = z.object({
  uid: z.string(),
  documentId: z.string(),
  published: z.boolean(),
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export const adminAccountsSchema = z.object({
  roles: z.array(roleSchema),
  permissions: z.array(permissionSchema),
  users: z.array(userSchema),
  authorship: z.array(authorshipSchema).default([]),
});
type Authorship = z.infer<typeof authorshipSchema>;
export type AdminAccounts = z.infer<typeof adminAccountsSchema>;

/** Reads the admin users, roles and permissions as they are stored. */
export async function readAdminAccounts(strapi: Core.Strapi): Promise<AdminAccounts> {
  const roles = await strapi.db.query('admin::role').findMany({});
  const permissions = await strapi.db.query('admin::permission').findMany({ populate: ['role'] });
  const users = await strapi.db.query('admin::user').findMany({ populate: ['roles'] });
  return adminAccountsSchema.parse({ roles, permissions, users, authorship: await readAuthorship(strapi) });
}

/** Types whose rows remember their authors: ours and the media library's. */
const authoredTypes = (strapi: Core.Strapi) =>
  [
    ...Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::')),
    'plugin::upload.file',
  ].sort();

async function readAuthorship(strapi: Core.Strapi): Promise<Authorship[]> {
  const out: Authorship[] = [];
  for (const uid of authoredTypes(strapi)) {
    const rows = (await strapi.db.query(uid as never).findMany({
      where: { $or: [{ createdBy: { id: { $notNull: true } } }, { updatedBy: { id: { $notNull: true } } }] },
      select: ['documentId', 'publishedAt'],
      populate: { createdBy: { select: ['email'] }, updatedBy: { select: ['email'] } },
    })) as Array<{
      documentId: string;
      publishedAt?: string | null;
      createdBy?: { email: string } | null;
      updatedBy?: { email: string } | null;
    }>;
    for (const row of rows)
      out.push({
        uid,
        documentId: row.documentId,
        published: Boolean(row.publishedAt),
        createdBy: row.createdBy?.email ?? null,
        updatedBy: row.updatedBy?.email ?? null,
      });
  }
  return out;
}

/** Points each row back at its authors, by e-mail, without touching its timestamps. */
async function restoreAuthorship(
  strapi: Core.Strapi,
  authorship: Authorship[],
  userIds: Map<string, number>,
  trx: unknown,
) {
  for (const row of authorship) {
    const meta = strapi.db.metadata.get(row.uid) as unknown as {
      tableName: string;
      attributes: Record<string, { joinColumn?: { name: string } }>;
    };
    const column = (field: string) => meta.attributes[field]?.joinColumn?.name;
    const [created, updated] = [column('createdBy'), column('updatedBy')];
    if (!created || !updated) continue;
    const query = strapi.db
      .connection(meta.tableName)
      .transacting(trx as never)
      .where('document_id', row.documentId);
    if ('publishedAt' in meta.attributes)
      void (row.published ? query.whereNotNull('published_at') : query.whereNull('published_at'));
    await query.update({
      [created]: row.createdBy ? (userIds.get(row.createdBy) ?? null) : null,
      [updated]: row.updatedBy ? (userIds.get(row.updatedBy) ?? null) : null,
    });
  }
}

/**
 * Replaces the admin users, roles and permissions with the backup's, in one transaction: roles
 * first (new ids), then their permissions and the users pointing at them.
 */
export async function replaceAdminAccounts(strapi: Core.Strapi, accounts: AdminAccounts): Promise<void> {
  await strapi.db.transaction(async ({ trx }) => {
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
    const userIds = new Map<string, number>();
    for (const { roles, ...user } of accounts.users) {
      const ids = roles.flatMap((r) => (newId.has(r.id) ? [newId.get(r.id)!] : []));
      const created = (await strapi.db.query('admin::user').create({ data: { ...user, roles: ids } })) as {
        id: number;
      };
      userIds.set(user.email, created.id);
    }
    await restoreAuthorship(strapi, accounts.authorship, userIds, trx);
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
