// The bench's publisher, in a process of its own (the edit measure forks it), so that its memory is
// measured as a process and not mixed into the bench's (which holds the corpus and what it fetched).
// Built as the service builds it: the publisher, its control API for Strapi's webhooks, and the
// resident renderer following the live release. Told what to do over IPC; it tells each build's
// start and record, and its log lines.
import { controlApp, Publisher, Renderer, type BuildRecord } from 'publisher';

/** What the bench gives it (the BENCH_PUBLISHER environment variable, as JSON). */
export interface PublisherProcessOptions {
  root: string;
  strapiUrl: string;
  token: string;
  buildEnv: Record<string, string>;
  port: number;
  secret: string;
}

/** A build now; the renderer on the live release; wait until idle; stop (no follow-ups); close. */
export type ToPublisher =
  { type: 'build'; trigger: string } | { type: 'follow-live' | 'idle' | 'stop' | 'close' };

export type FromPublisher =
  | { type: 'log'; source: 'publisher' | 'renderer'; message: string }
  | { type: 'start'; trigger: string }
  | { type: 'record'; record: BuildRecord }
  | { type: 'done'; of: ToPublisher['type'] };

const send = (message: FromPublisher) => process.send!(message);
const options = JSON.parse(process.env.BENCH_PUBLISHER ?? '') as PublisherProcessOptions;

const publisher = new Publisher({
  root: options.root,
  strapiUrl: options.strapiUrl,
  token: () => options.token,
  buildEnv: options.buildEnv,
  debounceMs: 200,
  maxWaitMs: 2000,
  log: (message) => send({ type: 'log', source: 'publisher', message }),
  onStart: (trigger) => send({ type: 'start', trigger }),
  onBuild: (record) => send({ type: 'record', record }),
});
const control = controlApp(publisher, options.secret);
await control.listen({ host: '127.0.0.1', port: options.port });
const renderer = new Renderer({
  host: '127.0.0.1',
  port: 0,
  env: options.buildEnv,
  log: (message) => send({ type: 'log', source: 'renderer', message }),
});
publisher.onLive((dir) => void renderer.load(dir).catch(() => undefined));
publisher.useRenderer(renderer);

const tasks: Record<ToPublisher['type'], (message: ToPublisher) => Promise<unknown>> = {
  build: (message) => publisher.buildNow((message as { trigger: string }).trigger),
  'follow-live': async () => {
    await renderer.load(publisher.liveRelease()!);
    await publisher.releases.settled();
  },
  idle: () => publisher.idle(),
  stop: () => publisher.stop(),
  close: async () => {
    await control.close();
    await renderer.close();
  },
};
process.on('message', (message: ToPublisher) => {
  void tasks[message.type](message).then(() => {
    send({ type: 'done', of: message.type });
    if (message.type === 'close') process.disconnect();
  });
});
