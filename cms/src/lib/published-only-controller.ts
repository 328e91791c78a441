import { factories } from '@strapi/strapi';
import type { UID } from '@strapi/strapi';

/**
 * A core controller whose reads always return published documents: any token or role with
 * `find` could otherwise add `?status=draft` and read drafts (strapi/strapi#25326).
 */
export function publishedOnlyController(uid: UID.ContentType) {
  return factories.createCoreController(uid, () => ({
    async find(ctx) {
      ctx.query = { ...ctx.query, status: 'published' };
      return super.find(ctx);
    },
    async findOne(ctx) {
      ctx.query = { ...ctx.query, status: 'published' };
      return super.findOne(ctx);
    },
  }));
}
