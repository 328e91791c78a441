import { execFileSync } from 'node:child_process';
import { statSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORBIDDEN } from './xss-corpus.ts';
import { built, SEED_SLUG, site } from './helpers.ts';

interface ParsedFeed {
  bozo: number;
  bozo_exception: string;
  version: string;
  language: string;
  title: string;
  self: string[];
  entries: Array<{
    title: string;
    author: string;
    link: string;
    id: string;
    guidislink: boolean;
    published: string;
    published_parsed: number[] | null;
    summary: string;
    content: string[];
    enclosures: Array<{ href: string; length: string; type: string }>;
  }>;
}

const FEEDS = [
  'rss.xml',
  'video/rss.xml',
  'to-chuc/hoi-lhpn-tinh-quang-tri/rss.xml',
  'to-chuc/hoi-lhpn-tinh-ha-nam/rss.xml',
  'de-an/de-an-939/rss.xml',
  'chu-de/thi-dua/rss.xml',
  'van-ban/rss.xml',
];
const READER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'read-feed.py');

describe('RSS feeds, as a real feed reader (python3-feedparser) reads them', () => {
  let feeds: Record<string, ParsedFeed>;
  beforeAll(() => {
    const files = FEEDS.map((f) => path.join(site().dist, f));
    // Debian's python3 sees Debian's feedparser (a pyenv python3 on PATH would not).
    feeds = JSON.parse(execFileSync('/usr/bin/python3', [READER, ...files], { encoding: 'utf8' })) as Record<
      string,
      ParsedFeed
    >;
    feeds = Object.fromEntries(
      Object.entries(feeds).map(([file, feed]) => [path.relative(site().dist, file), feed]),
    );
  });

  it.each(FEEDS)('%s parses with no error flag, as RSS 2.0 in Vietnamese, with a self link', (file) => {
    const feed = feeds[file]!;
    expect(feed.bozo, feed.bozo_exception).toBe(0);
    expect(feed.version).toBe('rss20');
    expect(feed.language).toBe('vi');
    expect(feed.self).toEqual([`https://phunu.example.vn/${file}`]);
    expect(feed.entries.length).toBeGreaterThan(0);
    for (const entry of feed.entries) {
      expect(entry.link).toMatch(/^https:\/\/phunu\.example\.vn\/(tin-tuc|video|van-ban)\/[a-z0-9-]+\/$/);
      expect(entry.id).toMatch(/^urn:hoilhpn:(article|video|document):\w+$/);
      expect(entry.guidislink).toBe(false);
      expect(entry.published).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    }
    const ids = feed.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the main feed: newest first, the seed article with its editorial date, lead, full body and cover', () => {
    const feed = feeds['rss.xml']!;
    const dates = feed.entries.map((e) =>
      Date.UTC(
        e.published_parsed![0]!,
        e.published_parsed![1]! - 1,
        e.published_parsed![2]!,
        e.published_parsed![3]!,
        e.published_parsed![4]!,
      ),
    );
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const seed = feed.entries.find((e) => e.link.endsWith(`/tin-tuc/${SEED_SLUG}/`))!;
    expect(seed.title).toBe(
      'Hội LHPN tỉnh Quảng Trị, Hà Nam tổng kết công tác Hội năm 2019, ký kết giao ước thi đua năm 2020',
    );
    expect(seed.published_parsed!.slice(0, 3)).toEqual([2019, 12, 26]);
    expect(seed.summary.startsWith('Hội LHPN tỉnh Quảng Trị, Hà Nam vừa tổ chức')).toBe(true);
    expect(seed.content[0]).toContain('<h2>Hội LHPN tỉnh Hà Nam</h2>');
    expect(seed.author).toBe('Bình An');
    const [enclosure] = seed.enclosures;
    expect(enclosure!.type).toBe('image/jpeg');
    expect(enclosure!.href).toMatch(/^https:\/\/phunu\.example\.vn\/uploads\/.+\.jpg$/);
    // The length is the real size of the file the site serves.
    const served = path.join(site().dist, new URL(enclosure!.href).pathname);
    expect(Number(enclosure!.length)).toBe(statSync(served).size);
  });

  it('an organisation feed holds its own and its sub-units’ news', () => {
    const links = feeds['to-chuc/hoi-lhpn-tinh-quang-tri/rss.xml']!.entries.map((e) => e.link);
    const dakrong = built('/to-chuc/hoi-lhpn-huyen-dakrong/');
    const dakrongNews = [...dakrong.matchAll(/<h3><a href="(\/tin-tuc\/[^"]+)"/g)].map(
      (m) => `https://phunu.example.vn${m[1]}`,
    );
    expect(dakrongNews.length).toBeGreaterThan(0);
    for (const link of dakrongNews) expect(links).toContain(link);
  });

  it('carries the XSS article’s body inert in content:encoded', () => {
    const entry = feeds['rss.xml']!.entries.find((e) => e.link.endsWith(`/tin-tuc/${site().xssSlug}/`))!;
    expect(entry.content[0]).toContain('Đoạn kết an toàn.');
    for (const pattern of FORBIDDEN) expect(entry.content[0]).not.toMatch(pattern);
    expect(readFileSync(path.join(site().dist, 'rss.xml'), 'utf8')).not.toMatch(/<script/i);
  });

  it('holds no draft or unpublished entry', () => {
    for (const feed of Object.values(feeds)) {
      for (const entry of feed.entries) {
        expect(entry.link).not.toContain(site().draftSlug);
        expect(entry.link).not.toContain(site().unpublishedSlug);
      }
    }
  });

  it("a topic's feed holds the news of that topic, newest first", () => {
    const feed = feeds['chu-de/thi-dua/rss.xml']!;
    expect(feed.title).toBe('Chủ đề: Thi đua | Cổng thông tin Hội Liên hiệp Phụ nữ');
    const links = feed.entries.map((e) => e.link);
    expect(links).toContain(`https://phunu.example.vn/tin-tuc/${SEED_SLUG}/`);
    const topicPage = readFileSync(path.join(site().dist, 'chu-de/thi-dua/index.html'), 'utf8');
    const onPage = [...topicPage.matchAll(/<h3[^>]*><a href="([^"]+)"/g)].map(
      (m) => `https://phunu.example.vn${m[1]}`,
    );
    expect(links.slice(0, onPage.length)).toEqual(onPage);
  });
});
