import type { APIContext } from 'astro';
import type { Media } from 'shared-types';
import { siteData } from '../../lib/site-data';
import { uploadBytes, uploadPath } from '../../lib/uploads';

/** Copies every upload a published entry uses into the static site, so readers never hit Strapi. */
export async function getStaticPaths() {
  const data = await siteData();
  const media: Array<Media | null | undefined> = [
    ...data.articles.flatMap((a) => [a.cover, a.seo?.shareImage]),
    ...data.organisations.flatMap((o) => [o.logo, o.seo?.shareImage]),
    ...data.projects.flatMap((p) => [p.cover, p.seo?.shareImage]),
    ...data.pledges.flatMap((p) => [p.document, p.seo?.shareImage]),
    ...data.videos.flatMap((v) => [v.file, v.thumbnail, v.seo?.shareImage]),
  ];
  const byFile = new Map<string, Media>();
  for (const item of media) if (item) byFile.set(uploadPath(item).slice('/uploads/'.length), item);
  return [...byFile].map(([file, item]) => ({ params: { file }, props: { media: item } }));
}

export async function GET(context: APIContext) {
  const { media } = context.props as { media: Media };
  return new Response(new Uint8Array(await uploadBytes(media)), { headers: { 'Content-Type': media.mime } });
}
