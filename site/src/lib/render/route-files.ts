// Where a page of a route lands in a static build (format 'directory', trailingSlash 'always'), for
// the resident renderer writing pages into a release as `astro build` would.

export type RouteType = 'page' | 'endpoint';

/** The route of a page module, from its file under src/pages: '../pages/tin-tuc/[slug].astro' → '/tin-tuc/[slug]'. */
export function routeOfModule(file: string): { route: string; type: RouteType } {
  const match = /(?:^|\/)pages(\/.*)\.(astro|ts)$/.exec(file);
  if (!match) throw new Error(`not a page module: ${file}`);
  const route = match[1]!.replace(/\/index$/, '') || '/';
  return { route, type: match[2] === 'astro' ? 'page' : 'endpoint' };
}

/** A page's address from its route and params: ('/tin-tuc/[...page]', { page: '2' }) → '/tin-tuc/2'. */
export function pathOfRoute(route: string, params: Record<string, string | number | undefined>): string {
  const filled = route.replace(/\[(\.\.\.)?([^\]]+)\]/g, (_, rest: string | undefined, name: string) => {
    const value = params[name];
    if (value === undefined && !rest) throw new Error(`route ${route} needs the parameter ${name}`);
    return value === undefined ? '' : String(value);
  });
  return filled.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
}

/** The address a page is built under (Astro.url): pages end with a slash, endpoints as they are. */
export function urlPathOf(path: string, type: RouteType): string {
  return type === 'page' && !path.endsWith('/') ? `${path}/` : path;
}

/** The file a page is written to, relative to the release: '/tin-tuc/a' → 'tin-tuc/a/index.html'. */
export function fileOfPath(path: string, type: RouteType): string {
  const relative = path.replace(/^\//, '');
  if (type === 'endpoint') return relative;
  if (relative === '404') return '404.html';
  return relative ? `${relative.replace(/\/$/, '')}/index.html` : 'index.html';
}
