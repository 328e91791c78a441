// The image a link preview shows (Open Graph, Twitter): 1200 × 630, cropped from the cover.
import { getImage } from 'astro:assets';
import type { Media } from 'shared-types';
import { mediaUrl } from '../data/strapi-config';
import { uploadPath } from './uploads';

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Absolute URL of the share image of `media`, cut to 1200 × 630 (an animated GIF as it is). */
export async function shareImage(
  media: Media,
  site: URL,
): Promise<{ url: string; width?: number; height?: number }> {
  // A JPEG of an animated GIF would stack its frames; link previews take the GIF itself.
  if (media.mime === 'image/gif') return { url: new URL(uploadPath(media), site).href };
  const image = await getImage({
    src: mediaUrl(media.url),
    ...SHARE_IMAGE_SIZE,
    fit: 'cover',
    position: 'center',
    format: 'jpg',
    quality: 80,
  });
  // Astro never enlarges: a smaller original gives a smaller image, whose size is then not declared.
  const fits = (media.width ?? 0) >= SHARE_IMAGE_SIZE.width && (media.height ?? 0) >= SHARE_IMAGE_SIZE.height;
  return { url: new URL(image.src, site).href, ...(fits ? SHARE_IMAGE_SIZE : {}) };
}
