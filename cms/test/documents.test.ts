// The document library (Văn bản) through REST and the admin, against the project's real Strapi on
// SQLite and on PostgreSQL: its address from number and year, its dates and files checked with the
// field named, the site's token reading it with its relations, and the newsroom's rights following
// the issuing unit.
import { StrapiClient } from 'shared-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestEditor } from 'test-harness/test-content';
import { organisationId, unitEditorRights } from 'test-harness/test-newsroom';
import { api, fullAccessToken, strapiInfo } from './helpers.ts';

const DOCUMENT = 'api::legal-document.legal-document';
let writer: string;
let serial = 0;
const document = (data: Record<string, unknown> = {}) => ({
  number: `${++serial}/KH-KT`,
  kind: 'ke_hoach',
  summary: `Kế hoạch thử nghiệm số ${serial} của kiểm thử thư viện văn bản`,
  issuedOn: '2024-05-02',
  ...data,
});
const ONE_PIXEL_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
type Response = Awaited<ReturnType<typeof api>>;
const problems = (res: Response) =>
  (res.body.error?.details?.errors ?? []).map((error) => `${error.path.join('.')}: ${error.message}`);

/** An upload of the media library, as the admin's upload makes it. */
async function upload(name: string, type: string, bytes: string | Uint8Array<ArrayBuffer>): Promise<number> {
  const form = new FormData();
  form.append('files', new Blob([bytes], { type }), name);
  const response = await fetch(`${strapiInfo().url}/api/upload`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${writer}` },
    body: form,
  });
  const body = (await response.json()) as Array<{ id: number }>;
  if (response.status !== 201) throw new Error(`upload ${name}: ${response.status} ${JSON.stringify(body)}`);
  return body[0]!.id;
}

beforeAll(async () => {
  writer = await fullAccessToken();
});

describe('a document (Văn bản)', () => {
  it('gets its address from its number and year, so the same number of another year is another page', async () => {
    for (const issuedOn of ['2023-03-01', '2024-03-01']) {
      const res = await api('/api/legal-documents', {
        method: 'POST',
        token: writer,
        body: { data: document({ number: '15/KH-ĐCT', issuedOn }) },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect((res.body.data as { slug: string }).slug).toBe(`15-kh-dct-${issuedOn.slice(0, 4)}`);
    }
  });

  it('refuses, naming the field, a date in force before the date of issue, and a kind it does not know', async () => {
    const early = await api('/api/legal-documents', {
      method: 'POST',
      token: writer,
      body: { data: document({ effectiveOn: '2024-05-01' }) },
    });
    expect(early.status).toBe(400);
    expect(problems(early)).toEqual([
      'effectiveOn: Ngày có hiệu lực (2024-05-01) không thể trước ngày ban hành (2024-05-02).',
    ]);
    const kind = await api('/api/legal-documents', {
      method: 'POST',
      token: writer,
      body: { data: document({ kind: 'to_trinh' }) },
    });
    expect(kind.status).toBe(400);
    expect(problems(kind)[0]).toMatch(/^kind: /);
  });

  it('carries PDF and Word files, and refuses to publish with another kind of file', async () => {
    const pdf = await upload('ke-hoach.pdf', 'application/pdf', '%PDF-1.4\n%%EOF\n');
    // An upload the media library takes (an image), which is not a document's file.
    const png = await upload('so-do.png', 'image/png', Uint8Array.from(Buffer.from(ONE_PIXEL_PNG, 'base64')));
    const good = await api('/api/legal-documents', {
      method: 'POST',
      token: writer,
      body: { data: document({ files: [pdf] }) },
    });
    expect(good.status, JSON.stringify(good.body)).toBe(201);
    const chief = new TestEditor(strapiInfo());
    const admin = await chief.adminToken();
    const draft = await api(`/content-manager/collection-types/${DOCUMENT}`, {
      method: 'POST',
      token: admin,
      body: document({ files: [png] }),
    });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const { documentId } = draft.body.data as { documentId: string };
    const published = await api(
      `/content-manager/collection-types/${DOCUMENT}/${documentId}/actions/publish`,
      {
        method: 'POST',
        token: admin,
        body: {},
      },
    );
    expect(published.status).toBe(400);
    expect(problems(published)).toEqual([
      'files.0: Tệp "so-do.png" không phải PDF hay Word (.pdf, .doc, .docx, .odt): bạn đọc khó mở được.',
    ]);
  });

  it('is read by the site with its issuing unit, topics, news, projects and files', async () => {
    const unit = await organisationId(
      strapiInfo(),
      await new TestEditor(strapiInfo()).adminToken(),
      'hoi-lhpn-tinh-ha-nam',
    );
    const res = await api('/api/legal-documents', {
      method: 'POST',
      token: writer,
      body: { data: document({ number: '99/BC-KT', kind: 'bao_cao', issuer: unit, signer: 'Người ký thử' }) },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const client = new StrapiClient({ baseUrl: strapiInfo().url, token: strapiInfo().token });
    const found = (await client.findAll('legalDocument')).find((doc) => doc.number === '99/BC-KT');
    expect(found).toMatchObject({
      kind: 'bao_cao',
      issuedOn: '2024-05-02',
      signer: 'Người ký thử',
      files: [],
    });
    expect(found?.issuer?.slug).toBe('hoi-lhpn-tinh-ha-nam');
  });
});

describe("the newsroom's rights follow the issuing unit", () => {
  it("a unit editor publishes their unit's document, not another unit's", async () => {
    const rights = await unitEditorRights(
      strapiInfo(),
      new TestEditor(strapiInfo()),
      DOCUMENT,
      (unit) => document({ issuer: { connect: [{ documentId: unit }] } }),
      { summary: 'Sửa văn bản của đơn vị khác, không được phép' },
    );
    expect(rights).toEqual({ created: 201, published: 200, otherChanged: 403, otherPublished: 403 });
  });
});
