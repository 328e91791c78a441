// Writes fetched content as local files: for the Astro floor (Markdown + JSON collections, the
// same data the Strapi loaders store) and for Hugo (Markdown with YAML front matter).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, EmulationPledge, Organisation, Project, Tag, Video } from 'shared-types';

export interface Content {
  articles: Article[];
  organisations: Organisation[];
  projects: Project[];
  pledges: EmulationPledge[];
  videos: Video[];
  tags: Tag[];
}

export function exportForAstro(content: Content, dir: string) {
  mkdirSync(path.join(dir, 'articles'), { recursive: true });
  for (const article of content.articles) {
    const { body, ...data } = article;
    // JSON is YAML: the front matter keeps the exact shape the schema expects.
    writeFileSync(
      path.join(dir, 'articles', `${article.documentId}.md`),
      `---\n${JSON.stringify(data)}\n---\n${body}\n`,
    );
  }
  for (const [name, items] of Object.entries({
    organisations: content.organisations,
    projects: content.projects,
    pledges: content.pledges,
    videos: content.videos,
    tags: content.tags,
    // The floor has no pages, settings or menu: the site then uses its built-in name and menu.
    pages: [],
    documents: [],
    leaders: [],
    settings: [],
    menu: [],
  })) {
    writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(items));
  }
}

const yamlString = (text: string) => JSON.stringify(text);

export function exportForHugo(content: Content, dir: string) {
  const organisations = new Map(content.organisations.map((o) => [o.documentId, o.name]));
  const projects = new Map(content.projects.map((p) => [p.documentId, p.title ?? `Đề án ${p.code}`]));
  const articlesDir = path.join(dir, 'content', 'tin-tuc');
  mkdirSync(articlesDir, { recursive: true });
  writeFileSync(path.join(articlesDir, '_index.md'), '---\ntitle: "Tin tức"\n---\n');
  for (const a of content.articles) {
    const front = [
      `title: ${yamlString(a.title)}`,
      `date: ${a.date}`,
      `slug: ${a.slug}`,
      `lead: ${yamlString(a.lead)}`,
      `byline: ${yamlString(a.byline ?? '')}`,
      `featured: ${a.featured}`,
      ...(a.cover ? [`cover: ${yamlString(a.cover.url)}`] : []),
      `to-chuc: [${a.organisations.map((o) => yamlString(organisations.get(o.documentId) ?? o.slug)).join(', ')}]`,
      `de-an: [${a.projects.map((p) => yamlString(projects.get(p.documentId) ?? p.slug)).join(', ')}]`,
    ];
    writeFileSync(path.join(articlesDir, `${a.slug}.md`), `---\n${front.join('\n')}\n---\n${a.body}\n`);
  }
}
