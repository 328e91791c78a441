// The nginx configuration for a host that serves the portal with nginx (Debian's package) in front:
// the live release's files with the headers, cache rules, types, compression and not-found page
// our own static server gives them (site-http.ts, shared-types' site-headers.ts), the search API
// passed to the publisher's server, and the admin and the preview passed to Strapi and the
// renderer. TLS is the operator's: each server block says where its certificate goes.
import { COMMON_HEADERS, PAGE_CSP, SEARCH_PAGE_CSP, SEARCH_POLICY_PATHS } from 'shared-types/site-headers';
import { SEARCH_API } from 'shared-types/search-api';
import { BRIEF, CONTENT_TYPES, IMMUTABLE, IMMUTABLE_PATHS, PRIVATE_PATH } from './site-http.ts';

export interface NginxOptions {
  /** The live release: `.data/site/current` of the install (a symlink nginx follows at each request). */
  root: string;
  /** The site's host name(s), e.g. `phunu.example.vn www.phunu.example.vn`. */
  serverName: string;
  /** The admin's host name (Strapi), e.g. `quantri.phunu.example.vn`. */
  adminServerName: string;
  /** The preview's host name (the renderer), e.g. `xemtruoc.phunu.example.vn`. */
  previewServerName: string;
  /** Where the publisher's site server listens (the search API): `127.0.0.1:4321`. */
  siteUpstream: string;
  /** Where Strapi listens: `127.0.0.1:1337`. */
  cmsUpstream: string;
  /** Where the preview renderer listens: `127.0.0.1:4323`. */
  previewUpstream: string;
  /** What each server block listens on: `80` (TLS: the operator adds `443 ssl` and a certificate). */
  listen: string;
  /** Largest upload the admin accepts, in MB (UPLOAD_SIZE_LIMIT). */
  uploadMegabytes: number;
}

/** Types nginx compresses besides HTML: the site's text files. */
const COMPRESSED_TYPES = [
  'text/css',
  'text/javascript',
  'application/javascript',
  'application/json',
  'application/xml',
  'application/rss+xml',
  'image/svg+xml',
  'text/plain',
];

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** `proxy_pass` with the headers a proxied app needs to know the reader's address and scheme. */
const proxied = (upstream: string) => [
  `    proxy_pass http://${upstream};`,
  '    proxy_http_version 1.1;',
  '    proxy_set_header Host $host;',
  '    proxy_set_header X-Real-IP $remote_addr;',
  '    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
  '    proxy_set_header X-Forwarded-Proto $scheme;',
];

const tlsNote = (name: string) => [
  `  # TLS for ${name}: add \`listen 443 ssl;\` with ssl_certificate and ssl_certificate_key (e.g.`,
  '  # from certbot), and redirect port 80 to it.',
];

/** A server block that passes everything to an app of ours. */
function proxyServer(
  listen: string,
  what: string,
  serverName: string,
  upstream: string,
  extra: string[] = [],
): string[] {
  return [
    `# ${what}`,
    'server {',
    `  listen ${listen};`,
    `  server_name ${serverName};`,
    ...tlsNote(serverName),
    ...extra,
    '  server_tokens off;',
    '  location / {',
    ...proxied(upstream),
    '  }',
    '}',
    '',
  ];
}

/** The configuration text: put it in /etc/nginx/sites-available/ and link it from sites-enabled/. */
export function nginxConfig(options: NginxOptions): string {
  const lines = [
    '# Written by `npm run nginx-config`: write it again after upgrading the portal.',
    '',
    '# Cache-Control of each file of the site (scripts/publisher/src/http/site-http.ts).',
    'map $uri $wup_cache_control {',
    `  default ${quote(BRIEF)};`,
    '  # The search API says its own (an empty value adds no header).',
    `  ${quote(`~^${SEARCH_API.search}`)} "";`,
    ...IMMUTABLE_PATHS.map((pattern) => `  ${quote(`~${pattern}`)} ${quote(IMMUTABLE)};`),
    '}',
    '# Content-Security-Policy: the search page runs Pagefind (shared-types/src/site-headers.ts).',
    'map $uri $wup_csp {',
    `  default ${quote(PAGE_CSP)};`,
    ...SEARCH_POLICY_PATHS.map((pattern) => `  ${quote(`~${pattern}`)} ${quote(SEARCH_PAGE_CSP)};`),
    '}',
    '',
    'server {',
    `  listen ${options.listen};`,
    `  server_name ${options.serverName};`,
    ...tlsNote('the site'),
    `  root ${options.root};`,
    '  index index.html;',
    '  absolute_redirect off;',
    '  server_tokens off;',
    '  charset utf-8;',
    '  charset_types text/css text/javascript application/javascript application/json application/xml',
    '    application/rss+xml text/plain;',
    '  gzip on;',
    '  gzip_vary on;',
    '  # Every text file, whatever its size, as our own server sends files.',
    '  gzip_min_length 1;',
    `  gzip_types ${COMPRESSED_TYPES.join(' ')};`,
    `  add_header Cache-Control $wup_cache_control always;`,
    `  add_header Content-Security-Policy $wup_csp always;`,
    ...Object.entries(COMMON_HEADERS).map(([name, value]) => `  add_header ${name} ${quote(value)} always;`),
    '  error_page 404 /404.html;',
    '',
    `  location ~ ${PRIVATE_PATH} {`,
    '    return 404;',
    '  }',
    ...CONTENT_TYPES.flatMap(({ pattern, type }) => {
      const [mediaType, charset] = type.split(/;\s*charset=/);
      return [
        `  location ~ ${pattern} {`,
        '    types { }',
        `    default_type ${mediaType};`,
        ...(charset ? [`    charset ${charset};`, `    charset_types ${mediaType};`] : ['    charset off;']),
        '  }',
      ];
    }),
    "  # The search API of the live release: answered by the publisher's site server.",
    `  location ^~ ${SEARCH_API.search} {`,
    ...proxied(options.siteUpstream),
    '    # Compressed by the server, as it chooses.',
    '    gzip off;',
    // nginx adds the security headers itself (the server's own would come twice); Cache-Control is the server's.
    ...['Content-Security-Policy', ...Object.keys(COMMON_HEADERS)].map(
      (name) => `    proxy_hide_header ${name};`,
    ),
    '  }',
    '  location / {',
    '    try_files $uri $uri/ =404;',
    '  }',
    '}',
    '',
    ...proxyServer(
      options.listen,
      "The admin (Strapi). Its own headers are Strapi's.",
      options.adminServerName,
      options.cmsUpstream,
      [`  client_max_body_size ${options.uploadMegabytes}m;`],
    ),
    ...proxyServer(
      options.listen,
      "The preview, framed by the admin (PREVIEW_URL names this host). Its headers are the renderer's.",
      options.previewServerName,
      options.previewUpstream,
    ),
  ];
  return lines.join('\n');
}
