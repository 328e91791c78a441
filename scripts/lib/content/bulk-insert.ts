// The bulk loader's fast path: published entries written straight into Strapi's tables in batches,
// keeping what the Document Service would have written: one document id (cuid2, as Strapi makes
// them) with a draft row and a published row, relations from each row to the same state of its
// target (Strapi's link tables, with their order columns), media through the upload plugin's
// morph table. No lifecycle hooks, webhooks or validation run: the loader's input is trusted and
// complete (slugs given); a full build follows a load. Entries with components are not for it.
import { createId } from '@paralleldrive/cuid2';
import type { Core } from '@strapi/strapi';
import { USABLE_SLUG } from 'shared-types';

/** A new document id, as Strapi makes them. */
export const newDocumentId = (): string => createId();

/**
 * An entry to insert: its document id (made beforehand, so entries of one batch can point at each
 * other), scalar fields, relations as target documentIds, media as upload file ids.
 */
export interface InsertItem {
  documentId: string;
  fields: Record<string, unknown>;
  relations?: Record<string, string[]>;
  media?: Record<string, number | null | undefined>;
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

interface MorphJoinTable {
  name: string;
  joinColumn: { name: string };
  morphColumn: { idColumn: { name: string }; typeColumn: { name: string }; typeField?: string };
}

/** The transaction Strapi hands its callback (a Knex transaction). */
type Transaction = Parameters<Parameters<Core.Strapi['db']['transaction']>[0]>[0]['trx'];

type Meta = {
  tableName: string;
  attributes: Record<string, { type: string; target?: string; joinTable?: JoinTable }>;
};

/** Row ids of documents of a type, by documentId, for its draft and its published row. */
async function rowIds(strapi: Core.Strapi, trx: Transaction, uid: string, documentIds: string[]) {
  const { tableName } = strapi.db.metadata.get(uid as never) as unknown as Meta;
  const ids = new Map<string, { draft?: number; published?: number }>();
  for (let i = 0; i < documentIds.length; i += 500) {
    const rows = (await strapi.db
      .connection(tableName)
      .select('id', 'document_id', 'published_at')
      .whereIn('document_id', documentIds.slice(i, i + 500))
      .transacting(trx)) as Array<{
      id: number;
      document_id: string;
      published_at: unknown;
    }>;
    for (const row of rows) {
      const entry = ids.get(row.document_id) ?? {};
      entry[row.published_at === null ? 'draft' : 'published'] = row.id;
      ids.set(row.document_id, entry);
    }
  }
  return ids;
}

/**
 * Inserts published entries of one content type (draft and published rows, links, media) in one
 * transaction. A relation to an entry not inserted yet (a later batch) is left out.
 */
export async function insertPublished(strapi: Core.Strapi, uid: string, items: InsertItem[]): Promise<void> {
  const meta = strapi.db.metadata.get(uid as never) as unknown as Meta;
  const fileMeta = strapi.db.metadata.get('plugin::upload.file' as never) as unknown as {
    attributes: { related: { joinTable: MorphJoinTable } };
  };
  const morph = fileMeta.attributes.related.joinTable;
  // No validation runs here, but an entry without an address would be a page the site cannot make.
  for (const item of items) {
    const slug = item.fields.slug;
    if (typeof slug !== 'string' || !USABLE_SLUG.test(slug))
      throw new Error(
        `${uid} ${item.documentId}: slug ${JSON.stringify(slug)} is not an address a page can have ` +
          '(it needs a letter a-z or a digit); fix the input and load again. Nothing of this batch was written.',
      );
  }
  const documentIds = items.map((item) => item.documentId);
  const now = new Date();
  await strapi.db.transaction(async ({ trx }) => {
    const knex = strapi.db.connection;
    // Scalars through the query layer (column names, types, dates as each database stores them).
    const rows = items.flatMap((item, i) =>
      [null, now].map((publishedAt) => ({
        ...item.fields,
        documentId: documentIds[i],
        createdAt: now,
        updatedAt: now,
        publishedAt,
        locale: null,
      })),
    );
    for (let i = 0; i < rows.length; i += 200)
      await strapi.db.query(uid as never).createMany({ data: rows.slice(i, i + 200) });
    const own = await rowIds(strapi, trx, uid, documentIds);

    // Relations: each state links to the same state of its target.
    const inverseOrder = new Map<string, number>();
    for (const [attribute, spec] of Object.entries(meta.attributes)) {
      const join = spec.joinTable;
      if (spec.type !== 'relation' || !join || !spec.target) continue;
      const targets = [...new Set(items.flatMap((item) => item.relations?.[attribute] ?? []))];
      if (targets.length === 0) continue;
      const targetIds = await rowIds(strapi, trx, spec.target, targets);
      const links: Array<Record<string, unknown>> = [];
      items.forEach((item, i) => {
        const ownIds = own.get(documentIds[i]!)!;
        for (const state of ['draft', 'published'] as const) {
          (item.relations?.[attribute] ?? []).forEach((target, order) => {
            const targetId = targetIds.get(target)?.[state];
            if (!ownIds[state] || !targetId) return;
            const inverseKey = `${attribute}:${targetId}`;
            const inverse = (inverseOrder.get(inverseKey) ?? 0) + 1;
            inverseOrder.set(inverseKey, inverse);
            links.push({
              [join.joinColumn.name]: ownIds[state],
              [join.inverseJoinColumn.name]: targetId,
              ...(join.orderColumnName ? { [join.orderColumnName]: order + 1 } : {}),
              ...(join.inverseOrderColumnName ? { [join.inverseOrderColumnName]: inverse } : {}),
            });
          });
        }
      });
      if (links.length > 0) await knex.batchInsert(join.name, links, 500).transacting(trx);
    }

    // Media: the upload plugin's morph table, one row per state and field.
    const media: Array<Record<string, unknown>> = [];
    items.forEach((item, i) => {
      const ownIds = own.get(documentIds[i]!)!;
      for (const [field, fileId] of Object.entries(item.media ?? {})) {
        if (!fileId) continue;
        for (const rowId of [ownIds.draft, ownIds.published]) {
          media.push({
            [morph.joinColumn.name]: fileId,
            [morph.morphColumn.idColumn.name]: rowId,
            [morph.morphColumn.typeColumn.name]: uid,
            [morph.morphColumn.typeField ?? 'field']: field,
            order: 1,
          });
        }
      }
    });
    if (media.length > 0) await knex.batchInsert(morph.name, media, 500).transacting(trx);
  });
}
