// People of a test newsroom, made as the chief editor makes them: an admin user with a role
// through the admin API, their unit in "Phân công", then signed in with their own session.
import { call, type JsonResponse, type TestEditor } from './test-content.ts';
import type { TestStrapiInfo } from './test-strapi.ts';

export const CM = '/content-manager/collection-types';
export const ARTICLE = 'api::article.article';
export const ASSIGNMENT = 'api::assignment.assignment';

export type NewsroomRole = 'Cộng tác viên' | 'Biên tập viên' | 'Tổng biên tập';

/** One person of the newsroom, calling the admin API with their own session. */
export class NewsroomPerson {
  private readonly strapi: TestStrapiInfo;
  readonly email: string;
  readonly token: string;
  /** For signing in to the admin in a browser. */
  readonly password: string;

  constructor(strapi: TestStrapiInfo, email: string, token: string, password = '') {
    this.strapi = strapi;
    this.email = email;
    this.token = token;
    this.password = password;
  }

  call(path: string, options: { method?: string; body?: unknown } = {}): Promise<JsonResponse> {
    return call(`${this.strapi.url}${path}`, { ...options, token: this.token });
  }

  /** A new draft, as the Content Manager's "Lưu" makes it. */
  create(uid: string, data: Record<string, unknown>) {
    return this.call(`${CM}/${uid}`, { method: 'POST', body: data });
  }
  read(uid: string, documentId: string) {
    return this.call(`${CM}/${uid}/${documentId}`);
  }
  update(uid: string, documentId: string, data: Record<string, unknown>) {
    return this.call(`${CM}/${uid}/${documentId}`, { method: 'PUT', body: data });
  }
  publish(uid: string, documentId: string) {
    return this.call(`${CM}/${uid}/${documentId}/actions/publish`, { method: 'POST', body: {} });
  }
  unpublish(uid: string, documentId: string) {
    return this.call(`${CM}/${uid}/${documentId}/actions/unpublish`, { method: 'POST', body: {} });
  }
  delete(uid: string, documentId: string) {
    return this.call(`${CM}/${uid}/${documentId}`, { method: 'DELETE' });
  }
  /** "Gửi duyệt". */
  submit(uid: string, documentId: string) {
    return this.call(`/newsroom/entries/${uid}/${documentId}/submit`, { method: 'POST', body: {} });
  }
  /** "Trả lại" with a reason. */
  giveBack(uid: string, documentId: string, reason?: string) {
    return this.call(`/newsroom/entries/${uid}/${documentId}/return`, { method: 'POST', body: { reason } });
  }
  review(uid: string, documentId: string) {
    return this.call(`/newsroom/entries/${uid}/${documentId}`);
  }
  queue() {
    return this.call('/newsroom/queue');
  }
}

/** The document id of an organisation by its slug (drafts included), through the chief's admin. */
export async function organisationId(
  strapi: TestStrapiInfo,
  adminJwt: string,
  slug: string,
): Promise<string> {
  const res = await call(
    `${strapi.url}${CM}/api::organisation.organisation?filters[slug][$eq]=${encodeURIComponent(slug)}`,
    { token: adminJwt },
  );
  const [found] = (res.body as unknown as { results: Array<{ documentId: string }> }).results ?? [];
  if (!found) throw new Error(`no organisation ${slug}: ${res.status} ${JSON.stringify(res.body)}`);
  return found.documentId;
}

/**
 * Makes an admin user with a newsroom role, assigns them to a unit (by slug, or none) and signs
 * them in. `editor` is the test's super admin, who stands in for the chief editor here.
 */
export async function newsroomPerson(
  strapi: TestStrapiInfo,
  editor: TestEditor,
  person: { name: string; role: NewsroomRole; unit?: string },
): Promise<NewsroomPerson> {
  const admin = await editor.adminToken();
  const roles = await call(`${strapi.url}/admin/roles`, { token: admin });
  const role = (roles.body.data as Array<{ id: number; name: string }>).find((r) => r.name === person.role);
  if (!role) throw new Error(`no role ${person.role}: ${JSON.stringify(roles.body)}`);
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `${person.name.toLowerCase()}.${tag}@hoilhpn.test`;
  const created = await call(`${strapi.url}/admin/users`, {
    method: 'POST',
    token: admin,
    body: { email, firstname: person.name, lastname: person.role, roles: [role.id] },
  });
  if (created.status !== 201) throw new Error(`user: ${created.status} ${JSON.stringify(created.body)}`);
  const { registrationToken } = created.body.data as { registrationToken: string };
  const password = `Wu-${tag}-Aa1`;
  const registered = await call(`${strapi.url}/admin/register`, {
    method: 'POST',
    body: { registrationToken, userInfo: { firstname: person.name, lastname: person.role, password } },
  });
  if (registered.status !== 200)
    throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
  if (person.unit) {
    const unit = await organisationId(strapi, admin, person.unit);
    const assignment = await call(`${strapi.url}${CM}/${ASSIGNMENT}`, {
      method: 'POST',
      token: admin,
      body: { email, organisation: { connect: [{ documentId: unit }] } },
    });
    if (assignment.status !== 201)
      throw new Error(`assignment: ${assignment.status} ${JSON.stringify(assignment.body)}`);
  }
  return new NewsroomPerson(strapi, email, (registered.body.data as { token: string }).token, password);
}

/**
 * What the editor of Quảng Trị ("Biên tập viên") may do with entries of `uid` by the unit each names
 * (`entryOf` makes one naming a unit's documentId): create and publish one of Quảng Trị; change or
 * publish one of Hà Nam (made by the super admin). The HTTP status of each.
 */
export async function unitEditorRights(
  strapi: TestStrapiInfo,
  editor: TestEditor,
  uid: string,
  entryOf: (unit: string) => Record<string, unknown>,
  change: Record<string, unknown>,
): Promise<Record<'created' | 'published' | 'otherChanged' | 'otherPublished', number>> {
  const admin = await editor.adminToken();
  const [quangTri, haNam] = await Promise.all(
    ['hoi-lhpn-tinh-quang-tri', 'hoi-lhpn-tinh-ha-nam'].map((slug) => organisationId(strapi, admin, slug)),
  );
  const hoa = await newsroomPerson(strapi, editor, {
    name: 'Hoa',
    role: 'Biên tập viên',
    unit: 'hoi-lhpn-tinh-quang-tri',
  });
  const own = await hoa.create(uid, entryOf(quangTri!));
  const published = await hoa.publish(uid, (own.body.data as { documentId: string }).documentId);
  const other = await new NewsroomPerson(strapi, 'admin', admin).create(uid, entryOf(haNam!));
  if (other.status !== 201) throw new Error(`entry of Hà Nam: ${other.status} ${JSON.stringify(other.body)}`);
  const otherId = (other.body.data as { documentId: string }).documentId;
  return {
    created: own.status,
    published: published.status,
    otherChanged: (await hoa.update(uid, otherId, change)).status,
    otherPublished: (await hoa.publish(uid, otherId)).status,
  };
}
