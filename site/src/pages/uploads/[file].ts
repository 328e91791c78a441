import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import type { ContentTypeKey, Media } from 'shared-types';
import { findBrokenMedia, type MediaUse } from '../../lib/media-health';
import { changedIds, onlyAffected } from '../../lib/partial';
import { uploadsInBody } from '../../lib/body-uploads';
import { mediaUsesOf, siteData } from '../../lib/site-data';
import { uploadBytes, uploadPath } from '../../lib/uploads';

/** Copies every upload a published entry uses (fields and bodies) into the static site, so readers never hit Strapi. */
export const getStaticPaths = (async () => {
  const data = await siteData();
  // Each file with the entries that use it (a partial build copies only the files of changed entries).
  const byFile = new Map<string, { media: Media; owners: string[] }>();
  // A partial render takes the files of the changed entries only (their fields and bodies): a file
  // no changed entry uses is not rendered anyway, and reading every body costs seconds at 100,000.
  const changed = changedIds();
  const ofChanged = <T extends { documentId: string }>(entries: T[]) =>
    changed ? entries.filter((entry) => changed.has(entry.documentId)) : entries;
  // Uploads shown inline in bodies: one that Strapi no longer has, or that is not a usable image,
  // is left out with a warning (as a cover would be), never failing the build.
  const bodies: Array<[ContentTypeKey, Array<{ documentId: string; slug: string; body: string | null }>]> = [
    ['article', data.articles],
    ['project', data.projects],
    ['emulationPledge', data.pledges],
  ];
  const bodyUses: MediaUse[] = bodies.flatMap(([type, entries]) =>
    ofChanged(entries).flatMap((entry) =>
      uploadsInBody(entry.body).map((media) => ({
        type,
        documentId: entry.documentId,
        entry: entry.slug,
        field: 'body',
        media: media as Media,
      })),
    ),
  );
  const broken = await findBrokenMedia(bodyUses, (use) => !changed || changed.has(use.documentId));
  const inBodies = bodyUses.filter((use) => !broken.has(use.media.url));
  const fieldUses = mediaUsesOf({
    articles: ofChanged(data.articles),
    organisations: ofChanged(data.organisations),
    projects: ofChanged(data.projects),
    pledges: ofChanged(data.pledges),
    videos: ofChanged(data.videos),
  });
  for (const { media, documentId } of [...fieldUses, ...inBodies]) {
    const file = uploadPath(media).slice('/uploads/'.length);
    const known = byFile.get(file);
    if (known) known.owners.push(documentId);
    else byFile.set(file, { media, owners: [documentId] });
  }
  const routes = [...byFile].map(([file, { media, owners }]) => ({
    params: { file },
    props: { media },
    owners,
  }));
  return onlyAffected(routes, (route) => route.owners).map(({ params, props }) => ({ params, props }));
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
