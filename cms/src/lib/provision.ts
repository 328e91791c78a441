import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/** Name of the one read-only API token the static site build reads with. */
export const SITE_TOKEN_NAME = 'Site build (read-only)';

const DEFAULT_TOKEN_NAMES = ['Read Only', 'Full Access'];

/** Where the site build's token is kept (git-ignored); SITE_TOKEN_FILE overrides. */
export function siteTokenFile(): string {
  return process.env.SITE_TOKEN_FILE ?? path.resolve(process.cwd(), '..', '.data', 'site-token');
}

/** Lines the launcher shows to the person who ran `npm start`. */
function announce(message: string) {
  process.stdout.write(`[provision] ${message}\n`);
}

/** Strapi's own rule for admin passwords: 8+ characters with a lower case letter, an upper case letter and a digit. */
export function checkAdminPassword(password: string): string | null {
  if (password.length < 8) return 'at least 8 characters';
  if (Buffer.byteLength(password) > 72) return 'at most 72 bytes';
  if (!/[a-z]/.test(password) || !/[A-Z]/.test(password) || !/\d/.test(password)) {
    return 'a lower case letter, an upper case letter and a digit';
  }
  return null;
}

function generatePassword(): string {
  return `Wu-${randomBytes(12).toString('base64url')}-9a`;
}

/** Creates the first super admin from STRAPI_ADMIN_EMAIL / STRAPI_ADMIN_PASSWORD when no admin exists. */
async function ensureFirstAdmin(strapi: Core.Strapi): Promise<boolean> {
  const users = strapi.service('admin::user');
  if (await users.exists()) return false;

  const email = (process.env.STRAPI_ADMIN_EMAIL ?? 'admin@example.com').trim().toLowerCase();
  const given = process.env.STRAPI_ADMIN_PASSWORD;
  const password = given || generatePassword();
  const weakness = checkAdminPassword(password);
  if (weakness) {
    throw new Error(
      `STRAPI_ADMIN_PASSWORD is too weak: it needs ${weakness}. Set a stronger one and start again.`,
    );
  }
  await users.createFirstAdmin({
    email,
    firstname: 'Quản trị',
    lastname: 'viên',
    password,
    preferedLanguage: 'vi',
  });
  announce(`First admin created: ${email}`);
  if (!given) announce(`Generated admin password (shown once, change it after logging in): ${password}`);
  return true;
}

/** Strapi creates "Read Only" and "Full Access" tokens on first boot; the portal uses only its own. */
async function removeDefaultTokens(strapi: Core.Strapi) {
  const tokens = await strapi.db.query('admin::api-token').findMany({
    where: { name: { $in: DEFAULT_TOKEN_NAMES }, description: { $startsWith: 'A default API token' } },
    select: ['id', 'name'],
  });
  for (const token of tokens) {
    await strapi.db.query('admin::api-token').delete({ where: { id: token.id } });
  }
}

/** Makes sure the site build has a valid read-only token in its git-ignored file. */
async function ensureSiteToken(strapi: Core.Strapi) {
  const tokens = strapi.service('admin::api-token-content-api');
  const file = siteTokenFile();
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    if (key && (await tokens.getByAccessKey(tokens.hash(key)))) return;
  }
  const stale = await strapi.db
    .query('admin::api-token')
    .findMany({ where: { name: SITE_TOKEN_NAME }, select: ['id'] });
  for (const token of stale) await strapi.db.query('admin::api-token').delete({ where: { id: token.id } });

  const created = await tokens.create({
    name: SITE_TOKEN_NAME,
    description: 'Used by the static site build to read published content. Created by the CMS bootstrap.',
    type: 'read-only',
    lifespan: null,
  });
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${created.accessKey}\n`, { mode: 0o600 });
  announce(`Read-only API token for the site written to ${file}`);
}

/** The site is static: the Public role reads nothing from the content API. */
async function closePublicRole(strapi: Core.Strapi) {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) return;
  await strapi.db.query('plugin::users-permissions.permission').deleteMany({
    where: { role: role.id, action: { $startsWith: 'api::' } },
  });
}

/**
 * Phone photos carry their orientation in EXIF, and Strapi's size optimisation re-encodes them
 * without it: turn on its auto-orientation so they are stored upright. Done once per install (a
 * marker in Strapi's store), so a chief editor who turns it off in the settings keeps that choice.
 */
async function ensureUploadDefaults(strapi: Core.Strapi) {
  const marker = strapi.store({ type: 'plugin', name: 'portal', key: 'upload-defaults' });
  if (await marker.get()) return;
  const upload = strapi.plugin('upload').service('upload');
  const settings = (await upload.getSettings()) as Record<string, unknown> | null;
  await upload.setSettings({
    sizeOptimization: true,
    responsiveDimensions: true,
    ...settings,
    autoOrientation: true,
  });
  await marker.set({ value: { autoOrientation: true } });
}

/** Runs at every start; each step is idempotent. */
/** Strapi's own admin roles, named in Vietnamese where they still carry Strapi's English names. */
const DEFAULT_ROLE_NAMES: Record<string, { english: string; name: string; description: string }> = {
  'strapi-super-admin': {
    english: 'Super Admin',
    name: 'Quản trị hệ thống',
    description: 'Toàn quyền với trang quản trị, kể cả người dùng và cài đặt.',
  },
  'strapi-editor': {
    english: 'Editor',
    name: 'Biên tập (vai trò mẫu của Strapi)',
    description: 'Vai trò mẫu của Strapi; tòa soạn dùng Cộng tác viên, Biên tập viên, Tổng biên tập.',
  },
  'strapi-author': {
    english: 'Author',
    name: 'Tác giả (vai trò mẫu của Strapi)',
    description: 'Vai trò mẫu của Strapi; tòa soạn dùng Cộng tác viên, Biên tập viên, Tổng biên tập.',
  },
};

async function nameDefaultRolesInVietnamese(strapi: Core.Strapi) {
  for (const [code, { english, name, description }] of Object.entries(DEFAULT_ROLE_NAMES)) {
    // A role the chief editor renamed keeps its name.
    await strapi.db
      .query('admin::role')
      .updateMany({ where: { code, name: english }, data: { name, description } });
  }
}

export async function provision(strapi: Core.Strapi) {
  const firstBoot = await ensureFirstAdmin(strapi);
  await nameDefaultRolesInVietnamese(strapi);
  if (firstBoot) await removeDefaultTokens(strapi);
  await ensureSiteToken(strapi);
  await closePublicRole(strapi);
  await ensureUploadDefaults(strapi);
}

/** Every admin user the chief editor invites works in Vietnamese unless they choose otherwise. */
export function defaultAdminLanguage(strapi: Core.Strapi) {
  strapi.db.lifecycles.subscribe({
    models: ['admin::user'],
    beforeCreate(event) {
      const data = event.params.data as { preferedLanguage?: string | null } | undefined;
      if (data) data.preferedLanguage ??= 'vi';
    },
  });
}
