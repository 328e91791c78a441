// Preview of a draft, rendered on request by the resident renderer (pages/xem-truoc.astro): the
// entry comes from the CMS only with a signed token bound to it (the CMS checks the signature,
// the lifetime and the document), and the page shows the published site as it would be with
// the entry published now.
import {
  CONTENT_TYPES,
  StrapiAuthError,
  StrapiClient,
  StrapiHttpError,
  type ContentTypeKey,
  type ContentTypeMap,
} from 'shared-types';
import { adminOrigins } from 'shared-types/runtime';
import { previewSecurityHeaders } from 'shared-types/site-headers';
import { siteData, type SiteData } from '../data/site-data';
import { withEntry } from '../data/edits';
import { STRAPI_URL, strapiToken } from '../data/strapi-config';

/** The types with a page of their own, which a preview can show. */
export type PreviewKey = Exclude<ContentTypeKey, 'tag'>;

/** A preview being rendered: the entry and the site's data with it in. */
export type Preview = {
  [K in PreviewKey]: { key: K; entry: ContentTypeMap[K]; data: SiteData };
}[PreviewKey];

/** A preview that cannot be shown: the HTTP status and a reason in Vietnamese for the editor. */
export class PreviewError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404,
    message: string,
  ) {
    super(message);
    this.name = 'PreviewError';
  }
}

interface Grant {
  key: PreviewKey;
  documentId: string;
  status: 'draft' | 'published';
}

/**
 * What a token says it grants, read without trusting it: it only tells the renderer what to ask
 * for. The CMS verifies the signature and refuses the request when anything in it was altered.
 */
export function readGrant(token: string): Grant {
  const payload = token.split('.')[1];
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new PreviewError(401, 'Liên kết xem trước không hợp lệ.');
  }
  const key = (Object.keys(CONTENT_TYPES) as ContentTypeKey[]).find(
    (k) => CONTENT_TYPES[k].uid === claims.uid,
  );
  const { documentId, status } = claims;
  if (
    !key ||
    key === 'tag' ||
    typeof documentId !== 'string' ||
    (status !== 'draft' && status !== 'published')
  )
    throw new PreviewError(401, 'Liên kết xem trước không hợp lệ.');
  return { key, documentId, status };
}

/** Fetches the entry the token grants and puts it into the published site's data. */
export async function loadPreview(token: string): Promise<Preview> {
  // The published site first: a renderer's warm-up request (without a token) loads it.
  const published = await siteData();
  if (!token) throw new PreviewError(401, 'Thiếu mã xem trước: hãy mở bản xem trước từ trang quản trị.');
  const grant = readGrant(token);
  const client = new StrapiClient({ baseUrl: STRAPI_URL, token: strapiToken(), retries: 1 });
  let entry: ContentTypeMap[PreviewKey];
  try {
    entry = await client.preview(grant.key, grant, token);
  } catch (error) {
    if (error instanceof StrapiAuthError)
      throw new PreviewError(
        error.status === 401 ? 401 : 403,
        'Liên kết xem trước đã hết hạn hoặc không hợp lệ: hãy mở lại bản xem trước từ trang quản trị.',
      );
    if (error instanceof StrapiHttpError && error.status === 404)
      throw new PreviewError(404, 'Bài này không còn trong trang quản trị (đã bị xoá?).');
    throw error;
  }
  const data = await withEntry(published, grant.key, entry);
  return { key: grant.key, entry, data } as Preview;
}

/** Headers of every preview answer: never cached, indexed, referred or framed outside the admin. */
export function previewHeaders(): Record<string, string> {
  return {
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex, nofollow',
    ...previewSecurityHeaders(adminOrigins()),
  };
}
