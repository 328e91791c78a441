// The bench's measure of exact incremental publishing: each kind of edit a newsroom makes (a title,
// a date moved across years, a topic changed, a unit renamed, a new article, an article into Tâm
// điểm, an unpublish, a delete), webhook → page served and → every page it changed served, with the
// CPU seconds every process spent on it; then a burst of 50 edits in a minute, each live in seconds;
// then the live site compared, file by file, with a full build of the same content from scratch.
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite, releaseDifferences, type BuildRecord } from 'publisher';
import { CONTENT_TYPES } from 'shared-types';
import { seededRandom } from 'test-harness/seeded-random';
import { TestEditor } from 'test-harness/test-content';
import type { TestStrapi } from 'test-harness/test-strapi';
import { step } from '../lib/log.ts';
import { forkPublisher } from './forked-publisher.ts';
import { cpuSecondsOfTree } from './process-tree.ts';

/** One kind of edit: webhook → page served, the pages rendered, and the CPU all processes spent until idle. */
export interface EditKindFigure {
  kind: string;
  pingToLiveSeconds: number;
  /** Webhook → every page the edit changed served (after the renders of what one render leaves). */
  pingToAllPagesSeconds: number;
  mode?: BuildRecord['mode'];
  pages?: number;
  renderSeconds?: number;
  /** CPU seconds of Strapi, the publisher, the renderer and Pagefind, from the edit to the publisher idle. */
  cpuSeconds: number;
}

export interface EditKindsFigures {
  kinds: EditKindFigure[];
  burst: {
    edits: number;
    seconds: number;
    builds: number;
    /** The longest any edit of the burst waited to be served (the first ping of each fast build). */
    worstPingToLiveSeconds: number;
    fullBuilds: number;
    cpuSeconds: number;
  };
  /** Files where the live site differs from a full build from scratch (none is right). */
  differences: string[];
  fullBuildSeconds: number;
}

const WARM_UP = 'bench edit kinds: warm build';

export async function editKinds(
  cms: TestStrapi,
  env: Record<string, string>,
  root: string,
  port: number,
  secret: string,
): Promise<EditKindsFigures> {
  const records: BuildRecord[] = [];
  const publisher = forkPublisher(
    { root, strapiUrl: cms.url, token: cms.token, buildEnv: env, port, secret },
    (message) => {
      if (message.type === 'log') step(message.source, message.message);
      if (message.type === 'record') records.push(message.record);
    },
  );
  const editor = new TestEditor(cms);
  const { random, date: dateIn } = seededRandom(29);
  const until = async (done: () => boolean, seconds: number) => {
    const deadline = Date.now() + seconds * 1000;
    while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    if (!done()) throw new Error(`no build after ${seconds} s`);
  };
  try {
    step('bench', 'edit kinds: a warm full build, then the renderer on it ...');
    await publisher.ask({ type: 'build', trigger: WARM_UP });
    await publisher.ask({ type: 'follow-live' });
    const articles = await editor.list('articles', 'pagination[pageSize]=100&sort=date:desc');
    const [units, tags] = await Promise.all([
      editor.list('organisations', 'pagination[pageSize]=100'),
      editor.list('tags', 'pagination[pageSize]=100'),
    ]);
    const article = (i: number) => articles[i % articles.length]!;
    const date = () => dateIn(2010, 2025);
    const someTags = () => tags.filter(() => random() < 0.05).map((t) => t.documentId);
    const newArticle = (n: number) =>
      editor.create('articles', {
        title: `Tin mới số ${n} của phép đo xuất bản`,
        date: new Date().toISOString(),
        featured: false,
        lead: 'Tin mới của phép đo xuất bản chính xác.',
        body: 'Nội dung tin mới của phép đo xuất bản chính xác.',
        tags: someTags(),
      });
    const kinds: Array<[string, () => Promise<unknown>]> = [
      [
        'title',
        () => editor.update('articles', article(1).documentId, { title: `${article(1).title} (sửa)` }),
      ],
      ['date moved across years', () => editor.update('articles', article(2).documentId, { date: date() })],
      ['topic changed', () => editor.update('articles', article(3).documentId, { tags: someTags() })],
      [
        'unit renamed',
        () => editor.update('organisations', units[1]!.documentId, { name: `${units[1]!.name} (đổi tên)` }),
      ],
      ['new article', () => newArticle(0)],
      // In the sidebar of every page: every page changes.
      ['into Tâm điểm', () => editor.update('articles', article(6).documentId, { featured: true })],
      ['unpublish', () => editor.unpublish(CONTENT_TYPES.article.uid, article(4).documentId)],
      ['delete', () => editor.remove('articles', article(5).documentId)],
    ];
    const figures: EditKindFigure[] = [];
    for (const [kind, run] of kinds) {
      await publisher.ask({ type: 'idle' });
      const before = records.length;
      const cpu = cpuSecondsOfTree();
      await run();
      await until(
        () => records.slice(before).some((r) => r.result !== 'unchanged' && r.mode !== 'search-api'),
        600,
      );
      const built = records.slice(before).find((r) => r.result !== 'unchanged')!;
      await publisher.ask({ type: 'idle' });
      const pinged = Date.parse(built.finishedAt) - (built.pingToLiveMs ?? 0);
      const lastRender = records.slice(before).findLast((r) => r.mode === 'partial') ?? built;
      const figure = {
        kind,
        pingToLiveSeconds: (built.pingToLiveMs ?? 0) / 1000,
        pingToAllPagesSeconds: (Date.parse(lastRender.finishedAt) - pinged) / 1000,
        mode: built.mode,
        pages: built.pages,
        renderSeconds: built.phases?.render,
        cpuSeconds: cpuSecondsOfTree() - cpu,
      };
      figures.push(figure);
      step(
        'bench',
        `edit kind "${kind}": live in ${figure.pingToLiveSeconds.toFixed(2)} s by a ${figure.mode} build ` +
          `(${figure.pages} pages), every page it changed in ${figure.pingToAllPagesSeconds.toFixed(2)} s; ` +
          `${figure.cpuSeconds.toFixed(1)} CPU seconds until idle`,
      );
    }

    // 50 edits in a minute, of the kinds editors make most, while the publisher keeps up.
    await publisher.ask({ type: 'idle' });
    const before = records.length;
    const cpu = cpuSecondsOfTree();
    const started = Date.now();
    for (let i = 0; i < 50; i++) {
      const pick = random();
      const target = article(10 + i);
      if (pick < 0.4)
        await editor.update('articles', target.documentId, { title: `${target.title} (lượt ${i})` });
      else if (pick < 0.6) await editor.update('articles', target.documentId, { date: date() });
      else if (pick < 0.8) await editor.update('articles', target.documentId, { tags: someTags() });
      else await newArticle(i + 1);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + (i + 1) * 1200 - Date.now())));
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await publisher.ask({ type: 'idle' });
    const burst = records.slice(before).filter((r) => r.result === 'success');
    const fast = burst.filter((r) => r.mode === 'partial');
    const burstFigure = {
      edits: 50,
      seconds: (Date.now() - started) / 1000,
      builds: fast.length,
      worstPingToLiveSeconds: Math.max(...fast.map((r) => (r.pingToLiveMs ?? 0) / 1000)),
      fullBuilds: burst.filter((r) => r.mode === 'full').length,
      cpuSeconds: cpuSecondsOfTree() - cpu,
    };
    step(
      'bench',
      `burst: 50 edits in ${burstFigure.seconds.toFixed(0)} s, ${burstFigure.builds} fast builds, ` +
        `every edit live within ${burstFigure.worstPingToLiveSeconds.toFixed(2)} s; ` +
        `${burstFigure.fullBuilds} full builds; ${burstFigure.cpuSeconds.toFixed(1)} CPU seconds`,
    );

    step('bench', 'edit kinds: a full build from scratch, to compare the live site with ...');
    const scratch = mkdtempSync(path.join(root, '..', 'scratch-'));
    try {
      const fullStarted = performance.now();
      await buildSite({ outDir: path.join(scratch, 'site'), env: { ...env, DATA_DIR: scratch } });
      const fullBuildSeconds = (performance.now() - fullStarted) / 1000;
      const differences = releaseDifferences(path.join(root, 'current'), path.join(scratch, 'site'));
      const verdict =
        differences.length === 0
          ? 'equals a full build from scratch'
          : `DIFFERS in ${differences.length} files from a full build from scratch`;
      const listed = differences.length > 0 ? `: ${differences.slice(0, 10).join(', ')}` : '';
      step('bench', `the live site after every edit ${verdict} (${fullBuildSeconds.toFixed(0)} s)${listed}`);
      return { kinds: figures, burst: burstFigure, differences, fullBuildSeconds };
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  } finally {
    await publisher.close();
  }
}
