import { factories } from '@strapi/strapi';
import type { UID } from '@strapi/strapi';
import { PREVIEW_TOKEN_HEADER, PreviewTokenError, verifyPreviewToken } from './preview-token';

interface Ctx {
  request: { header: Record<string, string | string[] | undefined> };
  params: { id?: string };
  query: Record<string, unknown>;
  unauthorized(message: string): void;
  forbidden(message: string): void;
}

/**
 * The status a read may return: published, unless the request carries a valid preview token for
 * exactly this type and document (then the token's status). A token that is forged, altered,
 * expired or bound to something else answers 401/403 and reads nothing.
 */
function allowedStatus(ctx: Ctx, uid: UID.ContentType): 'draft' | 'published' | null {
  const header = ctx.request.header[PREVIEW_TOKEN_HEADER];
  if (header === undefined) return 'published';
  try {
    const grant = verifyPreviewToken(String(header));
    if (grant.uid !== uid || grant.documentId !== ctx.params.id) {
      ctx.forbidden('preview token is bound to another document');
      return null;
    }
    return grant.status;
  } catch (error) {
    if (!(error instanceof PreviewTokenError)) throw error;
    ctx.unauthorized(error.message);
    return null;
  }
}

/**
 * A core controller whose reads return published documents: any token or role with `find` could
 * otherwise add `?status=draft` and read drafts (strapi/strapi#25326). The one exception is a
 * preview: findOne of the document a signed preview token names (preview-token.ts).
 */
export function publishedOnlyController(uid: UID.ContentType) {
  return factories.createCoreController(uid, () => ({
    async find(ctx) {
      if (ctx.request.header[PREVIEW_TOKEN_HEADER] !== undefined)
        return ctx.forbidden('a preview token reads one document, not lists');
      ctx.query = { ...ctx.query, status: 'published' };
      return super.find(ctx);
    },
    async findOne(ctx) {
      // Strapi's context type leaves out what its router and error helpers add (params, forbidden).
      const status = allowedStatus(ctx as unknown as Ctx, uid);
      if (!status) return;
      ctx.query = { ...ctx.query, status };
      return super.findOne(ctx);
    },
  }));
}
