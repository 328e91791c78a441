// The publisher package: what other parts of the repository (npm start, npm run publish, the
// benchmark, tests) use of it.
export * from './config.ts';
export { collectGarbage } from './releases/collect-garbage.ts';
export { releaseDifferences, servedFiles } from './build/compare-releases.ts';
export { localPublisher } from './local-publisher.ts';
export {
  Publisher,
  SEARCH_API_FOLLOW_UP,
  SEARCH_FOLLOW_UP,
  type ChangeHint,
  type PublisherOptions,
  type SiteBuilder,
} from './publisher.ts';
export { Releases } from './releases/releases.ts';
export { Renderer, serverEntry } from './render/renderer.ts';
export { controlApp, SECRET_HEADER, siteApp } from './http/server.ts';
export { nginxConfig, type NginxOptions } from './http/nginx-config.ts';
export { SiteSearch } from './search/site-search.ts';
export { readFragment } from './search/search-db.ts';
export { foldText, queryTerms } from './search/search-text.ts';
export { firstBuild, startService, type PublisherService } from './service.ts';
export { buildSite } from './build/site-build.ts';
export type { BuildOptions, BuildPhases, BuildResult, ChangedEntries } from './build/build-types.ts';
export { indexSearch, SEARCH_SHARD_PAGES, SEARCH_SHARDS_FILE } from './search/search-index.ts';
export { verifyBuild } from './build/verify-build.ts';
export type { BuildRecord, PublisherStatus } from './status.ts';
export { ASTRO_MEMORY_PHASES, formatSearchSteps } from './status.ts';
