import { inject } from 'vitest';

export const CONTENT_PATHS = ['articles', 'organisations', 'emulation-pledges', 'projects', 'videos'] as const;

export interface ApiResponse {
  status: number;
  // Strapi's JSON envelope; tests read what they assert on.
  body: { data?: unknown; meta?: { pagination?: { total?: number } }; error?: { status: number; name: string; message: string; details?: { errors?: Array<{ path: string[]; message: string }> } } };
}

export function strapiInfo() {
  return inject('strapi');
}

/** One HTTP call to the test Strapi; `token` is sent as a bearer token when given. */
export async function api(path: string, options: { token?: string; method?: string; body?: unknown } = {}): Promise<ApiResponse> {
  const { url } = strapiInfo();
  const response = await fetch(`${url}${path}`, {
    method: options.method ?? 'GET',
    headers: {
      ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

let adminJwt: Promise<string> | undefined;

/** Logs in as the test's first admin (created from STRAPI_ADMIN_EMAIL/PASSWORD) once per file. */
export function adminToken(): Promise<string> {
  adminJwt ??= (async () => {
    const { adminEmail, adminPassword } = strapiInfo();
    const res = await api('/admin/login', { method: 'POST', body: { email: adminEmail, password: adminPassword } });
    if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body.data as { token: string }).token;
  })();
  return adminJwt;
}

let fullAccess: Promise<string> | undefined;

/** A full-access API token made by the admin, as an editor's integration would be. */
export function fullAccessToken(): Promise<string> {
  fullAccess ??= (async () => {
    const jwt = await adminToken();
    const res = await api('/admin/api-tokens', {
      method: 'POST',
      token: jwt,
      body: { name: `test-writer-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`, type: 'full-access', lifespan: null, kind: 'content-api' },
    });
    if (res.status !== 201) throw new Error(`token creation failed: ${res.status} ${JSON.stringify(res.body)}`);
    return (res.body.data as { accessKey: string }).accessKey;
  })();
  return fullAccess;
}

/** Published count of a type, read with the site's read-only token. */
export async function publishedCount(path: string): Promise<number> {
  const res = await api(`/api/${path}?pagination[pageSize]=1`, { token: strapiInfo().token });
  return res.body.meta?.pagination?.total ?? Number.NaN;
}

/** Count of every document of a type, drafts included, through the admin's Content Manager. */
export async function adminCount(uid: string): Promise<number> {
  const res = await api(`/content-manager/collection-types/${uid}?page=1&pageSize=1`, { token: await adminToken() });
  if (res.status !== 200) throw new Error(`content-manager count failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { pagination: { total: number } }).pagination.total;
}
