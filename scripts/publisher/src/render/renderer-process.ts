// The preview renderer's process: serves one release's server build (<release>/_server/entry.mjs,
// Astro's Node adapter) on the preview port until told to stop, and on a loopback port of its own
// the fast path's route (FAST_RENDER_PATH), which the preview port refuses. The publisher starts a new one for
// each release that goes live and stops the old one once the new one answers (renderer.ts); both
// listen with SO_REUSEPORT meanwhile, so the port never refuses a request. A release made by the
// fast path keeps the renderer: the publisher tells it the new folder, and the site's files
// (stylesheets, images, prerendered pages) are served from there, since the folder the server build
// was loaded from is pruned a few releases later.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Server as NetServer, type AddressInfo, type ListenOptions } from 'node:net';
import { FAST_RENDER_PATH, PAGE_READS_FILE, UNUSABLE_UPLOADS_FILE } from 'shared-types';
import { collectGarbage } from '../releases/collect-garbage.ts';
import { PREVIEW_PATH } from '../config.ts';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import send from 'send';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const [entry, host = '127.0.0.1', port = '0'] = process.argv.slice(2);
if (!entry || !process.send) {
  console.error('usage: renderer-process.ts <release>/_server/entry.mjs [host] [port], as a child with IPC');
  process.exit(2);
}

// The adapter would otherwise start its own server when imported; the site's code knows it is the
// resident renderer (site/src/lib/data/site-data.ts).
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
process.env.SITE_RENDERER = '1';
// What each page of the release read of the site's data, as its build recorded it (the fast path's start).
process.env.SITE_PAGE_READS = path.join(path.dirname(path.resolve(entry)), PAGE_READS_FILE);
// The uploads its build left out, which the renderer leaves out too.
process.env.SITE_UNUSABLE_UPLOADS = path.join(path.dirname(path.resolve(entry)), UNUSABLE_UPLOADS_FILE);
const { handler } = (await import(pathToFileURL(entry).href)) as { handler: Handler };

/** Set once told to stop: answers still go out, each closing its connection. */
let stopping = false;
/** The release folder whose files are served: where the server build sits, or the one it was moved to. */
let release = path.dirname(path.dirname(path.resolve(entry)));

function serve(req: IncomingMessage, res: ServerResponse) {
  if (stopping) res.setHeader('connection', 'close');
  handler(req, res);
}

function servePublic(req: IncomingMessage, res: ServerResponse) {
  // The server build lives inside the release folder; it is code, not part of the site. The fast
  // path's route is the publisher's, on the loopback port.
  if (/^\/_server(\/|$)/.test(req.url ?? '') || (req.url ?? '').startsWith(FAST_RENDER_PATH)) {
    res.writeHead(404).end();
    return;
  }
  if ((req.method !== 'GET' && req.method !== 'HEAD') || (req.url ?? '').startsWith(PREVIEW_PATH))
    return serve(req, res);
  // A file of the release when there is one (send keeps the path inside it); else the server build.
  if (stopping) res.setHeader('connection', 'close');
  const file = send(req, new URL(req.url ?? '/', 'http://renderer').pathname, {
    root: release,
    index: ['index.html'],
  });
  file.on('error', (error: { status?: number }) => {
    if (error.status === 404) serve(req, res);
    else res.writeHead(error.status ?? 500).end();
  });
  file.on('directory', () => serve(req, res));
  file.pipe(res);
}

/** Listens on host:port (0: any free port); resolves with the port. */
function listen(server: Server, options: ListenOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options, () => resolve((server.address() as AddressInfo).port));
  });
}

// Warm up on the loopback port first: the preview route loads the published site's data on its
// first request (a refused one included), so the shared port only ever meets a ready renderer.
// The loopback port stays for the publisher's fast path.
const started = performance.now();
const internal = createServer(serve);
const internalPort = await listen(internal, { host: '127.0.0.1', port: 0 });
await fetch(`http://127.0.0.1:${internalPort}${PREVIEW_PATH}`).then((response) => response.arrayBuffer());
const server = createServer(servePublic);
const listening = await listen(server, { host, port: Number(port), reusePort: true });
// Loading left hundreds of MB of garbage at 100,000 articles (the store's text, what it was parsed
// through); collected now, the renderer holds about half the memory from here on.
collectGarbage();
const { heapUsed, rss } = process.memoryUsage();
process.send({
  ready: listening,
  internalPort,
  warmMs: Math.round(performance.now() - started),
  heapMiB: Math.round(heapUsed / 2 ** 20),
  rssMiB: Math.round(rss / 2 ** 20),
});
/**
 * Stops accepting and exits once every connection has ended. http.Server.close would also cut idle
 * keep-alive connections at once, racing a client that is sending on one right then (ECONNRESET);
 * net.Server.close leaves them to the keep-alive timeout, which clients know from the Keep-Alive
 * header and stop reusing before.
 */
const stop = () => {
  if (stopping) return;
  stopping = true;
  let open = 2;
  const closed = () => --open === 0 && process.exit(0);
  NetServer.prototype.close.call(internal, closed);
  NetServer.prototype.close.call(server, closed);
};
process.on('message', (message: unknown) => {
  if (typeof message === 'object' && message !== null && 'release' in message) {
    release = String(message.release);
    process.send!({ serving: release });
  }
  if (message === 'stop') stop();
  // The publisher is shutting down: nobody is left to serve its clients, so idle ones go now.
  if (message === 'shutdown') {
    stop();
    internal.closeIdleConnections();
    server.closeIdleConnections();
  }
});
process.on('disconnect', stop);
