// Leaders (Lãnh đạo) through REST and the admin, against the project's real Strapi on SQLite and on
// PostgreSQL: a term's years in order and a unit named, with the field; the site's token reading
// them with their unit and photo; the newsroom's rights following the unit.
import { StrapiClient } from 'shared-types';
import { describe, expect, it } from 'vitest';
import { TestEditor } from 'test-harness/test-content';
import { organisationId, unitEditorRights } from 'test-harness/test-newsroom';
import { api, fullAccessToken, strapiInfo } from './helpers.ts';

const LEADER = 'api::leader.leader';
const editor = new TestEditor(strapiInfo());
const leader = (data: Record<string, unknown> = {}) => ({
  name: 'Nguyễn Thị Kiểm Thử',
  position: 'Phó Chủ tịch',
  startYear: 2022,
  endYear: 2027,
  ...data,
});
const problems = (res: Awaited<ReturnType<typeof api>>) =>
  (res.body.error?.details?.errors ?? []).map((error) => `${error.path.join('.')}: ${error.message}`);

describe('a leader (Lãnh đạo)', () => {
  it('refuses, naming the field, a term that ends before it starts and a leader of no unit', async () => {
    const token = await fullAccessToken();
    const unit = await organisationId(strapiInfo(), await editor.adminToken(), 'hoi-lhpn-tinh-ha-nam');
    const backwards = await api('/api/leaders', {
      method: 'POST',
      token,
      body: { data: leader({ organisation: unit, startYear: 2027, endYear: 2022 }) },
    });
    expect(backwards.status).toBe(400);
    expect(problems(backwards)).toEqual([
      'endYear: Năm kết thúc (2022) phải lớn hơn hoặc bằng năm bắt đầu (2027).',
    ]);
    const nobody = await api('/api/leaders', { method: 'POST', token, body: { data: leader() } });
    expect(nobody.status).toBe(400);
    expect(problems(nobody)).toEqual(['organisation: Cần chọn đơn vị mà người này lãnh đạo.']);
  });

  it('is read by the site with its unit, in office or of a past term', async () => {
    const token = await fullAccessToken();
    const unit = await organisationId(strapiInfo(), await editor.adminToken(), 'hoi-lhpn-tinh-ha-nam');
    for (const current of [true, false]) {
      const res = await api('/api/leaders', {
        method: 'POST',
        token,
        body: {
          data: leader({ organisation: unit, current, name: `Lãnh đạo ${current ? 'đương nhiệm' : 'cũ'}` }),
        },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const client = new StrapiClient({ baseUrl: strapiInfo().url, token: strapiInfo().token });
    const leaders = (await client.findAll('leader')).filter(
      (l) => l.organisation?.slug === 'hoi-lhpn-tinh-ha-nam',
    );
    expect(leaders.filter((l) => l.name.startsWith('Lãnh đạo ')).map((l) => [l.name, l.current])).toEqual([
      ['Lãnh đạo đương nhiệm', true],
      ['Lãnh đạo cũ', false],
    ]);
  });

  it("a unit editor keeps their unit's leaders, not another unit's", async () => {
    const rights = await unitEditorRights(
      strapiInfo(),
      editor,
      LEADER,
      (unit) => leader({ organisation: { connect: [{ documentId: unit }] } }),
      { position: 'Chủ tịch' },
    );
    expect(rights).toEqual({ created: 201, published: 200, otherChanged: 403, otherPublished: 403 });
  });
});
