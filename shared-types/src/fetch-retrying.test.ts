// fetchRetrying against a real HTTP server that cuts connections: what a kept-alive connection
// closed under a request, or a server restarting, looks like to the client.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchRetrying } from './fetch-retrying.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server that cuts the first `cuts` requests' connections without an answer, then answers 200. */
async function cutting(cuts: number): Promise<{ url: string; seen: () => number }> {
  let seen = 0;
  server = createServer((req, res) => {
    if (++seen <= cuts) req.socket.destroy();
    else res.end('ok');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, seen: () => seen };
}

describe('fetchRetrying', () => {
  it('asks again after a connection cut without an answer', async () => {
    const { url, seen } = await cutting(2);
    const response = await fetchRetrying(url, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(seen()).toBe(3);
  });

  it('gives up after its retries with the network error', async () => {
    const { url, seen } = await cutting(10);
    await expect(fetchRetrying(url, {}, { retries: 1 })).rejects.toThrow('fetch failed');
    expect(seen()).toBe(2);
  });

  it('returns a refusal (4xx) at once, and the last 5xx once its retries are spent', async () => {
    let seen = 0;
    server = createServer((req, res) => {
      seen++;
      res.writeHead(req.url === '/missing' ? 404 : 503).end();
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect((await fetchRetrying(`${base}/missing`)).status).toBe(404);
    expect(seen).toBe(1);
    expect((await fetchRetrying(`${base}/busy`, {}, { retries: 2 })).status).toBe(503);
    expect(seen).toBe(4);
  });
});
