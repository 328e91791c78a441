// Where uploads are stored: the local disk (public/uploads, the default) or S3-compatible object
// storage when S3_BUCKET is set, through @strapi/provider-upload-aws-s3. The upload checks
// (upload-guard.ts) run before any provider, so they hold for both.

import type { Core } from '@strapi/strapi';

/** Strapi's `env` helper, as config files receive it. */
type Env = Core.Config.Shared.ConfigParams['env'];

/** The upload plugin's provider settings for this environment. */
export function uploadProvider(env: Env): Record<string, unknown> {
  const bucket = env('S3_BUCKET');
  if (!bucket) {
    // Uploaded file names are hashed, so they never change: cache them for a year.
    return { providerOptions: { localServer: { maxage: 31536000000 } } };
  }
  const endpoint = env('S3_ENDPOINT');
  return {
    provider: 'aws-s3',
    providerOptions: {
      // Files' public address: a CDN or the bucket's own URL; else the provider's (endpoint/bucket/key).
      ...(env('S3_PUBLIC_URL') ? { baseUrl: env('S3_PUBLIC_URL') } : {}),
      ...(env('S3_ROOT_PATH') ? { rootPath: env('S3_ROOT_PATH') } : {}),
      s3Options: {
        credentials: { accessKeyId: env('S3_ACCESS_KEY_ID'), secretAccessKey: env('S3_SECRET_ACCESS_KEY') },
        region: env('S3_REGION', 'us-east-1'),
        ...(endpoint ? { endpoint, forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', true) } : {}),
        params: { Bucket: bucket, ...(env('S3_ACL') ? { ACL: env('S3_ACL') } : {}) },
      },
    },
    actionOptions: { upload: {}, uploadStream: {}, delete: {} },
  };
}

/** Origins the admin must load images and media from besides its own (the bucket, the CDN). */
export function mediaOrigins(env: Env): string[] {
  if (!env('S3_BUCKET')) return [];
  const urls = [env('S3_PUBLIC_URL'), env('S3_ENDPOINT')].filter((url): url is string => Boolean(url));
  const region = env('S3_REGION', 'us-east-1');
  if (!env('S3_ENDPOINT')) urls.push(`https://${env('S3_BUCKET')}.s3.${region}.amazonaws.com`);
  return [...new Set(urls.map((url) => new URL(url).origin))];
}
