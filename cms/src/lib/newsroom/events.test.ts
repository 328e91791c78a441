import { describe, expect, it } from 'vitest';
import { reviewStateOf, type EditorialAction, type EditorialEvent } from './events';

const step = (action: EditorialAction, note?: string): EditorialEvent => ({
  action,
  contentType: 'api::article.article',
  entryDocumentId: 'abc',
  actor: action === 'submitted' ? 'Lan' : 'Hoa',
  note: note ?? null,
  createdAt: '2026-11-29T01:00:00.000Z',
});

describe('the review state read from the log', () => {
  it('waits after "Gửi duyệt", is returned with the reason, and ends when published', () => {
    expect(reviewStateOf([step('created')])).toBeNull();
    expect(reviewStateOf([step('created'), step('submitted')])).toMatchObject({
      state: 'pending',
      by: 'Lan',
    });
    expect(reviewStateOf([step('submitted'), step('returned', 'Thiếu ảnh')])).toMatchObject({
      state: 'returned',
      by: 'Hoa',
      note: 'Thiếu ảnh',
    });
    expect(reviewStateOf([step('submitted'), step('returned'), step('submitted')])?.state).toBe('pending');
    expect(reviewStateOf([step('submitted'), step('published')])).toBeNull();
  });

  it('is not changed by taking down or by a new creation log line', () => {
    expect(reviewStateOf([step('submitted'), step('unpublished')])?.state).toBe('pending');
    expect(reviewStateOf([step('submitted'), step('deleted')])).toBeNull();
  });
});
