import { describe, expect, it } from 'vitest';
import { NEWSROOM_ROLES, rightsOnNewTypes, TYPES_BEFORE_RECORD, type Schema } from './roles';

const schema: Schema = {
  fieldsOf: () => ['title'],
  contentTypes: [
    ...TYPES_BEFORE_RECORD.map((uid) => ({ uid, drafts: !uid.includes('tag') && !uid.includes('setting') })),
    { uid: 'api::page.page', drafts: true },
    { uid: 'api::menu.menu', drafts: false },
    { uid: 'api::legal-document.legal-document', drafts: true },
    { uid: 'api::leader.leader', drafts: true },
  ],
};
const role = (name: string) => NEWSROOM_ROLES.find((spec) => spec.name === name)!;
const subjects = (name: string) =>
  [...new Set(rightsOnNewTypes(role(name), schema, TYPES_BEFORE_RECORD).map((p) => p.subject))].sort();

describe('a role made before new content types gains its rights on them, and nothing else', () => {
  it('the chief editor: every new type', () => {
    expect(subjects('Tổng biên tập')).toEqual([
      'api::leader.leader',
      'api::legal-document.legal-document',
      'api::menu.menu',
      'api::page.page',
    ]);
  });

  it("a unit's editor and a contributor: the newsroom's new types, not the portal's pages or menu", () => {
    for (const name of ['Biên tập viên', 'Cộng tác viên'])
      expect(subjects(name)).toEqual(['api::leader.leader', 'api::legal-document.legal-document']);
    // Their rights on a new type are those a new role gets: a unit editor publishes in their unit.
    const publish = rightsOnNewTypes(role('Biên tập viên'), schema, TYPES_BEFORE_RECORD).find(
      (p) => p.action.endsWith('.publish') && p.subject === 'api::leader.leader',
    );
    expect(publish?.conditions).toEqual(['api::in-my-unit']);
  });

  it('a role whose install already granted every type gains nothing', () => {
    const all = schema.contentTypes.map(({ uid }) => uid);
    for (const spec of NEWSROOM_ROLES) expect(rightsOnNewTypes(spec, schema, all)).toEqual([]);
  });
});
