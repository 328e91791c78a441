// `npm run lint` checks style (ESLint, Prettier); `npm run format` (`--fix`) rewrites what it can.
import { lint } from './lib/checks/lint.ts';

const failed = lint(process.argv.includes('--fix'));
if (failed.length > 0) {
  console.error(`[lint] failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('[lint] clean');
