// The nginx configuration `npm run nginx-config` writes, run in Debian's nginx beside our own
// server on the same build: every path answers with the same status, headers and compression.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxConfig } from 'publisher';
import { NGINX } from '../../scripts/lib/checks/system-deps.ts';
import { freePort } from '../../scripts/lib/strapi/strapi.ts';
import { SEED_SLUG, site } from './helpers.ts';

const work = mkdtempSync(path.join(tmpdir(), 'wup-nginx-'));
let nginx: ChildProcess;
let nginxUrl: string;
let log = '';

beforeAll(async () => {
  const port = await freePort();
  const upstream = new URL(site().url).host;
  const conf = nginxConfig({
    root: site().dist,
    serverName: 'localhost',
    adminServerName: 'quantri.localhost',
    previewServerName: 'xemtruoc.localhost',
    siteUpstream: upstream,
    cmsUpstream: '127.0.0.1:9',
    previewUpstream: '127.0.0.1:9',
    listen: `127.0.0.1:${port}`,
    uploadMegabytes: 200,
  });
  for (const dir of ['temp', 'logs']) mkdirSync(path.join(work, dir));
  writeFileSync(path.join(work, 'portal.conf'), conf);
  // The main file Debian's package gives, reduced to what a test needs; the portal's file included.
  writeFileSync(
    path.join(work, 'nginx.conf'),
    [
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'worker_processes 1;',
      `pid ${work}/nginx.pid;`,
      `error_log ${work}/logs/error.log warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${work}/temp/${kind};`,
      ),
      `  include ${work}/portal.conf;`,
      '}',
      '',
    ].join('\n'),
  );
  nginx = spawn(NGINX, ['-p', work, '-c', path.join(work, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  nginx.stderr!.on('data', (chunk: Buffer) => void (log += chunk.toString()));
  nginxUrl = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 100) {
    const up = await new Promise<boolean>((resolve) =>
      net
        .connect(port, '127.0.0.1')
        .on('connect', function (this: net.Socket) {
          this.end();
          resolve(true);
        })
        .on('error', () => resolve(false)),
    );
    if (up) break;
    if (waited > 10_000 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

afterAll(async () => {
  nginx?.kill('SIGQUIT');
  if (nginx && nginx.exitCode === null) await new Promise((resolve) => nginx.once('exit', resolve));
  rmSync(work, { recursive: true, force: true });
});

const COMPARED = [
  'cache-control',
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'x-frame-options',
  'content-encoding',
];

/** What a reader's browser is told: status, the compared headers, and the type as media type and charset. */
async function answer(base: string, urlPath: string): Promise<Record<string, string | number | null>> {
  const response = await fetch(`${base}${urlPath}`, {
    headers: { 'Accept-Encoding': 'gzip' },
    redirect: 'manual',
  });
  await response.arrayBuffer();
  const type = (response.headers.get('content-type') ?? '').toLowerCase().replace(/\s/g, '');
  // A redirect's own type and caching are the server's business; where it points is not.
  const redirect = response.status >= 300 && response.status < 400;
  return {
    status: response.status,
    location: response.headers.get('location'),
    // Both name JavaScript, one way or the other.
    type: redirect ? null : type.replace('application/javascript', 'text/javascript'),
    ...Object.fromEntries(
      COMPARED.map((name) => [
        name,
        redirect && name === 'cache-control' ? null : response.headers.get(name),
      ]),
    ),
  };
}

/** One file of each kind the site has, by its URL path. */
function samplePaths(): string[] {
  const first = (dir: string, test: (name: string) => boolean) => {
    const name = readdirSync(path.join(site().dist, dir)).find(test);
    if (!name) throw new Error(`no file in ${dir}`);
    return `/${dir}/${name}`;
  };
  return [
    '/',
    '/tin-tuc/',
    '/tin-tuc',
    `/tin-tuc/${SEED_SLUG}/`,
    '/tim-kiem/',
    '/rss.xml',
    '/video/rss.xml',
    '/sitemap-index.xml',
    '/robots.txt',
    '/favicon.svg',
    first('_astro', (name) => name.endsWith('.css')),
    first('_astro', (name) => name.endsWith('.webp')),
    first('_astro', (name) => name.endsWith('.js')),
    first('pagefind', (name) => name.endsWith('.pf_meta')),
    first('pagefind', (name) => name.endsWith('.js')),
    '/khong-co-trang-nay/',
    '/_server/entry.mjs',
    '/api/tim-kiem?q=phu%20nu',
    '/api/tim-kiem/bo-loc',
  ];
}

describe('the nginx configuration (npm run nginx-config)', () => {
  it('serves every kind of path as our own server does: status, headers, type and compression', async () => {
    const differences: string[] = [];
    for (const urlPath of samplePaths()) {
      const ours = await answer(site().url, urlPath);
      const theirs = await answer(nginxUrl, urlPath);
      for (const [name, value] of Object.entries(ours))
        if (theirs[name] !== value)
          differences.push(`${urlPath} ${name}: ours ${value}, nginx ${theirs[name]}`);
    }
    expect(differences, log).toEqual([]);
  });

  it('sends the strict policy on reading pages and Pagefind’s on the search page', async () => {
    const page = await answer(nginxUrl, `/tin-tuc/${SEED_SLUG}/`);
    expect(page['content-security-policy']).toContain("script-src 'self';");
    expect(page['content-security-policy']).toContain("frame-ancestors 'none'");
    const search = await answer(nginxUrl, '/tim-kiem/');
    expect(search['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect((await answer(nginxUrl, '/_server/entry.mjs')).status).toBe(404);
  });
});
