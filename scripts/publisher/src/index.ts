// The publisher package: what other parts of the repository (npm start, npm run publish, the
// benchmark, tests) use of it.
export * from './config.ts';
export { collectGarbage } from './collect-garbage.ts';
export { releaseDifferences, servedFiles } from './compare-releases.ts';
export { localPublisher } from './local-publisher.ts';
export {
  Publisher,
  SEARCH_API_FOLLOW_UP,
  SEARCH_FOLLOW_UP,
  type ChangeHint,
  type PublisherOptions,
  type SiteBuilder,
} from './publisher.ts';
export { Releases } from './releases.ts';
export { Renderer, serverEntry } from './renderer.ts';
export { controlApp, SECRET_HEADER, siteApp } from './server.ts';
export { nginxConfig, type NginxOptions } from './nginx-config.ts';
export { SiteSearch } from './site-search.ts';
export { readFragment } from './search-db.ts';
export { foldText, queryTerms } from './search-text.ts';
export { firstBuild, startService, type PublisherService } from './service.ts';
export { buildSite } from './site-build.ts';
export type { BuildOptions, BuildPhases, BuildResult, ChangedEntries } from './build-types.ts';
export { indexSearch, SEARCH_SHARD_PAGES, SEARCH_SHARDS_FILE } from './search-index.ts';
export { verifyBuild } from './verify-build.ts';
export type { BuildRecord, PublisherStatus } from './status.ts';
export { ASTRO_MEMORY_PHASES, formatSearchSteps } from './status.ts';
