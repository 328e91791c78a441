import { describe, expect, it } from 'vitest';
import { OwedWork } from './owed-work.ts';

describe('the work the publisher owes itself', () => {
  it('hands out the rest of the pages first, then the search API, then the search shards, each once', () => {
    const owed = new OwedWork();
    owed.owe('search-index', 'search-api');
    owed.owe('pages', 'search-api');
    expect([owed.take(), owed.take(), owed.take(), owed.take()]).toEqual([
      'pages',
      'search-api',
      'search-index',
      null,
    ]);
    expect(owed.empty).toBe(true);
  });

  it('forgets what a full build did', () => {
    const owed = new OwedWork();
    owed.owe('pages', 'search-api', 'search-index');
    owed.settle('search-api', 'search-index');
    expect(owed.take()).toBe('pages');
    expect(owed.empty).toBe(true);
  });
});
