// The resident renderer's own route: the publisher asks it, over loopback and with the secret it
// gave the renderer (SITE_RENDER_SECRET), to render the pages an edit changed into a release
// (lib/render/fast-render.ts). The renderer's public port refuses this path.
import type { APIRoute } from 'astro';
import { FAST_RENDER_SECRET_HEADER, type FastRenderFailure } from 'shared-types';
import { fastRender, FastRenderRefused, type FastRenderRequest } from '../../lib/render/fast-render';

export const prerender = false;

export const POST: APIRoute = async ({ request }) => {
  const secret = process.env.SITE_RENDER_SECRET;
  if (!secret || request.headers.get(FAST_RENDER_SECRET_HEADER) !== secret)
    return new Response(null, { status: 403 });
  const body = (await request.json()) as FastRenderRequest;
  try {
    return Response.json(await fastRender(body));
  } catch (error) {
    const refused = error instanceof FastRenderRefused;
    return Response.json(
      { error: (error as Error).stack ?? String(error), refused } satisfies FastRenderFailure,
      { status: refused ? 409 : 500 },
    );
  }
};
