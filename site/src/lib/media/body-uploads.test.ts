import { describe, expect, it } from 'vitest';
import { uploadsInBody } from './body-uploads';

describe('uploadsInBody', () => {
  it("finds the root-relative uploads a body shows, once each, with their type; not other sites' nor files", () => {
    const body = [
      'Đoạn đầu ![Ảnh](/uploads/anh_1_ab12.jpg) và ![](/uploads/anh_1_ab12.jpg).',
      '<img src="/uploads/so_do.PNG" alt="">',
      '[Tải về](/uploads/van_ban.pdf) ![ngoài](https://example.vn/uploads/khac.jpg)',
    ].join('\n\n');
    expect(uploadsInBody(body)).toEqual([
      { url: '/uploads/anh_1_ab12.jpg', mime: 'image/jpeg' },
      { url: '/uploads/so_do.PNG', mime: 'image/png' },
    ]);
    expect(uploadsInBody(null)).toEqual([]);
  });
});
