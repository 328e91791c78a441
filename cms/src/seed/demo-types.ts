/** Shapes of the demo content: plain data, relations named by slug, dates as ISO strings. */

export interface SeedOrganisation {
  slug: string;
  name: string;
  shortName?: string;
  kind:
    | 'women_union'
    | 'people_committee'
    | 'court'
    | 'police'
    | 'procuracy'
    | 'border_guard'
    | 'fatherland_front'
    | 'other';
  level: 'central' | 'province' | 'district' | 'commune';
  parent?: string;
  province?: string;
  website?: string;
  contact?: { address?: string; phone?: string; email?: string };
  description?: string;
  dissolvedOn?: string;
  mergedInto?: string;
}

export interface SeedTarget {
  label: string;
  atLeast?: boolean;
  quantity?: number;
  quantityMax?: number;
  unit?: string;
  note?: string;
}

export interface SeedPledge {
  slug: string;
  title: string;
  kind: 'emulation_pledge' | 'cooperation_programme';
  startYear: number;
  endYear?: number;
  theme?: string;
  signedOn?: string;
  summary?: string;
  body?: string;
  host: string;
  signatories: string[];
  targets: SeedTarget[];
}

export interface SeedProject {
  slug: string;
  code?: string;
  title?: string;
  legalBasis?: string;
  issuer?: string;
  issuedOn?: string;
  startYear?: number;
  endYear?: number;
  summary?: string;
  body?: string;
  leadOrganisation?: string;
}

export interface SeedVideo {
  slug: string;
  title: string;
  date: string;
  description: string;
  externalUrl: string;
  duration?: number;
  organisations: string[];
  projects: string[];
}

export interface SeedArticle {
  slug: string;
  title: string;
  date: string;
  lead: string;
  body: string;
  coverCaption?: string;
  byline?: string;
  sourceUnit?: string;
  featured: boolean;
  tags: string[];
  organisations: string[];
  projects: string[];
  pledges: string[];
  videos: string[];
}
