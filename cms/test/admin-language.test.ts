// The admin in Vietnamese wherever an editor looks: a real admin in Debian's Chromium (an English
// browser), walked as a contributor, a unit editor and the chief editor, from the login and
// password pages to the lists, their filters and row actions, the edit view, the media library and
// its upload dialog, the profile and the newsroom's page. Any text or label that is exactly one of
// Strapi's own English messages (its en.json files, so an upgrade's new strings count) fails it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { launchBrowser } from '../../site/test/browser.ts';
import { CMS_DIR } from '../../scripts/lib/paths.ts';
import { TestEditor } from 'test-harness/test-content';
import { newsroomPerson, type NewsroomRole } from 'test-harness/test-newsroom';
import { startTestStrapi, type TestStrapi } from 'test-harness/test-strapi';
import { englishIn, englishMessages, type EnglishMessage } from './support/english-strings.ts';

let strapi: TestStrapi;
let browser: Browser;
let messages: EnglishMessage[];
const people: Record<NewsroomRole, { email: string; password: string }> = {} as never;

beforeAll(async () => {
  strapi = await startTestStrapi('sqlite', { env: { SERVE_ADMIN: 'true' } });
  const editor = new TestEditor(strapi);
  const unit = 'hoi-lhpn-tinh-quang-tri';
  people['Cộng tác viên'] = await newsroomPerson(strapi, editor, {
    name: 'Lan',
    role: 'Cộng tác viên',
    unit,
  });
  people['Biên tập viên'] = await newsroomPerson(strapi, editor, {
    name: 'Mai',
    role: 'Biên tập viên',
    unit,
  });
  // The test's first admin stands for the chief editor, who may do everything.
  people['Tổng biên tập'] = { email: strapi.adminEmail, password: strapi.adminPassword };
  // Words Vietnamese keeps as they are ("Email", "URL", "Markdown") are not English here.
  messages = await englishMessages(ourVietnamese());
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await strapi?.destroy();
});

/** A small photo to choose in the upload dialog. */
function photo(): Promise<Buffer> {
  const sharp = createRequire(path.join(CMS_DIR, 'package.json'))('sharp') as typeof import('sharp').default;
  return sharp({ create: { width: 320, height: 200, channels: 3, background: '#a3154a' } })
    .png()
    .toBuffer();
}

/** Every message of our Vietnamese translations (cms/src/admin/translations/vi). */
function ourVietnamese(): Set<string> {
  const dir = path.join(import.meta.dirname, '..', 'src', 'admin', 'translations', 'vi');
  return new Set(
    readdirSync(dir).flatMap((file) =>
      Object.values(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, string>),
    ),
  );
}

/** Every text of the page and every label read aloud or shown on hover. */
function textsOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      // Not text: styles, scripts, and what shows only without JavaScript.
      if (walker.currentNode.parentElement?.closest('style, script, noscript')) continue;
      const text = walker.currentNode.textContent?.trim();
      if (text) found.add(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]'))
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.add(value);
      }
    return [...found];
  });
}

/** Waits for the admin to settle, then notes each English message on the page under `screen`. */
async function check(page: Page, screen: string, english: string[]) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  for (const text of await textsOf(page)) {
    const message = englishIn(text, messages);
    if (message) english.push(`${screen}: "${text}" (${message.key})`);
    // The design system's own labels, which no translation file holds ("Xóa date", "Choose time").
    else if (/(^Choose | (date|time)$)/.test(text)) english.push(`${screen}: "${text}" (design system)`);
  }
}

const ARTICLES = '/admin/content-manager/collection-types/api::article.article';

async function walk(role: NewsroomRole): Promise<string[]> {
  const english: string[] = [];
  // An English browser: the admin must not follow it.
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${strapi.url}/admin/auth/forgot-password`);
  await page.locator('input[name="email"]').waitFor();
  await check(page, 'password reset', english);
  await page.goto(`${strapi.url}/admin/auth/login`);
  await page.locator('input[name="email"]').waitFor();
  await check(page, 'login', english);
  await page.fill('input[name="email"]', people[role].email);
  await page.fill('input[name="password"]', people[role].password);
  await page.click('button[type="submit"]');
  await page.getByRole('navigation').first().waitFor();
  await check(page, 'home', english);

  await page.goto(`${strapi.url}${ARTICLES}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await check(page, 'article list', english);
  await page.getByRole('button', { name: 'Bộ lọc' }).first().click();
  await check(page, 'article list, filters', english);
  await page.keyboard.press('Escape');
  const rowActions = page.locator('tbody tr').first().getByRole('button').last();
  if (await rowActions.count()) {
    await rowActions.click();
    await check(page, 'article list, row actions', english);
    await page.keyboard.press('Escape');
  }
  await page.goto(`${strapi.url}${ARTICLES}/create`);
  await page.locator('input[name="title"]').waitFor();
  // A date typed in: its picker shows the button that clears it.
  await page.getByLabel('Ngày đăng').first().locator('input').first().fill('26/12/2019');
  await page.keyboard.press('Tab');
  await check(page, 'new article', english);

  await page.goto(`${strapi.url}/admin/content-manager/collection-types/api::organisation.organisation`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await check(page, 'organisation list', english);

  await page.goto(`${strapi.url}/admin/plugins/upload`);
  await page.waitForLoadState('networkidle');
  await check(page, 'media library', english);
  // "Mới" → "Tải tệp lên", for those who may upload (the chief editor always may).
  const add = page.getByRole('button', { name: 'Mới' });
  if (role === 'Tổng biên tập') await add.waitFor();
  if (await add.count()) {
    await add.click();
    await check(page, 'media library, new', english);
    // The browser's file picker opens, then the dialog of the files chosen, before they upload.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('menuitem', { name: 'Tải tệp lên', exact: true }).click();
    await (await chooser).setFiles({ name: 'anh-thu.png', mimeType: 'image/png', buffer: await photo() });
    await page.getByRole('dialog').waitFor();
    await check(page, 'upload dialog', english);
    await page.keyboard.press('Escape');
  }
  await page.goto(`${strapi.url}/admin/me`);
  await page.locator('input[name="email"]').waitFor();
  await check(page, 'profile', english);
  await page.goto(`${strapi.url}/admin/cho-duyet`);
  await check(page, 'review queue', english);
  await context.close();
  return english;
}

describe('the admin speaks Vietnamese to every editor, whatever their browser’s language', () => {
  it.each(['Cộng tác viên', 'Biên tập viên', 'Tổng biên tập'] as NewsroomRole[])(
    '%s meets no English on any screen they can reach',
    async (role) => {
      expect(await walk(role)).toEqual([]);
    },
  );
});
