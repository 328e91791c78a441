// The newsroom's three admin roles (names fixed: README.md beside this file), made on Strapi's own RBAC at start
// when missing. A role that exists keeps what the chief editor may have changed by hand: it only gains
// the rights on content types added to the portal since it was made (the pages, the documents...).
import type { Core } from '@strapi/strapi';
import { IN_MY_UNIT, IS_CREATOR, IS_PUBLISHED } from './conditions';
import { EDITORIAL_TYPES } from '../editorial-types';

const CM = 'plugin::content-manager.explorer';
export const EVENT_UID = 'api::editorial-event.editorial-event';

const ARTICLE_UID = 'api::article.article';
const SCHEDULING_FIELDS = ['publishAt', 'unpublishAt'];

interface PermissionSpec {
  action: string;
  subject?: string | null;
  properties?: { fields?: string[] };
  conditions?: string[];
}

/** What the role definitions need to know of the running Strapi's schemas. */
export interface Schema {
  /** Every field of a type, components' fields by path, as the role editor lists them. */
  fieldsOf: (uid: string) => string[];
  /** Our content types (api::), with whether each has drafts. */
  contentTypes: Array<{ uid: string; drafts: boolean }>;
}

export interface RoleSpec {
  code: string;
  name: string;
  description: string;
  permissions: (schema: Schema) => PermissionSpec[];
}

/** Strapi's media library rights; `own` limits reading and editing files to one's own uploads. */
const mediaLibrary = (own: boolean): PermissionSpec[] =>
  [
    { action: 'plugin::upload.read', conditions: own ? [IS_CREATOR] : [] },
    { action: 'plugin::upload.configure-view' },
    { action: 'plugin::upload.assets.create' },
    { action: 'plugin::upload.assets.update', conditions: own ? [IS_CREATOR] : [] },
    { action: 'plugin::upload.assets.download' },
    { action: 'plugin::upload.assets.copy-link' },
  ].map((permission) => ({ subject: null, ...permission }));

const on = (
  action: string,
  subject: string,
  fields: string[],
  conditions: string[] = [],
): PermissionSpec => ({
  action: `${CM}.${action}`,
  subject,
  properties: { fields },
  conditions,
});

export const NEWSROOM_ROLES: RoleSpec[] = [
  {
    code: 'newsroom-contributor',
    name: 'Cộng tác viên',
    description:
      'Viết bản nháp cho đơn vị mình và gửi duyệt; chỉ thấy và sửa bản nháp của mình; không xuất bản.',
    permissions: ({ fieldsOf }) => [
      ...[...EDITORIAL_TYPES].flatMap((uid) => {
        const writable = fieldsOf(uid).filter((field) => !SCHEDULING_FIELDS.includes(field));
        // Others' published entries may be picked in a relation; articles are only one's own.
        const read = uid === ARTICLE_UID ? [IS_CREATOR] : [IS_CREATOR, IS_PUBLISHED];
        return [
          on('create', uid, writable),
          on('read', uid, fieldsOf(uid), read),
          on('update', uid, writable, [IS_CREATOR]),
          { action: `${CM}.delete`, subject: uid, conditions: [IS_CREATOR] },
        ];
      }),
      on('read', 'api::tag.tag', fieldsOf('api::tag.tag')),
      ...mediaLibrary(true),
    ],
  },
  {
    code: 'newsroom-unit-editor',
    name: 'Biên tập viên',
    description:
      'Duyệt, sửa, xuất bản và gỡ nội dung của đơn vị mình và các đơn vị trực thuộc; không động đến đơn vị khác.',
    permissions: ({ fieldsOf }) => [
      ...[...EDITORIAL_TYPES].flatMap((uid) => {
        const read = uid === ARTICLE_UID ? [IN_MY_UNIT] : [IN_MY_UNIT, IS_PUBLISHED];
        return [
          on('create', uid, fieldsOf(uid)),
          on('read', uid, fieldsOf(uid), read),
          on('update', uid, fieldsOf(uid), [IN_MY_UNIT]),
          { action: `${CM}.delete`, subject: uid, conditions: [IN_MY_UNIT] },
          { action: `${CM}.publish`, subject: uid, conditions: [IN_MY_UNIT] },
        ];
      }),
      ...['create', 'read', 'update'].map((action) => on(action, 'api::tag.tag', fieldsOf('api::tag.tag'))),
      ...mediaLibrary(false),
    ],
  },
  {
    code: 'newsroom-chief-editor',
    name: 'Tổng biên tập',
    description: 'Toàn quyền nội dung, thông tin cổng và phân công người làm việc cho từng đơn vị.',
    permissions: ({ fieldsOf, contentTypes }) => [
      ...contentTypes.flatMap(({ uid, drafts }) => {
        // The editorial log is read, never written by hand.
        const actions = uid === EVENT_UID ? ['read'] : ['create', 'read', 'update', 'delete', 'publish'];
        return actions
          .filter((action) => action !== 'publish' || drafts)
          .map((action) =>
            action === 'delete' || action === 'publish'
              ? { action: `${CM}.${action}`, subject: uid }
              : on(action, uid, fieldsOf(uid)),
          );
      }),
      ...mediaLibrary(false),
      ...['admin::users.read', 'admin::users.create', 'admin::users.update', 'admin::roles.read'].map(
        (action) => ({ action, subject: null }),
      ),
    ],
  },
];

/** Where an install records the content types its roles were given rights on (Strapi's store). */
const TYPES_GRANTED = { type: 'plugin', name: 'wup-portal', key: 'newsroom-types-granted' } as const;

/** The content types of an install whose roles were made before the record above existed. */
export const TYPES_BEFORE_RECORD = [
  'api::article.article',
  'api::assignment.assignment',
  'api::editorial-event.editorial-event',
  'api::emulation-pledge.emulation-pledge',
  'api::organisation.organisation',
  'api::project.project',
  'api::site-setting.site-setting',
  'api::tag.tag',
  'api::video.video',
];

/** A role's rights on the content types not in `granted`: what a role made before them lacks. */
export function rightsOnNewTypes(
  spec: RoleSpec,
  schema: Schema,
  granted: readonly string[],
): PermissionSpec[] {
  const known = new Set(granted);
  return spec
    .permissions(schema)
    .filter((permission) => permission.subject && !known.has(permission.subject));
}

/**
 * Creates each newsroom role that does not exist yet (by its code, or a role of the same name), and
 * gives the ones that exist their rights on the content types added since they were made.
 */
export async function ensureNewsroomRoles(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role');
  const contentTypes = strapi.service('admin::content-type');
  const schema: Schema = {
    fieldsOf: (uid) =>
      contentTypes.getNestedFields(strapi.contentTypes[uid as never], { components: strapi.components }),
    contentTypes: Object.keys(strapi.contentTypes)
      .filter((uid) => uid.startsWith('api::'))
      .map((uid) => ({ uid, drafts: strapi.contentType(uid as never).options?.draftAndPublish === true })),
  };
  const granted = ((await strapi.store.get(TYPES_GRANTED)) as string[] | null) ?? TYPES_BEFORE_RECORD;
  for (const spec of NEWSROOM_ROLES) {
    const existing = await strapi.db.query('admin::role').findOne({
      where: { $or: [{ code: spec.code }, { name: spec.name }] },
    });
    if (existing) {
      // Not twice: a role made by this version before the record was written holds them already.
      const held = (await strapi.db.query('admin::permission').findMany({
        where: { role: existing.id },
        select: ['action', 'subject'],
      })) as Array<{ action: string; subject: string | null }>;
      const key = (permission: { action: string; subject?: string | null }) =>
        `${permission.action} ${permission.subject ?? ''}`;
      const heldKeys = new Set(held.map(key));
      const added = rightsOnNewTypes(spec, schema, granted).filter(
        (permission) => !heldKeys.has(key(permission)),
      );
      if (added.length === 0) continue;
      await roles.addPermissions(existing.id, added);
      const types = [...new Set(added.map((permission) => permission.subject))].join(', ');
      process.stdout.write(`[newsroom] role ${spec.name}: rights on the new types ${types}\n`);
      continue;
    }
    const role = await roles.create({ name: spec.name, code: spec.code, description: spec.description });
    await roles.addPermissions(role.id, spec.permissions(schema));
    process.stdout.write(`[newsroom] role created: ${spec.name}\n`);
  }
  await strapi.store.set({ ...TYPES_GRANTED, value: schema.contentTypes.map(({ uid }) => uid) });
}
