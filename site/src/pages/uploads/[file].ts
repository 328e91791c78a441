import type { APIContext } from 'astro';
import type { Media } from 'shared-types';
import { onlyAffected } from '../../lib/partial';
import { siteData } from '../../lib/site-data';
import { uploadBytes, uploadPath } from '../../lib/uploads';

/** Copies every upload a published entry uses into the static site, so readers never hit Strapi. */
export async function getStaticPaths() {
  const data = await siteData();
  // Each file with the entries that use it (a partial build copies only the files of changed entries).
  const uses: Array<[string, Array<Media | null | undefined>]> = [
    ...data.articles.map((a): [string, Array<Media | null | undefined>] => [
      a.documentId,
      [a.cover, a.seo?.shareImage],
    ]),
    ...data.organisations.map((o): [string, Array<Media | null | undefined>] => [
      o.documentId,
      [o.logo, o.seo?.shareImage],
    ]),
    ...data.projects.map((p): [string, Array<Media | null | undefined>] => [
      p.documentId,
      [p.cover, p.seo?.shareImage],
    ]),
    ...data.pledges.map((p): [string, Array<Media | null | undefined>] => [
      p.documentId,
      [p.document, p.seo?.shareImage],
    ]),
    ...data.videos.map((v): [string, Array<Media | null | undefined>] => [
      v.documentId,
      [v.file, v.thumbnail, v.seo?.shareImage],
    ]),
  ];
  const byFile = new Map<string, { media: Media; owners: string[] }>();
  for (const [owner, items] of uses) {
    for (const item of items) {
      if (!item) continue;
      const file = uploadPath(item).slice('/uploads/'.length);
      const known = byFile.get(file);
      if (known) known.owners.push(owner);
      else byFile.set(file, { media: item, owners: [owner] });
    }
  }
  const routes = [...byFile].map(([file, { media, owners }]) => ({
    params: { file },
    props: { media },
    owners,
  }));
  return onlyAffected(routes, (route) => route.owners).map(({ params, props }) => ({ params, props }));
}

export async function GET(context: APIContext) {
  const { media } = context.props as { media: Media };
  return new Response(new Uint8Array(await uploadBytes(media)), { headers: { 'Content-Type': media.mime } });
}
