import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core, UID } from '@strapi/strapi';
import { COVER_COUNT, drawCover, drawPortrait } from './cover-images';
import { articles, organisations, pledges, projects, videos } from './demo-data';
import { DEMO_DOCUMENTS, SAMPLE_NOTE } from './demo-documents';
import { DEMO_LEADERS } from './demo-leaders';
import { DEMO_MENU, DEMO_PAGES } from './demo-pages';
import { makePdf } from './demo-pdf';
import { readSeedArticle, SEED_ARTICLE_SLUG } from './seed-article';
import { slugFromText } from '../lib/validation';

export { SEED_ARTICLE_SLUG };

type DocumentIds = Map<string, string>;

function log(message: string) {
  process.stdout.write(`[seed] ${message}\n`);
}

function ids(map: DocumentIds, slugs: string[] | undefined, what: string): string[] {
  return (slugs ?? []).map((slug) => {
    const id = map.get(slug);
    if (!id) throw new Error(`Demo content: ${what} "${slug}" is referenced but not defined.`);
    return id;
  });
}

/**
 * Creates each demo entry that does not exist yet (matched by slug) and leaves existing ones
 * untouched, so a second run changes nothing and editors' changes survive.
 */
class Seeder {
  created = 0;
  constructor(private readonly strapi: Core.Strapi) {}

  async upsert(uid: UID.ContentType, slug: string, data: Record<string, unknown>): Promise<string> {
    const existing = await this.strapi.db.query(uid).findOne({ where: { slug }, select: ['documentId'] });
    if (existing) return existing.documentId as string;
    const created = await this.strapi
      .documents(uid)
      .create({ data: { ...data, slug } as never, status: 'published' });
    this.created += 1;
    return created.documentId;
  }

  image(name: string, index: number, alternativeText: string): Promise<number> {
    return this.upload(name, 'image/jpeg', () => drawCover(index), alternativeText);
  }

  /** An upload of the media library, made by `make` unless one of that name is there already. */
  async upload(
    name: string,
    mimetype: string,
    make: () => Promise<Buffer>,
    caption: string,
  ): Promise<number> {
    const existing = await this.strapi.db
      .query('plugin::upload.file')
      .findOne({ where: { name }, select: ['id'] });
    if (existing) return existing.id as number;
    const dir = mkdtempSync(path.join(tmpdir(), 'wup-seed-'));
    try {
      const filepath = path.join(dir, name);
      const buffer = await make();
      writeFileSync(filepath, buffer);
      const [file] = await this.strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { name, alternativeText: caption, caption } },
          files: { filepath, originalFilename: name, mimetype, size: buffer.length },
        });
      this.created += 1;
      return file.id as number;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** The footer's details of the demo portal: clearly not real, so nobody mistakes them for a licence. */
const DEMO_SITE_SETTINGS = {
  siteName: 'Cổng thông tin Hội Liên hiệp Phụ nữ',
  governingBody: 'Hội Liên hiệp Phụ nữ tỉnh (dữ liệu mẫu)',
  licenceNumber: '000/GP-MẪU (dữ liệu mẫu)',
  licenceDate: '2020-01-01',
  licenceIssuer: 'Sở Thông tin và Truyền thông (dữ liệu mẫu)',
  responsiblePerson: 'Nguyễn Thị Mẫu (dữ liệu mẫu)',
  address: 'Số 1 đường Mẫu, thành phố Mẫu (dữ liệu mẫu)',
  phone: '0000 000 000',
  email: 'lienhe@example.vn',
};

/** Where an install records that it got the demo content (Strapi's store; backups carry it). */
const SEEDED = { type: 'plugin', name: 'wup-portal', key: 'demo-seeded' } as const;

/**
 * Loads the demo content once per install: the seed article and the graph it implies, plus our own
 * entries. Never again after that, so a demo entry the newsroom deleted stays deleted, on this
 * install and on one restored from its backup. An install from before the record that already has
 * articles counts as seeded.
 */
export async function seedDemoContent(strapi: Core.Strapi) {
  const seeded = (await strapi.store.get(SEEDED)) as { complete: boolean; demo?: boolean } | null;
  if (seeded?.complete) {
    // A demo install from before the portal's pages existed gets them once.
    if (seeded.demo) await seedPortalSections(strapi, new Seeder(strapi));
    return;
  }
  if (!seeded && (await strapi.db.query('api::article.article').count()) > 0) {
    await strapi.store.set({ ...SEEDED, value: { complete: true, demo: false } });
    log('this install has content of its own: no demo content added');
    return;
  }
  // Recorded first: a start cut short carries on where it stopped (each entry is added once).
  await strapi.store.set({ ...SEEDED, value: { complete: false, demo: true } });
  const started = Date.now();
  const seeder = new Seeder(strapi);

  const covers: number[] = [];
  for (let i = 0; i < COVER_COUNT; i++) {
    covers.push(await seeder.image(`anh-minh-hoa-${i + 1}.jpg`, i, `Ảnh minh họa ${i + 1}`));
  }
  log(`images ${covers.length}/${COVER_COUNT}`);

  const tagIds: DocumentIds = new Map();
  const seedArticle = readSeedArticle(
    path.join(strapi.dirs.app.root, 'src', 'seed', 'hoi-lhpn-quang-tri-ha-nam-2019.txt'),
  );
  const seedTags = ['Thi đua', 'Giảm nghèo', 'Bảo vệ trẻ em'];
  const tagNames = new Set([...seedTags, ...articles.flatMap((article) => article.tags)]);
  for (const name of tagNames)
    tagIds.set(name, await seeder.upsert('api::tag.tag', slugFromText(name), { name }));
  log(`tags ${tagIds.size}`);

  const orgIds: DocumentIds = new Map();
  for (const [index, org] of organisations.entries()) {
    const { slug, parent, mergedInto, ...fields } = org;
    orgIds.set(
      slug,
      await seeder.upsert('api::organisation.organisation', slug, {
        ...fields,
        parent: parent ? ids(orgIds, [parent], 'organisation')[0] : null,
        mergedInto: mergedInto ? ids(orgIds, [mergedInto], 'organisation')[0] : null,
      }),
    );
    if ((index + 1) % 5 === 0 || index + 1 === organisations.length)
      log(`organisations ${index + 1}/${organisations.length}`);
  }

  const projectIds: DocumentIds = new Map();
  for (const [index, project] of projects.entries()) {
    const { slug, leadOrganisation, ...fields } = project;
    projectIds.set(
      slug,
      await seeder.upsert('api::project.project', slug, {
        ...fields,
        cover: covers[index % covers.length],
        leadOrganisation: leadOrganisation ? ids(orgIds, [leadOrganisation], 'organisation')[0] : null,
      }),
    );
  }
  log(`projects ${projectIds.size}/${projects.length}`);

  const pledgeIds: DocumentIds = new Map();
  for (const pledge of pledges) {
    const { slug, host, signatories, ...fields } = pledge;
    pledgeIds.set(
      slug,
      await seeder.upsert('api::emulation-pledge.emulation-pledge', slug, {
        ...fields,
        host: ids(orgIds, [host], 'organisation')[0],
        signatories: ids(orgIds, signatories, 'organisation'),
      }),
    );
  }
  log(`pledges ${pledgeIds.size}/${pledges.length}`);

  const videoIds: DocumentIds = new Map();
  for (const [index, video] of videos.entries()) {
    const { slug, organisations: orgs, projects: projs, ...fields } = video;
    videoIds.set(
      slug,
      await seeder.upsert('api::video.video', slug, {
        ...fields,
        thumbnail: covers[(index + 1) % covers.length],
        organisations: ids(orgIds, orgs, 'organisation'),
        projects: ids(projectIds, projs, 'project'),
      }),
    );
  }
  log(`videos ${videoIds.size}/${videos.length}`);

  await seeder.upsert('api::article.article', SEED_ARTICLE_SLUG, {
    ...seedArticle,
    featured: true,
    cover: covers[0],
    tags: ids(tagIds, seedTags, 'tag'),
    organisations: ids(
      orgIds,
      [
        'hoi-lhpn-tinh-quang-tri',
        'hoi-lhpn-tinh-ha-nam',
        'hoi-lhpn-huyen-huong-hoa',
        'hoi-lhpn-huyen-dakrong',
      ],
      'organisation',
    ),
    projects: ids(
      projectIds,
      [
        'de-an-404',
        'de-an-279',
        'de-an-938',
        'de-an-939',
        'ho-tro-phu-nu-khoi-nghiep-quang-tri-2018-2025',
        'dong-hanh-cung-phu-nu-bien-cuong',
      ],
      'project',
    ),
    pledges: ids(
      pledgeIds,
      [
        'giao-uoc-thi-dua-2020-hoi-lhpn-tinh-quang-tri',
        'chuong-trinh-phoi-hop-bao-ve-phu-nu-tre-em-gai-2020-2022',
      ],
      'pledge',
    ),
  });
  for (const [index, article] of articles.entries()) {
    const {
      slug,
      tags,
      organisations: orgs,
      projects: projs,
      pledges: pls,
      videos: vids,
      ...fields
    } = article;
    await seeder.upsert('api::article.article', slug, {
      ...fields,
      cover: covers[(index + 1) % covers.length],
      tags: ids(tagIds, tags, 'tag'),
      organisations: ids(orgIds, orgs, 'organisation'),
      projects: ids(projectIds, projs, 'project'),
      pledges: ids(pledgeIds, pls, 'pledge'),
      videos: ids(videoIds, vids, 'video'),
    });
    if ((index + 1) % 5 === 0 || index + 1 === articles.length)
      log(`articles ${index + 2}/${articles.length + 1}`);
  }

  // The portal's own details: demo values, marked as such, set only while none are saved.
  const settings = strapi.documents('api::site-setting.site-setting');
  if (!(await settings.findFirst({}))) {
    await settings.create({ data: DEMO_SITE_SETTINGS as never });
    seeder.created += 1;
  }

  await seedPortalSections(strapi, seeder);

  await strapi.store.set({ ...SEEDED, value: { complete: true, demo: true } });
  log(
    `done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${seeder.created} created, the rest already there`,
  );
}

/** Where an install records that it got a section of the portal's demo content (Strapi's store). */
const sectionSeeded = (section: string) =>
  ({ type: 'plugin', name: 'wup-portal', key: `demo-${section}-seeded` }) as const;

/**
 * The portal's own sections: pages and menu, the document library, the leaders. Each once per
 * install, so a demo entry deleted stays deleted; an install seeded before a section existed gets it
 * at its next start.
 */
async function seedPortalSections(strapi: Core.Strapi, seeder: Seeder) {
  const sections: Array<[string, (strapi: Core.Strapi, seeder: Seeder) => Promise<void>]> = [
    ['pages', seedPages],
    ['documents', seedDocuments],
    ['leaders', seedLeaders],
  ];
  for (const [section, seed] of sections) {
    const record = sectionSeeded(section);
    if (await strapi.store.get(record)) continue;
    await seed(strapi, seeder);
    await strapi.store.set({ ...record, value: true });
  }
}

/** The documentIds of entries the seed made earlier, by slug (or a topic by name). */
function idsOf(strapi: Core.Strapi, uid: UID.ContentType, slugs: string[] = [], field = 'slug') {
  return Promise.all(
    slugs.map(async (slug) => {
      const row = await strapi.db.query(uid).findOne({ where: { [field]: slug }, select: ['documentId'] });
      if (!row) throw new Error(`Demo content: ${uid} "${slug}" is referenced but not there.`);
      return row.documentId as string;
    }),
  );
}

/** The demo pages, parents first, and the menu (only while none is saved). */
async function seedPages(strapi: Core.Strapi, seeder: Seeder) {
  const pageIds: DocumentIds = new Map();
  for (const { parent, ...page } of DEMO_PAGES)
    pageIds.set(
      page.slug,
      await seeder.upsert('api::page.page', page.slug, {
        ...page,
        parent: parent ? ids(pageIds, [parent], 'page')[0] : null,
      }),
    );
  const menu = strapi.documents('api::menu.menu');
  if (!(await menu.findFirst({}))) {
    await menu.create({ data: DEMO_MENU as never });
    seeder.created += 1;
  }
  log(`pages ${pageIds.size}, menu`);
}

/** The demo documents, each with a PDF made here. */
async function seedDocuments(strapi: Core.Strapi, seeder: Seeder) {
  const nameOf = (slug: string) => organisations.find((org) => org.slug === slug)?.name ?? slug;
  for (const [
    index,
    { articles: news, projects: projs, tags, issuer, paragraphs, ...doc },
  ] of DEMO_DOCUMENTS.entries()) {
    const slug = slugFromText(`${doc.number} ${doc.issuedOn.slice(0, 4)}`);
    const [unit] = await idsOf(strapi, 'api::organisation.organisation', [issuer]);
    const file = await seeder.upload(
      `${slug}.pdf`,
      'application/pdf',
      () =>
        makePdf({
          issuer: nameOf(issuer),
          number: doc.number,
          title: doc.summary,
          paragraphs: [...paragraphs, SAMPLE_NOTE],
        }),
      `${doc.number}: ${doc.summary}`,
    );
    await seeder.upsert('api::legal-document.legal-document', slug, {
      ...doc,
      issuer: unit,
      files: [file],
      articles: await idsOf(strapi, 'api::article.article', news),
      projects: await idsOf(strapi, 'api::project.project', projs),
      tags: await idsOf(strapi, 'api::tag.tag', tags, 'name'),
    });
    if ((index + 1) % 4 === 0 || index + 1 === DEMO_DOCUMENTS.length)
      log(`documents ${index + 1}/${DEMO_DOCUMENTS.length}`);
  }
}

/** The demo leaders with a portrait each. */
async function seedLeaders(strapi: Core.Strapi, seeder: Seeder) {
  // Leaders have no address: one with the same name, unit and first year is the same person's term.
  for (const [index, { organisation, ...leader }] of DEMO_LEADERS.entries()) {
    const [unit] = await idsOf(strapi, 'api::organisation.organisation', [organisation]);
    const where = { name: leader.name, startYear: leader.startYear, organisation: { documentId: unit } };
    if (await strapi.db.query('api::leader.leader').findOne({ where, select: ['id'] })) continue;
    const photo = await seeder.upload(
      `chan-dung-${slugFromText(leader.name)}.jpg`,
      'image/jpeg',
      () => drawPortrait(index),
      `Ảnh chân dung ${leader.name} (ảnh mẫu)`,
    );
    await strapi
      .documents('api::leader.leader')
      .create({ data: { ...leader, organisation: unit, photo } as never, status: 'published' });
    seeder.created += 1;
  }
  log(`leaders ${DEMO_LEADERS.length}`);
}
