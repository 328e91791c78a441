// Lists cut into pages of PAGE_SIZE: the news, a project's news, a topic, a year, the documents.
import { PAGE_SIZE } from '../site-constants';

/** One page of a list cut into pages of PAGE_SIZE (1-based; an empty list has one, empty). */
export interface ListPage<T> {
  current: number;
  last: number;
  items: T[];
}

/** Page `current` of a list (see ListPage). */
export function pageOf<T>(items: readonly T[], current: number): ListPage<T> {
  const last = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  return { current, last, items: items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE) };
}

/** Every page of a list (see ListPage). */
export function paginate<T>(items: readonly T[]): Array<ListPage<T>> {
  return Array.from({ length: pageOf(items, 1).last }, (_, i) => pageOf(items, i + 1));
}
