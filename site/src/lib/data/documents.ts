// The document library's lists: by kind, by year of issue, by issuing unit (the library's filters,
// each a static page), registered as queries so a page depends on its list, not on every document.
import type { LegalDocument } from 'shared-types';
import { DOCUMENT_KIND, yearMonth } from '../format';
import type { DocumentFacet } from '../urls';
import { query } from './page-reads';
import { FROM_DATA } from './queries';
import type { SiteData } from './site-data';

/** One value of a filter: its address part, what readers read, and how many documents have it. */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

/** The library's filters, as its addresses name them, with their headings. */
export const DOCUMENT_FACETS: Record<DocumentFacet, string> = {
  loai: 'Loại văn bản',
  nam: 'Năm ban hành',
  'don-vi': 'Đơn vị ban hành',
};

/** The address part of a kind: 'ke_hoach' → 'ke-hoach'. */
export const kindSlug = (kind: string) => kind.replace(/_/g, '-');

/** A document's value of a filter (undefined: it has none, e.g. no issuing unit). */
function valueOf(data: Pick<SiteData, 'organisationById'>, doc: LegalDocument, facet: DocumentFacet) {
  if (facet === 'loai') return kindSlug(doc.kind);
  if (facet === 'nam') return String(yearMonth(doc.issuedOn).year);
  return doc.issuer ? data.organisationById.get(doc.issuer.documentId)?.slug : undefined;
}

function labelOf(data: Pick<SiteData, 'organisationById'>, doc: LegalDocument, facet: DocumentFacet): string {
  if (facet === 'loai') return DOCUMENT_KIND[doc.kind] ?? doc.kind;
  if (facet === 'nam') return String(yearMonth(doc.issuedOn).year);
  return doc.issuer ? (data.organisationById.get(doc.issuer.documentId)?.name ?? '') : '';
}

/**
 * The values of a filter that documents have, with their counts: kinds in their order, years newest
 * first, units by name.
 */
export const facetValues = query(
  'documentFacetValues',
  (data: SiteData, facet: DocumentFacet): FacetValue[] => {
    const values = new Map<string, FacetValue>();
    for (const doc of data.documents) {
      const value = valueOf(data, doc, facet);
      if (!value) continue;
      const known = values.get(value);
      if (known) known.count += 1;
      else values.set(value, { value, label: labelOf(data, doc, facet), count: 1 });
    }
    const kinds = Object.keys(DOCUMENT_KIND).map(kindSlug);
    const order: Record<DocumentFacet, (a: FacetValue, b: FacetValue) => number> = {
      loai: (a, b) => kinds.indexOf(a.value) - kinds.indexOf(b.value),
      nam: (a, b) => b.value.localeCompare(a.value),
      'don-vi': (a, b) => a.label.localeCompare(b.label, 'vi'),
    };
    return [...values.values()].sort(order[facet]);
  },
  FROM_DATA,
);

/** The documents with one value of a filter, newest first. */
export const documentsBy = query(
  'documentsBy',
  (data: SiteData, facet: DocumentFacet, value: string): LegalDocument[] =>
    data.documents.filter((doc) => valueOf(data, doc, facet) === value),
  FROM_DATA,
);

/** The documents a unit issued, newest first. */
export function documentsIssuedBy(data: Pick<SiteData, 'documentsOf'>, unitId: string): LegalDocument[] {
  return (data.documentsOf.get(unitId) ?? []).filter((doc) => doc.issuer?.documentId === unitId);
}
