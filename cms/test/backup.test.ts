// `npm run backup` and `npm run restore` against the project's real Strapi and database: a round
// trip into an empty install compared field by field (drafts, publish state, relations, uploads,
// admin users and roles), on SQLite, and on PostgreSQL through SQLite and back; refusals of a
// corrupt archive, one of another schema and a target that has content, with nothing changed.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';
import { freePort } from '../../scripts/lib/strapi/strapi.ts';
import { call, TestEditor } from 'test-harness/test-content';

const run = promisify(execFile);
const DELETED_DEMO_ARTICLE = 'nam-dinh-nhan-rong-mo-hinh-dia-chi-tin-cay-ho-tro-phu-nu-bi-bao-luc-gia-dinh';
const strapi = inject('strapi');
const work = mkdtempSync(path.join(tmpdir(), 'wup-backup-test-'));
const databases: string[] = [];

/** Runs a repository script (backup, restore, the snapshot) on an install's environment. */
async function script(file: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout } = await run(process.execPath, [path.join(ROOT, file), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env, NODE_ENV: 'production' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: `${failed.stdout}\n${failed.stderr}` };
  }
}

let snapshots = 0;
async function snapshotOf(env: Record<string, string>) {
  const file = path.join(work, `snapshot-${snapshots++}.json`);
  const { code, out } = await script('cms/test/backup/snapshot.ts', [file], env);
  expect(code, out.slice(-2000)).toBe(0);
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** An empty install: a new database of the given kind and an uploads folder, the source's secrets. */
async function emptyInstall(kind: 'sqlite' | 'postgres'): Promise<Record<string, string>> {
  const dir = mkdtempSync(path.join(work, `${kind}-`));
  mkdirSync(path.join(dir, 'public', 'uploads'), { recursive: true });
  const env = {
    ...strapi.env,
    PUBLIC_DIR: path.join(dir, 'public'),
    SITE_TOKEN_FILE: path.join(dir, 'site-token'),
  };
  if (kind === 'sqlite') {
    delete (env as Record<string, string>).DATABASE_URL;
    return { ...env, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') };
  }
  const base = process.env.TEST_DATABASE_URL!;
  const name = `wup_restore_${process.pid}_${databases.length}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  databases.push(name);
  const url = new URL(base);
  url.pathname = `/${name}`;
  delete (env as Record<string, string>).DATABASE_FILENAME;
  return { ...env, DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString(), DATABASE_POOL_MIN: '0' };
}

/**
 * A fresh clone of this checkout, as `git clone` on a new machine gives: the files git would commit
 * (tracked and new, never ignored ones, so no uploads folder, database or secrets), in an empty
 * folder. What `npm start` would install and build is shared with this checkout rather than done
 * again: its node_modules linked, its CMS build copied (the same sources, so not built again).
 */
function freshClone(): string {
  const clone = mkdtempSync(path.join(work, 'clone-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && existsSync(path.join(ROOT, file)));
  for (const file of files) cpSync(path.join(ROOT, file), path.join(clone, file));
  // Folders of links, never a link to the folder: whatever the clone's npm does to its node_modules
  // (`npm ci` empties it) stays in the clone.
  for (const dir of ['node_modules', 'cms/node_modules', 'site/node_modules', '.tools/node/node_modules']) {
    if (!existsSync(path.join(ROOT, dir))) continue;
    mkdirSync(path.join(clone, dir), { recursive: true });
    for (const entry of readdirSync(path.join(ROOT, dir)))
      if (entry !== '.wup-installed') symlinkSync(path.join(ROOT, dir, entry), path.join(clone, dir, entry));
  }
  // Installed for its own lock file, as the bootstrap records it (scripts/bootstrap.mjs).
  const lock = readFileSync(path.join(clone, 'package-lock.json'));
  writeFileSync(
    path.join(clone, 'node_modules', '.wup-installed'),
    createHash('sha256').update(lock).digest('hex'),
  );
  cpSync(path.join(ROOT, 'cms', 'dist'), path.join(clone, 'cms', 'dist'), { recursive: true });
  expect(existsSync(path.join(clone, 'cms', 'public', 'uploads'))).toBe(false);
  return clone;
}

/** The environment of a user's shell: none of the test install's settings. */
function userEnv(): Record<string, string> {
  const env = { ...process.env } as Record<string, string>;
  for (const key of Object.keys(env))
    if (
      /^(DATABASE_|PUBLIC_DIR|SITE_TOKEN_FILE|DATA_DIR|STRAPI_|TEST_|VITEST|NODE_ENV|PUBLISHER_|PREVIEW_)/.test(
        key,
      )
    )
      delete env[key];
  return env;
}

/** `npm <args>` in a folder; its exit code and output. */
async function npm(cwd: string, args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await run('npm', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, out: `${stdout}\n${stderr}` };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: `${failed.stdout}\n${failed.stderr}` };
  }
}

async function waitUntil(done: () => boolean, timeoutMs: number) {
  for (const deadline = Date.now() + timeoutMs; !done() && Date.now() < deadline;)
    await new Promise((resolve) => setTimeout(resolve, 250));
}

describe(`backup and restore (${strapi.database})`, () => {
  let archive: string;
  let source: unknown;

  beforeAll(async () => {
    // A draft that was never published, and a published article with unpublished changes.
    const editor = new TestEditor(strapi);
    await editor.create(
      'articles',
      {
        title: 'Bản nháp phải còn nguyên sau khi khôi phục',
        date: '2026-11-01T08:00:00+07:00',
        lead: 'Bản nháp dùng để kiểm tra sao lưu.',
        body: 'Nội dung bản nháp.',
        featured: false,
      },
      'draft',
    );
    // Written in the admin: its author (createdBy) is what a contributor's rights follow.
    const written = await call(`${strapi.url}/content-manager/collection-types/api::article.article`, {
      method: 'POST',
      token: await editor.adminToken(),
      body: {
        title: 'Bản nháp viết trong trang quản trị, nhớ người viết',
        date: '2026-11-02T08:00:00+07:00',
        lead: 'Bản nháp dùng để kiểm tra sao lưu người viết.',
        body: 'Nội dung bản nháp.',
        featured: false,
      },
    });
    expect(written.status).toBe(201);
    // A demo article the newsroom took out (one no other test reads): a restored install must not
    // get it back at its start.
    const [demo] = await editor.list('articles', `filters[slug][$eq]=${DELETED_DEMO_ARTICLE}`);
    expect((await editor.remove('articles', demo!.documentId)).status).toBe(204);
    archive = path.join(work, 'backup.tar');
    const backup = await script('scripts/backup.ts', ['--out', archive], strapi.env);
    expect(backup.code, backup.out.slice(-3000)).toBe(0);
    expect(backup.out).toMatch(
      /\[backup\] done in [\d.]+ s: .*backup\.tar \([\d.]+ MB, sha256 [0-9a-f]{64}\)/,
    );
    source = await snapshotOf(strapi.env);
  });

  afterAll(async () => {
    if (databases.length > 0) {
      const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await client.connect();
      for (const name of databases) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    }
    rmSync(work, { recursive: true, force: true });
  });

  it('restores into an empty install: content, drafts, relations, uploads, admin users; field by field', async () => {
    const target = await emptyInstall(strapi.database);
    const restore = await script('scripts/restore.ts', [archive], target);
    expect(restore.code, restore.out.slice(-3000)).toBe(0);
    const restored = await snapshotOf(target);
    expect(restored).toEqual(source);
    const { content } = restored as {
      content: Record<string, Array<{ title?: string; publishedAt: unknown }>>;
    };
    const draft = content['api::article.article']!.filter((r) => r.title?.startsWith('Bản nháp phải còn'));
    expect(draft.map((r) => r.publishedAt)).toEqual([null]);
    const authored = content['api::article.article']!.find((r) => r.title?.includes('nhớ người viết'));
    expect((authored as { createdBy?: unknown } | undefined)?.createdBy).toMatch(/^doc:/);
  });

  it('restores onto a fresh clone as the README says: `npm run restore`, then `npm start`', async () => {
    const clone = freshClone();
    // As a user types it: npm runs the bootstrap, which finds Node 24 and the installed packages.
    const env = {
      ...userEnv(),
      PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
    };
    const restore = await npm(clone, ['run', 'restore', '--', archive], env);
    expect(restore.code, restore.out.slice(-3000)).toBe(0);
    expect(restore.out).toMatch(/\[restore\] done in/);

    const ports = {
      CMS_PORT: await freePort(),
      SITE_PORT: await freePort(),
      PUBLISHER_PORT: await freePort(),
    };
    const preview = await freePort();
    const started = spawn('npm', ['start'], {
      cwd: clone,
      env: {
        ...env,
        ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
        PREVIEW_PORT: String(preview),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let out = '';
    started.stdout.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    started.stderr.on('data', (chunk: Buffer) => void (out += chunk.toString()));
    try {
      await waitUntil(() => out.includes('all up in') || started.exitCode !== null, 300_000);
      expect(out.slice(-3000)).toContain('all up in');
      // The admin signs in with the restored account.
      const login = await call(`http://127.0.0.1:${ports.CMS_PORT}/admin/login`, {
        method: 'POST',
        body: { email: strapi.adminEmail, password: strapi.adminPassword },
      });
      expect(login.status, JSON.stringify(login.body)).toBe(200);
      // The restored content, served by the clone's site.
      const home = await fetch(`http://127.0.0.1:${ports.SITE_PORT}/`);
      expect(home.status).toBe(200);
    } finally {
      process.kill(-started.pid!, 'SIGINT');
      await new Promise((resolve) => started.once('exit', resolve));
    }
    // Entries, drafts, relations, files and admin accounts as they were (the demo content it seeds
    // at start is the source's own, so nothing is added).
    const restored = await snapshotOf({
      ...strapi.env,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(clone, 'cms', '.tmp', 'data.db'),
      PUBLIC_DIR: path.join(clone, 'cms', 'public'),
      // The clone's own: the shared Strapi's token file must keep naming the shared Strapi's token.
      SITE_TOKEN_FILE: path.join(clone, '.data', 'site-token'),
    });
    expect(restored).toEqual(source);
  });

  // On the PostgreSQL project only: the round trip through the other database.
  if (strapi.database === 'postgres')
    it('moves from PostgreSQL to SQLite and back', async () => {
      const lite = await emptyInstall('sqlite');
      expect((await script('scripts/restore.ts', [archive], lite)).code).toBe(0);
      const again = path.join(work, 'from-sqlite.tar');
      expect((await script('scripts/backup.ts', ['--out', again], lite)).code).toBe(0);
      const back = await emptyInstall('postgres');
      const restore = await script('scripts/restore.ts', [again], back);
      expect(restore.code, restore.out.slice(-3000)).toBe(0);
      expect(await snapshotOf(back)).toEqual(source);
    });

  it('refuses a target that has content unless told to replace, and changes nothing', async () => {
    const before = await snapshotOf(strapi.env);
    const refused = await script('scripts/restore.ts', [archive], strapi.env);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/the target already has content \(api::article\.article \d+/);
    expect(refused.out).toContain('Nothing was changed');
    expect(await snapshotOf(strapi.env)).toEqual(before);
  });

  it('refuses a corrupt archive and one of another schema, and changes nothing', async () => {
    const target = await emptyInstall(strapi.database);
    const cases: Array<[string, RegExp]> = [];
    // One byte changed inside: the checksum file beside it no longer matches.
    const flipped = path.join(work, 'flipped.tar');
    const bytes = readFileSync(archive);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    writeFileSync(flipped, bytes);
    copyFileSync(`${archive}.sha256`, `${flipped}.sha256`);
    cases.push([flipped, /flipped\.tar is corrupt: its SHA-256 differs/]);
    // Cut short, without a checksum file.
    const cut = path.join(work, 'cut.tar');
    writeFileSync(cut, readFileSync(archive).subarray(0, 20_000));
    cases.push([cut, /cut\.tar is corrupt/]);
    // Another schema: the manifest says so.
    const other = path.join(work, 'other');
    mkdirSync(other);
    await tar.extract({ file: archive, cwd: other });
    const manifest = JSON.parse(readFileSync(path.join(other, 'manifest.json'), 'utf8')) as {
      schema: string;
    };
    writeFileSync(
      path.join(other, 'manifest.json'),
      JSON.stringify({ ...manifest, schema: '0000000000000000' }),
    );
    const otherSchema = path.join(work, 'other-schema.tar');
    await tar.create({ file: otherSchema, cwd: other }, ['manifest.json', 'content.tar.gz', 'admin.json']);
    cases.push([
      otherSchema,
      /taken with another schema \(0000000000000000; this install has [0-9a-f]{16}\)/,
    ]);
    for (const [file, reason] of cases) {
      const refused = await script('scripts/restore.ts', [file], target);
      expect(refused.code, file).toBe(1);
      expect(refused.out, file).toMatch(reason);
      expect(refused.out, file).toContain('Nothing was changed');
    }
    // The empty target stayed empty: a restore of the good archive still goes through.
    expect((await script('scripts/restore.ts', [archive], target)).code).toBe(0);
  });
});
