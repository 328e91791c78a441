import { describe, expect, it } from 'vitest';
import { coveredUnits, unitQuery, type UnitLink } from './units';

// The tree of the demo content, by slug: a province, its districts and a commune; a province
// merged into another in 2025, with a district of its own.
const tree: UnitLink[] = [
  { documentId: 'tw' },
  { documentId: 'quang-tri', parent: 'tw' },
  { documentId: 'huong-hoa', parent: 'quang-tri' },
  { documentId: 'tan-thanh', parent: 'huong-hoa' },
  { documentId: 'dakrong', parent: 'quang-tri' },
  { documentId: 'quang-binh', parent: 'tw', mergedInto: 'quang-tri' },
  { documentId: 'ninh-binh', parent: 'tw' },
  { documentId: 'ha-nam', parent: 'tw', mergedInto: 'ninh-binh' },
  { documentId: 'phu-ly', parent: 'ha-nam' },
];

describe('the units a person’s work covers', () => {
  it('are their unit, the units below it, and those merged into it with their own units', () => {
    expect([...coveredUnits(tree, 'quang-tri')].sort()).toEqual(
      ['dakrong', 'huong-hoa', 'quang-binh', 'quang-tri', 'tan-thanh'].sort(),
    );
    expect([...coveredUnits(tree, 'ninh-binh')].sort()).toEqual(['ha-nam', 'ninh-binh', 'phu-ly']);
  });

  it('stop at the unit for a grassroots union, and survive a loop in the data', () => {
    expect([...coveredUnits(tree, 'tan-thanh')]).toEqual(['tan-thanh']);
    const loop = [...tree, { documentId: 'quang-tri', parent: 'tan-thanh' }];
    expect(coveredUnits(loop, 'huong-hoa').size).toBe(5);
  });

  it('become a query on the relations each type names its units by', () => {
    const units = new Set(['a', 'b']);
    expect(unitQuery('api::organisation.organisation', units)).toEqual({ documentId: { $in: ['a', 'b'] } });
    expect(unitQuery('api::article.article', units)).toEqual({
      'organisations.documentId': { $in: ['a', 'b'] },
    });
    expect(unitQuery('api::emulation-pledge.emulation-pledge', units)).toEqual({
      $or: [{ 'host.documentId': { $in: ['a', 'b'] } }, { 'signatories.documentId': { $in: ['a', 'b'] } }],
    });
    // No unit, or a type without units: nothing.
    expect(unitQuery('api::article.article', new Set())).toBe(false);
    expect(unitQuery('api::tag.tag', units)).toBe(false);
  });
});
