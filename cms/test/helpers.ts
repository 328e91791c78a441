import { inject } from 'vitest';
import { call, TestEditor, type JsonResponse } from 'test-harness/test-content';

export const CONTENT_PATHS = [
  'articles',
  'organisations',
  'emulation-pledges',
  'projects',
  'videos',
] as const;

export function strapiInfo() {
  return inject('strapi');
}

/** One HTTP call to the test Strapi; `token` is sent as a bearer token when given. */
export function api(
  path: string,
  options: { token?: string; method?: string; body?: unknown } = {},
): Promise<JsonResponse & { body: { meta?: { pagination?: { total?: number } } } }> {
  return call(`${strapiInfo().url}${path}`, options);
}

let editor: TestEditor | undefined;
const theEditor = () => (editor ??= new TestEditor(strapiInfo()));

/** Logs in as the test's first admin (created from STRAPI_ADMIN_EMAIL/PASSWORD) once per file. */
export const adminToken = () => theEditor().adminToken();

/** A full-access API token made by the admin, as an editor's integration would be. */
export const fullAccessToken = () => theEditor().fullAccessToken();

/** Count of every document of a type, drafts included, through the admin's Content Manager. */
export async function adminCount(uid: string): Promise<number> {
  const res = await api(`/content-manager/collection-types/${uid}?page=1&pageSize=1`, {
    token: await adminToken(),
  });
  if (res.status !== 200)
    throw new Error(`content-manager count failed: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as unknown as { pagination: { total: number } }).pagination.total;
}
