// The bulk loader's fast path (scripts/lib/content/bulk-insert.ts) against the project's real Strapi and
// database: entries written straight into the tables come out of the REST API and the admin as
// entries made in the admin do (document ids, draft and published rows, relations, cover, slugs),
// and the Document Service edits and unpublishes them as any other.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { StrapiClient } from 'shared-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawCovers, generateCorpus, sizesFor } from '../../scripts/bench/corpus.ts';
import type { Corpus } from '../../scripts/lib/content/bulk-load.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { call } from 'test-harness/test-content';
import { adminCount, adminToken, api, fullAccessToken, strapiInfo } from './helpers.ts';

const run = promisify(execFile);
const work = mkdtempSync(path.join(tmpdir(), 'wup-bulk-test-'));
let corpus: Corpus;
let articlesBefore: number;
let output: string;

const client = () => new StrapiClient({ baseUrl: strapiInfo().url, token: strapiInfo().token });

beforeAll(async () => {
  corpus = generateCorpus(sizesFor(60));
  // Own slugs: the project's Strapi has the demo content, and other files' entries.
  const prefix = `bulk-${strapiInfo().database}`;
  const rename = (slug: string) => `${prefix}-${slug}`;
  for (const list of [corpus.organisations, corpus.projects, corpus.pledges, corpus.videos, corpus.articles])
    for (const entry of list) entry.slug = rename(entry.slug);
  for (const o of corpus.organisations) o.parent = o.parent ? rename(o.parent) : null;
  for (const p of corpus.projects) p.leadOrganisation = rename(p.leadOrganisation);
  for (const p of corpus.pledges) {
    p.host = rename(p.host);
    p.signatories = p.signatories.map(rename);
  }
  for (const v of corpus.videos) {
    v.organisations = v.organisations.map(rename);
    v.projects = v.projects.map(rename);
  }
  for (const a of corpus.articles) {
    a.organisations = a.organisations.map(rename);
    a.projects = a.projects.map(rename);
    a.pledges = a.pledges.map(rename);
    a.videos = a.videos.map(rename);
  }
  const file = path.join(work, 'corpus.json');
  writeFileSync(file, JSON.stringify(corpus));
  await drawCovers(corpus.covers, path.join(work, 'covers'));
  articlesBefore = await adminCount('api::article.article');
  const { stdout } = await run(
    process.execPath,
    [path.join(ROOT, 'scripts', 'load-corpus.ts'), file, path.join(work, 'covers')],
    {
      cwd: ROOT,
      env: { ...process.env, ...strapiInfo().env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  output = stdout;
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bulk load, fast path', () => {
  it('writes every article once, published, with its relations, cover and inline images', async () => {
    expect(output).toMatch(/api::article\.article: 60 in [\d.]+ s/);
    expect(await adminCount('api::article.article')).toBe(articlesBefore + 60);
    const orgIds = new Map(
      (await client().findAll('organisation')).map((o) => [o.slug, o.documentId] as const),
    );
    for (const source of corpus.articles.slice(0, 10)) {
      const article = await client().findBySlug('article', source.slug);
      expect(article, source.slug).not.toBeNull();
      expect(article!.documentId).toMatch(/^[a-z0-9]{24}$/);
      expect(article!.title).toBe(source.title);
      expect(article!.organisations.map((o) => o.documentId).sort()).toEqual(
        source.organisations.map((slug) => orgIds.get(slug)).sort(),
      );
      expect(article!.cover?.url).toMatch(/^\/uploads\/\w+\.jpg$/);
      // Inline images point at the library's files, not at the corpus's own names.
      for (const [, url] of article!.body.matchAll(/\]\((\/uploads\/[^)]+)\)/g))
        expect((await fetch(`${strapiInfo().url}${url}`)).status, url).toBe(200);
    }
    // Organisations keep their tree: a district's parent is its province.
    const district = corpus.organisations.find((o) => o.slug.includes('huyen'))!;
    const loaded = await client().findBySlug('organisation', district.slug);
    expect(loaded!.parent?.documentId).toBe(orgIds.get(district.parent!));
  });

  it('each entry has a draft row too: the admin edits and unpublishes it like any other', async () => {
    const source = corpus.articles[5]!;
    const article = (await client().findBySlug('article', source.slug))!;
    const draft = await api(
      `/content-manager/collection-types/api::article.article/${article.documentId}?status=draft`,
      { token: await adminToken() },
    );
    expect(draft.status).toBe(200);
    expect((draft.body.data as { title: string }).title).toBe(source.title);
    const edited = await api(`/api/articles/${article.documentId}`, {
      method: 'PUT',
      token: await fullAccessToken(),
      body: { data: { title: `${source.title} (đã sửa)` } },
    });
    expect(edited.status).toBe(200);
    expect((await client().findBySlug('article', source.slug))!.title).toBe(`${source.title} (đã sửa)`);
    const entryUrl = `${strapiInfo().url}/content-manager/collection-types/api::article.article/${article.documentId}`;
    const unpublished = await call(`${entryUrl}/actions/unpublish`, {
      method: 'POST',
      token: await adminToken(),
      body: {},
    });
    expect(unpublished.status).toBe(200);
    expect(await client().findBySlug('article', source.slug)).toBeNull();
  });
});
