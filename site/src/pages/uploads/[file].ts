import type { APIContext, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import type { Media } from 'shared-types';
import { onlyAffected } from '../../lib/partial';
import { mediaUsesOf, siteData } from '../../lib/site-data';
import { uploadBytes, uploadPath } from '../../lib/uploads';

/** Copies every upload a published entry uses into the static site, so readers never hit Strapi. */
export const getStaticPaths = (async () => {
  const data = await siteData();
  // Each file with the entries that use it (a partial build copies only the files of changed entries).
  const byFile = new Map<string, { media: Media; owners: string[] }>();
  for (const { media, documentId } of mediaUsesOf(data)) {
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

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export async function GET(context: APIContext<Props>) {
  const { media } = context.props;
  return new Response(new Uint8Array(await uploadBytes(media)), { headers: { 'Content-Type': media.mime } });
}
