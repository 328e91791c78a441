// One fetch with retries, for every request the site and its tools make to Strapi or object
// storage: a network error (a server restarting, a kept-alive connection closed under a request)
// or a 5xx/429 answer is tried again after 200 ms, 400 ms, 800 ms…
export interface RetryOptions {
  /** Extra attempts after the first (default 3). */
  retries?: number;
  /** Abort each attempt after this long. */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
  /** Called before each retry. */
  onRetry?: () => void;
  /** Called with each answer received, the retried ones included. */
  onAnswer?: (response: Response) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether an answer is worth asking again for: the server is failing or busy, not refusing. */
export const retryableStatus = (status: number) => status >= 500 || status === 429;

/** Resolves with the first answer that is not retryable, or the last one; rejects with the last network error. */
export async function fetchRetrying(
  url: string,
  init: RequestInit = {},
  options: RetryOptions = {},
): Promise<Response> {
  const { retries = 3, fetch = globalThis.fetch } = options;
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= retries;
    try {
      const response = await fetch(url, {
        ...init,
        ...(options.timeoutMs ? { signal: AbortSignal.timeout(options.timeoutMs) } : {}),
      });
      options.onAnswer?.(response);
      if (last || !retryableStatus(response.status)) return response;
      await response.body?.cancel();
    } catch (error) {
      if (last) throw error;
    }
    options.onRetry?.();
    await sleep(200 * 2 ** attempt);
  }
}
