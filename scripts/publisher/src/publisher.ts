// The publisher: turns pings (webhooks, CLI, start-up) into at most one build at a time,
// coalescing bursts, and swaps a verified build in atomically. A failed build changes nothing
// readers see; the status says why.
//
// Two kinds of build. A webhook that names an entry published, edited, unpublished or deleted (of
// any type the site reads, the site settings included) gets the fast path: the resident renderer,
// which serves the live release, renders the pages the edit changes and removes those it takes off
// the site, over a hard-linked copy of the live release (site/src/lib/render/fast-render.ts finds them
// from what each page read). What the renderer cannot do, media events, a manual publish and a new
// version of the code get a full build (all pages, search index, sitemap). No full build follows an
// edit. After a fast build two search refreshes follow: the search API's databases take the changed
// pages and the sitemap lists any new page (a second or two); then the search shards holding a
// changed page are indexed again (seconds to half a minute). A page the edit removed leaves the
// sitemap and the search API's databases in the fast build itself. A new edit cancels a refresh
// still under way; it runs again once the edits stop.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFileAtomic } from 'shared-types/runtime';
import path from 'node:path';
import {
  CONTENT_TYPES,
  SINGLE_TYPES,
  StrapiClient,
  type ChangedEntries,
  type ContentTypeKey,
  type PublisherEvent,
  type SingleTypeKey,
} from 'shared-types';
import type { BuildResult } from './build/build-types.ts';
import { CANCELLED_BY_EDITS, OWED_TRIGGER, OwedWork } from './owed-work.ts';
import { Releases } from './releases/releases.ts';
import type { Renderer } from './render/renderer.ts';
import { buildRendered, buildSearchRefresh, buildSite } from './build/site-build.ts';
import { formatSearchSteps, readSavedStatus, type BuildRecord, type PublisherStatus } from './status.ts';

export type { BuildRecord, PublisherStatus } from './status.ts';

/** The builds the publisher runs; the real ones by default, others in unit tests. */
export interface SiteBuilder {
  full: typeof buildSite;
  rendered: typeof buildRendered;
  searchRefresh: typeof buildSearchRefresh;
}

export interface PublisherOptions {
  /** Folder of releases, status and the content fingerprint (.data/site). */
  root: string;
  strapiUrl: string;
  token: () => string;
  /** Environment of the Astro build (SITE_URL, STRAPI_URL, SITE_TOKEN_FILE ...). */
  buildEnv: Record<string, string>;
  /** Quiet time after the last ping before a build starts. */
  debounceMs?: number;
  /**
   * Quiet time when every ping so far names one and the same entry (an editor's save, or save and
   * publish): the fast build starts sooner; a second entry brings back the full quiet time.
   */
  singleEditDebounceMs?: number;
  /** Longest a ping waits while pings keep coming. */
  maxWaitMs?: number;
  log?: (message: string) => void;
  /** Most changed entries a fast build takes; above it a full build is cheaper. */
  maxPartialEntries?: number;
  /** Called after each build (tests and the start script listen). */
  onBuild?: (record: BuildRecord) => void;
  /** Called as each build starts, with what triggered it (comma-separated). */
  onStart?: (trigger: string) => void;
  builder?: SiteBuilder;
  /** What is published, as one string that changes when it does (default: asked of Strapi). */
  fingerprint?: () => Promise<string>;
}

/** What a webhook says changed; used to choose the fast path, never trusted as content. */
export interface ChangeHint {
  event: string;
  /** Strapi's content-type uid, e.g. api::article.article. */
  uid?: string;
  documentId?: string;
}

/**
 * Events (of those the CMS sends) about one entry: the fast path brings it into the site, or takes it
 * out. A type without drafts (the topics) is published as it is created.
 */
const FAST_EVENTS = new Set<string>([
  'entry.create',
  'entry.publish',
  'entry.update',
  'entry.unpublish',
  'entry.delete',
] satisfies PublisherEvent[]);
/** The triggers of the builds the publisher owes itself after a fast build. */
export const SEARCH_FOLLOW_UP = OWED_TRIGGER['search-index'];
export const SEARCH_API_FOLLOW_UP = OWED_TRIGGER['search-api'];

/** A content type or single type the fast path can bring an entry of into the site. */
type ChangedKey = keyof ChangedEntries;

/** One build to run, as `run()` gathered it from the pings. */
interface BuildPlan {
  triggers: string[];
  firstPingAt: number;
  /** A manual build: never skipped as unchanged, never partial. */
  force: boolean;
  changes: Map<ChangedKey, Set<string>>;
  needsFull: boolean;
  /**
   * Only search and sitemap, over a copy of the live release: `api`, the search API's databases
   * with the pages changed since the search was whole; `index`, the search shards.
   */
  search: 'api' | 'index' | null;
  /** Only the pages earlier edits changed that the renderer has not rendered yet. */
  owed: boolean;
  signal?: AbortSignal;
}

/** The key of a content type or single type the site reads, by its uid. */
function typeOf(uid: string | undefined): ChangedKey | undefined {
  return (
    (Object.keys(CONTENT_TYPES) as ContentTypeKey[]).find((key) => CONTENT_TYPES[key].uid === uid) ??
    (Object.keys(SINGLE_TYPES) as SingleTypeKey[]).find((key) => SINGLE_TYPES[key].uid === uid)
  );
}

const firstLine = (error: unknown) => ((error as Error).message ?? String(error)).split('\n')[0];

/**
 * " (2 of 3 shards as they were; read 0.4, reuse 0.1, pagefind 2.0, databases 0.2 s)": what the
 * search phase could take from the live release, and its steps.
 */
const shards = ({ searchShards }: BuildRecord) => {
  if (!searchShards) return '';
  const steps = formatSearchSteps(searchShards.steps);
  return ` (${searchShards.reused} of ${searchShards.shards} shards as they were${steps && `; ${steps}`})`;
};

/**
 * "; Astro's peak MiB: fetch 900, bundle 2,100, render 4,500 (heap 3,010 of 3,200, buffers 120)": where
 * `astro build` held most, and at its highest what of it was the JavaScript heap (used of taken) and buffers.
 */
function astroPeaks(record: BuildRecord): string {
  const peaks = Object.entries(record.astroMemory ?? {});
  if (peaks.length === 0) return '';
  const highest = peaks.reduce((a, b) => (b[1].rss > a[1].rss ? b : a))[1];
  const mib = (n: number) => n.toLocaleString('en');
  return (
    `; Astro's peak MiB: ${peaks.map(([phase, peak]) => `${phase} ${mib(peak.rss)}`).join(', ')} ` +
    `(heap ${mib(highest.heapUsed)} of ${mib(highest.heapTotal)}, buffers ${mib(highest.external)})`
  );
}

/** One line for the log about a finished build. */
function describe(record: BuildRecord): string {
  const took = `${record.seconds.toFixed(1)} s`;
  switch (record.result) {
    case 'failed':
      return `build ${record.id} FAILED after ${took}; the previous site stays online. Why: ${record.error}`;
    case 'cancelled':
      return `full build ${record.id} cancelled for a newer edit; it runs again afterwards`;
    case 'unchanged':
      return 'nothing published changed; no build needed';
    case 'success': {
      const p = record.phases;
      const phases = p
        ? `fetch ${p.fetch.toFixed(1)} s, render ${p.render.toFixed(1)} s, images ${p.images.toFixed(1)} s, ` +
          `search ${p.search.toFixed(1)} s${shards(record)}, swap ${(p.swap * 1000).toFixed(0)} ms`
        : '';
      const warned = record.warnings?.length
        ? `; ${record.warnings.length} upload(s) or entries left out: ` +
          record.warnings
            .map((w) => `${w.type} ${w.entry} ${w.field} ${w.file ?? ''}: ${w.reason}`)
            .join('; ')
        : '';
      const by = record.renderedBy ? ` by ${record.renderedBy}` : '';
      return (
        `${record.mode} build${by} ${record.id} live in ${took} ` +
        `(${record.pages} pages; ${phases}${astroPeaks(record)})${warned}` +
        (record.owed ? `; ${record.owed} more pages the edit changed follow` : '')
      );
    }
  }
}

export class Publisher {
  readonly releases: Releases;
  private readonly options: Required<Omit<PublisherOptions, 'onBuild' | 'onStart' | 'fingerprint'>> &
    Pick<PublisherOptions, 'onBuild' | 'onStart' | 'fingerprint'>;
  private timer: NodeJS.Timeout | undefined;
  private firstPingAt: number | null = null;
  private triggers: string[] = [];
  private building: Promise<BuildRecord> | null = null;
  private again = false;
  /** Entries named by webhooks since the last build started. */
  private changes = new Map<ChangedKey, Set<string>>();
  /** A ping that only a full build answers (an unknown entry, media, manual). */
  private needsFull = false;
  /** What the publisher owes itself after the builds it ran (owed-work.ts), most urgent first. */
  private readonly owedWork = new OwedWork();
  /** The last release whose search (the API's databases) holds its pages as they are. */
  private searchWhole: string | null = null;
  /** The last release whose search shards were made (a full build or a search refresh). */
  private shardsWhole: string | null = null;
  /** Cancels the running build when it is a search refresh and a fast edit arrives. */
  private cancelFollowUp: AbortController | null = null;
  /** Set by stop(): nothing is scheduled any more. */
  private stopped = false;
  private readonly statusFile: string;
  /** The resident renderer, when the service runs one: the fast path renders through it. */
  private renderer: Pick<Renderer, 'render'> | null = null;
  /** Told the folder of each release that goes live (a build's swap, a rollback). */
  private readonly liveListeners: Array<(releaseDir: string) => void> = [];
  status: PublisherStatus;

  constructor(options: PublisherOptions) {
    this.options = {
      debounceMs: 1500,
      singleEditDebounceMs: 300,
      maxWaitMs: 10_000,
      maxPartialEntries: 50,
      log: (m) => console.log(`[publisher] ${m}`),
      builder: { full: buildSite, rendered: buildRendered, searchRefresh: buildSearchRefresh },
      ...options,
    };
    this.releases = new Releases(options.root);
    this.statusFile = path.join(options.root, 'status.json');
    const saved = readSavedStatus(this.statusFile, this.options.log);
    this.status = {
      state: 'idle',
      current: this.releases.target(this.releases.current),
      previous: this.releases.target(this.releases.previous),
      lastBuild: saved?.lastBuild ?? null,
      lastSuccess: saved?.lastSuccess ?? null,
      builds: saved?.builds ?? 0,
    };
  }

  /** The environment builds run with (Strapi's URL, the token, the data folder), which the renderer shares. */
  get buildEnv(): Record<string, string> {
    return this.options.buildEnv;
  }

  /** Renders fast edits through this renderer (the one serving the live release) from now on. */
  useRenderer(renderer: Pick<Renderer, 'render'>) {
    this.renderer = renderer;
  }

  /** Calls `listener` with the folder of every release that goes live from now on. */
  onLive(listener: (releaseDir: string) => void) {
    this.liveListeners.push(listener);
  }

  private announceLive() {
    const dir = this.liveRelease();
    if (dir) for (const listener of this.liveListeners) listener(dir);
  }

  private save() {
    this.status.current = this.releases.target(this.releases.current);
    this.status.previous = this.releases.target(this.releases.previous);
    writeFileAtomic(this.statusFile, `${JSON.stringify(this.status, null, 2)}\n`);
  }

  /** A ping: build soon, once, however many pings arrive (debounce with a maximum wait). */
  request(trigger: string, hint?: ChangeHint) {
    // The newsroom's own types (assignments, the editorial log) are not on the site: nothing to build.
    if (hint?.uid?.startsWith('api::') && !typeOf(hint.uid)) return;
    this.triggers.push(trigger);
    this.firstPingAt ??= Date.now();
    const key = typeOf(hint?.uid);
    if (hint && key && hint.documentId && FAST_EVENTS.has(hint.event)) {
      const ids = this.changes.get(key) ?? new Set<string>();
      this.changes.set(key, ids.add(hint.documentId));
      // An edit waits for no search refresh of an older state: cancel it, it runs again afterwards.
      this.cancelFollowUp?.abort();
    } else {
      this.needsFull = true;
    }
    this.schedule();
  }

  private schedule() {
    if (this.stopped) return;
    if (this.building) {
      this.again = true;
      return;
    }
    this.status.state = 'waiting';
    clearTimeout(this.timer);
    const waited = Date.now() - (this.firstPingAt ?? Date.now());
    const entries = [...this.changes.values()].reduce((n, ids) => n + ids.size, 0);
    // One entry's save, or a follow-up the publisher owes itself with no ping waiting (a new edit
    // cancels it anyway), starts after the short quiet time.
    const short = this.triggers.length === 0 || (!this.needsFull && entries === 1);
    const quiet = short
      ? Math.min(this.options.singleEditDebounceMs, this.options.debounceMs)
      : this.options.debounceMs;
    const delay = Math.max(0, Math.min(quiet, this.options.maxWaitMs - waited));
    this.timer = setTimeout(() => void this.run(), delay);
  }

  /** Builds now (or joins the build under way) and resolves with its record. */
  async buildNow(trigger: string): Promise<BuildRecord> {
    if (this.building) {
      await this.building.catch(() => undefined);
    }
    clearTimeout(this.timer);
    this.triggers.push(trigger);
    this.firstPingAt ??= Date.now();
    this.needsFull = true;
    return this.run(true);
  }

  /** Resolves when no build is running or waiting. */
  async idle(): Promise<void> {
    while (this.building || this.status.state === 'waiting') {
      await (this.building ?? new Promise<void>((r) => setTimeout(r, 100))).catch(() => undefined);
    }
  }

  /**
   * Stops building: pings and owed follow-ups are dropped, a follow-up under way is cancelled (an
   * edit's build is let finish). Resolves when no build runs. The live release stays as it is.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.cancelFollowUp?.abort();
    while (this.building) await this.building.catch(() => undefined);
    this.status.state = 'idle';
  }

  /**
   * Fingerprint of what is published: per type, the number of published entries and the newest
   * updatedAt. Publishing, editing, unpublishing or deleting changes one of them; a draft saved
   * in the admin (which fires entry.update too) changes neither. Seven small requests at any size.
   */
  private async fingerprint(): Promise<string> {
    if (this.options.fingerprint) return this.options.fingerprint();
    const client = new StrapiClient({
      baseUrl: this.options.strapiUrl,
      token: this.options.token(),
      retries: 1,
    });
    const keys = Object.keys(CONTENT_TYPES) as ContentTypeKey[];
    const singles = Object.keys(SINGLE_TYPES) as SingleTypeKey[];
    const parts = await Promise.all([
      ...keys.map(async (key) => ({ key, ...(await client.summary(key)) })),
      // A single type (the site settings) counts by when it was last saved.
      ...singles.map(async (key) => ({ key, latest: (await client.single(key))?.updatedAt ?? null })),
    ]);
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  }

  private run(force = false): Promise<BuildRecord> {
    const triggers = this.triggers.splice(0);
    const firstPingAt = this.firstPingAt ?? Date.now();
    this.firstPingAt = null;
    const changes = this.changes;
    this.changes = new Map();
    const needsFull = this.needsFull;
    this.needsFull = false;
    // Edits waiting go first, fast (with the pages the renderer owes); then the rest of those pages;
    // the owed search refreshes come when neither is waiting.
    const job = changes.size === 0 && !needsFull ? this.owedWork.take() : null;
    if (job) triggers.push(OWED_TRIGGER[job]);
    const owed = job === 'pages';
    const search: BuildPlan['search'] =
      job === 'search-api' ? 'api' : job === 'search-index' ? 'index' : null;
    this.status.state = 'building';
    // Only a follow-up owed after fast builds can be cancelled, from its first step on.
    const cancel =
      triggers.length > 0 && triggers.every((t) => CANCELLED_BY_EDITS.has(t)) ? new AbortController() : null;
    this.cancelFollowUp = cancel;
    const build = this.execute({
      triggers,
      firstPingAt,
      force,
      changes,
      needsFull,
      search,
      owed,
      signal: cancel?.signal,
    });
    this.building = build;
    void build.then((record) => {
      this.building = null;
      this.cancelFollowUp = null;
      this.status.state = 'idle';
      this.save();
      // After a fast build, the search refreshes bring search and sitemap up to date.
      const fast = record.result === 'success' && record.mode === 'partial';
      if (fast) this.owedWork.owe('search-api', 'search-index');
      // The renderer's share went live; the rest of the edit's pages follow at once. Any other build
      // leaves none owed (a fast one renders them with its edits, a full one renders everything).
      if ((record.owed ?? 0) > 0 && (fast || record.result === 'unchanged')) this.owedWork.owe('pages');
      else this.owedWork.settle('pages');
      // A refresh cancelled by an edit is owed again.
      if (job && job !== 'pages' && record.result === 'cancelled') this.owedWork.owe(job);
      if (!this.owedWork.empty) {
        this.firstPingAt ??= Date.now();
        this.again = true;
      }
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    });
    return build;
  }

  /** The live release's folder, when there is one on disk. */
  liveRelease(): string | null {
    const live = this.status.current ? path.join(this.releases.releasesDir, this.status.current) : null;
    return live && existsSync(live) ? live : null;
  }

  /** Whether a plan takes the fast path: a few entries changed (or pages the renderer owes), nothing else. */
  private isFast(plan: BuildPlan): boolean {
    const changed = [...plan.changes.values()].reduce((n, ids) => n + ids.size, 0);
    return (
      !plan.force &&
      !plan.needsFull &&
      !plan.search &&
      (changed > 0 || plan.owed) &&
      changed <= this.options.maxPartialEntries
    );
  }

  /** Renders the plan into release `id`: the fast path when it can, else (or when it fails) everything. */
  private async render(
    plan: BuildPlan,
    id: string,
    dir: string,
  ): Promise<BuildResult & Pick<BuildRecord, 'mode' | 'renderedBy'> & { base?: string }> {
    const live = this.liveRelease();
    if (plan.search && live) {
      const base = path.basename(live);
      // The paths changed since the search was whole, when the releases in between say which.
      const since = (whole: string | null) => (whole && this.releases.pathsBetween(whole, base)) || undefined;
      const pages = plan.search === 'api' ? since(this.searchWhole) : undefined;
      const result = await this.options.builder.searchRefresh({
        outDir: dir,
        liveDir: live,
        linked: () => this.releases.takeSpare(base, dir),
        pages,
        changed: pages ? undefined : since(this.shardsWhole),
        signal: plan.signal,
      });
      // Without the changed pages the shards were indexed: that refresh is not owed again.
      if (!pages) this.owedWork.settle('search-index');
      return { ...result, mode: pages ? 'search-api' : 'search', base };
    }
    if (this.isFast(plan) && live) {
      const changed: ChangedEntries = Object.fromEntries(
        [...plan.changes].map(([key, ids]) => [key, [...ids]]),
      );
      const renderer = this.renderer;
      try {
        if (!renderer) throw new Error('no renderer serves the live release');
        const result = await this.options.builder.rendered({
          outDir: dir,
          liveDir: live,
          linked: () => this.releases.takeSpare(path.basename(live), dir),
          render: (outDir) => renderer.render(changed, outDir, live),
        });
        return { ...result, mode: 'partial', renderedBy: 'renderer', base: path.basename(live) };
      } catch (error) {
        this.options.log(`the fast path did not render the edit, building everything: ${firstLine(error)}`);
        this.releases.discard(id);
      }
    }
    plan.signal?.throwIfAborted();
    const result = await this.options.builder.full({
      outDir: dir,
      env: this.options.buildEnv,
      signal: plan.signal,
      // Search shards whose pages did not change come from the live release.
      previousDir: live ?? undefined,
    });
    this.owedWork.settle('search-api', 'search-index');
    return { ...result, mode: 'full' };
  }

  private async execute(plan: BuildPlan): Promise<BuildRecord> {
    const started = Date.now();
    const trigger = [...new Set(plan.triggers)].join(', ') || 'manual';
    const { id, dir } = this.releases.create();
    const record: BuildRecord = {
      id,
      trigger,
      startedAt: new Date(started).toISOString(),
      finishedAt: '',
      seconds: 0,
      result: 'failed',
    };
    this.options.log(`build ${id} started (${trigger})`);
    this.options.onStart?.(trigger);
    try {
      // Webhooks carry no trustworthy data. The fast path asks Strapi for the entries they name and
      // renders what those change: a draft saved (entry.update, nothing published changed) changes no
      // page, and nothing goes live. Other builds ask Strapi whether anything published changed.
      // (Strapi's fingerprint cannot tell a fast build: an edit saved just before a build began
      // whose webhook comes after it is in the fingerprint, and not in that build.)
      const fingerprintFile = path.join(this.options.root, 'fingerprint');
      let fingerprint: string | null = null;
      let result: Awaited<ReturnType<Publisher['render']>> | null = null;
      if (this.isFast(plan)) {
        result = await this.render(plan, id, dir);
      } else {
        fingerprint = await this.fingerprint();
        const onlyEntries = plan.triggers.every((t) => t.startsWith('entry.'));
        const lastFingerprint = existsSync(fingerprintFile) ? readFileSync(fingerprintFile, 'utf8') : '';
        if (plan.force || !onlyEntries || fingerprint !== lastFingerprint || !this.status.current)
          result = await this.render(plan, id, dir);
      }
      if (!result || (result.mode === 'partial' && (result.changed ?? []).length === 0)) {
        record.result = 'unchanged';
        if (result?.owed) record.owed = result.owed;
        this.releases.discard(id);
      } else {
        const swapStarted = performance.now();
        const { base, changed } = result;
        this.releases.activate(id, base && changed ? { base, paths: changed } : undefined);
        if (result.mode !== 'partial') this.searchWhole = id;
        if (result.mode === 'full' || result.mode === 'search') this.shardsWhole = id;
        const swap = (performance.now() - swapStarted) / 1000;
        // A full build took everything published as of its fingerprint (a fast one only some entries).
        if (fingerprint && result.mode === 'full') writeFileSync(fingerprintFile, fingerprint);
        Object.assign(record, {
          result: 'success',
          mode: result.mode,
          renderedBy: result.renderedBy,
          pages: result.pages,
          phases: { ...result.phases, swap },
          astroMemory: result.astroMemory,
          warnings: this.liveWarnings(result),
          searchShards: result.searchShards,
          pingToLiveMs: Date.now() - plan.firstPingAt,
          ...(result.owed ? { owed: result.owed } : {}),
        } satisfies Partial<BuildRecord>);
      }
    } catch (error) {
      this.releases.discard(id);
      record.error = (error as Error).message;
      if ((error as Error).name === 'AbortError') record.result = 'cancelled';
    }
    record.finishedAt = new Date().toISOString();
    record.seconds = (Date.now() - started) / 1000;
    this.status.lastBuild = record;
    if (record.result === 'success') {
      this.status.lastSuccess = record;
      this.status.builds++;
    }
    this.save();
    this.options.log(describe(record));
    if (record.result === 'success') this.announceLive();
    // The next fast build's copy of the live release, made now rather than when the edit comes.
    if (this.status.current) this.releases.prepareSpare(this.status.current);
    this.options.onBuild?.(record);
    return record;
  }

  /**
   * What the release a build makes leaves out: a full build's warnings; a fast build's, with those
   * of the live release about the entries it did not render again; a search refresh keeps them.
   */
  private liveWarnings(result: BuildResult & Pick<BuildRecord, 'mode'>): BuildRecord['warnings'] {
    if (result.mode === 'full') return result.warnings;
    const live = this.status.lastSuccess?.warnings ?? [];
    if (result.mode !== 'partial') return live;
    const again = new Set(result.warnedAgain ?? []);
    return [...live.filter((warning) => !again.has(warning.entry)), ...result.warnings];
  }

  /** Serves the previous build again. */
  rollback(): string {
    const id = this.releases.rollback();
    this.releases.prepareSpare(id);
    this.save();
    this.announceLive();
    this.options.log(`rolled back to ${id}`);
    return id;
  }
}
