// A full garbage collection on demand, without starting Node with --expose-gc: V8's flag set at run
// time, its `gc` taken from a new context. For a process that has just dropped much (the renderer
// once its data is loaded: the store's text and what it was parsed through; the bench before a
// measure), so that its memory from then on is what it holds.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
