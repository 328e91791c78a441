// Generates shared-types/src/generated/content.ts from the Strapi schemas: one Zod schema per
// content type and component (the TypeScript types are inferred from them) and the REST query
// (fields and populate) the API client sends for each type. The schemas are the single source.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR, ROOT } from '../../scripts/lib/paths.ts';

export const GENERATED_FILE = path.join(ROOT, 'shared-types', 'src', 'generated', 'content.ts');

interface Attribute {
  type: string;
  required?: boolean;
  enum?: string[];
  multiple?: boolean;
  repeatable?: boolean;
  component?: string;
  relation?: string;
  target?: string;
  mappedBy?: string;
}
interface Schema {
  kind?: 'collectionType' | 'singleType';
  info: { singularName?: string; pluralName?: string; displayName: string };
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, Attribute>;
}
interface Model {
  /** `api::article.article` or `shared.seo` */
  uid: string;
  /** PascalCase type name: Article, EmulationPledge, SharedSeo */
  name: string;
  schema: Schema;
}

const pascal = (text: string) =>
  text
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
const camel = (text: string) => pascal(text).replace(/^./, (c) => c.toLowerCase());

/**
 * Reads the content-type and component schemas of the CMS, sorted for a stable output. Only the
 * types the content API serves (an API with routes) are the site's: the newsroom's own types
 * (unit assignments, the editorial log) have no routes and never leave the admin.
 */
export function readModels(cmsDir = CMS_DIR): { contentTypes: Model[]; components: Model[] } {
  const apiDir = path.join(cmsDir, 'src', 'api');
  const contentTypes = readdirSync(apiDir)
    .sort()
    .filter((api) => existsSync(path.join(apiDir, api, 'routes')))
    .flatMap((api) => {
      const typesDir = path.join(apiDir, api, 'content-types');
      return readdirSync(typesDir)
        .sort()
        .map((name) => ({
          uid: `api::${api}.${name}`,
          name: pascal(name),
          schema: JSON.parse(readFileSync(path.join(typesDir, name, 'schema.json'), 'utf8')) as Schema,
        }));
    });
  const componentsDir = path.join(cmsDir, 'src', 'components');
  const components = readdirSync(componentsDir)
    .sort()
    .flatMap((category) =>
      readdirSync(path.join(componentsDir, category))
        .sort()
        .map((file) => {
          const name = file.replace(/\.json$/, '');
          return {
            uid: `${category}.${name}`,
            name: pascal(`${category}-${name}`),
            schema: JSON.parse(readFileSync(path.join(componentsDir, category, file), 'utf8')) as Schema,
          };
        }),
    );
  return { contentTypes, components };
}

const SCALAR_ZOD: Record<string, string> = {
  string: 'z.string()',
  text: 'z.string()',
  richtext: 'z.string()',
  // An address of a page: at least one letter or digit (cms/src/lib/slug-rule.json).
  uid: 'z.string().regex(USABLE_SLUG)',
  email: 'z.string()',
  date: 'isoDate',
  datetime: 'isoDateTime',
  integer: 'z.number().int()',
  biginteger: 'z.string()',
  decimal: 'z.number()',
  float: 'z.number()',
  boolean: 'z.boolean()',
  json: 'z.json()',
};

/** Relations the API client populates: only the owning side (inverse sides are joined in the site). */
const isOwningRelation = (attr: Attribute) => attr.type === 'relation' && !attr.mappedBy;
const isToMany = (attr: Attribute) => /ToMany$/.test(attr.relation ?? '');

function zodFor(attr: Attribute, byUid: Map<string, Model>): string | null {
  const optional = (expr: string) => (attr.required ? expr : `${expr}.nullable()`);
  switch (attr.type) {
    case 'enumeration':
      return optional(`z.enum(${JSON.stringify(attr.enum)})`);
    case 'media':
      return attr.multiple ? 'z.array(media)' : 'media.nullable()';
    case 'component': {
      const target = `${camel(byUid.get(attr.component!)!.name)}Schema`;
      return attr.repeatable ? `z.array(${target})` : `${target}.nullable()`;
    }
    case 'relation':
      if (!isOwningRelation(attr)) return null;
      return isToMany(attr) ? 'z.array(relationRef)' : 'relationRef.nullable()';
    default: {
      const scalar = SCALAR_ZOD[attr.type];
      if (!scalar) throw new Error(`type generator: unsupported attribute type "${attr.type}"`);
      // Booleans with a default come back as false, never null.
      return attr.type === 'boolean' ? scalar : optional(scalar);
    }
  }
}

/** `populate` of one model: media with their fields, components recursively, owning relations as refs. */
function populateFor(model: Model, byUid: Map<string, Model>): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  for (const [field, attr] of Object.entries(model.schema.attributes)) {
    if (attr.type === 'media') populate[field] = { fields: ['__MEDIA_FIELDS__'] };
    else if (attr.type === 'component') {
      const inner = populateFor(byUid.get(attr.component!)!, byUid);
      populate[field] = Object.keys(inner).length > 0 ? { populate: inner } : true;
    } else if (isOwningRelation(attr)) populate[field] = { fields: ['__REF_FIELDS__'] };
  }
  return populate;
}

function scalarFields(model: Model): string[] {
  return Object.entries(model.schema.attributes)
    .filter(([, attr]) => !['media', 'component', 'relation'].includes(attr.type))
    .map(([field]) => field);
}

function objectSchema(model: Model, byUid: Map<string, Model>, system: boolean): string {
  const lines = system
    ? [
        '  documentId: z.string(),',
        '  createdAt: isoDateTime,',
        '  updatedAt: isoDateTime,',
        '  publishedAt: isoDateTime.nullable(),',
      ]
    : [];
  for (const [field, attr] of Object.entries(model.schema.attributes)) {
    const expr = zodFor(attr, byUid);
    if (expr) lines.push(`  ${field}: ${expr},`);
  }
  return `z.object({\n${lines.join('\n')}\n})`;
}

/** Adds the numeric `id` Strapi returns as the first field of an object schema. */
const withId = (schema: string) => schema.replace('z.object({\n', 'z.object({\n  id: z.number().int(),\n');

/** The rule of a usable address, kept beside the CMS's validation. */
const slugRule = (cmsDir: string) =>
  JSON.parse(readFileSync(path.join(cmsDir, 'src', 'lib', 'slug-rule.json'), 'utf8')) as { pattern: string };

/** The whole generated module as text (deterministic: the staleness test compares it). */
export function generateContentModule(cmsDir = CMS_DIR): string {
  const { contentTypes, components } = readModels(cmsDir);
  const byUid = new Map([...contentTypes, ...components].map((model) => [model.uid, model]));
  const out: string[] = [
    '// GENERATED by scripts/generate-types.ts from cms/src/**/schema.json, cms/src/components and',
    '// cms/src/lib/publisher-events.json, media-rules.json, site-paths.json, reserved-paths.json,',
    '// preview.json and slug-rule.json.',
    '// Do not edit: change the Strapi schema and run `npm run generate-types`.',
    "import { z } from 'zod';",
    '',
    '/** ISO 8601 date (YYYY-MM-DD) as Strapi returns it. */',
    'export const isoDate = z.iso.date();',
    '/** ISO 8601 date-time as Strapi returns it. */',
    'export const isoDateTime = z.iso.datetime({ offset: true });',
    '',
    '/** Fields of an uploaded file the site needs. */',
    "export const MEDIA_FIELDS = ['url', 'alternativeText', 'caption', 'width', 'height', " +
      "'mime', 'size', 'name'] as const;",
    'export const media = z.object({',
    '  id: z.number().int(),',
    '  documentId: z.string(),',
    '  url: z.string(),',
    '  alternativeText: z.string().nullable(),',
    '  caption: z.string().nullable(),',
    '  width: z.number().int().nullable(),',
    '  height: z.number().int().nullable(),',
    '  mime: z.string(),',
    '  /** Size in kB, as Strapi stores it. */',
    '  size: z.number(),',
    '  name: z.string(),',
    '});',
    'export type Media = z.infer<typeof media>;',
    '',
    '/** An address a page can live at: at least one letter or digit (cms/src/lib/slug-rule.json). */',
    `export const USABLE_SLUG = new RegExp(${JSON.stringify(slugRule(cmsDir).pattern)});`,
    '',
    '/** A populated relation: the site joins on documentId. */',
    "export const REF_FIELDS = ['slug'] as const;",
    'export const relationRef = z.object({ id: z.number().int(), documentId: z.string(), slug: z.string() });',
    'export type RelationRef = z.infer<typeof relationRef>;',
    '',
  ];
  for (const component of components) {
    const schemaName = `${camel(component.name)}Schema`;
    out.push(`/** Component \`${component.uid}\`: ${component.schema.info.displayName}. */`);
    out.push(`export const ${schemaName} = ${withId(objectSchema(component, byUid, false))};`);
    out.push(`export type ${component.name} = z.infer<typeof ${schemaName}>;`, '');
  }
  for (const type of contentTypes) {
    const schemaName = `${camel(type.name)}Schema`;
    out.push(
      `/** \`${type.uid}\` (${type.schema.info.displayName}), ` +
        "as the REST API returns it with the client's populate. */",
    );
    out.push(`export const ${schemaName} = ${withId(objectSchema(type, byUid, true))};`);
    out.push(`export type ${type.name} = z.infer<typeof ${schemaName}>;`, '');
  }
  const collections = contentTypes.filter((type) => type.schema.kind !== 'singleType');
  const singles = contentTypes.filter((type) => type.schema.kind === 'singleType');
  const typeEntry = (type: Model, path: string) => {
    const populate = JSON.stringify(populateFor(type, byUid))
      .replaceAll('["__MEDIA_FIELDS__"]', '[...MEDIA_FIELDS]')
      .replaceAll('["__REF_FIELDS__"]', '[...REF_FIELDS]');
    out.push(`  ${camel(type.name)}: {`);
    out.push(`    uid: '${type.uid}',`);
    out.push(`    path: '${path}',`);
    out.push(`    draftAndPublish: ${Boolean(type.schema.options?.draftAndPublish)},`);
    const fields = JSON.stringify([...scalarFields(type), 'createdAt', 'updatedAt', 'publishedAt']);
    out.push(`    fields: ${fields.replaceAll('"', "'")},`);
    out.push(`    populate: ${populate.replaceAll('"', "'")},`);
    out.push(`    schema: ${camel(type.name)}Schema,`);
    out.push('  },');
  };
  /** One table of types (collection or single) with its key type and its entry-type map. */
  const typeTable = (
    kind: string,
    name: string,
    doc: string,
    models: Model[],
    path: (model: Model) => string,
  ) => {
    const prefix = kind.replace(/(^| )./g, (c) => c.trim().toUpperCase());
    out.push(doc);
    out.push(`export const ${name} = {`);
    for (const type of models) typeEntry(type, path(type));
    out.push('} as const;', '');
    out.push(`export type ${prefix}Key = keyof typeof ${name};`);
    out.push(`/** The entry type of each ${kind} key. */`);
    out.push(`export interface ${prefix}Map {`);
    for (const type of models) out.push(`  ${camel(type.name)}: ${type.name};`);
    out.push('}', '');
  };
  typeTable(
    'content type',
    'CONTENT_TYPES',
    '/** REST path, fields and populate of each content type: what the API client asks for. */',
    collections,
    (type) => `/api/${type.schema.info.pluralName}`,
  );
  typeTable(
    'single type',
    'SINGLE_TYPES',
    '/** REST path, fields and populate of each single type (one entry, e.g. the site settings). */',
    singles,
    (type) => `/api/${type.schema.info.singularName}`,
  );
  /** A JSON file of facts the CMS keeps in src/lib and shared-types exports. */
  const cmsFacts = <T>(file: string) =>
    JSON.parse(readFileSync(path.join(cmsDir, 'src', 'lib', file), 'utf8')) as T;
  const events = cmsFacts<string[]>('publisher-events.json');
  out.push('/** Strapi events the CMS sends the publisher (cms/src/lib/publisher-events.json). */');
  out.push(`export const PUBLISHER_EVENTS = [${events.map((e) => `'${e}'`).join(', ')}] as const;`);
  out.push('export type PublisherEvent = (typeof PUBLISHER_EVENTS)[number];', '');
  const rules = cmsFacts<{ maxPixels: number; defaultSizeLimitBytes: number }>('media-rules.json');
  out.push(
    '/** Largest image the CMS accepts and the site processes, in pixels (cms/src/lib/media-rules.json). */',
  );
  out.push(`export const MEDIA_MAX_PIXELS = ${rules.maxPixels};`);
  out.push(
    '/** Largest upload the CMS accepts unless UPLOAD_SIZE_LIMIT says otherwise, in bytes (the same file). */',
  );
  out.push(`export const MEDIA_DEFAULT_SIZE_LIMIT = ${rules.defaultSizeLimitBytes};`, '');
  const sitePaths = cmsFacts<Record<string, string>>('site-paths.json');
  out.push(
    "/** Where the site shows an entry of each type: prefix, slug, '/' (cms/src/lib/site-paths.json). */",
  );
  out.push('export const SITE_PATHS = {');
  for (const [uid, prefix] of Object.entries(sitePaths)) out.push(`  '${uid}': '${prefix}',`);
  out.push('} as const;', '');
  const reserved = cmsFacts<{ segments: string[] }>('reserved-paths.json');
  out.push(
    "/** First segments of the site's own addresses, which no page may take (cms/src/lib/reserved-paths.json). */",
  );
  out.push('export const RESERVED_PATHS: ReadonlySet<string> = new Set([');
  for (const segment of reserved.segments) out.push(`  '${segment}',`);
  out.push(']);', '');
  const preview = cmsFacts<{ tokenHeader: string }>('preview.json');
  out.push('/** The header a preview carries its signed token in, to the CMS (cms/src/lib/preview.json). */');
  out.push(`export const PREVIEW_TOKEN_HEADER = '${preview.tokenHeader}';`, '');
  return out.join('\n');
}
