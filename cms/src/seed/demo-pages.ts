// Demo content of the portal's own pages (the "Giới thiệu" tree, "Liên hệ", the English page) and
// its menu: sample text, marked as such, for the chief editor to replace.

/** A demo page: its parent by slug (parents come first in the list). */
export interface DemoPage {
  slug: string;
  title: string;
  parent?: string;
  order: number;
  language: 'vi' | 'en';
  summary: string;
  body: string;
}

const SAMPLE =
  '_Nội dung mẫu: Tổng biên tập thay bằng nội dung của Hội trong mục "Trang" của trang quản trị._';

export const DEMO_PAGES: DemoPage[] = [
  {
    slug: 'gioi-thieu',
    title: 'Giới thiệu',
    order: 1,
    language: 'vi',
    summary: 'Hội Liên hiệp Phụ nữ Việt Nam: lịch sử, chức năng nhiệm vụ, cơ cấu tổ chức và lãnh đạo Hội.',
    body: [
      'Hội Liên hiệp Phụ nữ Việt Nam là tổ chức chính trị – xã hội đại diện cho quyền và lợi ích hợp pháp,',
      'chính đáng của các tầng lớp phụ nữ Việt Nam, phấn đấu vì sự phát triển của phụ nữ và bình đẳng giới.',
      '',
      'Hội là thành viên của Mặt trận Tổ quốc Việt Nam, được tổ chức ở bốn cấp: Trung ương, tỉnh,',
      'huyện và cơ sở.',
      '',
      SAMPLE,
    ].join('\n'),
  },
  {
    slug: 'lich-su',
    title: 'Lịch sử',
    parent: 'gioi-thieu',
    order: 1,
    language: 'vi',
    summary: 'Từ Hội Phụ nữ phản đế năm 1930 đến Hội Liên hiệp Phụ nữ Việt Nam hôm nay.',
    body: [
      'Ngày 20/10/1930, Hội Phụ nữ phản đế Việt Nam, tổ chức đầu tiên của phụ nữ Việt Nam, được thành',
      'lập. Ngày 20/10 hằng năm trở thành Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam.',
      '',
      '## Các kỳ Đại hội',
      '',
      '- Đại hội đại biểu phụ nữ toàn quốc lần thứ nhất: năm 1950.',
      '- Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII: nhiệm kỳ 2022–2027.',
      '',
      SAMPLE,
    ].join('\n'),
  },
  {
    slug: 'chuc-nang-nhiem-vu',
    title: 'Chức năng nhiệm vụ',
    parent: 'gioi-thieu',
    order: 2,
    language: 'vi',
    summary:
      'Đại diện, bảo vệ quyền và lợi ích hợp pháp của phụ nữ; vận động phụ nữ; tham gia quản lý nhà nước.',
    body: [
      '## Chức năng',
      '',
      '- Đại diện cho quyền và lợi ích hợp pháp, chính đáng của phụ nữ.',
      '- Đoàn kết, vận động phụ nữ thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước.',
      '',
      '## Nhiệm vụ',
      '',
      '1. Tuyên truyền, giáo dục, vận động phụ nữ.',
      '2. Hỗ trợ phụ nữ phát triển kinh tế, xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc.',
      '3. Tham gia xây dựng Đảng, chính quyền; giám sát và phản biện xã hội.',
      '',
      SAMPLE,
    ].join('\n'),
  },
  {
    slug: 'co-cau-to-chuc',
    title: 'Cơ cấu tổ chức',
    parent: 'gioi-thieu',
    order: 3,
    language: 'vi',
    summary: 'Bốn cấp của Hội và các ban chuyên môn của Trung ương Hội.',
    body: [
      'Hội được tổ chức ở bốn cấp:',
      '',
      '| Cấp | Cơ quan lãnh đạo |',
      '| --- | --- |',
      '| Trung ương | Ban Chấp hành Trung ương Hội |',
      '| Tỉnh, thành phố | Ban Chấp hành Hội LHPN tỉnh, thành phố |',
      '| Huyện, quận | Ban Chấp hành Hội LHPN huyện, quận |',
      '| Xã, phường | Ban Chấp hành Hội LHPN xã, phường |',
      '',
      'Danh sách đơn vị xem tại [các tổ chức Hội](/to-chuc/).',
      '',
      SAMPLE,
    ].join('\n'),
  },
  {
    slug: 'lien-he',
    title: 'Liên hệ',
    order: 9,
    language: 'vi',
    summary: 'Địa chỉ, điện thoại và thư điện tử của cơ quan Hội và Ban biên tập cổng thông tin.',
    body: [
      '**Cơ quan Trung ương Hội LHPN Việt Nam** (dữ liệu mẫu)',
      '',
      '- Địa chỉ: Số 1 đường Mẫu, thành phố Mẫu',
      '- Điện thoại: 024 0000 0000',
      '- Thư điện tử: [banbientap@example.com](mailto:banbientap@example.com)',
      '',
      SAMPLE,
    ].join('\n'),
  },
  {
    slug: 'en',
    title: "Viet Nam Women's Union",
    order: 10,
    language: 'en',
    summary: "The Viet Nam Women's Union in brief: its structure, its functions and how to contact it.",
    body: [
      "The Viet Nam Women's Union, founded on 20 October 1930, is a socio-political organisation that",
      "represents the rights and interests of Vietnamese women and works for women's advancement and",
      'gender equality.',
      '',
      '## Structure',
      '',
      'The Union works at four levels: central, provincial, district and commune.',
      '',
      '## Functions',
      '',
      "- Representing and protecting women's legitimate rights and interests.",
      '- Uniting and mobilising women to take part in national development.',
      '',
      '## Contact',
      '',
      '- Address: 1 Sample Street, Sample City (sample data)',
      '- Email: [contact@example.com](mailto:contact@example.com)',
      '',
      '_Sample content: the chief editor replaces it under "Trang" in the admin._',
    ].join('\n'),
  },
];

/** The demo menu: the site's sections and the "Giới thiệu" pages; set only while none is saved. */
export const DEMO_MENU = {
  header: [
    { label: 'Trang chủ', url: '/', children: [] },
    {
      label: 'Giới thiệu',
      url: '/gioi-thieu/',
      children: [
        { label: 'Lịch sử', url: '/gioi-thieu/lich-su/' },
        { label: 'Chức năng nhiệm vụ', url: '/gioi-thieu/chuc-nang-nhiem-vu/' },
        { label: 'Cơ cấu tổ chức', url: '/gioi-thieu/co-cau-to-chuc/' },
        { label: 'Lãnh đạo', url: '/lanh-dao/' },
      ],
    },
    { label: 'Tin tức', url: '/tin-tuc/', children: [{ label: 'Lưu trữ', url: '/luu-tru/' }] },
    { label: 'Đề án', url: '/de-an/', children: [] },
    { label: 'Giao ước', url: '/giao-uoc/', children: [] },
    { label: 'Video', url: '/video/', children: [] },
    { label: 'Văn bản', url: '/van-ban/', children: [] },
    { label: 'Liên hệ', url: '/lien-he/', children: [] },
    { label: 'Tìm kiếm', url: '/tim-kiem/', children: [] },
  ],
  footer: [
    { label: 'Giới thiệu', url: '/gioi-thieu/' },
    { label: 'Liên hệ', url: '/lien-he/' },
    { label: 'Các tổ chức Hội', url: '/to-chuc/' },
    { label: 'Cổng Hội LHPN Việt Nam', url: 'https://hoilhpn.org.vn/' },
  ],
};
