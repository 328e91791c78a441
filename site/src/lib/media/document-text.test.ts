import { describe, expect, it } from 'vitest';
import { makePdf } from '../../../../cms/src/seed/demo-pdf';
import { pdfText, tidyText } from './document-text';

describe('the words of a PDF, for search', () => {
  it('reads back every page of a PDF in Vietnamese, composed', async () => {
    const pdf = await makePdf({
      issuer: 'Hội LHPN tỉnh Quảng Trị',
      number: '15/KH-ĐCT',
      title: 'Kế hoạch thử',
      paragraphs: [
        'Nhân rộng mô hình hợp tác xã dệt thổ cẩm Pà Cò.',
        ...Array.from({ length: 60 }, (_, i) => `Đoạn ${i + 1}.`),
      ],
    });
    const text = await pdfText(pdf);
    expect(text).toContain('Số: 15/KH-ĐCT');
    expect(text).toContain('hợp tác xã dệt thổ cẩm Pà Cò');
    // The last paragraph is on the second page.
    expect(text).toContain('Đoạn 60.');
    expect(text.normalize('NFC')).toBe(text);
  });

  it('fails on bytes that are not a PDF', async () => {
    await expect(pdfText(Buffer.from('<html>not a pdf</html>'))).rejects.toThrow();
  });

  it('folds runs of whitespace and keeps paragraphs', () => {
    expect(tidyText('  Điều 1.\n  Phạm vi   \n\n\n Điều 2. '.normalize('NFD'))).toBe(
      'Điều 1. Phạm vi\n\nĐiều 2.',
    );
  });
});
