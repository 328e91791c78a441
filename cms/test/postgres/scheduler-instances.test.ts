// Strapi processes of their own on PostgreSQL: two instances on one database publish each due
// entry exactly once, entries due while Strapi was down go up at its start, and a newsroom role
// the chief editor changed by hand is left as it is by the next start.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStrapi } from '../../../scripts/lib/strapi/strapi.ts';
import { call, TestEditor } from 'test-harness/test-content';
import { startTestStrapi, type TestStrapi } from 'test-harness/test-strapi';

const article = {
  date: '2026-11-28T06:00:00+07:00',
  lead: 'Tin hẹn giờ của kiểm thử tự động, không phải tin thật của cổng thông tin.',
  body: 'Nội dung tin hẹn giờ.',
  featured: false,
};

/** Sum of the "[scheduler] published N" lines of a log. */
const publishedIn = (log: string) =>
  [...readFileSync(log, 'utf8').matchAll(/\[scheduler\] published (\d+)/g)].reduce(
    (n, m) => n + Number(m[1]),
    0,
  );

async function eventually(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('the schedule and the roles on PostgreSQL, with instances of their own', () => {
  let strapi: TestStrapi;
  let second: RunningStrapi | undefined;
  let editor: TestEditor;
  let logs: string;

  beforeAll(async () => {
    // Both instances look at the same second: the claim, not luck, keeps it to one publish.
    strapi = await startTestStrapi('postgres');
    editor = new TestEditor(strapi);
    logs = mkdtempSync(path.join(tmpdir(), 'wup-scheduler-'));
  });
  afterAll(async () => {
    await second?.stop();
    await strapi?.destroy();
    rmSync(logs, { recursive: true, force: true });
  });

  const publicCount = async (prefix: string) => {
    const res = await call(
      `${strapi.url}/api/articles?filters[title][$startsWith]=${encodeURIComponent(prefix)}&pagination[pageSize]=100`,
      { token: strapi.token },
    );
    return (res.body.data as unknown[]).length;
  };

  it('two instances on one database publish each due entry exactly once', async () => {
    second = await strapi.another(path.join(logs, 'second.log'));
    const before = publishedIn(strapi.logFile) + publishedIn(path.join(logs, 'second.log'));
    const publishAt = new Date(Date.now() + 4000).toISOString();
    for (let i = 1; i <= 12; i++) {
      await editor.create(
        'articles',
        { ...article, title: `Tin hẹn giờ hai máy số ${i}`, publishAt },
        'draft',
      );
    }
    await eventually(
      'all twelve are published',
      async () => (await publicCount('Tin hẹn giờ hai máy')) === 12,
    );
    // A few more looks by both instances: nothing more to publish.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const after = publishedIn(strapi.logFile) + publishedIn(path.join(logs, 'second.log'));
    expect(after - before).toBe(12);
    await second.stop();
    second = undefined;
  });

  it('keeps a newsroom role edited by hand across a restart, and makes a deleted one again', async () => {
    const jwt = await editor.adminToken();
    const roles = async () =>
      (await call(`${strapi.url}/admin/roles`, { token: jwt })).body.data as Array<{
        id: number;
        name: string;
        description: string;
      }>;
    const byName = async (name: string) => (await roles()).find((role) => role.name === name);
    const contributor = (await byName('Cộng tác viên'))!;
    const edited = 'Cộng tác viên của tòa soạn (sửa tay)';
    const put = await call(`${strapi.url}/admin/roles/${contributor.id}`, {
      method: 'PUT',
      token: jwt,
      body: { name: contributor.name, description: edited },
    });
    expect(put.status).toBe(200);
    const chief = (await byName('Tổng biên tập'))!;
    expect(
      (await call(`${strapi.url}/admin/roles/${chief.id}`, { method: 'DELETE', token: jwt })).status,
    ).toBe(200);
    await strapi.restart();
    const after = new TestEditor(strapi);
    const again = (await call(`${strapi.url}/admin/roles`, { token: await after.adminToken() })).body
      .data as Array<{ name: string; description: string }>;
    expect(again.find((role) => role.name === 'Cộng tác viên')?.description).toBe(edited);
    expect(again.filter((role) => role.name === 'Tổng biên tập')).toHaveLength(1);
    editor = after;
  });

  it('publishes at its start what came due while it was down', async () => {
    const publishAt = new Date(Date.now() + 8000).toISOString();
    await editor.create('articles', { ...article, title: 'Tin hẹn giờ khi máy tắt', publishAt }, 'draft');
    await strapi.stop();
    const downUntil = new Date(publishAt).getTime() + 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, downUntil - Date.now())));
    const logged = readFileSync(strapi.logFile, 'utf8').length;
    await strapi.restart();
    await eventually(
      'it is published after the start',
      async () => (await publicCount('Tin hẹn giờ khi máy tắt')) === 1,
    );
    // Published by the instance that just started (its catch-up or first look); the line is logged after
    // the run's last write, so it may land a moment after the article is public.
    await eventually('the start logs its publish', async () =>
      /\[scheduler\] published 1/.test(readFileSync(strapi.logFile, 'utf8').slice(logged)),
    );
  });
});
