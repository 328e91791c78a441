// The publisher: turns pings (webhooks, CLI, start-up) into at most one build at a time,
// coalescing bursts, and swaps a verified build in atomically. A failed build changes nothing
// readers see; the status says why.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPES, StrapiClient, type ContentTypeKey } from 'shared-types';
import { buildSite, type BuildPhases } from './site-build.ts';
import { Releases } from './releases.ts';

export interface BuildRecord {
  id: string;
  trigger: string;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  result: 'success' | 'failed' | 'unchanged';
  error?: string;
  pages?: number;
  phases?: BuildPhases & { swap: number };
  /** Milliseconds from the first ping of this build to the new site being served. */
  pingToLiveMs?: number;
}

export interface PublisherStatus {
  state: 'idle' | 'waiting' | 'building';
  current: string | null;
  previous: string | null;
  lastBuild: BuildRecord | null;
  lastSuccess: BuildRecord | null;
  builds: number;
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
  /** Longest a ping waits while pings keep coming. */
  maxWaitMs?: number;
  log?: (message: string) => void;
  /** Called after each build (tests and the start script listen). */
  onBuild?: (record: BuildRecord) => void;
}

export class Publisher {
  readonly releases: Releases;
  private readonly options: Required<Omit<PublisherOptions, 'onBuild'>> & Pick<PublisherOptions, 'onBuild'>;
  private timer: NodeJS.Timeout | undefined;
  private firstPingAt: number | null = null;
  private triggers: string[] = [];
  private building: Promise<BuildRecord> | null = null;
  private again = false;
  private readonly statusFile: string;
  status: PublisherStatus;

  constructor(options: PublisherOptions) {
    this.options = { debounceMs: 1500, maxWaitMs: 10_000, log: (m) => console.log(`[publisher] ${m}`), ...options };
    this.releases = new Releases(options.root);
    this.statusFile = path.join(options.root, 'status.json');
    const saved = existsSync(this.statusFile) ? (JSON.parse(readFileSync(this.statusFile, 'utf8')) as PublisherStatus) : null;
    this.status = {
      state: 'idle',
      current: this.releases.target(this.releases.current),
      previous: this.releases.target(this.releases.previous),
      lastBuild: saved?.lastBuild ?? null,
      lastSuccess: saved?.lastSuccess ?? null,
      builds: saved?.builds ?? 0,
    };
  }

  private save() {
    this.status.current = this.releases.target(this.releases.current);
    this.status.previous = this.releases.target(this.releases.previous);
    mkdirSync(this.options.root, { recursive: true });
    writeFileSync(this.statusFile, `${JSON.stringify(this.status, null, 2)}\n`);
  }

  /** A ping: build soon, once, however many pings arrive (debounce with a maximum wait). */
  request(trigger: string) {
    this.triggers.push(trigger);
    this.firstPingAt ??= Date.now();
    if (this.building) {
      this.again = true;
      return;
    }
    this.status.state = 'waiting';
    clearTimeout(this.timer);
    const waited = Date.now() - this.firstPingAt;
    const delay = Math.max(0, Math.min(this.options.debounceMs, this.options.maxWaitMs - waited));
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
    return this.run(true);
  }

  /** Resolves when no build is running or waiting. */
  async idle(): Promise<void> {
    while (this.building || this.status.state === 'waiting') {
      await (this.building ?? new Promise<void>((r) => setTimeout(r, 100))).catch(() => undefined);
    }
  }

  /**
   * Fingerprint of what is published: per type, the number of published entries and the newest
   * updatedAt. Publishing, editing, unpublishing or deleting changes one of them; a draft saved
   * in the admin (which fires entry.update too) changes neither. Six small requests at any size.
   */
  private async fingerprint(): Promise<string> {
    const client = new StrapiClient({ baseUrl: this.options.strapiUrl, token: this.options.token(), retries: 1 });
    const parts = await Promise.all((Object.keys(CONTENT_TYPES) as ContentTypeKey[]).map(async (key) => ({ key, ...(await client.summary(key)) })));
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  }

  private run(force = false): Promise<BuildRecord> {
    const triggers = this.triggers.splice(0);
    const firstPingAt = this.firstPingAt ?? Date.now();
    this.firstPingAt = null;
    this.status.state = 'building';
    const build = this.execute(triggers, firstPingAt, force);
    this.building = build;
    void build.finally(() => {
      this.building = null;
      this.status.state = 'idle';
      this.save();
      if (this.again) {
        this.again = false;
        this.request('events during the last build');
      }
    });
    return build;
  }

  private async execute(triggers: string[], firstPingAt: number, force: boolean): Promise<BuildRecord> {
    const started = Date.now();
    const trigger = [...new Set(triggers)].join(', ') || 'manual';
    const { id, dir } = this.releases.create();
    const record: BuildRecord = { id, trigger, startedAt: new Date(started).toISOString(), finishedAt: '', seconds: 0, result: 'failed' };
    this.options.log(`build ${id} started (${trigger})`);
    try {
      // Webhooks carry no trustworthy data: ask Strapi whether anything published changed.
      const fingerprint = await this.fingerprint();
      const onlyEntries = triggers.every((t) => t.startsWith('entry.'));
      const fingerprintFile = path.join(this.options.root, 'fingerprint');
      const lastFingerprint = existsSync(fingerprintFile) ? readFileSync(fingerprintFile, 'utf8') : '';
      if (!force && onlyEntries && fingerprint === lastFingerprint && this.status.current) {
        record.result = 'unchanged';
      } else {
        const result = await buildSite({ outDir: dir, env: this.options.buildEnv });
        const swapStarted = performance.now();
        this.releases.activate(id);
        const swap = (performance.now() - swapStarted) / 1000;
        writeFileSync(fingerprintFile, fingerprint);
        record.result = 'success';
        record.pages = result.pages;
        record.phases = { ...result.phases, swap };
        record.pingToLiveMs = Date.now() - firstPingAt;
      }
    } catch (error) {
      this.releases.discard(id);
      record.error = (error as Error).message;
    }
    record.finishedAt = new Date().toISOString();
    record.seconds = (Date.now() - started) / 1000;
    this.status.lastBuild = record;
    if (record.result === 'success') {
      this.status.lastSuccess = record;
      this.status.builds++;
    }
    this.save();
    this.options.log(
      record.result === 'failed'
        ? `build ${id} FAILED after ${record.seconds.toFixed(1)} s; the previous site stays online. Why: ${record.error}`
        : record.result === 'unchanged'
          ? `nothing published changed; no build needed`
          : `build ${id} live in ${record.seconds.toFixed(1)} s (${record.pages} pages; fetch ${record.phases!.fetch.toFixed(1)} s, render ${record.phases!.render.toFixed(1)} s, images ${record.phases!.images.toFixed(1)} s, search ${record.phases!.search.toFixed(1)} s, swap ${(record.phases!.swap * 1000).toFixed(0)} ms)`,
    );
    this.options.onBuild?.(record);
    return record;
  }

  /** Serves the previous build again. */
  rollback(): string {
    const id = this.releases.rollback();
    this.save();
    this.options.log(`rolled back to ${id}`);
    return id;
  }
}
