// Document Service middleware of the newsroom: the log of who created, published, took down and
// deleted what; a new entry named after the writer's unit when it names none they cover; and no
// deleting of a published entry by someone who may not take it down.
import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import { currentActor, recordEvent, titleOf, type EditorialAction } from './events';
import { EDITORIAL_TYPES } from '../editorial-types';
import { assignedUnit, coverageOfUnit, ORGANISATION_UID, UNIT_FIELDS } from './units';

type Entry = Record<string, unknown> & { documentId: string };

/** The relations through which an entry names its units (an organisation: its parent). */
const unitFields = (uid: string) => (uid === ORGANISATION_UID ? ['parent'] : (UNIT_FIELDS[uid] ?? []));

/** Names the writer's unit on a new entry that names none of the units they cover. */
async function nameWritersUnit(strapi: Core.Strapi, uid: string, entry: Entry, email: string) {
  const unit = await assignedUnit(strapi, email);
  if (!unit) return;
  const fields = unitFields(uid);
  const draft = (await strapi.db.query(uid as never).findOne({
    where: { documentId: entry.documentId, publishedAt: null },
    populate: Object.fromEntries(fields.map((field) => [field, { select: ['documentId'] }])),
  })) as Record<string, unknown> | null;
  if (!draft) return;
  const named = fields.flatMap((field) => {
    const value = draft[field] as { documentId: string } | Array<{ documentId: string }> | null;
    return (Array.isArray(value) ? value : value ? [value] : []).map((unit) => unit.documentId);
  });
  const covered = await coverageOfUnit(strapi, unit);
  if (named.some((id) => covered.has(id))) return;
  await strapi.documents(uid as never).update({
    documentId: entry.documentId,
    data: { [fields[0]!]: { connect: [{ documentId: unit }] } } as never,
  });
}

/** Whether the current request may take an entry of this type off the site. */
function mayTakeDown(strapi: Core.Strapi, uid: string): boolean {
  const ctx = strapi.requestContext.get() as
    { state?: { userAbility?: { can(action: string, subject: string): boolean } } } | undefined;
  const ability = ctx?.state?.userAbility;
  return !ability || ability.can('plugin::content-manager.explorer.publish', uid);
}

export function registerNewsroomMiddleware(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    if (!EDITORIAL_TYPES.has(uid)) return next();
    const params = context.params as { documentId?: string };
    const actor = currentActor(strapi);

    if (action === 'delete' && params.documentId && !mayTakeDown(strapi, uid)) {
      const published = await strapi.db.query(uid as never).count({
        where: { documentId: params.documentId, publishedAt: { $notNull: true } },
      });
      if (published > 0)
        throw new errors.ForbiddenError(
          'Bài đã xuất bản: chỉ biên tập viên của đơn vị mới được gỡ hoặc xóa.',
        );
    }
    const before =
      action === 'delete' && params.documentId
        ? ((await strapi.db
            .query(uid as never)
            .findOne({ where: { documentId: params.documentId } })) as Entry)
        : null;

    const result = await next();

    const logged: Partial<Record<string, EditorialAction>> = {
      create: 'created',
      publish: 'published',
      unpublish: 'unpublished',
      delete: 'deleted',
    };
    const logAs = logged[action];
    if (!logAs || !actor) return result;
    const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
    if (!documentId) return result;
    const entry =
      before ??
      ((await strapi.db
        .query(uid as never)
        .findOne({ where: { documentId, publishedAt: null } })) as Entry | null);
    await recordEvent(strapi, {
      action: logAs,
      contentType: uid,
      entryDocumentId: documentId,
      entryTitle: titleOf(entry),
      actor,
    });
    if (logAs === 'created' && actor.email && entry) await nameWritersUnit(strapi, uid, entry, actor.email);
    return result;
  });
}
