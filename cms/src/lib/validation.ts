import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { errors } from '@strapi/utils';
import type { Core, UID } from '@strapi/strapi';
import { SCHEDULED_TYPES } from './editorial-types';
import reservedPaths from './reserved-paths.json';
import slugRule from './slug-rule.json';

/** One refused field: the path names the field, the message says why (in Vietnamese, for editors). */
interface FieldProblem {
  path: string[];
  message: string;
}

type Data = Record<string, unknown>;

const ORGANISATION = 'api::organisation.organisation';
const PAGE = 'api::page.page';
const LEGAL_DOCUMENT = 'api::legal-document.legal-document';
const LEADER = 'api::leader.leader';

/** The types this middleware gives an address (slug) and checks. */
export const OWN_TYPES = new Set<string>([
  'api::page.page',
  'api::legal-document.legal-document',
  'api::article.article',
  'api::organisation.organisation',
  'api::emulation-pledge.emulation-pledge',
  'api::project.project',
  'api::video.video',
  'api::tag.tag',
]);

/** Field each type derives its slug from when the slug is left empty. */
const SLUG_SOURCE: Record<string, string[]> = {
  'api::page.page': ['title'],
  'api::legal-document.legal-document': ['number'],
  'api::article.article': ['title'],
  'api::organisation.organisation': ['name'],
  'api::emulation-pledge.emulation-pledge': ['title'],
  'api::project.project': ['title', 'code'],
  'api::video.video': ['title'],
  'api::tag.tag': ['name'],
};

/** Vietnamese text may arrive decomposed (NFD, e.g. pasted on macOS): store it composed (NFC). */
export function normaliseStrings<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item) => normaliseStrings(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Data = {};
    for (const [key, item] of Object.entries(value as Data)) out[key] = normaliseStrings(item);
    return out as T;
  }
  return value;
}

/** "Đakrông" → "dakrong": the slug rule shared by the admin and the API. */
export function slugFromText(text: string): string {
  return slugify(text.normalize('NFC'), { decamelize: false }).slice(0, 200);
}

const USABLE_SLUG = new RegExp(slugRule.pattern);

/** A slug a page can live at: at least one letter or digit of a-z, 0-9 (slug-rule.json; the site checks the same). */
export function isUsableSlug(slug: unknown): slug is string {
  return typeof slug === 'string' && USABLE_SLUG.test(slug);
}

/**
 * The slug of an entry of `uid` from its name or title, or null while it has neither (a draft). A
 * name that gives no Latin letter or digit ("远征手记", "🌸🌸", "…—…") gets the type's word and a short
 * hash of the name ("chu-de-1f0c9a2b": the same for the same name, so an import run twice finds it).
 */
export function slugForEntry(uid: string, data: Data): string | null {
  const source = (SLUG_SOURCE[uid] ?? []).map((field) => data[field]).find((value) => isGiven(value));
  if (typeof source !== 'string') return null;
  const text = source.normalize('NFC');
  const slug =
    uid === 'api::project.project' && text === data.code
      ? slugFromText(`de-an-${text}`)
      : uid === LEGAL_DOCUMENT
        ? // A number comes back each year ("15/KH-ĐCT" of 2023 and of 2024): the year tells them apart.
          slugFromText(`${text} ${String(data.issuedOn ?? '').slice(0, 4)}`)
        : slugFromText(text);
  if (isUsableSlug(slug)) return slug;
  const prefix = (slugRule.fallbackPrefix as Record<string, string>)[uid] ?? 'muc';
  return `${prefix}-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
}

const SLUG_HINT = 'cần ít nhất một chữ cái không dấu hoặc chữ số (a-z, 0-9), ví dụ "hoi-nghi-2024"';

/**
 * Why an entry has no address it can live at, or null. An empty one matters only when publishing
 * an entry that has a name (one without a name is refused for its name, by Strapi).
 */
function slugProblem(uid: string, entry: Data, publishing: boolean): FieldProblem | null {
  const slug = entry.slug;
  if (isUsableSlug(slug)) return null;
  if (!isGiven(slug))
    return publishing && slugForEntry(uid, entry)
      ? { path: ['slug'], message: `Chưa có đường dẫn: hãy nhập đường dẫn (${SLUG_HINT}).` }
      : null;
  return { path: ['slug'], message: `Đường dẫn "${String(slug)}" không dùng được: ${SLUG_HINT}.` };
}

function isGiven(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') {
    const rel = value as { connect?: unknown[]; set?: unknown[]; id?: unknown; documentId?: unknown };
    if (rel.set !== undefined) return Array.isArray(rel.set) && rel.set.length > 0;
    if (rel.connect !== undefined) return Array.isArray(rel.connect) && rel.connect.length > 0;
    return true;
  }
  return true;
}

function yearRange(data: Data, problems: FieldProblem[]) {
  const start = data.startYear;
  const end = data.endYear;
  if (typeof start === 'number' && typeof end === 'number' && end < start) {
    problems.push({
      path: ['endYear'],
      message: `Năm kết thúc (${end}) phải lớn hơn hoặc bằng năm bắt đầu (${start}).`,
    });
  }
}

function pledgeTargets(data: Data, problems: FieldProblem[]) {
  if (!Array.isArray(data.targets)) return;
  data.targets.forEach((target: Data, index: number) => {
    const low = target?.quantity;
    const high = target?.quantityMax;
    if (typeof low === 'number' && typeof high === 'number' && high < low) {
      problems.push({
        path: ['targets', String(index), 'quantityMax'],
        message: `Số lượng tối đa (${high}) phải lớn hơn hoặc bằng số lượng (${low}).`,
      });
    }
  });
}

/** The files a document may carry: PDF and Word (the ones readers open everywhere). */
const DOCUMENT_FILE = /\.(pdf|docx?|odt)$/i;

/** A document comes into force on or after the day it is issued, and carries PDF or Word files. */
function documentRules(data: Data, problems: FieldProblem[]) {
  const issued = data.issuedOn;
  const effective = data.effectiveOn;
  if (typeof issued === 'string' && typeof effective === 'string' && effective < issued)
    problems.push({
      path: ['effectiveOn'],
      message: `Ngày có hiệu lực (${effective}) không thể trước ngày ban hành (${issued}).`,
    });
  if (!Array.isArray(data.files)) return;
  data.files.forEach((file: unknown, index: number) => {
    const name = (file as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && !DOCUMENT_FILE.test(name))
      problems.push({
        path: ['files', String(index)],
        message: `Tệp "${name}" không phải PDF hay Word (.pdf, .doc, .docx, .odt): bạn đọc khó mở được.`,
      });
  });
}

/** The time to take an entry down comes after the time to put it up. */
function scheduleOrder(data: Data, problems: FieldProblem[]) {
  const up = data.publishAt;
  const down = data.unpublishAt;
  if (!isGiven(up) || !isGiven(down)) return;
  if (new Date(down as string).getTime() <= new Date(up as string).getTime()) {
    problems.push({
      path: ['unpublishAt'],
      message: 'Thời điểm gỡ bài phải sau thời điểm hẹn giờ đăng.',
    });
  }
}

/** Cross-field rules the schema cannot express, per content type. */
export function findProblems(uid: string, data: Data, publishing: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (SCHEDULED_TYPES.has(uid)) scheduleOrder(data, problems);
  switch (uid) {
    case 'api::emulation-pledge.emulation-pledge':
      yearRange(data, problems);
      pledgeTargets(data, problems);
      break;
    case 'api::project.project':
      yearRange(data, problems);
      if (!isGiven(data.title) && !isGiven(data.code)) {
        problems.push({ path: ['title'], message: 'Cần có tên đề án hoặc số hiệu đề án.' });
      }
      break;
    case LEGAL_DOCUMENT:
      documentRules(data, problems);
      break;
    case LEADER:
      yearRange(data, problems);
      if (publishing && !isGiven(data.organisation))
        problems.push({ path: ['organisation'], message: 'Cần chọn đơn vị mà người này lãnh đạo.' });
      break;
    case 'api::video.video':
      if (isGiven(data.file) && isGiven(data.externalUrl)) {
        problems.push({
          path: ['externalUrl'],
          message: 'Chỉ chọn một nguồn: tệp video đã tải lên hoặc đường dẫn ngoài, không cả hai.',
        });
      } else if (publishing && !isGiven(data.file) && !isGiven(data.externalUrl)) {
        problems.push({
          path: ['externalUrl'],
          message: 'Video cần một tệp đã tải lên hoặc một đường dẫn ngoài (YouTube).',
        });
      }
      break;
    default:
      break;
  }
  return problems;
}

/**
 * The documentId a to-one relation is being set to, as the admin (`connect`), REST (`set`, a bare
 * documentId) or code writes it: null when it is cleared, undefined when it cannot be told.
 */
function relationTarget(value: unknown): string | null | undefined {
  if (value === null) return null;
  if (typeof value === 'string') return value;
  if (typeof value !== 'object') return undefined;
  const rel = value as { connect?: unknown[]; set?: unknown[]; documentId?: unknown };
  const list = rel.set ?? rel.connect;
  if (Array.isArray(list)) {
    if (list.length === 0) return rel.set ? null : undefined;
    const last = list[list.length - 1] as { documentId?: unknown } | string;
    return typeof last === 'string'
      ? last
      : typeof last?.documentId === 'string'
        ? last.documentId
        : undefined;
  }
  return typeof rel.documentId === 'string' ? rel.documentId : undefined;
}

/** Deeper than any union's tree (central, province, district, commune): a chain this long loops. */
const MAX_TREE_DEPTH = 64;

/** What a tree's loop is called, by type: the types whose entries sit under a parent of their own type. */
const LOOP_MESSAGE: Record<string, string> = {
  [ORGANISATION]: 'Đơn vị cấp trên không thể là chính đơn vị này hoặc một đơn vị cấp dưới của nó.',
  [PAGE]: 'Trang cha không thể là chính trang này hoặc một trang con của nó.',
};

/** An entry cannot sit under itself, nor under one of its own children: its tree would loop. */
async function treeProblem(strapi: Core.Strapi, uid: string, documentId: string | undefined, data: Data) {
  if (!('parent' in data)) return null;
  let next = relationTarget(data.parent);
  for (let depth = 0; next && depth < MAX_TREE_DEPTH; depth++) {
    if (next === documentId) return { path: ['parent'], message: LOOP_MESSAGE[uid]! };
    const above = (await strapi.documents(uid as UID.ContentType).findOne({
      documentId: next,
      populate: { parent: { fields: ['documentId'] } },
    } as never)) as { parent?: { documentId: string } | null } | null;
    next = above?.parent?.documentId;
  }
  return null;
}

const RESERVED = new Set(reservedPaths.segments);

/**
 * A page at the top of the tree lives at /{slug}/: it cannot take an address the site already uses
 * (the news, the units, the feeds…).
 */
export function reservedPathProblem(slug: unknown, hasParent: boolean): FieldProblem | null {
  if (hasParent || typeof slug !== 'string' || !RESERVED.has(slug.toLowerCase())) return null;
  return {
    path: ['slug'],
    message: `Đường dẫn "${slug}" là địa chỉ của một mục sẵn có trên cổng (/${slug}/); hãy đặt đường dẫn khác.`,
  };
}

/** Whether a page being written sits under a parent: the change's parent, or else the stored one's. */
async function pageHasParent(strapi: Core.Strapi, documentId: string | undefined, data: Data) {
  if ('parent' in data) {
    const target = relationTarget(data.parent);
    if (target !== undefined) return target !== null;
  }
  if (!documentId) return false;
  const stored = (await strapi.documents(PAGE).findOne({
    documentId,
    populate: { parent: { fields: ['documentId'] } },
  } as never)) as { parent?: { documentId: string } | null } | null;
  return Boolean(stored?.parent);
}

/** The uploads and relations a type's rules read (a write names them by id: the stored ones are read). */
const READ_FIELDS: Record<string, string[]> = {
  'api::video.video': ['file'],
  [LEGAL_DOCUMENT]: ['files'],
  [LEADER]: ['organisation'],
};

function refuse(problems: FieldProblem[]): never {
  const first = problems[0]!;
  throw new errors.ValidationError(`${first.path.join('.')}: ${first.message}`, {
    errors: problems.map((problem) => ({ ...problem, name: 'ValidationError' })),
  });
}

/**
 * Document Service middleware: NFC strings, slugs from Vietnamese titles, and the cross-field
 * rules, for every write (REST, admin, seed) of our content types.
 */
export function registerValidation(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    const params = context.params as { data?: Data; documentId?: string; status?: string };
    // The types with an address get one and the rules; leaders (no page of their own) the rules only;
    // the portal's other types (the settings, the menu) have their Vietnamese text composed, no more.
    if (!OWN_TYPES.has(uid) && uid !== LEADER) {
      if (uid.startsWith('api::') && params.data) params.data = normaliseStrings(params.data);
      return next();
    }

    if (action === 'create' || action === 'update') {
      if (!params.data) return next();
      params.data = normaliseStrings(params.data);
      const data = params.data;

      // Partial updates: check the rules against the stored draft merged with the change.
      let merged = data;
      if (action === 'update' && params.documentId) {
        const current = await strapi.documents(uid as UID.ContentType).findOne({
          documentId: params.documentId,
          populate: READ_FIELDS[uid] ?? [],
        });
        merged = { ...(current as Data | null), ...data };
      }
      // Every entry has an address: made from its name when none is typed, one is cleared, or the
      // stored one is unusable.
      const slugWanted =
        action === 'create' || 'slug' in data ? !isGiven(data.slug) : !isUsableSlug(merged.slug);
      const derived = slugWanted ? slugForEntry(uid, merged) : null;
      if (derived) {
        data.slug = derived;
        merged = { ...merged, slug: derived };
      }
      const publishing =
        params.status === 'published' || !strapi.contentType(uid as UID.ContentType).options?.draftAndPublish;
      const problems = findProblems(uid, merged, publishing);
      const badSlug = slugProblem(uid, merged, publishing);
      if (badSlug) problems.push(badSlug);
      if (uid in LOOP_MESSAGE) {
        const loop = await treeProblem(strapi, uid, params.documentId, data);
        if (loop) problems.push(loop);
      }
      if (uid === PAGE) {
        const reserved = reservedPathProblem(
          merged.slug,
          await pageHasParent(strapi, params.documentId, data),
        );
        if (reserved) problems.push(reserved);
      }
      // A slug names a page: two entries of a type with one slug would be one page. The admin and
      // REST check it themselves; code writing through the Document Service (imports) did not.
      if (problems.length === 0 && isUsableSlug(data.slug)) {
        const [taken] = await strapi.documents(uid as UID.ContentType).findMany({
          filters: {
            slug: data.slug,
            ...(params.documentId ? { documentId: { $ne: params.documentId } } : {}),
          },
          fields: ['documentId'],
          // Drafts hold every entry of a type with draft & publish; the others have one row each.
          ...(strapi.contentType(uid as UID.ContentType).options?.draftAndPublish ? { status: 'draft' } : {}),
          limit: 1,
        } as never);
        if (taken)
          problems.push({
            path: ['slug'],
            message: `Đường dẫn "${data.slug}" đã có mục khác dùng; hãy đặt đường dẫn khác.`,
          });
      }
      if (problems.length > 0) refuse(problems);
    }

    if (action === 'publish' && params.documentId) {
      const draft = await strapi
        .documents(uid as UID.ContentType)
        .findOne({ documentId: params.documentId, populate: READ_FIELDS[uid] ?? [] });
      if (draft) {
        const problems = findProblems(uid, draft as unknown as Data, true);
        const badSlug = slugProblem(uid, draft as unknown as Data, true);
        if (badSlug) problems.push(badSlug);
        if (problems.length > 0) refuse(problems);
      }
    }
    return next();
  });
}
