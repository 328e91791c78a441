// The portal's own pages (Trang) and its menu, through REST and the admin, against the project's
// real Strapi on SQLite and on PostgreSQL: a page at the top of the tree cannot take one of the
// site's own addresses, a tree cannot loop, a menu link must be an address, the site's read-only
// token reads published pages with their tree and the menu with both levels, and only the chief
// editor writes them.
import { StrapiClient } from 'shared-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestEditor } from 'test-harness/test-content';
import { newsroomPerson } from 'test-harness/test-newsroom';
import { api, fullAccessToken, strapiInfo } from './helpers.ts';

const PAGE = 'api::page.page';
let writer: string;
let serial = 0;
const page = (data: Record<string, unknown> = {}) => ({
  title: `Trang thử nghiệm ${++serial}`,
  body: 'Nội dung trang thử nghiệm.',
  ...data,
});

/** Creates a page through REST (published: the REST API publishes at once unless told otherwise). */
async function create(data: Record<string, unknown>) {
  return api('/api/pages', { method: 'POST', token: writer, body: { data } });
}
/** Saves the menu through REST, as an integration would. */
const saveMenu = (data: Record<string, unknown>) =>
  api('/api/menu', { method: 'PUT', token: writer, body: { data } });
const problems = (res: Awaited<ReturnType<typeof create>>) =>
  (res.body.error?.details?.errors ?? []).map((error) => `${error.path.join('.')}: ${error.message}`);

beforeAll(async () => {
  writer = await fullAccessToken();
});

describe('a page (Trang)', () => {
  it("refuses, naming the field, a top page at one of the site's own addresses; allows it under a parent", async () => {
    for (const slug of ['tin-tuc', 'video', 'rss.xml', 'uploads', 'xem-truoc']) {
      const res = await create(page({ slug }));
      expect(res.status, slug).toBe(400);
      expect(problems(res).join('\n')).toMatch(
        new RegExp(`^slug: Đường dẫn "${slug.replace('.', '\\.')}" là địa chỉ`),
      );
    }
    const parent = await create(page({ slug: 'gioi-thieu-thu' }));
    expect(parent.status, JSON.stringify(parent.body)).toBe(201);
    const parentId = (parent.body.data as { documentId: string }).documentId;
    const child = await create(page({ slug: 'video-gioi-thieu', parent: parentId }));
    expect(child.status, JSON.stringify(child.body)).toBe(201);
    const under = await create(page({ slug: 'tim-kiem', parent: parentId }));
    expect(under.status, JSON.stringify(under.body)).toBe(201);
    // Taken out of its parent, it would take the search page's address.
    const underId = (under.body.data as { documentId: string }).documentId;
    const moved = await api(`/api/pages/${underId}`, {
      method: 'PUT',
      token: writer,
      body: { data: { parent: null } },
    });
    expect(moved.status).toBe(400);
    expect(problems(moved)[0]).toMatch(/^slug: Đường dẫn "tim-kiem" là địa chỉ/);
  });

  it('refuses a parent that is the page itself or one of its children', async () => {
    const top = await create(page());
    const topId = (top.body.data as { documentId: string }).documentId;
    const child = await create(page({ parent: topId }));
    const childId = (child.body.data as { documentId: string }).documentId;
    for (const [id, parent] of [
      [topId, topId],
      [topId, childId],
    ]) {
      const res = await api(`/api/pages/${id}`, { method: 'PUT', token: writer, body: { data: { parent } } });
      expect(res.status).toBe(400);
      expect(problems(res)).toEqual([
        'parent: Trang cha không thể là chính trang này hoặc một trang con của nó.',
      ]);
    }
  });

  it('makes its address from a Vietnamese title, and the site token reads it with its parent and files', async () => {
    const top = await create(page({ title: 'Chức năng nhiệm vụ thử', language: 'vi', order: 2 }));
    expect((top.body.data as { slug: string }).slug).toBe('chuc-nang-nhiem-vu-thu');
    const topId = (top.body.data as { documentId: string }).documentId;
    await create(page({ title: 'Lịch sử thử', parent: topId }));
    const client = new StrapiClient({ baseUrl: strapiInfo().url, token: strapiInfo().token });
    const pages = await client.findAll('page');
    const child = pages.find((p) => p.slug === 'lich-su-thu');
    expect(child?.parent?.documentId).toBe(topId);
    expect(child?.attachments).toEqual([]);
    expect(pages.find((p) => p.documentId === topId)).toMatchObject({ order: 2, language: 'vi' });
  });

  it('is written by the chief editor alone: a unit editor and a contributor are refused', async () => {
    const editor = new TestEditor(strapiInfo());
    const chief = await newsroomPerson(strapiInfo(), editor, { name: 'Trang', role: 'Tổng biên tập' });
    const unitEditor = await newsroomPerson(strapiInfo(), editor, {
      name: 'Hoa',
      role: 'Biên tập viên',
      unit: 'hoi-lhpn-tinh-quang-tri',
    });
    const contributor = await newsroomPerson(strapiInfo(), editor, {
      name: 'Lan',
      role: 'Cộng tác viên',
      unit: 'hoi-lhpn-tinh-quang-tri',
    });
    const made = await chief.create(PAGE, page());
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const { documentId } = made.body.data as { documentId: string };
    expect((await chief.publish(PAGE, documentId)).status).toBe(200);
    for (const person of [unitEditor, contributor]) {
      expect((await person.create(PAGE, page())).status).toBe(403);
      expect((await person.update(PAGE, documentId, { title: 'Đổi tên trái phép' })).status).toBe(403);
      expect((await person.delete(PAGE, documentId)).status).toBe(403);
    }
    expect((await chief.update(PAGE, documentId, { title: 'Trang của tổng biên tập' })).status).toBe(200);
  });
});

describe('the menu', () => {
  it('refuses a link that is not an address, naming the item', async () => {
    const res = await saveMenu({
      header: [
        {
          label: 'Giới thiệu',
          url: '/gioi-thieu/',
          children: [{ label: 'Lỗi', url: 'javascript:alert(1)' }],
        },
      ],
      footer: [],
    });
    expect(res.status).toBe(400);
    expect(problems(res).join('\n')).toMatch(/^header\.0\.children\.0\.url: /);
  });

  it('keeps two levels and the footer, NFC, and the site token reads them', async () => {
    const decomposed = 'Giới thiệu'.normalize('NFD');
    const res = await saveMenu({
      header: [
        {
          label: decomposed,
          url: '/gioi-thieu/',
          children: [{ label: 'Lịch sử', url: '/gioi-thieu/lich-su/' }],
        },
        { label: 'Cổng Trung ương', url: 'https://hoilhpn.org.vn/', children: [] },
      ],
      footer: [{ label: 'Liên hệ', url: '/lien-he/' }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const client = new StrapiClient({ baseUrl: strapiInfo().url, token: strapiInfo().token });
    const menu = await client.single('menu');
    expect(menu?.header.map((item) => [item.label, item.url, item.children.map((c) => c.url)])).toEqual([
      ['Giới thiệu', '/gioi-thieu/', ['/gioi-thieu/lich-su/']],
      ['Cổng Trung ương', 'https://hoilhpn.org.vn/', []],
    ]);
    expect(menu?.header[0]?.label).toBe('Giới thiệu'.normalize('NFC'));
    expect(menu?.footer.map((link) => link.label)).toEqual(['Liên hệ']);
  });
});
