// Writes (as JSON, to the file named) everything a backup must bring back from the install its environment names:
// every row of the portal's content types with its fields, relations by documentId and media by
// file hash; the uploaded files' bytes (SHA-256); the admin users (password hashes included) and
// roles. Row ids are left out: a restore may number rows afresh. Used by backup.test.ts on the
// source and the restored install, whatever database each is on.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { withLoadedStrapi } from '../../../scripts/lib/strapi/loaded-strapi.ts';

type Row = Record<string, unknown>;

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const row = value as Row;
    if (typeof row.hash === 'string' && typeof row.ext === 'string') return `file:${row.hash}${row.ext}`;
    if (typeof row.documentId === 'string') return `doc:${row.documentId}`;
    return Object.fromEntries(
      Object.keys(row)
        .filter((key) => key !== 'id')
        .sort()
        .map((key) => [key, normalise(row[key])]),
    );
  }
  return value;
}

async function snapshot(strapi: Core.Strapi) {
  const content: Record<string, unknown[]> = {};
  for (const uid of Object.keys(strapi.contentTypes)
    .filter((u) => u.startsWith('api::'))
    .sort()) {
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes]!;
    const populate = Object.entries(model.attributes)
      .filter(([, a]) => ['relation', 'media', 'component'].includes((a as { type: string }).type))
      .map(([name]) => name);
    const rows = (await strapi.db.query(uid as never).findMany({ populate })) as Row[];
    content[uid] = rows
      .map((row) => {
        const { id: _id, ...fields } = row;
        return Object.fromEntries(
          Object.keys(fields)
            .sort()
            .map((key) => [key, key === 'documentId' ? fields[key] : normalise(fields[key])]),
        );
      })
      .sort((a, b) =>
        `${a.documentId}${a.publishedAt ?? ''}`.localeCompare(`${b.documentId}${b.publishedAt ?? ''}`),
      );
  }
  const publicDir = path.resolve(process.env.PUBLIC_DIR ?? 'public');
  const files = ((await strapi.db.query('plugin::upload.file').findMany({})) as Row[])
    .map((file) => ({
      name: file.name,
      hash: file.hash,
      mime: file.mime,
      sha256: createHash('sha256')
        .update(readFileSync(path.join(publicDir, String(file.url))))
        .digest('hex'),
    }))
    .sort((a, b) => String(a.hash).localeCompare(String(b.hash)));
  const users = ((await strapi.db.query('admin::user').findMany({ populate: ['roles'] })) as Row[])
    .map((user) => ({
      email: user.email,
      password: user.password,
      isActive: Boolean(user.isActive),
      roles: (user.roles as Row[]).map((role) => role.code).sort(),
    }))
    .sort((a, b) => String(a.email).localeCompare(String(b.email)));
  const roles = ((await strapi.db.query('admin::role').findMany({ populate: ['permissions'] })) as Row[])
    .map((role) => ({
      code: role.code,
      name: role.name,
      permissions: (role.permissions as Row[]).map((p) => `${p.action} ${p.subject ?? ''}`).sort(),
    }))
    .sort((a, b) => String(a.code).localeCompare(String(b.code)));
  return { content, files, users, roles };
}

const [out] = process.argv.slice(2);
if (!out) throw new Error('usage: snapshot.ts <output.json>');
process.env.SEED_DEMO_CONTENT = 'false';
writeFileSync(out, JSON.stringify(await withLoadedStrapi(snapshot)));
process.exit(0);
