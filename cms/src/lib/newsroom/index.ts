// The newsroom: three roles on Strapi's RBAC, the unit a person works for as data, a condition that
// follows the organisation tree, review before publishing and a log of who did what.
import type { Core } from '@strapi/strapi';
import { registerNewsroomConditions } from './conditions';
import { registerNewsroomMiddleware } from './middleware';
import { registerReviewRoutes } from './review';
import { ensureNewsroomRoles } from './roles';

/** Register phase: the log and rules on every write, the review routes. */
export function registerNewsroom(strapi: Core.Strapi) {
  registerNewsroomMiddleware(strapi);
  registerReviewRoutes(strapi);
}

/** Bootstrap phase: the conditions (before Strapi is loaded), then the roles that use them. */
export async function bootstrapNewsroom(strapi: Core.Strapi) {
  await registerNewsroomConditions(strapi);
  await ensureNewsroomRoles(strapi);
}
