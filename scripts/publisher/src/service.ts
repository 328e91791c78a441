// The publisher as a running service: the webhook/status API on loopback, the live site for
// readers, and a first build when there is nothing to serve yet or the content may have moved on.
import type { FastifyInstance } from 'fastify';
import { PREVIEW_PORT, PUBLISHER_PORT, SITE_PORT } from './config.ts';
import type { Publisher } from './publisher.ts';
import { Renderer } from './render/renderer.ts';
import { controlApp, siteApp } from './http/server.ts';
import { SiteSearch } from './search/site-search.ts';
import type { BuildRecord } from './status.ts';

export interface PublisherService {
  control: FastifyInstance;
  site: FastifyInstance;
  /** The preview renderer (the live release's server build) on the preview port. */
  renderer: Renderer;
  /** Stops the servers and the renderer once the build under way has finished. */
  close(): Promise<void>;
}

export interface ServiceOptions {
  secret: string;
  /** Address the site is served on (HOST, default all interfaces); the API stays on loopback. */
  siteHost?: string;
  sitePort?: number;
  controlPort?: number;
  /** Port of the preview renderer (0: any free port). */
  previewPort?: number;
}

/** Starts both servers; rejects (with the servers closed) when a port is taken. */
export async function startService(publisher: Publisher, options: ServiceOptions): Promise<PublisherService> {
  const control = controlApp(publisher, options.secret);
  const search = new SiteSearch(publisher.releases.current);
  const site = await siteApp(publisher.releases.current, search);
  const renderer = new Renderer({
    host: options.siteHost ?? process.env.HOST ?? '0.0.0.0',
    port: options.previewPort ?? PREVIEW_PORT,
    env: publisher.buildEnv,
    log: (message) => console.log(`[publisher] ${message}`),
  });
  // A renderer that fails to start leaves previews down, never the site: said in the log.
  const loadRenderer = (releaseDir: string) =>
    renderer
      .load(releaseDir)
      .catch((error: Error) => console.error(`[publisher] preview renderer: ${error.message}`));
  publisher.onLive((releaseDir) => {
    void loadRenderer(releaseDir);
    search.warm();
  });
  publisher.useRenderer(renderer);
  const close = async () => {
    await publisher.idle();
    await Promise.allSettled([control.close(), site.close(), renderer.close(), search.close()]);
  };
  try {
    await control.listen({ host: '127.0.0.1', port: options.controlPort ?? PUBLISHER_PORT });
    await site.listen({
      host: options.siteHost ?? process.env.HOST ?? '0.0.0.0',
      port: options.sitePort ?? SITE_PORT,
    });
  } catch (error) {
    await Promise.allSettled([control.close(), site.close(), search.close()]);
    throw error;
  }
  const live = publisher.liveRelease();
  if (live) {
    void loadRenderer(live);
    search.warm();
  }
  return { control, site, renderer, close };
}

/**
 * The build at start: the last good site is served meanwhile. Resolves with its record; a failure
 * with nothing to serve is for the caller to report.
 */
export function firstBuild(publisher: Publisher): Promise<BuildRecord> {
  return publisher.buildNow('startup');
}
