// What the publisher owes itself after the builds it ran, as one queue, most urgent first: the rest of
// the pages an edit changed (more than one render's share), then the search API's databases with the
// changed pages, then the search shards and the sitemap. Edits waiting always go before any of them.

/** The jobs, most urgent first. */
export const OWED_JOBS = ['pages', 'search-api', 'search-index'] as const;
export type OwedJob = (typeof OWED_JOBS)[number];

/** The trigger a job's build is logged and recorded with. */
export const OWED_TRIGGER: Record<OwedJob, string> = {
  pages: 'the rest of the pages an edit changed',
  'search-api': 'search API and sitemap after a fast publish',
  'search-index': 'search and sitemap after a fast publish',
};

/** The jobs a new fast edit cancels while they run (the search refreshes: the edit owes them again). */
export const CANCELLED_BY_EDITS: ReadonlySet<string> = new Set([
  OWED_TRIGGER['search-api'],
  OWED_TRIGGER['search-index'],
]);

export class OwedWork {
  private readonly jobs = new Set<OwedJob>();

  /** Owes these jobs (once each, however often owed). */
  owe(...jobs: OwedJob[]) {
    for (const job of jobs) this.jobs.add(job);
  }

  /** The jobs are done, or no longer owed (a full build did them). */
  settle(...jobs: OwedJob[]) {
    for (const job of jobs) this.jobs.delete(job);
  }

  /** The most urgent job owed, taken off the queue; null when nothing is owed. */
  take(): OwedJob | null {
    const job = OWED_JOBS.find((candidate) => this.jobs.has(candidate)) ?? null;
    if (job) this.jobs.delete(job);
    return job;
  }

  get empty(): boolean {
    return this.jobs.size === 0;
  }
}
