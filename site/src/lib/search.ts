/**
 * Pagefind (1.5+) folds Vietnamese tone marks and ư/ơ/â… at index and query time, but not đ,
 * which has no decomposition: "dakrong" would miss "Đakrông". Pages add a folded copy of their
 * title and lead as Pagefind metadata, which is searched too, and the search page folds queries.
 */
export function foldD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
