export * from './generated/content.ts';
export * from './errors.ts';
export {
  StrapiClient,
  DEFAULT_CONCURRENCY,
  DEFAULT_PAGE_SIZE,
  type ClientStats,
  type StrapiClientOptions,
} from './client.ts';
