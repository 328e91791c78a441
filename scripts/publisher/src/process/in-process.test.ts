// inProcess with a real child process: the answer, a failure's message, a stop, a child that vanishes.
import { describe, expect, it } from 'vitest';
import { inProcess } from './in-process.ts';

const fixture = new URL('./in-process.fixture.ts', import.meta.url);

describe('inProcess', () => {
  it('answers with what the function returned, from another process', async () => {
    const answer = await inProcess<{ value: unknown; pid: number }>(fixture, 'echo', [{ trang: 'Tâm điểm' }]);
    expect(answer.value).toEqual({ trang: 'Tâm điểm' });
    expect(answer.pid).not.toBe(process.pid);
  });

  it("rejects with the function's error", async () => {
    await expect(inProcess(fixture, 'fail', [])).rejects.toThrow('the fixture failed on purpose');
  });

  it("stops the function with the caller's signal and rejects with its reason", async () => {
    const controller = new AbortController();
    const call = inProcess(fixture, 'waitUntilStopped', [], controller.signal);
    setTimeout(() => controller.abort(), 300);
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects when the child exits without an answer', async () => {
    await expect(inProcess(fixture, 'vanish', [])).rejects.toThrow(
      /vanish in a child process stopped \(exit 3\)/,
    );
  });
});
