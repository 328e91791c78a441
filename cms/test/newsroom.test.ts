// The newsroom's rights, called straight at the admin API with each person's own session: the
// contributors of Quảng Trị and Ninh Bình, the editor of Quảng Trị (whose work covers Hướng Hóa,
// Đakrông and Quảng Bình, merged into it) and the chief editor. Every refusal is a 403 that
// changed nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { TestEditor } from 'test-harness/test-content';
import {
  ARTICLE,
  ASSIGNMENT,
  CM,
  newsroomPerson,
  NewsroomPerson,
  organisationId,
} from 'test-harness/test-newsroom';
import { api, strapiInfo } from './helpers.ts';

const UNITS = {
  quangTri: 'hoi-lhpn-tinh-quang-tri',
  huongHoa: 'hoi-lhpn-huyen-huong-hoa',
  dakrong: 'hoi-lhpn-huyen-dakrong',
  quangBinh: 'hoi-lhpn-tinh-quang-binh',
  ninhBinh: 'hoi-lhpn-tinh-ninh-binh',
  haNam: 'hoi-lhpn-tinh-ha-nam',
} as const;
type Unit = keyof typeof UNITS;

let serial = 0;
const draft = (unit?: string) => ({
  title: `Tin phân quyền số ${++serial} của kiểm thử`,
  date: '2026-11-20T08:00:00+07:00',
  lead: 'Tin của kiểm thử phân quyền tòa soạn, không phải tin thật của cổng.',
  body: 'Nội dung tin kiểm thử phân quyền.',
  featured: false,
  ...(unit ? { organisations: { connect: [{ documentId: unit }] } } : {}),
});

describe('the newsroom: who may do what to which unit’s content', () => {
  const editor = new TestEditor(strapiInfo());
  let chiefSession: NewsroomPerson;
  const people = {} as Record<'ctvQuangTri' | 'ctvNinhBinh' | 'btvQuangTri' | 'tbt', NewsroomPerson>;
  const unitIds = {} as Record<Unit, string>;

  /** The test's super admin, who sets the scene and checks that a refusal changed nothing. */
  const superAdmin = async () => new NewsroomPerson(strapiInfo(), 'admin', await editor.adminToken());
  const state = async (documentId: string) => {
    const res = await (await superAdmin()).read(ARTICLE, documentId);
    if (res.status === 404) return 'gone';
    const data = res.body.data as { title: string; publishedAt: string | null };
    const published = (
      res.body as { meta?: { availableStatus?: Array<{ publishedAt: string | null }> } }
    ).meta?.availableStatus?.some((version) => version.publishedAt);
    return `${data.title} | ${published ? 'published' : 'draft'}`;
  };

  /** An article naming one unit, written by someone (the super admin when not said), maybe published. */
  const articleOf = async (unit: Unit, options: { by?: NewsroomPerson; published?: boolean } = {}) => {
    const author = options.by ?? (await superAdmin());
    const res = await author.create(ARTICLE, draft(unitIds[unit]));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { documentId } = res.body.data as { documentId: string };
    if (options.published) expect((await (await superAdmin()).publish(ARTICLE, documentId)).status).toBe(200);
    return documentId;
  };

  beforeAll(async () => {
    const admin = await editor.adminToken();
    for (const [unit, slug] of Object.entries(UNITS))
      unitIds[unit as Unit] = await organisationId(strapiInfo(), admin, slug);
    people.ctvQuangTri = await newsroomPerson(strapiInfo(), editor, {
      name: 'Lan',
      role: 'Cộng tác viên',
      unit: UNITS.quangTri,
    });
    people.ctvNinhBinh = await newsroomPerson(strapiInfo(), editor, {
      name: 'Mai',
      role: 'Cộng tác viên',
      unit: UNITS.ninhBinh,
    });
    people.btvQuangTri = await newsroomPerson(strapiInfo(), editor, {
      name: 'Hoa',
      role: 'Biên tập viên',
      unit: UNITS.quangTri,
    });
    people.tbt = await newsroomPerson(strapiInfo(), editor, { name: 'Hanh', role: 'Tổng biên tập' });
    chiefSession = people.tbt;
  });

  it('has the three roles, made at start', async () => {
    const res = await api('/admin/roles', { token: await editor.adminToken() });
    const names = (res.body.data as Array<{ name: string }>).map((role) => role.name);
    expect(names).toEqual(expect.arrayContaining(['Cộng tác viên', 'Biên tập viên', 'Tổng biên tập']));
    // Invited people work in Vietnamese too.
    const me = await people.ctvQuangTri.call('/admin/users/me');
    expect((me.body.data as { preferedLanguage: string }).preferedLanguage).toBe('vi');
  });

  it('a contributor’s new draft belongs to their unit, and others’ drafts stay out of their sight', async () => {
    const lan = people.ctvQuangTri;
    const created = await lan.create(ARTICLE, draft());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const { documentId } = created.body.data as { documentId: string };
    const mine = await lan.read(ARTICLE, documentId);
    expect(mine.status).toBe(200);
    // Named after her unit though she named none: the unit's editor sees it.
    expect((await people.btvQuangTri.read(ARTICLE, documentId)).status).toBe(200);
    expect((await people.ctvNinhBinh.read(ARTICLE, documentId)).status).toBe(403);
    // Her list holds her own entries only.
    const list = await lan.call(`${CM}/${ARTICLE}?page=1&pageSize=100`);
    const ids = (list.body as unknown as { results: Array<{ documentId: string }> }).results.map(
      (r) => r.documentId,
    );
    expect(ids).toEqual([documentId]);
    // Yet she can name any published unit in her article (the relation picker).
    const picker = await lan.call(`/content-manager/relations/${ARTICLE}/organisations?pageSize=100`);
    const names = (picker.body as unknown as { results: Array<{ documentId: string }> }).results.map(
      (r) => r.documentId,
    );
    expect(names).toEqual(expect.arrayContaining([unitIds.ninhBinh, unitIds.haNam, unitIds.quangTri]));
  });

  type Action = 'read' | 'update' | 'publish' | 'unpublish' | 'delete' | 'submit';
  type Target = Unit | 'own' | 'ctvQuangTri' | 'ctvNinhBinh';
  const table: Array<[person: keyof typeof people, action: Action, target: Target, status: number]> = [
    // Contributors: their own drafts only, never publishing.
    ['ctvQuangTri', 'update', 'own', 200],
    ['ctvQuangTri', 'submit', 'own', 200],
    ['ctvQuangTri', 'delete', 'own', 200],
    ['ctvQuangTri', 'publish', 'own', 403],
    ['ctvQuangTri', 'read', 'ctvNinhBinh', 403],
    ['ctvQuangTri', 'update', 'ctvNinhBinh', 403],
    ['ctvQuangTri', 'delete', 'ctvNinhBinh', 403],
    ['ctvQuangTri', 'submit', 'ctvNinhBinh', 403],
    ['ctvQuangTri', 'read', 'quangTri', 403],
    ['ctvQuangTri', 'unpublish', 'quangTri', 403],
    ['ctvNinhBinh', 'update', 'own', 200],
    ['ctvNinhBinh', 'update', 'ctvQuangTri', 403],
    ['ctvNinhBinh', 'publish', 'ninhBinh', 403],
    // The editor of Quảng Trị: the province, its districts, and Quảng Bình merged into it.
    ['btvQuangTri', 'read', 'ctvQuangTri', 200],
    ['btvQuangTri', 'update', 'huongHoa', 200],
    ['btvQuangTri', 'update', 'dakrong', 200],
    ['btvQuangTri', 'update', 'quangBinh', 200],
    ['btvQuangTri', 'publish', 'ctvQuangTri', 200],
    ['btvQuangTri', 'publish', 'dakrong', 200],
    ['btvQuangTri', 'unpublish', 'huongHoa', 200],
    ['btvQuangTri', 'delete', 'quangTri', 200],
    ['btvQuangTri', 'read', 'ctvNinhBinh', 403],
    ['btvQuangTri', 'update', 'ninhBinh', 403],
    ['btvQuangTri', 'update', 'haNam', 403],
    ['btvQuangTri', 'publish', 'ninhBinh', 403],
    ['btvQuangTri', 'unpublish', 'ninhBinh', 403],
    ['btvQuangTri', 'delete', 'haNam', 403],
    // The chief editor: everything.
    ['tbt', 'read', 'ctvNinhBinh', 200],
    ['tbt', 'update', 'ninhBinh', 200],
    ['tbt', 'publish', 'ctvQuangTri', 200],
    ['tbt', 'unpublish', 'haNam', 200],
    ['tbt', 'delete', 'huongHoa', 200],
  ];

  it.each(table)('%s: %s of %s’s article → %i', async (who, action, target, expected) => {
    const person = people[who];
    const published = action === 'unpublish';
    const documentId =
      target === 'own'
        ? await articleOf(UNITS_OF[who], { by: person })
        : target === 'ctvQuangTri' || target === 'ctvNinhBinh'
          ? await articleOf(UNITS_OF[target], { by: people[target], published })
          : await articleOf(target, { published });
    const before = await state(documentId);
    const res =
      action === 'update'
        ? await person.update(ARTICLE, documentId, { title: `Sửa bởi ${who} ${++serial}` })
        : action === 'submit'
          ? await person.submit(ARTICLE, documentId)
          : await person[action](ARTICLE, documentId);
    expect(res.status, JSON.stringify(res.body)).toBe(expected);
    const after = await state(documentId);
    if (expected === 403) expect(after).toBe(before);
    else if (action === 'delete') expect(after).toBe('gone');
    else if (action === 'publish') expect(after).toMatch(/published$/);
    else if (action === 'unpublish') expect(after).toMatch(/draft$/);
    else if (action === 'update') expect(after).toMatch(/^Sửa bởi/);
  });

  it('a contributor cannot schedule, delete what is published, or give anyone a unit', async () => {
    const lan = people.ctvQuangTri;
    const documentId = await articleOf('quangTri', { by: lan });
    // Scheduling is publishing later: her publishAt is not taken.
    const scheduled = await lan.update(ARTICLE, documentId, { publishAt: '2030-01-01T00:00:00.000Z' });
    expect(scheduled.status).toBe(200);
    expect((await (await superAdmin()).read(ARTICLE, documentId)).body.data).toMatchObject({
      publishAt: null,
    });
    // Once an editor published it, deleting it would take it down: refused.
    expect((await people.btvQuangTri.publish(ARTICLE, documentId)).status).toBe(200);
    const deleted = await lan.delete(ARTICLE, documentId);
    expect(deleted.status).toBe(403);
    expect(await state(documentId)).toMatch(/published$/);
    // Who works where is the chief editor's to say.
    const assign = {
      email: 'ai.do@hoilhpn.test',
      organisation: { connect: [{ documentId: unitIds.quangTri }] },
    };
    expect((await lan.call(`${CM}/${ASSIGNMENT}`, { method: 'POST', body: assign })).status).toBe(403);
    expect(
      (await people.btvQuangTri.call(`${CM}/${ASSIGNMENT}`, { method: 'POST', body: assign })).status,
    ).toBe(403);
    expect((await chiefSession.call(`${CM}/${ASSIGNMENT}`, { method: 'POST', body: assign })).status).toBe(
      201,
    );
  });

  it('review: sent, returned with a reason the writer sees, sent again, published; the log says who', async () => {
    const [lan, hoa] = [people.ctvQuangTri, people.btvQuangTri];
    const documentId = await articleOf('huongHoa', { by: lan });
    expect((await lan.submit(ARTICLE, documentId)).status).toBe(200);
    // Twice in the queue is once.
    expect((await lan.submit(ARTICLE, documentId)).status).toBe(400);
    const queued = await hoa.queue();
    const waiting = (queued.body as { toReview: Array<{ documentId: string }> }).toReview.map(
      (i) => i.documentId,
    );
    expect(waiting).toContain(documentId);
    expect((queued.body as { count: number }).count).toBe(waiting.length);
    // Not the Ninh Bình editor's business, nor a contributor's to return.
    const other = (await people.ctvNinhBinh.queue()).body as { toReview: Array<{ documentId: string }> };
    expect(other.toReview.map((i) => i.documentId)).not.toContain(documentId);
    expect((await lan.giveBack(ARTICLE, documentId, 'Tự trả lại')).status).toBe(403);

    const noReason = await hoa.giveBack(ARTICLE, documentId, ' ');
    expect(noReason.status).toBe(400);
    expect(noReason.body.error?.details?.errors?.[0]?.path).toEqual(['reason']);
    expect((await hoa.giveBack(ARTICLE, documentId, 'Cần thêm ảnh và tên người trong ảnh.')).status).toBe(
      200,
    );
    const seen = (await lan.review(ARTICLE, documentId)).body as {
      review: { state: string; note: string; by: string };
      can: { submit: boolean };
    };
    expect(seen.review).toMatchObject({ state: 'returned', note: 'Cần thêm ảnh và tên người trong ảnh.' });
    expect(seen.can.submit).toBe(true);
    const mine = (await lan.queue()).body as { mine: Array<{ documentId: string; state: string }> };
    expect(mine.mine).toContainEqual(expect.objectContaining({ documentId, state: 'returned' }));

    expect((await lan.update(ARTICLE, documentId, { coverCaption: 'Ảnh: Bình An' })).status).toBe(200);
    expect((await lan.submit(ARTICLE, documentId)).status).toBe(200);
    expect((await hoa.publish(ARTICLE, documentId)).status).toBe(200);
    const log = (await chiefSession.review(ARTICLE, documentId)).body as {
      review: unknown;
      events: Array<{ action: string; actor: string; note: string | null }>;
    };
    expect(log.review).toBeNull();
    expect(log.events.map((event) => `${event.action} ${event.actor.split(' ')[0]}`)).toEqual([
      'created Lan',
      'submitted Lan',
      'returned Hoa',
      'submitted Lan',
      'published Hoa',
    ]);
    const res = await api(`/api/articles/${documentId}`, { token: strapiInfo().token });
    expect(res.status).toBe(200);
  });
});

/** The unit each person of the table works for (their own articles name it). */
const UNITS_OF: Record<'ctvQuangTri' | 'ctvNinhBinh' | 'btvQuangTri' | 'tbt', Unit> = {
  ctvQuangTri: 'quangTri',
  ctvNinhBinh: 'ninhBinh',
  btvQuangTri: 'quangTri',
  tbt: 'ninhBinh',
};
