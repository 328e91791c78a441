// Where the build reads content from: shared-types/runtime holds the defaults and the token look-up.
import { dataDir, siteToken, strapiUrl } from 'shared-types/runtime';

export { dataDir, siteToken as strapiToken };

/** Strapi's origin for the build (STRAPI_URL), default the local CMS. */
export const STRAPI_URL = strapiUrl();

/** Absolute URL of a Strapi upload (Strapi returns /uploads/... for the local provider). */
export function mediaUrl(url: string): string {
  return /^https?:\/\//.test(url) ? url : `${STRAPI_URL}${url}`;
}
