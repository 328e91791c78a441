// Entries saved before every entry was given an address (a topic named "远征手记" or "🌸🌸" got an
// empty slug, and every full build of the site failed on it): repaired at start, each one logged.
import type { Core, UID } from '@strapi/strapi';
import { isUsableSlug, OWN_TYPES, slugForEntry } from './validation';

type Row = Record<string, unknown> & { documentId: string; publishedAt: string | null };

/** A slug no other document of the type uses: `slug`, else `slug-2`, `slug-3` ... */
async function freeSlug(strapi: Core.Strapi, uid: string, slug: string, documentId: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? slug : `${slug}-${n}`;
    const taken = await strapi.db
      .query(uid as UID.Schema)
      .count({ where: { slug: candidate, documentId: { $ne: documentId } } });
    if (taken === 0) return candidate;
  }
}

/** Gives every document whose rows have an empty slug one made from its name; returns how many. */
export async function repairEmptySlugs(strapi: Core.Strapi): Promise<number> {
  let repaired = 0;
  for (const uid of OWN_TYPES) {
    const rows = (await strapi.db
      .query(uid as UID.Schema)
      .findMany({ where: { $or: [{ slug: null }, { slug: '' }] } })) as Row[];
    const byDocument = new Map<string, Row[]>();
    for (const row of rows) byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
    for (const [documentId, versions] of byDocument) {
      // The draft holds what the editor last wrote; a type without drafts has one row.
      const source = versions.find((row) => row.publishedAt === null) ?? versions[0]!;
      const derived = slugForEntry(uid, source);
      if (!derived) continue;
      const slug = await freeSlug(strapi, uid, derived, documentId);
      if (!isUsableSlug(slug)) continue;
      await strapi.db.query(uid as UID.Schema).updateMany({ where: { documentId }, data: { slug } });
      strapi.log.warn(`[slugs] ${uid} ${documentId} had no address; it is now "${slug}"`);
      repaired++;
    }
  }
  return repaired;
}

/**
 * The admin's "Regenerate" and the address it fills in as a name is typed: Strapi's own, unless it
 * gives nothing usable ("🌸🌸"), then the one the CMS would make on save.
 */
export function useOurSlugsInTheAdmin(strapi: Core.Strapi) {
  const service = strapi.plugin('content-manager').service('uid') as {
    generateUIDField(params: {
      contentTypeUID: string;
      field: string;
      data: Record<string, unknown>;
    }): Promise<string>;
    findUniqueUID(params: { contentTypeUID: string; field: string; value: string }): Promise<string>;
  };
  const strapiGenerated = service.generateUIDField.bind(service);
  service.generateUIDField = async (params) => {
    const generated = await strapiGenerated(params);
    if (!OWN_TYPES.has(params.contentTypeUID) || isUsableSlug(generated)) return generated;
    const ours = slugForEntry(params.contentTypeUID, params.data);
    return ours ? service.findUniqueUID({ ...params, value: ours }) : generated;
  };
}
