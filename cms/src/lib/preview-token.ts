// Signed preview tokens: the admin's preview button gets a URL of the site's renderer carrying a
// token bound to one document and status, valid for an hour; the renderer hands it back with its
// request for the draft, and only then does the content API answer with anything but published
// entries (published-only-controller.ts). Signed and checked here alone, with PREVIEW_SECRET.
import jwt from 'jsonwebtoken';
import facts from './preview.json';
import sitePaths from './site-paths.json';

export type PreviewStatus = 'draft' | 'published';

export interface PreviewGrant {
  uid: string;
  documentId: string;
  status: PreviewStatus;
}

/** The header the renderer sends the token back in. */
export const PREVIEW_TOKEN_HEADER = facts.tokenHeader;
const AUDIENCE = facts.tokenAudience;

function secret(): string {
  const value = process.env.PREVIEW_SECRET;
  if (!value || value.length < 16)
    throw new Error('PREVIEW_SECRET is not set (at least 16 characters): previews cannot be signed');
  return value;
}

/** A token for one document in one status, valid for `lifetimeSeconds` (at most an hour). */
export function signPreviewToken(grant: PreviewGrant, lifetimeSeconds = facts.tokenLifetimeSeconds): string {
  const expiresIn = Math.min(lifetimeSeconds, facts.tokenLifetimeSeconds);
  const { uid, documentId, status } = grant;
  return jwt.sign({ uid, documentId, status }, secret(), {
    algorithm: 'HS256',
    expiresIn,
    audience: AUDIENCE,
  });
}

/** Why a token was refused, for the log and the 401 body (never the token itself). */
export class PreviewTokenError extends Error {}

/** The grant of a valid token; throws PreviewTokenError for a forged, altered or expired one. */
export function verifyPreviewToken(token: string): PreviewGrant {
  let claims: jwt.JwtPayload | string;
  try {
    claims = jwt.verify(token, secret(), { algorithms: ['HS256'], audience: AUDIENCE });
  } catch (error) {
    const reason = error instanceof jwt.TokenExpiredError ? 'expired' : 'invalid signature or format';
    throw new PreviewTokenError(`preview token refused: ${reason}`);
  }
  if (typeof claims === 'string') throw new PreviewTokenError('preview token refused: not a grant');
  const { uid, documentId, status } = claims as Partial<Record<string, unknown>>;
  if (
    typeof uid !== 'string' ||
    typeof documentId !== 'string' ||
    (status !== 'draft' && status !== 'published')
  )
    throw new PreviewTokenError('preview token refused: not a grant');
  return { uid, documentId, status };
}

/**
 * The types a preview can show: those with a page of their own (at a fixed prefix, site-paths.json,
 * or in the pages' tree) and leaders, shown on the leadership page.
 */
const PREVIEWABLE = new Set([...Object.keys(sitePaths), 'api::page.page', 'api::leader.leader']);

/**
 * The address the admin's preview opens for an entry (PREVIEW_URL with a fresh token), or null for
 * a type without a page of its own, which then shows no preview button.
 */
export function previewUrl(uid: string, documentId: string, status: PreviewStatus | null): string | null {
  const base = process.env.PREVIEW_URL;
  if (!base || !PREVIEWABLE.has(uid)) return null;
  const url = new URL(base);
  url.searchParams.set('token', signPreviewToken({ uid, documentId, status: status ?? 'draft' }));
  return url.href;
}
