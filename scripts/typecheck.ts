// `npm run typecheck`: the type checks `npm test` starts with.
import { typecheck } from './lib/checks/typecheck.ts';

const failed = typecheck();
if (failed.length > 0) {
  console.error(`[typecheck] failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('[typecheck] all clean');
