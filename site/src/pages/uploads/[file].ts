import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import type { ContentTypeKey, Media } from 'shared-types';
import { findBrokenMedia, type MediaUse } from '../../lib/media/media-health';
import { untrackedData } from '../../lib/data/page-reads';
import { checksUploadsOf } from '../../lib/data/render-scope';
import { uploadsInBody } from '../../lib/media/body-uploads';
import { mediaUsesOf, siteData } from '../../lib/data/site-data';
import { uploadBytes, uploadPath } from '../../lib/media/uploads';

/** Uploads an entry's body shows, read once per version of the entry (reading 100,000 bodies takes seconds). */
const bodyUploads = new WeakMap<object, ReturnType<typeof uploadsInBody>>();
function uploadsOfBody(entry: { body: string | null }) {
  let uploads = bodyUploads.get(entry);
  if (!uploads) bodyUploads.set(entry, (uploads = uploadsInBody(entry.body)));
  return uploads;
}

/** Copies every upload a published entry uses (fields and bodies) into the static site, so readers never hit Strapi. */
export const getStaticPaths = (async () => {
  const data = untrackedData(await siteData());
  const byFile = new Map<string, Media>();
  // Uploads shown inline in bodies: one that Strapi no longer has, or that is not a usable image,
  // is left out with a warning (as a cover would be), never failing the build.
  const bodies: Array<[ContentTypeKey, Array<{ documentId: string; slug: string; body: string | null }>]> = [
    ['article', data.articles],
    ['project', data.projects],
    ['emulationPledge', data.pledges],
    ['page', data.pages],
  ];
  const bodyUses: MediaUse[] = bodies.flatMap(([type, entries]) =>
    entries.flatMap((entry) =>
      uploadsOfBody(entry).map((media) => ({
        type,
        documentId: entry.documentId,
        entry: entry.slug,
        field: 'body',
        media: media as Media,
      })),
    ),
  );
  const broken = await findBrokenMedia(bodyUses, (use) => checksUploadsOf(use.documentId));
  const inBodies = bodyUses.filter((use) => !broken.has(use.media.url));
  for (const { media } of [...mediaUsesOf(data), ...inBodies]) {
    const file = uploadPath(media).slice('/uploads/'.length);
    if (!byFile.has(file)) byFile.set(file, media);
  }
  return [...byFile].map(([file, media]) => ({ params: { file }, props: { media } }));
}) satisfies GetStaticPaths;

/**
 * An upload's file changes only with a media event (a file replaced in Strapi keeps its name), which
 * the publisher answers with a full build: the fast render keeps the files the release has.
 */
export const keptAcrossEdits = true;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export async function GET(context: APIContext<Props>) {
  const { media } = context.props;
  return new Response(new Uint8Array(await uploadBytes(media)), { headers: { 'Content-Type': media.mime } });
}
