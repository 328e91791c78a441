// Real Pagefind on a tiny site: shards follow the pages' addresses, and a build whose pages say
// what the previous one's said takes those shards from it, hard-linked, without touching them.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  indexSearch,
  SEARCH_DIGESTS_FILE,
  SEARCH_PAGES_FILE,
  SEARCH_SHARDS_FILE,
  shardOf,
} from './search-index.ts';
import { refreshSearchDbs } from './search-db-refresh.ts';
import { SEARCH_DB_DIR, SearchDb, searchDbFile, SHARD_ENTRY, shardFolder } from './search-db.ts';

const work = mkdtempSync(path.join(tmpdir(), 'wup-search-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const slugs = ['a', 'b', 'c', 'd', 'e', 'f'];
const file = (slug: string) => `tin-tuc/${slug}/index.html`;
function site(name: string, text: (slug: string) => string, sidebar = 'Tâm điểm') {
  const dir = path.join(work, name);
  for (const slug of slugs) {
    mkdirSync(path.join(dir, 'tin-tuc', slug), { recursive: true });
    writeFileSync(
      path.join(dir, file(slug)),
      `<html lang="vi"><body><aside data-pagefind-ignore="all">${sidebar}</aside>` +
        `<main data-pagefind-body><h1>Tin ${slug}</h1><p>${text(slug)}</p></main></body></html>`,
    );
  }
  return dir;
}
/** Page `slug` of a hard-linked copy replaced by a new file (or added), as a fast edit leaves it. */
function replacePage(dir: string, slug: string, text: string) {
  const page = path.join(dir, file(slug));
  mkdirSync(path.dirname(page), { recursive: true });
  rmSync(page, { force: true });
  writeFileSync(
    page,
    `<html lang="vi"><body><main data-pagefind-body><h1>Tin ${slug}</h1><p>${text}</p></main></body></html>`,
  );
}
const inode = (dir: string, shard: number) => statSync(path.join(dir, shardFolder(shard), SHARD_ENTRY)).ino;
const dbInode = (dir: string, shard: number) => statSync(searchDbFile(dir, shard)).ino;
/** What the search API finds in a release of three shards. */
function found(dir: string, query: string) {
  const db = new SearchDb(dir, 3);
  try {
    return db.search(query, {}, 20).results.map((r) => r.url);
  } finally {
    db.close();
  }
}

describe('the search index in stable shards', () => {
  it('indexes anew only the shard whose pages changed what Pagefind reads', async () => {
    const first = site('first', (slug) => `Nội dung tin ${slug}.`);
    const whole = await indexSearch(first, { shardPages: 2 });
    expect(whole).toMatchObject({ indexed: 6, shards: 3, reused: 0 });
    // Its steps, timed: Pagefind indexed every shard, none was taken as it was.
    expect(whole.steps.pagefind).toBeGreaterThan(0);
    expect(whole.steps.reuse).toBe(0);

    // Only the sidebar changed everywhere: every shard is the previous one.
    const sidebar = site('sidebar', (slug) => `Nội dung tin ${slug}.`, 'Tâm điểm mới');
    const same = await indexSearch(sidebar, { shardPages: 2, previousDir: first });
    expect(same).toMatchObject({ shards: 3, reused: 3 });
    expect(same.steps.pagefind).toBe(0);
    expect(same.steps.reuse).toBeGreaterThan(0);
    for (const shard of [0, 1, 2]) expect(inode(sidebar, shard)).toBe(inode(first, shard));
    // The search API's databases go with their shards.
    for (const shard of [0, 1, 2]) expect(dbInode(sidebar, shard)).toBe(dbInode(first, shard));

    // One article's text changed: its shard alone is indexed again.
    const edited = site('edited', (slug) => (slug === 'c' ? 'Nội dung đã sửa.' : `Nội dung tin ${slug}.`));
    const result = await indexSearch(edited, { shardPages: 2, previousDir: first });
    const changed = shardOf(file('c'), 3);
    expect(result.reused).toBe(3 - 1);
    expect(result.indexed).toBeGreaterThan(0);
    // What a spare copy of the previous release must take of this one (Releases.pathsBetween).
    expect(result.written).toEqual([
      shardFolder(changed),
      SEARCH_DB_DIR,
      SEARCH_SHARDS_FILE,
      SEARCH_DIGESTS_FILE,
      SEARCH_PAGES_FILE,
    ]);
    expect(inode(edited, changed)).not.toBe(inode(first, changed));
    expect(dbInode(edited, changed)).not.toBe(dbInode(first, changed));
    expect(found(edited, 'da sua')).toEqual(['/tin-tuc/c/']);
    expect(found(first, 'da sua')).toEqual([]);
    // The previous release's own files are untouched by the new one's.
    expect(statSync(path.join(edited, SEARCH_SHARDS_FILE)).ino).not.toBe(
      statSync(path.join(first, SEARCH_SHARDS_FILE)).ino,
    );
    expect(JSON.parse(readFileSync(path.join(first, SEARCH_DIGESTS_FILE), 'utf8')).shards).toBe(3);
  });

  it("reads again only the pages that are not the previous build's own files", async () => {
    const first = site('linked', (slug) => `Nội dung ${slug}.`);
    await indexSearch(first, { shardPages: 2 });
    // A hard-linked copy, as the search refresh gets it, with one page replaced (a new file).
    const copy = path.join(work, 'linked-copy');
    execFileSync('cp', ['-al', `${first}/.`, copy]);
    const replaced = path.join(copy, file('c'));
    writeFileSync(`${replaced}.tmp`, readFileSync(replaced, 'utf8').replace('Nội dung c.', 'Nội dung mới.'));
    renameSync(`${replaced}.tmp`, replaced);
    // Each shard's folder dated 2001: a folder made again is dated now.
    const folderOf = (shard: number) => path.join(copy, shardFolder(shard));
    const long = new Date('2001-01-01T00:00:00Z');
    for (const shard of [0, 1, 2]) utimesSync(folderOf(shard), long, long);
    const madeAgain = (shard: number) => statSync(folderOf(shard)).mtimeMs !== long.getTime();
    expect(await indexSearch(copy, { shardPages: 2, previousDir: first })).toMatchObject({
      shards: 3,
      reused: 2,
    });
    // The shards taken as they were are the copy's own folders, not linked again file by file.
    const changed = shardOf(file('c'), 3);
    expect([0, 1, 2].map(madeAgain)).toEqual([0, 1, 2].map((shard) => shard === changed));
    const recorded = JSON.parse(readFileSync(path.join(copy, SEARCH_PAGES_FILE), 'utf8'));
    expect(recorded[file('c')][0]).toBe(statSync(replaced).ino);

    // A page that is still the previous build's file is not read: its recorded digest is taken.
    // Recorded otherwise here for page a, so its shard comes out changed although no page did.
    const untouched = path.join(work, 'linked-untouched');
    execFileSync('cp', ['-al', `${first}/.`, untouched]);
    const pagesFile = path.join(first, SEARCH_PAGES_FILE);
    const pages = JSON.parse(readFileSync(pagesFile, 'utf8'));
    pages[file('a')][3] = 'a digest recorded otherwise';
    rmSync(pagesFile);
    writeFileSync(pagesFile, JSON.stringify(pages));
    const before = inode(first, shardOf(file('a'), 3));
    expect(await indexSearch(untouched, { shardPages: 2, previousDir: first })).toMatchObject({
      shards: 3,
      reused: 2,
    });
    expect(inode(untouched, shardOf(file('a'), 3))).not.toBe(before);
  });

  it('looks only at the changed pages when told which, and walks every page when a folder changed', async () => {
    const first = site('told', (slug) => `Nội dung ${slug}.`);
    await indexSearch(first, { shardPages: 2 });
    const copy = (name: string) => {
      const dir = path.join(work, name);
      execFileSync('cp', ['-al', `${first}/.`, dir]);
      replacePage(dir, 'c', 'Nội dung đã sửa.');
      replacePage(dir, 'g', 'Bài mới về giáo dục.');
      // Not among the changed paths: a page only a walk finds.
      replacePage(dir, 'h', 'Bài về khuyến nông.');
      return dir;
    };
    // At most three shards, as before: the shards stay where they were.
    const told = copy('told-copy');
    await indexSearch(told, {
      shardPages: 2,
      previousDir: first,
      changed: [file('c'), file('g'), 'sitemap-0.xml'],
    });
    expect(found(told, 'da sua')).toEqual(['/tin-tuc/c/']);
    expect(found(told, 'giao duc')).toEqual(['/tin-tuc/g/']);
    expect(found(told, 'khuyen nong')).toEqual([]);
    const recorded = JSON.parse(readFileSync(path.join(told, SEARCH_PAGES_FILE), 'utf8'));
    expect(Object.keys(recorded).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(file));

    const walked = copy('walked-copy');
    await indexSearch(walked, {
      shardPages: 2,
      maxShards: 3,
      previousDir: first,
      changed: [file('c'), 'tin-tuc/g'],
    });
    expect(found(walked, 'khuyen nong')).toEqual(['/tin-tuc/h/']);
  });

  it('caps the number of shards, making them larger instead', async () => {
    const capped = site('capped', (slug) => `Nội dung ${slug}.`);
    expect(await indexSearch(capped, { shardPages: 1, maxShards: 2 })).toMatchObject({
      indexed: 6,
      shards: 2,
      reused: 0,
    });
  });

  it('stops when told, Pagefind included, and indexes again afterwards', async () => {
    const dir = path.join(work, 'stopped');
    for (let n = 0; n < 2000; n++) {
      mkdirSync(path.join(dir, 'tin-tuc', `tin-${n}`), { recursive: true });
      writeFileSync(
        path.join(dir, 'tin-tuc', `tin-${n}`, 'index.html'),
        `<html lang="vi"><body><main data-pagefind-body><h1>Tin số ${n}</h1>` +
          `<p>${'Hội viên phụ nữ xã vùng cao tham gia lớp học nghề. '.repeat(20)}</p></main></body></html>`,
      );
    }
    const controller = new AbortController();
    // Once the shard's pages are laid out for Pagefind: it is starting or indexing them.
    const watch = setInterval(() => existsSync(`${dir}.search-shard`) && controller.abort(), 1);
    try {
      await expect(indexSearch(dir, { shardPages: 5000, signal: controller.signal })).rejects.toMatchObject({
        name: 'AbortError',
      });
    } finally {
      clearInterval(watch);
    }
    expect(existsSync(path.join(dir, 'pagefind'))).toBe(false);
    expect(existsSync(`${dir}.search-shard`)).toBe(false);
    expect(await indexSearch(dir, { shardPages: 5000 })).toMatchObject({
      indexed: 2000,
      shards: 1,
      reused: 0,
    });
  });

  it('indexes everything when the number of shards changed', async () => {
    const before = site('before', (slug) => `Nội dung ${slug}.`);
    await indexSearch(before, { shardPages: 3 });
    const after = path.join(work, 'after');
    cpSync(before, after, { recursive: true });
    expect(await indexSearch(after, { shardPages: 2, previousDir: before })).toMatchObject({
      shards: 3,
      reused: 0,
    });
  });

  it('writes the search databases of shards it takes from a release that has none', async () => {
    const older = site('older', (slug) => `Nội dung tin ${slug}.`);
    await indexSearch(older, { shardPages: 2 });
    rmSync(path.join(older, SEARCH_DB_DIR), { recursive: true });
    const next = site('after-older', (slug) => `Nội dung tin ${slug}.`);
    expect(await indexSearch(next, { shardPages: 2, previousDir: older })).toMatchObject({ reused: 3 });
    expect(found(next, 'noi dung').sort()).toEqual(slugs.map((slug) => `/tin-tuc/${slug}/`));
  });

  it("counts a release's filters once: its databases are never written", async () => {
    const dir = site('filters-once', (slug) => `Nội dung tin ${slug}.`);
    await indexSearch(dir, { shardPages: 2 });
    const db = new SearchDb(dir, 3);
    try {
      expect(db.filters()).toBe(db.filters());
    } finally {
      db.close();
    }
  });

  it('replaces changed pages in the search API without indexing their shards again', async () => {
    const first = site('api-first', (slug) => `Nội dung tin ${slug}.`);
    await indexSearch(first, { shardPages: 2 });
    // A hard-linked copy with page c replaced (a new file) and a new page g, as a fast edit leaves it.
    const copy = path.join(work, 'api-copy');
    execFileSync('cp', ['-al', `${first}/.`, copy]);
    replacePage(copy, 'c', 'Nội dung đã sửa.');
    replacePage(copy, 'g', 'Bài mới về giáo dục.');
    const shardsBefore = [0, 1, 2].map((shard) => inode(copy, shard));
    // A list page (nothing searchable) changed too: no database changes for it.
    writeFileSync(path.join(copy, 'tin-tuc', 'index.html'), '<html lang="vi"><body>Tin tức</body></html>');
    const result = await refreshSearchDbs(copy, [file('c'), file('g'), 'tin-tuc/index.html']);
    expect(result.indexed).toBe(2);
    expect(found(copy, 'da sua')).toEqual(['/tin-tuc/c/']);
    expect(found(copy, 'giao duc')).toEqual(['/tin-tuc/g/']);
    // Page c once, as it now is: its old row is gone.
    expect(found(copy, 'noi dung').sort()).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((s) => `/tin-tuc/${s}/`),
    );
    const db = new SearchDb(copy, 3);
    try {
      expect(db.search('da sua', {}, 20).results[0]!.excerpt).toContain('Nội dung <mark>đã</mark>');
    } finally {
      db.close();
    }
    // The databases it changed are new files; the release it was copied from is untouched, and so
    // are the Pagefind shards (indexed again later).
    const changed = new Set([file('c'), file('g')].map((page) => shardOf(page, 3)));
    for (const shard of changed) expect(dbInode(copy, shard)).not.toBe(dbInode(first, shard));
    expect(found(first, 'da sua')).toEqual([]);
    expect([0, 1, 2].map((shard) => inode(copy, shard))).toEqual(shardsBefore);
    expect(result.written.filter((f) => f.startsWith(SEARCH_DB_DIR)).sort()).toEqual(
      [...changed].map((shard) => path.relative(copy, searchDbFile(copy, shard))).sort(),
    );
  });
});
