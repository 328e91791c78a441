// Custom conditions of Strapi's RBAC (Community Edition: the condition provider), evaluated when a
// person's abilities are built, once per admin request.
import type { Core } from '@strapi/strapi';
import { coverageOf, unitQuery } from './units';

/** What a condition handler receives: the admin user, with the permission being evaluated. */
interface ConditionUser {
  id: number;
  email: string;
  permission?: { subject?: string | null };
}

export const IN_MY_UNIT = 'api::in-my-unit';
export const IS_PUBLISHED = 'api::is-published';
export const IS_CREATOR = 'admin::is-creator';

/** One look per request: the abilities of a request evaluate a condition for many permissions. */
function perUser<T>(compute: (user: ConditionUser) => Promise<T>) {
  const cache = new WeakMap<object, Promise<T>>();
  return (user: ConditionUser): Promise<T> => {
    let pending = cache.get(user);
    if (!pending) {
      pending = compute(user);
      cache.set(user, pending);
    }
    return pending;
  };
}

export async function registerNewsroomConditions(strapi: Core.Strapi) {
  const coverage = perUser((user) => coverageOf(strapi, user.email));
  const publishedCache = new WeakMap<object, Map<string, Promise<string[]>>>();
  const publishedOf = (user: ConditionUser, uid: string) => {
    const byType = publishedCache.get(user) ?? new Map<string, Promise<string[]>>();
    publishedCache.set(user, byType);
    let pending = byType.get(uid);
    if (!pending) {
      pending = strapi.db
        .query(uid as never)
        .findMany({ where: { publishedAt: { $notNull: true } }, select: ['documentId'] })
        .then((rows: Array<{ documentId: string }>) => rows.map((row) => row.documentId));
      byType.set(uid, pending);
    }
    return pending;
  };

  await strapi.service('admin::permission').conditionProvider.registerMany([
    {
      displayName: 'Thuộc đơn vị của tôi',
      name: 'in-my-unit',
      // The unit the person is assigned to in "Phân công", the units below it and those merged into it.
      handler: async (user: ConditionUser) => {
        const uid = user.permission?.subject;
        if (!uid) return false;
        return unitQuery(uid, await coverage(user));
      },
    },
    {
      displayName: 'Đã xuất bản',
      name: 'is-published',
      // Public already: anyone who writes may pick it in a relation (an organisation, a project).
      handler: async (user: ConditionUser) => {
        const uid = user.permission?.subject;
        if (!uid) return false;
        const ids = await publishedOf(user, uid);
        return ids.length > 0 ? { documentId: { $in: ids } } : false;
      },
    },
  ]);
}
