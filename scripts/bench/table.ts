// The benchmark's table: one row per measure, one column per size. A measure that failed reads
// "FAILED: why" in its cells, one not taken "not run"; every other row still prints.
import { ASTRO_MEMORY_PHASES, formatSearchSteps } from 'publisher';
import {
  EDIT_PHASES,
  failed,
  type BuildFigure,
  type EditFigure,
  type Failed,
  type SizeFigures,
} from './figures.ts';

const f1 = (n: number) => n.toFixed(1);
const mb = (n: number) => n.toFixed(0);

/** A cell from a measure that may be missing or failed. */
function cell<T>(value: T | Failed | undefined, show: (value: T) => string): string {
  if (value === undefined) return 'not run';
  if (failed(value)) return `FAILED: ${value.error.slice(0, 80)}`;
  return show(value);
}

/** Astro's phases, as timed by the site's build hooks. */
const astroPhases = (p: BuildFigure['phases']) =>
  [p.startup ?? 0, p.fetch, p.bundle ?? 0, p.render, p.images].map(f1).join(' / ');
const f2 = (n: number) => n.toFixed(2);
/** The phases of a fast build that took place (an Astro build has a start and a bundle; the renderer has neither). */
const editPhases = (p: NonNullable<EditFigure['phases']>) =>
  (
    [
      ['start', p.startup],
      ['sync', p.fetch],
      ['bundle', p.bundle],
      ['render', p.render],
      ['images', p.images],
      ['verify', p.verify],
      ['overlay', p.overlay],
    ] as const
  )
    .filter(([, seconds]) => seconds !== undefined)
    .map(([name, seconds]) => `${name} ${f2(seconds!)}`)
    .concat(`swap ${(p.swap * 1000).toFixed(0)} ms`)
    .join(', ');
const build = (b: BuildFigure) => `${f1(b.seconds)} s, ${b.pagesPerSecond.toFixed(0)}, ${mb(b.peakMiB)}`;
const warmOf = (r: SizeFigures) => r.ours?.warm;
const ratio = (a: BuildFigure | Failed | undefined, b: { seconds: number } | Failed | undefined) =>
  a && b && !failed(a) && !failed(b) ? `${(a.seconds / b.seconds).toFixed(2)}×` : 'n/a';

export function tableLines(results: SizeFigures[]): string[] {
  const lines: string[] = [];
  const row = (label: string, pick: (r: SizeFigures) => string) =>
    lines.push(`| ${label} | ${results.map(pick).join(' | ')} |`);
  lines.push(`| measure | ${results.map((r) => `${r.size} articles`).join(' | ')} |`);
  lines.push(`| --- | ${results.map(() => '---').join(' | ')} |`);
  row('load into Strapi (entries/s)', (r) =>
    cell(r.load, (l) => `${f1(l.seconds)} s (${l.entriesPerSecond.toFixed(0)}/s)`),
  );
  row('fetch all (s, requests, MiB)', (r) =>
    cell(r.fetch, (f) => `${f1(f.seconds)} s, ${f.requests}, ${f1(f.MiB)}`),
  );
  row('our cold build (s, pages/s, peak MiB)', (r) => cell(r.ours?.cold, build));
  row('our warm build (s, pages/s, peak MiB)', (r) => cell(warmOf(r), build));
  row('  peak MiB warm: Astro build / Pagefind', (r) =>
    cell(warmOf(r), (w) => `${mb(w.peakMiBByPhase.astro ?? 0)} / ${mb(w.peakMiBByPhase.search ?? 0)}`),
  );
  row('  phases warm: start / content sync / bundle / render / images / search', (r) =>
    cell(warmOf(r), (w) => `${astroPhases(w.phases)} / ${f1(w.phases.search)} s`),
  );
  row('preview: renderer start (s), first open, warm opens (ms)', (r) =>
    cell(
      r.preview,
      (p) =>
        `${f1(p.startSeconds)} s, ${p.firstMs.toFixed(0)}, ` +
        `${Math.min(...p.warmMs).toFixed(0)}–${Math.max(...p.warmMs).toFixed(0)}`,
    ),
  );
  row('Astro floor, local files: cold / warm (s)', (r) =>
    cell(
      r.floor,
      (f) => `${cell(f.cold, (b) => f1(b.seconds))} / ${cell(f.warm, (b) => `${f1(b.seconds)} s`)}`,
    ),
  );
  row('our warm / floor warm', (r) =>
    ratio(warmOf(r), r.floor && !failed(r.floor) ? r.floor.warm : undefined),
  );
  row('Hugo (s, pages, peak MiB)', (r) =>
    cell(r.hugo, (h) => `${f1(h.seconds)} s, ${h.pages}, ${mb(h.peakMiB)}`),
  );
  row('our warm / Hugo', (r) => ratio(warmOf(r), r.hugo));
  row('one edit: webhook → page served (s)', (r) =>
    cell(
      r.oneEdit,
      (e) =>
        `${f2(e.pingToLiveSeconds)} s (${e.mode} build${e.renderedBy ? ` by ${e.renderedBy}` : ''} ` +
        `${f2(e.buildSeconds)} s)`,
    ),
  );
  row('  edit phases (s)', (r) => cell(r.oneEdit, ({ phases: p }) => (p ? editPhases(p) : 'n/a')));
  row('  each edit: page served / render / search API / search index (s)', (r) =>
    cell(r.oneEdit, ({ edits }) =>
      edits && edits.length > 1
        ? edits
            .map(
              (e) =>
                `${f2(e.pingToLiveSeconds)}/${e.renderSeconds === undefined ? '–' : f2(e.renderSeconds)}/` +
                `${e.pingToSearchApiSeconds === undefined ? '–' : f1(e.pingToSearchApiSeconds)}/` +
                (e.pingToSearchSeconds === undefined ? '–' : f1(e.pingToSearchSeconds)),
            )
            .join(', ')
        : 'one edit (--edits N for more)',
    ),
  );
  row('one edit: webhook → search API and sitemap (s)', (r) =>
    cell(r.oneEdit, (e) =>
      e.pingToSearchApiSeconds === undefined
        ? 'not measured'
        : `${f1(e.pingToSearchApiSeconds)} s (search ${f1(e.searchApiPhases?.search ?? 0)} s)`,
    ),
  );
  row('one edit: webhook → search index (s)', (r) =>
    cell(r.oneEdit, (e) =>
      e.pingToSearchSeconds === undefined
        ? 'with the full build'
        : `${f1(e.pingToSearchSeconds)} s (search ${f1(e.searchPhases?.search ?? 0)} s` +
          (e.searchShards
            ? `, ${e.searchShards.shards - e.searchShards.reused} of ${e.searchShards.shards} shards indexed` +
              (e.searchShards.steps ? `: ${formatSearchSteps(e.searchShards.steps)}` : '') +
              ')'
            : ')'),
    ),
  );
  row('one edit: webhook → full build after it live (s)', (r) =>
    cell(r.oneEdit, (e) =>
      e.pingToFullSeconds === undefined
        ? 'not awaited (--no-full)'
        : `${f1(e.pingToFullSeconds)} s (full build ${f1(e.fullBuildSeconds ?? 0)} s, ` +
          `search ${f1(e.fullPhases?.search ?? 0)} s` +
          (e.fullSearchShards
            ? `, ${e.fullSearchShards.reused} of ${e.fullSearchShards.shards} shards kept)`
            : ')'),
    ),
  );
  row('each kind of edit: webhook → page served / every page it changed (s; CPU s until idle)', (r) =>
    cell(r.editKinds, ({ kinds }) =>
      kinds
        .map(
          (k) =>
            `${k.kind} ${f2(k.pingToLiveSeconds)} / ${f2(k.pingToAllPagesSeconds)} (${f1(k.cpuSeconds)})`,
        )
        .join(', '),
    ),
  );
  row('burst of 50 edits in a minute: fast builds, worst webhook → served (s), full builds, CPU s', (r) =>
    cell(
      r.editKinds,
      ({ burst: b }) =>
        `${b.builds}, ${f2(b.worstPingToLiveSeconds)} s, ${b.fullBuilds}, ${f1(b.cpuSeconds)}`,
    ),
  );
  row('live site after the edits vs a full build from scratch', (r) =>
    cell(r.editKinds, ({ differences: d, fullBuildSeconds: s }) =>
      d.length === 0
        ? `equal (full build ${f1(s)} s)`
        : `${d.length} files differ: ${d.slice(0, 5).join(', ')}`,
    ),
  );
  row("the publisher's cold build before the edit (s, peak MiB)", (r) =>
    cell(r.publisherColdBuild, (c) => `${f1(c.seconds)} s, ${mb(c.peakMiB)}`),
  );
  row(`  Astro's peak MiB by phase, cold / full: ${ASTRO_MEMORY_PHASES.join(' / ')}`, (r) =>
    cell(r.oneEdit, (e) =>
      [failed(r.publisherColdBuild) ? undefined : r.publisherColdBuild?.astroMemory, e.fullAstroMemory]
        .map((memory) =>
          memory ? ASTRO_MEMORY_PHASES.map((name) => mb(memory[name]?.rss ?? 0)).join(' / ') : 'n/a',
        )
        .join('; '),
    ),
  );
  row(`  peak MiB: ${EDIT_PHASES.join(' / ')}`, (r) =>
    cell(r.oneEdit, ({ peakMiBByPhase: p }) =>
      p ? EDIT_PHASES.map((name) => (p[name] === undefined ? '–' : mb(p[name]!))).join(' / ') : 'n/a',
    ),
  );
  row('live site after the edit (MiB, files, pages)', (r) =>
    cell(r.liveDist, (d) => `${f1(d.MiB)}, ${d.files}, ${d.pages}`),
  );
  for (const [label, figure] of [
    ['API', (r: SizeFigures) => r.searchPage],
    ['in the browser', (r: SizeFigures) => r.searchPageInBrowser],
  ] as const)
    row(`search page, slow 4G, ${label}: shards; filters shown; 1st / 2nd query (ms); KiB`, (r) =>
      cell(
        figure(r),
        (p) =>
          `${p.shards}; ${mb(p.indexReadyMs)}; ${mb(p.firstQueryMs)} / ${mb(p.secondQueryMs)}; ` +
          mb(p.transferredKiB ?? 0),
      ),
    );
  row('search index (s, MiB, files)', (r) =>
    r.ours?.searchIndex
      ? `${f1(r.ours.searchIndex.seconds)} s, ${f1(r.ours.searchIndex.MiB)}, ${r.ours.searchIndex.files}`
      : 'n/a',
  );
  row('dist (MiB, files)', (r) => (r.ours?.dist ? `${f1(r.ours.dist.MiB)}, ${r.ours.dist.files}` : 'n/a'));
  const [a, b] = [results[0], results.at(-1)];
  const [wa, wb] = [a && warmOf(a), b && warmOf(b)];
  if (a && b && a !== b && wa && wb && !failed(wa) && !failed(wb)) {
    const [ea, eb] = [a.oneEdit, b.oneEdit];
    const growth =
      ea && eb && !failed(ea) && !failed(eb)
        ? `, one edit ×${(eb.pingToLiveSeconds / ea.pingToLiveSeconds).toFixed(1)}`
        : '';
    lines.push(
      '',
      `cost growth ${a.size} → ${b.size} articles (×${b.size / a.size}): ` +
        `warm build ×${(wb.seconds / wa.seconds).toFixed(1)}${growth}`,
    );
  }
  return lines;
}

export function printTable(results: SizeFigures[]) {
  console.log(`\n${tableLines(results).join('\n')}`);
}
