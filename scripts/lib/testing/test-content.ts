// Writes content into a test Strapi the way editors and integrations do: the admin's API (login,
// tokens, unpublish) and the REST API with a full-access token made by that admin.
import type { TestStrapiInfo } from './test-strapi.ts';

export interface JsonResponse {
  status: number;
  body: {
    data?: unknown;
    error?: {
      name: string;
      message: string;
      details?: { errors?: Array<{ path: string[]; message: string }> };
    };
  } & Record<string, unknown>;
}

/** One JSON call to Strapi with an optional bearer token. */
export async function call(
  url: string,
  options: { token?: string; method?: string; body?: unknown } = {},
): Promise<JsonResponse> {
  const response = await fetch(url, {
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

/** An admin session and a full-access API token, created once per Strapi. */
export class TestEditor {
  private readonly strapi: TestStrapiInfo;
  private jwt: Promise<string> | undefined;
  private writer: Promise<string> | undefined;

  constructor(strapi: TestStrapiInfo) {
    this.strapi = strapi;
  }

  adminToken(): Promise<string> {
    this.jwt ??= (async () => {
      const res = await call(`${this.strapi.url}/admin/login`, {
        method: 'POST',
        body: { email: this.strapi.adminEmail, password: this.strapi.adminPassword },
      });
      if (res.status !== 200)
        throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
      return (res.body.data as { token: string }).token;
    })();
    return this.jwt;
  }

  fullAccessToken(): Promise<string> {
    this.writer ??= (async () => {
      const res = await call(`${this.strapi.url}/admin/api-tokens`, {
        method: 'POST',
        token: await this.adminToken(),
        body: {
          name: `test-writer-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`,
          type: 'full-access',
          lifespan: null,
          kind: 'content-api',
        },
      });
      if (res.status !== 201)
        throw new Error(`token creation failed: ${res.status} ${JSON.stringify(res.body)}`);
      return (res.body.data as { accessKey: string }).accessKey;
    })();
    return this.writer;
  }

  /** POST /api/<path> (published unless status is 'draft'); returns the created entry. */
  async create(path: string, data: Record<string, unknown>, status: 'published' | 'draft' = 'published') {
    const res = await call(`${this.strapi.url}/api/${path}${status === 'draft' ? '?status=draft' : ''}`, {
      method: 'POST',
      token: await this.fullAccessToken(),
      body: { data },
    });
    if (res.status !== 201)
      throw new Error(`create ${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data as { documentId: string; slug: string } & Record<string, unknown>;
  }

  /** PUT /api/<path>/<documentId>: updates the entry and publishes it, or with `draft` saves its draft only. */
  async update(
    path: string,
    documentId: string,
    data: Record<string, unknown>,
    status: 'published' | 'draft' = 'published',
  ) {
    const query = status === 'draft' ? '?status=draft' : '';
    const res = await call(`${this.strapi.url}/api/${path}/${documentId}${query}`, {
      method: 'PUT',
      token: await this.fullAccessToken(),
      body: { data },
    });
    if (res.status !== 200)
      throw new Error(`update ${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data as Record<string, unknown>;
  }

  /** GET /api/<path>: the first page of published entries, oldest first, narrowed by `query` if given. */
  async list(path: string, query = '') {
    const res = await call(`${this.strapi.url}/api/${path}?sort=id:asc${query ? `&${query}` : ''}`, {
      token: await this.fullAccessToken(),
    });
    if (res.status !== 200) throw new Error(`list ${path} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.data as Array<{ documentId: string; slug: string } & Record<string, unknown>>;
  }

  /** DELETE /api/<path>/<documentId>: the entry gone, drafts and all; the answer. */
  async remove(path: string, documentId: string) {
    return call(`${this.strapi.url}/api/${path}/${documentId}`, {
      method: 'DELETE',
      token: await this.fullAccessToken(),
    });
  }

  /** Unpublishes as an editor does in the admin (the REST API has no unpublish). */
  async unpublish(uid: string, documentId: string) {
    const res = await call(
      `${this.strapi.url}/content-manager/collection-types/${uid}/${documentId}/actions/unpublish`,
      {
        method: 'POST',
        token: await this.adminToken(),
        body: {},
      },
    );
    if (res.status !== 200) throw new Error(`unpublish failed: ${res.status} ${JSON.stringify(res.body)}`);
  }

  /**
   * Uploads a file to the media library as an editor does: through the admin (`admin`, the media
   * library's own route) or the REST API with a token (`rest`). Returns the status and the body.
   */
  async upload(
    file: { name: string; type: string; bytes: Buffer },
    via: 'admin' | 'rest' = 'rest',
  ): Promise<JsonResponse> {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
    form.append('fileInfo', JSON.stringify({ name: file.name, alternativeText: `Ảnh ${file.name}` }));
    const token = via === 'admin' ? await this.adminToken() : await this.fullAccessToken();
    const response = await fetch(`${this.strapi.url}${via === 'admin' ? '/upload' : '/api/upload'}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: form,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  }
}
