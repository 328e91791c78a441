import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import facts from './preview.json';
import { previewUrl, PreviewTokenError, signPreviewToken, verifyPreviewToken } from './preview-token';

const grant = { uid: 'api::article.article', documentId: 'abc123', status: 'draft' as const };
const saved = { secret: process.env.PREVIEW_SECRET, url: process.env.PREVIEW_URL };

beforeAll(() => {
  process.env.PREVIEW_SECRET = 'unit-test-preview-secret-0123456789';
  process.env.PREVIEW_URL = 'http://localhost:4323/xem-truoc/';
});
afterAll(() => {
  for (const [key, value] of [
    ['PREVIEW_SECRET', saved.secret],
    ['PREVIEW_URL', saved.url],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe('preview tokens', () => {
  it('grants the one document and status they were signed for', () => {
    expect(verifyPreviewToken(signPreviewToken(grant))).toEqual(grant);
  });

  it('live at most an hour, however long was asked', () => {
    const claims = jwt.decode(signPreviewToken(grant, 24 * 3600)) as jwt.JwtPayload;
    expect(claims.exp! - claims.iat!).toBe(3600);
  });

  it('refuses an expired token', () => {
    expect(() => verifyPreviewToken(signPreviewToken(grant, -1))).toThrow(/expired/);
  });

  it('refuses a token signed with another secret, or altered after signing', () => {
    const forged = jwt.sign(grant, 'another-secret-that-is-long-enough', { audience: facts.tokenAudience });
    expect(() => verifyPreviewToken(forged)).toThrow(PreviewTokenError);
    const [header, , signature] = signPreviewToken(grant).split('.');
    const payload = Buffer.from(JSON.stringify({ ...grant, documentId: 'other' })).toString('base64url');
    expect(() => verifyPreviewToken(`${header}.${payload}.${signature}`)).toThrow(PreviewTokenError);
    expect(() => verifyPreviewToken('not-a-token')).toThrow(PreviewTokenError);
  });

  it('refuses an unsigned token (alg none)', () => {
    const unsigned = jwt.sign(grant, '', {
      algorithm: 'none',
      audience: facts.tokenAudience,
    } as jwt.SignOptions);
    expect(() => verifyPreviewToken(unsigned)).toThrow(PreviewTokenError);
  });

  it('gives a preview address only to the types with a page of their own', () => {
    const url = new URL(previewUrl('api::article.article', 'abc123', 'draft')!);
    expect(url.origin + url.pathname).toBe('http://localhost:4323/xem-truoc/');
    expect(verifyPreviewToken(url.searchParams.get('token')!)).toEqual(grant);
    expect(previewUrl('api::tag.tag', 'abc123', 'draft')).toBeNull();
    expect(previewUrl('api::site-setting.site-setting', 'x', 'draft')).toBeNull();
  });
});
