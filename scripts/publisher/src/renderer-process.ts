// The preview renderer's process: serves one release's server build (<release>/_server/entry.mjs,
// Astro's Node adapter) on the preview port until told to stop, and on a loopback port of its own
// the fast path's route (FAST_RENDER_PATH), which the preview port refuses. The publisher starts a new one for
// each release that goes live and stops the old one once the new one answers (renderer.ts); both
// listen with SO_REUSEPORT meanwhile, so the port never refuses a request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, ListenOptions } from 'node:net';
import { FAST_RENDER_PATH } from 'shared-types';
import { PREVIEW_PATH } from './config.ts';
import { pathToFileURL } from 'node:url';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const [entry, host = '127.0.0.1', port = '0'] = process.argv.slice(2);
if (!entry || !process.send) {
  console.error('usage: renderer-process.ts <release>/_server/entry.mjs [host] [port], as a child with IPC');
  process.exit(2);
}

// The adapter would otherwise start its own server when imported; the site's code knows it is the
// resident renderer (site/src/lib/site-data.ts).
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
process.env.SITE_RENDERER = '1';
const { handler } = (await import(pathToFileURL(entry).href)) as { handler: Handler };

function serve(req: IncomingMessage, res: ServerResponse) {
  // The server build lives inside the release folder; it is code, not part of the site. The fast
  // path's route is the publisher's, on the loopback port.
  if (/^\/_server(\/|$)/.test(req.url ?? '') || (req.url ?? '').startsWith(FAST_RENDER_PATH)) {
    res.writeHead(404).end();
    return;
  }
  handler(req, res);
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
const internal = createServer(handler);
const internalPort = await listen(internal, { host: '127.0.0.1', port: 0 });
await fetch(`http://127.0.0.1:${internalPort}${PREVIEW_PATH}`).then((response) => response.arrayBuffer());
const server = createServer(serve);
const listening = await listen(server, { host, port: Number(port), reusePort: true });
process.send({ ready: listening, internalPort, warmMs: Math.round(performance.now() - started) });
const stop = () => {
  internal.close();
  server.close(() => process.exit(0));
};
process.on('message', (message: unknown) => {
  if (message === 'stop') stop();
});
process.on('disconnect', stop);
