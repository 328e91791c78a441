import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse } from 'devalue';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { built, isBuilt, SEED_SLUG, site } from './helpers.ts';

function jsonLd(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  if (!match) throw new Error('no JSON-LD');
  return JSON.parse(match[1]!) as Record<string, unknown>;
}

function allHtml(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : allHtml(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

describe('every route of the site map is built with its content', () => {
  it('home: Tâm điểm, latest news, Các đề án, Video, latest pledges, in Vietnamese', () => {
    const html = built('/');
    expect(html).toContain('<html lang="vi"');
    for (const heading of ['Tâm điểm', 'Tin mới', 'Các đề án', 'Video', 'Giao ước mới'])
      expect(html).toContain(heading);
    expect(html).toContain('href="/de-an/de-an-939/"');
    expect(html).toContain('href="/giao-uoc/giao-uoc-thi-dua-2020-hoi-lhpn-tinh-quang-tri/"');
    expect(html).toContain('fetchpriority="high"');
    expect(html).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Tin mới nhất" href="https://phunu.example.vn/rss.xml"',
    );
  });

  it('news list: paginated, newest first', () => {
    const first = built('/tin-tuc/');
    const last = Number(/Trang 1\/(\d+)/.exec(first)?.[1]);
    expect(last).toBeGreaterThan(1);
    expect(first).toContain('href="/tin-tuc/2/"');
    expect(built(`/tin-tuc/${last}/`)).toContain(`Trang ${last}/${last}`);
    expect(isBuilt(`/tin-tuc/${last + 1}/`)).toBe(false);
    const dates = [...first.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('the seed article: title, date 26/12/2019, lead, Markdown body, byline, cover, relations, SEO', () => {
    const html = built(`/tin-tuc/${SEED_SLUG}/`);
    const title =
      'Hội LHPN tỉnh Quảng Trị, Hà Nam tổng kết công tác Hội năm 2019, ký kết giao ước thi đua năm 2020';
    expect(html).toContain(`<h1 data-pagefind-meta="title">${title}</h1>`);
    expect(html).toContain('>26/12/2019</time>');
    expect(html).toContain('<h2>Hội LHPN tỉnh Hà Nam</h2>');
    expect(html).toContain('Bình An, VP Hà Nam');
    expect(html).toContain('href="/to-chuc/hoi-lhpn-tinh-quang-tri/"');
    expect(html).toContain('href="/de-an/de-an-939/"');
    expect(html).toContain(`<link rel="canonical" href="https://phunu.example.vn/tin-tuc/${SEED_SLUG}/"`);
    expect(html).toMatch(
      // The cover cut to 1200 × 630 for link previews.
      new RegExp(
        '<meta property="og:image" content="https://phunu\\.example\\.vn/_astro/[^"]+\\.jpg">' +
          '<meta property="og:image:width" content="1200"><meta property="og:image:height" content="630">',
      ),
    );
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
    expect(html).toContain('href="https://phunu.example.vn/to-chuc/hoi-lhpn-tinh-quang-tri/rss.xml"');
    const ld = jsonLd(html);
    expect([ld['@type'], ld.headline, ld.inLanguage]).toEqual(['NewsArticle', title, 'vi']);
    expect(String(ld.datePublished).slice(0, 4)).toBe('2019');
    // The cover: responsive, modern formats with a fallback, sized, eager.
    expect(html).toMatch(/<source srcset="[^"]+ 400w, [^"]+ 800w, [^"]+ 1200w" type="image\/avif"/);
    expect(html).toMatch(/<source srcset="[^"]+" type="image\/webp"/);
    const eagerCover = new RegExp(
      [
        /<img src="\/_astro\/[^"]+\.jpg"[^>]*width="1600" height="900"/.source +
          /[^>]*loading="eager"[^>]*fetchpriority="high"/.source,
        /<img[^>]*fetchpriority="high"[^>]*width="1600"/.source,
      ].join('|'),
    );
    expect(html).toMatch(eagerCover);
    expect(html).toContain('Tin liên quan');
  });

  it('an organisation: its news, sub-units and pledges, and its feed', () => {
    const html = built('/to-chuc/hoi-lhpn-tinh-quang-tri/');
    expect(html).toContain('<h1>Hội LHPN tỉnh Quảng Trị</h1>');
    expect(html).toContain('Đơn vị trực thuộc');
    expect(html).toContain('href="/to-chuc/hoi-lhpn-huyen-dakrong/"');
    expect(html).toContain('href="/giao-uoc/giao-uoc-thi-dua-2020-hoi-lhpn-tinh-quang-tri/"');
    expect(html).toContain(`href="/tin-tuc/${SEED_SLUG}/"`);
    expect(html).toContain('href="https://phunu.example.vn/to-chuc/hoi-lhpn-tinh-quang-tri/rss.xml"');
    expect(jsonLd(html)['@type']).toBe('Organization');
    expect(built('/to-chuc/')).toContain('href="/to-chuc/trung-uong-hoi-lhpn-viet-nam/"');
  });

  it('a union merged in the 2025 reform says what it became and when', () => {
    const html = built('/to-chuc/hoi-lhpn-tinh-ha-nam/');
    expect(html).toContain(
      'Từ ngày 01/07/2025, Hội LHPN tỉnh Hà Nam đã hợp nhất vào ' +
        '<a href="/to-chuc/hoi-lhpn-tinh-ninh-binh/">Hội LHPN tỉnh Ninh Bình</a>',
    );
    expect(built('/to-chuc/hoi-lhpn-tinh-ninh-binh/')).toContain('href="/to-chuc/hoi-lhpn-tinh-ha-nam/"');
    expect(built('/to-chuc/hoi-lhpn-huyen-dakrong/')).toContain('đã kết thúc hoạt động từ ngày 01/07/2025');
  });

  it('projects: list and one project with its news and videos; 279 without an invented title', () => {
    expect(built('/de-an/')).toContain('Đề án 938');
    const html = built('/de-an/de-an-939/');
    expect(html).toContain('Quyết định 939/QĐ-TTg');
    expect(html).toContain('30/06/2017');
    // Label and value two words apart, for the search index and its excerpts as for readers.
    expect(html).toMatch(/<dt>Đơn vị chủ trì<\/dt> <dd>/);
    expect(html).toContain('Tin tức về đề án');
    expect(html).toContain('href="https://phunu.example.vn/de-an/de-an-939/rss.xml"');
    const unknown = built('/de-an/de-an-279/');
    expect(unknown).toContain('<h1>Đề án 279</h1>');
    expect(unknown).toContain('đang được cập nhật');
  });

  it("a project's news ten to a page: the facts and the search index on the first page only", () => {
    const slug = site().pagedProject;
    const news = (html: string) => /<section aria-labelledby="tin-de-an"[\s\S]*?<\/section>/.exec(html)![0];
    const first = built(`/de-an/${slug}/`);
    expect(news(first)).toContain('Trang 1/2');
    expect(news(first)).toContain(`href="/de-an/${slug}/2/"`);
    expect(news(first).match(/<article class="card"/g)).toHaveLength(10);
    expect(first).toContain('<dt>Số hiệu</dt>');
    expect(first).toContain('data-pagefind-body');
    const second = built(`/de-an/${slug}/2/`);
    expect(news(second)).toContain('Trang 2/2');
    // The eleven and the demo's own: ten on the first page, the rest here.
    expect(news(second).match(/<article class="card"/g)?.length).toBeGreaterThan(1);
    // The oldest of the project's news, last.
    expect(news(second)).toContain('Tin thứ 1 về Đề án 404 trong năm 2016');
    expect(second).toMatch(/<title>[^<]* – trang 2 \|/);
    expect(second).toContain(`href="/de-an/${slug}/"`);
    expect(second).not.toContain('<dt>Số hiệu</dt>');
    expect(second).not.toContain('data-pagefind-body');
    expect(isBuilt(`/de-an/${slug}/3/`)).toBe(false);
  });

  it('pledges: list and one pledge with its targets table, signatories and period', () => {
    expect(built('/giao-uoc/')).toContain('Chương trình phối hợp · 2020–2022');
    const html = built('/giao-uoc/giao-uoc-thi-dua-2020-hoi-lhpn-tinh-quang-tri/');
    expect(html).toContain('“Hành động quyết liệt, về đích toàn diện, tạo đà bứt phá”');
    expect(html).toMatch(/<td>900<\/td><td>hộ<\/td>/);
    expect(html).toMatch(/<td>ít nhất 600<\/td><td>hộ<\/td>/);
    expect(html).toMatch(/<td>1,5–2<\/td><td>%\/năm<\/td>/);
    expect(html).toContain('Các bên ký kết');
    expect(html).toContain('href="/to-chuc/hoi-lhpn-huyen-huong-hoa/"');
  });

  it('videos: list and a YouTube video that loads nothing from YouTube until clicked', () => {
    expect(built('/video/')).toContain('href="/video/dong-hanh-cung-phu-nu-bien-cuong-tai-huong-hoa/"');
    const html = built('/video/dong-hanh-cung-phu-nu-bien-cuong-tai-huong-hoa/');
    expect(html).toContain('data-embed="https://www.youtube-nocookie.com/embed/');
    expect(html).not.toMatch(/<iframe/);
    expect(html).not.toMatch(/(src|srcset|poster)="https:\/\/[^"]*(youtube|ytimg|google)/);
    expect(jsonLd(html)['@type']).toBe('VideoObject');
  });

  it('search, 404, robots.txt and the sitemap', () => {
    expect(built('/tim-kiem/')).toContain('<form role="search"');
    const notFound = built('/404.html');
    expect(notFound).toContain('<h1>Không tìm thấy trang</h1>');
    expect(notFound).toContain('<form role="search" action="/tim-kiem/" method="get"');
    expect(notFound).toContain('<h2>Tin mới nhất</h2>');
    expect(notFound).toContain(`href="/tin-tuc/${site().recentSlug}/"`);
    const robots = built('/robots.txt');
    expect(robots).toContain('Sitemap: https://phunu.example.vn/sitemap-index.xml\n');
    expect(robots).toContain('Sitemap: https://phunu.example.vn/sitemap-news.xml\n');
    // Search answers are for readers, not for crawlers.
    expect(robots).toContain('Disallow: /tim-kiem/\nDisallow: /api/tim-kiem\n');
    const sitemap = built('/sitemap-0.xml');
    expect(sitemap).toContain(`<loc>https://phunu.example.vn/tin-tuc/${SEED_SLUG}/</loc>`);
    for (const urlPath of ['/gioi-thieu/lich-su/', '/en/', '/van-ban/12-kl-dct-2023/', '/lanh-dao/'])
      expect(sitemap).toContain(`<loc>https://phunu.example.vn${urlPath}</loc>`);
    expect(sitemap).not.toContain('/tim-kiem/');
    expect(sitemap).not.toContain('/xem-truoc/');
  });

  it('topics: every topic with its count, one topic newest first with its feed, linked from its articles', () => {
    const topics = built('/chu-de/');
    expect(topics).toContain('<h1>Chủ đề</h1>');
    expect(topics).toMatch(
      /<a href="\/chu-de\/thi-dua\/">Thi đua<\/a> <span class="count"[^>]*>\(\d+ tin\)<\/span>/,
    );
    const topic = built('/chu-de/thi-dua/');
    expect(topic).toContain('<h1>Chủ đề: Thi đua</h1>');
    expect(topic).toContain(`href="/tin-tuc/${SEED_SLUG}/"`);
    expect(topic).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Chủ đề: Thi đua" ' +
        'href="https://phunu.example.vn/chu-de/thi-dua/rss.xml"',
    );
    const dates = [...topic.matchAll(/<time datetime="([^"]+)"/g)].map((m) => m[1]!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(built(`/tin-tuc/${SEED_SLUG}/`)).toContain('<a href="/chu-de/thi-dua/">Thi đua</a>');
  });

  it('archive: the years with their counts, one year by month', () => {
    const archive = built('/luu-tru/');
    expect(archive).toContain('<h1>Lưu trữ</h1>');
    expect(archive).toMatch(
      /<a href="\/luu-tru\/2019\/">Năm 2019<\/a> <span class="count"[^>]*>\(\d+ tin\)<\/span>/,
    );
    const year = built('/luu-tru/2019/');
    expect(year).toContain('<h1>Tin năm 2019</h1>');
    expect(year).toContain('<h2>Tháng 12/2019</h2>');
    expect(year).toContain(`href="/tin-tuc/${SEED_SLUG}/"`);
    expect(year).not.toContain(`href="/tin-tuc/${site().recentSlug}/"`);
  });

  it("the portal's pages at their path in the tree: children, section, attachments' place, crumbs", () => {
    const about = built('/gioi-thieu/');
    expect(about).toContain('<h1 data-pagefind-meta="title">Giới thiệu</h1>');
    // Its children, in their order, and the section beside it.
    const children = [...about.matchAll(/<a href="(\/gioi-thieu\/[^"]+)">/g)].map((m) => m[1]);
    expect(children.slice(0, 3)).toEqual([
      '/gioi-thieu/lich-su/',
      '/gioi-thieu/chuc-nang-nhiem-vu/',
      '/gioi-thieu/co-cau-to-chuc/',
    ]);
    const history = built('/gioi-thieu/lich-su/');
    expect(history).toContain('<a href="/gioi-thieu/">Giới thiệu</a>');
    expect(history).toMatch(/<a href="\/gioi-thieu\/lich-su\/" aria-current="page">Lịch sử<\/a>/);
    expect(history).toContain('data-pagefind-body');
    expect(history).toContain('<html lang="vi"');
    expect(built('/lien-he/')).toContain('<h1 data-pagefind-meta="title">Liên hệ</h1>');
    // A page is never at one of the site's own addresses, and never only under its own slug.
    expect(isBuilt('/lich-su/')).toBe(false);
  });

  it('the English page: lang="en", hreflang both ways with the home page, linked from every footer', () => {
    const english = built('/en/');
    expect(english).toContain('<html lang="en"');
    expect(english).toContain('<header class="site-header" lang="vi">');
    const home = built('/');
    for (const html of [english, home]) {
      expect(html).toContain('<link rel="alternate" hreflang="vi" href="https://phunu.example.vn/">');
      expect(html).toContain('<link rel="alternate" hreflang="en" href="https://phunu.example.vn/en/">');
    }
    expect(built('/tin-tuc/')).not.toContain('hreflang="en" href="https://phunu.example.vn/en/">');
    expect(built('/tin-tuc/')).toContain('<a href="/en/" hreflang="en" lang="en">English</a>');
  });

  it("the chief editor's menu in every header, two levels, with the footer's links", () => {
    for (const urlPath of ['/', '/tin-tuc/', `/tin-tuc/${SEED_SLUG}/`, '/gioi-thieu/lich-su/']) {
      const html = built(urlPath);
      const nav = /<nav id="menu"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
      expect(nav, urlPath).toContain('<a href="/gioi-thieu/lich-su/"');
      expect(nav, urlPath).toMatch(/<a href="\/gioi-thieu\/"( aria-current="page")?>Giới thiệu<\/a><ul><li>/);
      expect(nav, urlPath).toContain('<a href="/lien-he/"');
      expect(html, urlPath).toMatch(
        /<ul class="footer-links">[\s\S]*<a href="https:\/\/hoilhpn\.org\.vn\/">/,
      );
    }
  });

  it('the document library: newest first, narrowed by kind, year and unit, in the feed and on the unit', () => {
    const library = built('/van-ban/');
    const dates = [...library.matchAll(/<time datetime="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]!);
    expect(dates.length).toBe(10);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(library).toContain('href="/van-ban/2/"');
    expect(library).toContain('<a href="/van-ban/loai/ke-hoach/">Kế hoạch</a> <span class="meta">(2)</span>');
    expect(library).toContain('<a href="/van-ban/nam/2025/">2025</a> <span class="meta">(4)</span>');
    const plans = built('/van-ban/loai/ke-hoach/');
    expect(plans).toContain('<h1>Kế hoạch</h1>');
    expect([...plans.matchAll(/<a href="(\/van-ban\/[^/"]+\/)">/g)].map((m) => m[1])).toEqual([
      '/van-ban/15-kh-dct-2025/',
      '/van-ban/07-kh-hpn-2025/',
    ]);
    expect(built('/van-ban/nam/2019/')).toContain('href="/van-ban/88-bc-hpn-2019/"');
    const unit = built('/van-ban/don-vi/hoi-lhpn-tinh-quang-tri/');
    expect(unit).toContain('<h1>Văn bản của Hội LHPN tỉnh Quảng Trị</h1>');
    expect([...unit.matchAll(/<a href="\/van-ban\/([^/"]+)\/">/g)].length).toBe(3);
    // The unit's own page lists what it issued.
    expect(built('/to-chuc/hoi-lhpn-tinh-quang-tri/')).toMatch(
      /id="van-ban"[\s\S]*href="\/van-ban\/120-hpn-tg-2025\/"/,
    );
    expect(built('/van-ban/')).toContain('href="https://phunu.example.vn/van-ban/rss.xml"');
  });

  it("a document's page: its facts as a table, its file with kind and size, the words of its PDF", () => {
    const html = built('/van-ban/12-kl-dct-2023/');
    expect(html).toContain('<h1 data-pagefind-meta="title">Kết luận số 12/KL-ĐCT</h1>');
    expect(html).toContain('<th scope="row">Số, ký hiệu</th><td>12/KL-ĐCT</td>');
    expect(html).toContain(
      '<th scope="row">Ngày ban hành</th><td><time datetime="2023-11-20">20/11/2023</time></td>',
    );
    expect(html).toContain(
      '<a href="/to-chuc/trung-uong-hoi-lhpn-viet-nam/">Trung ương Hội LHPN Việt Nam</a>',
    );
    expect(html).toMatch(
      /<a href="\/uploads\/12_kl_dct_2023_[0-9a-f]+\.pdf" download="12-kl-dct-2023\.pdf">/,
    );
    expect(html).toMatch(/\(PDF, \d+ KB\)/);
    // Words that are only in the PDF, on the page for search.
    expect(html).toMatch(/<details class="full-text">[\s\S]*hợp tác xã dệt thổ cẩm Pà Cò/);
    expect(html).toContain('href="/de-an/de-an-939/"');
    expect(html.normalize('NFC')).toBe(html);
  });

  it('leadership: each unit in office with photo and term, the past term named as past, and on the unit', () => {
    const html = built('/lanh-dao/');
    const units = [...html.matchAll(/<h2 id="lanh-dao-([^"]+)"/g)].map((m) => m[1]);
    expect(units).toEqual([
      'trung-uong-hoi-lhpn-viet-nam',
      'hoi-lhpn-tinh-ha-nam',
      'hoi-lhpn-tinh-quang-tri',
    ]);
    const central = html.slice(
      html.indexOf('id="lanh-dao-trung-uong'),
      html.indexOf('id="lanh-dao-hoi-lhpn-tinh-ha-nam"'),
    );
    expect(central).toMatch(
      /<h3 class="name">Nguyễn Thị Minh Hằng<\/h3><p class="position">Chủ tịch Hội LHPN Việt Nam<\/p>/,
    );
    expect(central).toContain('Nhiệm kỳ 2022–2027');
    expect(central).toMatch(/<img [^>]*alt="Nguyễn Thị Minh Hằng"/);
    expect(central).toMatch(
      /Nhiệm kỳ trước<\/h3>[\s\S]*Lê Thị Bích Ngọc, Chủ tịch Hội LHPN Việt Nam <span class="meta">\(2017–2022\)/,
    );
    expect(built('/to-chuc/hoi-lhpn-tinh-quang-tri/')).toMatch(/id="lanh-dao"[\s\S]*Hoàng Thị Thanh Thủy/);
  });

  it('the Google News sitemap lists the articles of the last two days only', () => {
    const xml = built('/sitemap-news.xml');
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(urls).toEqual([`https://phunu.example.vn/tin-tuc/${site().recentSlug}/`]);
    expect(xml).toContain(
      '<news:publication><news:name>Cổng thông tin Hội Liên hiệp Phụ nữ</news:name>' +
        '<news:language>vi</news:language></news:publication>',
    );
    expect(xml).toMatch(/<news:publication_date>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/news:publication_date>/);
    expect(xml).toContain(
      '<news:title>Tin nóng: Hội LHPN tỉnh Quảng Trị họp bàn công tác tháng mới</news:title>',
    );
  });

  it("every page's footer shows the portal's details; the article has the sidebar and share links", () => {
    for (const page of ['/', `/tin-tuc/${SEED_SLUG}/`, '/chu-de/', '/404.html']) {
      const html = built(page);
      expect(html, page).toContain(
        '<dt>Cơ quan chủ quản:</dt> <dd>Hội Liên hiệp Phụ nữ tỉnh (dữ liệu mẫu)</dd>',
      );
      expect(html, page).toContain(
        '<dt>Chịu trách nhiệm nội dung:</dt> <dd>Nguyễn Thị Mẫu (dữ liệu mẫu)</dd>',
      );
      expect(html, page).toMatch(
        /<dt>Giấy phép:<\/dt> <dd>số 000\/GP-MẪU \(dữ liệu mẫu\) ngày 01\/01\/2020 của /,
      );
    }
    const article = built(`/tin-tuc/${SEED_SLUG}/`);
    for (const heading of ['Tâm điểm', 'Các đề án', 'Video'])
      expect(article).toMatch(
        new RegExp(`<aside class="portal-sidebar[^>]*>[\\s\\S]*${heading}[\\s\\S]*</aside>`),
      );
    const url = encodeURIComponent(`https://phunu.example.vn/tin-tuc/${SEED_SLUG}/`);
    expect(article).toContain(`href="https://www.facebook.com/sharer/sharer.php?u=${url}"`);
    expect(article).toContain('href="https://button-share.zalo.me/share_external?d=');
    expect(article).toContain(`value="https://phunu.example.vn/tin-tuc/${SEED_SLUG}/"`);
    for (const page of ['/de-an/de-an-939/', '/to-chuc/hoi-lhpn-tinh-quang-tri/'])
      expect(built(page), page).toContain('<aside class="portal-sidebar');
  });

  it('home, list, article, document, leadership and portal pages ship no client JavaScript', () => {
    for (const page of [
      '/',
      '/tin-tuc/',
      `/tin-tuc/${SEED_SLUG}/`,
      '/to-chuc/hoi-lhpn-tinh-quang-tri/',
      '/de-an/',
      '/giao-uoc/',
      '/chu-de/',
      '/chu-de/thi-dua/',
      '/luu-tru/',
      '/luu-tru/2019/',
      '/van-ban/',
      '/van-ban/loai/ke-hoach/',
      '/van-ban/12-kl-dct-2023/',
      '/lanh-dao/',
      '/gioi-thieu/',
      '/gioi-thieu/lich-su/',
      '/en/',
    ]) {
      const scripts = [...built(page).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(
        scripts.filter((tag) => !tag.includes('application/ld+json')),
        page,
      ).toEqual([]);
    }
  });

  // What a phone on 3G loads before it can show the page: its HTML and the stylesheets it links,
  // as files and as the server sends them (gzip).
  it.each([
    ['the home page', '/'],
    ['the news list', '/tin-tuc/'],
    ['the seed article', `/tin-tuc/${SEED_SLUG}/`],
    ['a document', '/van-ban/12-kl-dct-2023/'],
  ])('%s: HTML and CSS under 30 KiB, and under 10 KiB compressed', (name, page) => {
    const html = readFileSync(path.join(site().dist, page, 'index.html'), 'utf8');
    const files = [
      Buffer.from(html),
      ...[...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
        readFileSync(path.join(site().dist, m[1]!)),
      ),
    ];
    const raw = files.reduce((sum, file) => sum + file.length, 0) / 1024;
    const compressed = files.reduce((sum, file) => sum + gzipSync(file).length, 0) / 1024;
    console.log(
      `${name}: ${raw.toFixed(1)} KiB in ${files.length} files, ${compressed.toFixed(1)} KiB compressed`,
    );
    expect(raw).toBeLessThan(30);
    expect(compressed).toBeLessThan(10);
  });

  it('every page is valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      // News headlines run to 250 characters; search engines cut long titles themselves.
      // Both <img> and <img /> are valid HTML5; Astro writes the first, sanitize-html the second.
      rules: { 'long-title': 'off', 'void-style': 'off' },
    });
    const problems: string[] = [];
    for (const file of allHtml(site().dist)) {
      const report = await validator.validateFile(file);
      for (const result of report.results)
        for (const message of result.messages)
          problems.push(
            `${path.relative(site().dist, file)}:${message.line} ${message.ruleId}: ${message.message}`,
          );
    }
    expect(problems).toEqual([]);
  });

  it('every internal link points at a built page', () => {
    const { dist } = site();
    const missing = new Set<string>();
    for (const file of allHtml(dist)) {
      for (const [, href] of readFileSync(file, 'utf8').matchAll(/href="(\/[^"#?]*)"/g)) {
        if (!isBuilt(href!) && !isBuilt(`${href}/`)) missing.add(`${path.relative(dist, file)} → ${href}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('a draft or unpublished article is in no page, feed or sitemap', () => {
    const { draftSlug, unpublishedSlug, secretWord, dist } = site();
    expect(isBuilt(`/tin-tuc/${draftSlug}/`)).toBe(false);
    expect(isBuilt(`/tin-tuc/${unpublishedSlug}/`)).toBe(false);
    for (const file of allHtml(dist).concat(['rss.xml', 'sitemap-0.xml'].map((f) => path.join(dist, f)))) {
      const text = readFileSync(file, 'utf8');
      expect(
        text.includes(secretWord) || text.includes(draftSlug) || text.includes(unpublishedSlug),
        file,
      ).toBe(false);
    }
  });

  it('the XSS article comes out inert on its page', async () => {
    const { FORBIDDEN } = await import('./xss-corpus.ts');
    const html = built(`/tin-tuc/${site().xssSlug}/`);
    const body = /<div class="prose"[^>]*>(.*?)<\/div>/s.exec(html)?.[1] ?? '';
    expect(body).toContain('Đoạn kết an toàn.');
    for (const pattern of FORBIDDEN) expect(body).not.toMatch(pattern);
  });

  it('the server build reads the content store from a JSON file, not from a module it compiles', async () => {
    const chunks = path.join(site().dist, '_server', 'chunks');
    const names = readdirSync(chunks).filter((name) => name.startsWith('_astro_data-layer-content'));
    const json = names.find((name) => name.endsWith('.json'));
    const module = names.find((name) => name.endsWith('.mjs'));
    expect(json).toBeDefined();
    expect(statSync(path.join(chunks, module!)).size).toBeLessThan(1024);
    const store = readFileSync(path.join(chunks, json!), 'utf8');
    expect(store).toContain(SEED_SLUG);
    // What the renderer gets when it loads the chunk: the store's collections, as Astro would make them.
    const loaded = (await import(pathToFileURL(path.join(chunks, module!)).href)) as { default: unknown };
    expect(loaded.default).toBeInstanceOf(Map);
    expect(loaded.default).toEqual(parse(store));
  });
});
