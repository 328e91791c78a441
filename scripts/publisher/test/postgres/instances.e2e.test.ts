// Several Strapi instances: two processes on one PostgreSQL behind a small round-robin load
// balancer, one publisher building through the balancer. Edits made through either instance reach
// the site (each instance registers the publisher's webhook), an admin session opened through the
// balancer works on both, and both answer the health check.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, type RunningStrapi } from '../../../lib/strapi/strapi.ts';
import { call, TestEditor } from 'test-harness/test-content';
import { startTestStrapi, type TestStrapi } from 'test-harness/test-strapi';
import { Publisher } from '../../src/publisher.ts';
import { controlApp, siteApp } from '../../src/http/server.ts';

const SECRET = 'test-publisher-secret-instances-0123';
const SITE_URL = 'https://phunu.example.vn';
const base = {
  date: '2026-11-25T08:00:00+07:00',
  featured: false,
  lead: 'Tin kiểm thử khi Strapi chạy hai tiến trình sau một bộ cân bằng tải.',
  body: 'Nội dung tin kiểm thử nhiều tiến trình.',
};

/** Round-robin over the instances, as a minimal nginx upstream would; counts who answered. */
function loadBalancer(targets: string[]) {
  const served = targets.map(() => 0);
  let next = 0;
  const server = createServer((req, res) => {
    const index = next++ % targets.length;
    served[index]!++;
    const target = new URL(targets[index]!);
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return { server, served };
}

async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('two Strapi instances on one PostgreSQL behind a load balancer, one publisher', () => {
  let strapi: TestStrapi;
  let second: RunningStrapi;
  let balancer: ReturnType<typeof loadBalancer>;
  let balancerUrl: string;
  let publisher: Publisher;
  let control: FastifyInstance;
  let site: FastifyInstance;
  let siteUrl: string;
  let root: string;

  const served = async (urlPath: string, text: string) => {
    const response = await fetch(`${siteUrl}${urlPath}`);
    return response.status === 200 && (await response.text()).includes(text);
  };

  beforeAll(async () => {
    const controlPort = await freePort();
    strapi = await startTestStrapi('postgres', {
      env: {
        PUBLISHER_WEBHOOK_URL: `http://127.0.0.1:${controlPort}/webhook`,
        PUBLISHER_SECRET: SECRET,
        SITE_URL,
      },
    });
    root = mkdtempSync(path.join(tmpdir(), 'wup-instances-'));
    second = await strapi.another(path.join(root, 'second-strapi.log'));
    balancer = loadBalancer([strapi.url, second.url]);
    const port = await freePort();
    await new Promise<void>((resolve) => (balancer.server as Server).listen(port, '127.0.0.1', resolve));
    balancerUrl = `http://127.0.0.1:${port}`;
    publisher = new Publisher({
      root,
      strapiUrl: balancerUrl,
      token: () => strapi.token,
      buildEnv: { STRAPI_URL: balancerUrl, STRAPI_TOKEN: strapi.token, SITE_URL, DATA_DIR: root },
      debounceMs: 600,
      maxWaitMs: 5000,
      log: () => undefined,
    });
    control = controlApp(publisher, SECRET);
    await control.listen({ host: '127.0.0.1', port: controlPort });
    site = await siteApp(publisher.releases.current);
    siteUrl = await site.listen({ host: '127.0.0.1', port: 0 });
    const first = await publisher.buildNow('startup');
    expect(first.result, first.error).toBe('success');
  });

  afterAll(async () => {
    await control?.close();
    await site?.close();
    await publisher?.idle();
    await publisher?.releases.settled();
    await new Promise((resolve) => balancer?.server.close(resolve));
    await second?.stop();
    await strapi?.destroy();
    rmSync(root, { recursive: true, force: true });
  });

  it('both instances answer the health check, and the build read through both', async () => {
    for (const url of [strapi.url, second.url]) expect((await fetch(`${url}/_health`)).status).toBe(204);
    expect(balancer.served.every((n) => n > 0)).toBe(true);
  });

  it('an admin session opened through the balancer works on either instance', async () => {
    const login = await call(`${balancerUrl}/admin/login`, {
      method: 'POST',
      body: { email: strapi.adminEmail, password: strapi.adminPassword },
    });
    expect(login.status).toBe(200);
    const token = (login.body.data as { token: string }).token;
    for (const url of [strapi.url, second.url, balancerUrl, balancerUrl]) {
      const me = await call(`${url}/admin/users/me`, { token });
      expect(me.status, url).toBe(200);
      expect((me.body.data as { email: string }).email).toBe(strapi.adminEmail);
    }
  });

  it('edits made through either instance reach the site through the one publisher', async () => {
    const viaFirst = new TestEditor({ ...strapi, url: strapi.url });
    const viaSecond = new TestEditor({ ...strapi, url: second.url });
    const a = await viaFirst.create('articles', {
      ...base,
      title: 'Tin đăng qua tiến trình Strapi thứ nhất',
    });
    const b = await viaSecond.create('articles', {
      ...base,
      title: 'Tin đăng qua tiến trình Strapi thứ hai',
    });
    await waitFor('both articles on the site', async () =>
      (
        await Promise.all([
          served(`/tin-tuc/${a.slug}/`, 'Tin đăng qua tiến trình Strapi thứ nhất'),
          served(`/tin-tuc/${b.slug}/`, 'Tin đăng qua tiến trình Strapi thứ hai'),
        ])
      ).every(Boolean),
    );
    // An edit of the first instance's article through the second.
    await viaSecond.update('articles', a.documentId, {
      title: 'Tin của tiến trình thứ nhất, sửa qua tiến trình thứ hai',
    });
    await waitFor('the edit on the site', () =>
      served(`/tin-tuc/${a.slug}/`, 'Tin của tiến trình thứ nhất, sửa qua tiến trình thứ hai'),
    );
  });
});
