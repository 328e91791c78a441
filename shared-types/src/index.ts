export * from './generated/content.ts';
export * from './errors.ts';
export * from './fast-render.ts';
export { fetchRetrying, retryableStatus, type RetryOptions } from './fetch-retrying.ts';
export {
  StrapiClient,
  DEFAULT_CONCURRENCY,
  DEFAULT_PAGE_SIZE,
  type ClientStats,
  type StrapiClientOptions,
} from './client.ts';
export {
  BUILD_WARNING_PREFIX,
  buildWarningSchema,
  formatBuildWarning,
  parseBuildWarning,
  type BuildWarning,
} from './build-warnings.ts';
