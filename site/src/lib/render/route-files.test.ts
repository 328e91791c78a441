import { describe, expect, it } from 'vitest';
import { fileOfPath, pathOfRoute, routeOfModule, urlPathOf } from './route-files';

describe('where the resident renderer writes a page, as astro build does', () => {
  it.each([
    ['../pages/index.astro', '/', 'page'],
    ['../pages/404.astro', '/404', 'page'],
    ['../pages/tin-tuc/[slug].astro', '/tin-tuc/[slug]', 'page'],
    ['../pages/tin-tuc/[...page].astro', '/tin-tuc/[...page]', 'page'],
    ['../pages/to-chuc/[slug]/index.astro', '/to-chuc/[slug]', 'page'],
    ['../pages/to-chuc/[slug]/rss.xml.ts', '/to-chuc/[slug]/rss.xml', 'endpoint'],
    ['../pages/robots.txt.ts', '/robots.txt', 'endpoint'],
  ])('module %s is the route %s (%s)', (file, route, type) => {
    expect(routeOfModule(file)).toEqual({ route, type });
  });

  it('refuses a file outside the pages folder', () => {
    expect(() => routeOfModule('../lib/site-data.ts')).toThrow(/not a page module/);
  });

  it.each([
    ['/tin-tuc/[slug]', { slug: 'phu-nu' }, '/tin-tuc/phu-nu'],
    ['/tin-tuc/[...page]', { page: undefined }, '/tin-tuc'],
    ['/tin-tuc/[...page]', { page: '2' }, '/tin-tuc/2'],
    ['/luu-tru/[year]/[...page]', { year: 2019, page: undefined }, '/luu-tru/2019'],
    ['/uploads/[file]', { file: 'anh_1.jpg' }, '/uploads/anh_1.jpg'],
    ['/', {}, '/'],
  ])('%s with %o is %s', (route, params, expected) => {
    expect(pathOfRoute(route, params)).toBe(expected);
  });

  it('refuses a route without its parameter', () => {
    expect(() => pathOfRoute('/tin-tuc/[slug]', {})).toThrow(/needs the parameter slug/);
  });

  it.each([
    ['/', 'page', '/', 'index.html'],
    ['/404', 'page', '/404/', '404.html'],
    ['/tin-tuc/2', 'page', '/tin-tuc/2/', 'tin-tuc/2/index.html'],
    ['/rss.xml', 'endpoint', '/rss.xml', 'rss.xml'],
    ['/uploads/anh_1.jpg', 'endpoint', '/uploads/anh_1.jpg', 'uploads/anh_1.jpg'],
  ] as const)('%s (%s) is built at %s into %s', (path, type, url, file) => {
    expect(urlPathOf(path, type)).toBe(url);
    expect(fileOfPath(path, type)).toBe(file);
  });
});
