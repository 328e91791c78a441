// Image URLs as `astro build` writes them, for the pages the resident renderer renders into a
// release (fast-render.ts). On request, Astro's `getImage` answers `/_image?href=…` (the image
// endpoint); during a build it asks `globalThis.astroAsset.addStaticImage` instead, which names the
// file `/_astro/<name>_<hash>.<format>` and queues it for generation. This is the same naming for
// the remote images this site has (Strapi's uploads), after Astro's own `addStaticImageFactory`
// (astro/dist/assets/vite-plugin-assets.js), with its hash functions; outside a fast render (a
// preview) the image endpoint's URL is kept. The fast render's test compares the result with a
// full build's, byte for byte.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { getConfiguredImageService, imageConfig } from 'astro:assets';
import type { AstroRuntimeLogger, ImageTransform } from 'astro';
import { fetchRetrying } from 'shared-types';

/** The build's folder of hashed assets (`build.assets`), at the site's root (`base` is '/'). */
const ASSETS_DIR = '_astro';
/** Properties of a transform Astro hashes when the image service names none. */
const DEFAULT_HASH_PROPS = ['src', 'width', 'height', 'format', 'quality', 'fit', 'position', 'background'];

interface HashHelpers {
  hashTransform(transform: ImageTransform, imageService: string, properties: string[]): string;
  propsToFilename(filePath: string, transform: ImageTransform, hash: string): string;
}

type AddStaticImage = (options: ImageTransform, hashProperties: string[] | undefined) => string;

/** A file the pages of a fast render refer to, with what makes it. */
export interface StaticImage {
  /** Path in the release, e.g. /_astro/anh_1n5T84.avif. */
  file: string;
  /** The transform, its `src` the original's URL, as the build's image generation gets it. */
  transform: ImageTransform;
}

/** What the image service says while making an image (e.g. a photo it had to shrink), in the renderer's log. */
const logger: AstroRuntimeLogger = {
  info: (message) => console.log(`[images] ${message}`),
  warn: (message) => console.warn(`[images] ${message}`),
  error: (message) => console.error(`[images] ${message}`),
};

const collecting = new AsyncLocalStorage<Map<string, StaticImage>>();
let helpers: Promise<HashHelpers> | undefined;

/** Astro's own hash helpers (not exported by the package: loaded from its files). */
function hashHelpers(): Promise<HashHelpers> {
  const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  helpers ??= import(
    pathToFileURL(path.join(astroDir, 'dist/assets/utils/hash.js')).href
  ) as Promise<HashHelpers>;
  return helpers;
}

/** Installs the hook once: named files inside `collectStaticImages`, the image endpoint elsewhere. */
async function install() {
  const { hashTransform, propsToFilename } = await hashHelpers();
  const service = await getConfiguredImageService();
  const assets = ((globalThis as { astroAsset?: Record<string, unknown> }).astroAsset ??= {});
  if (assets.addStaticImage) return;
  const entrypoint = imageConfig.service.entrypoint;
  const addStaticImage: AddStaticImage = (options, hashProperties) => {
    const images = collecting.getStore();
    if (!images) {
      // A preview: the image endpoint serves it, as without the hook.
      const url = service.getURL(options, imageConfig, logger) as unknown;
      if (typeof url !== 'string') throw new Error('the image service has no synchronous getURL');
      return url;
    }
    if (typeof options.src !== 'string') throw new Error('only remote images are expected here');
    const hash = hashTransform(options, entrypoint, hashProperties ?? DEFAULT_HASH_PROPS);
    const file = `/${ASSETS_DIR}${propsToFilename(options.src, options, hash)}`;
    images.set(file, { file, transform: options });
    return new URL(encodeURI(file), 'astro://placeholder').href.replace('astro://placeholder', '');
  };
  assets.addStaticImage = addStaticImage;
}

/** Runs `render` with static image names; resolves with its result and the image files its pages use. */
export async function collectStaticImages<T>(
  render: () => Promise<T>,
): Promise<{ result: T; images: StaticImage[] }> {
  await install();
  const images = new Map<string, StaticImage>();
  const result = await collecting.run(images, render);
  return { result, images: [...images.values()] };
}

/** Makes an image file as the build's image generation would: the original fetched, then transformed. */
export async function generateImage(image: StaticImage): Promise<Uint8Array> {
  const service = await getConfiguredImageService();
  if (!('transform' in service)) throw new Error('the image service cannot transform images');
  const src = String(image.transform.src);
  const response = await fetchRetrying(src);
  if (!response.ok) throw new Error(`image ${src}: HTTP ${response.status}`);
  const original = new Uint8Array(await response.arrayBuffer());
  const { data } = await service.transform(original, { ...image.transform, src }, imageConfig, logger);
  return data;
}
