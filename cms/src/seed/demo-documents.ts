// Demo documents of the library (Văn bản): a dozen across kinds and units, each with a real PDF made
// in the seed (demo-pdf.ts). Sample text, marked as such; one PDF holds a phrase found nowhere else
// on the site ("thổ cẩm Pà Cò"), by which search finds its document.

export interface DemoDocument {
  number: string;
  kind: string;
  summary: string;
  /** Organisation slug. */
  issuer: string;
  signer: string;
  issuedOn: string;
  effectiveOn?: string;
  /** Slugs of related articles, projects and topic names. */
  articles?: string[];
  projects?: string[];
  tags?: string[];
  /** The PDF's body. */
  paragraphs: string[];
}

const TW = 'trung-uong-hoi-lhpn-viet-nam';
const QUANG_TRI = 'hoi-lhpn-tinh-quang-tri';
const HUONG_HOA = 'hoi-lhpn-huyen-huong-hoa';
const HA_NAM = 'hoi-lhpn-tinh-ha-nam';
const NINH_BINH = 'hoi-lhpn-tinh-ninh-binh';

/** The last paragraph of every demo PDF. */
export const SAMPLE_NOTE = 'Văn bản mẫu của cổng thông tin (dữ liệu mẫu), không có giá trị pháp lý.';

export const DEMO_DOCUMENTS: DemoDocument[] = [
  {
    number: '01/NQ-ĐCT',
    kind: 'nghi_quyet',
    summary:
      'Nghị quyết Hội nghị lần thứ nhất Ban Chấp hành Trung ương Hội khóa XIII về chương trình ' +
      'công tác nhiệm kỳ 2022–2027',
    issuer: TW,
    signer: 'Chủ tịch Hội (dữ liệu mẫu)',
    issuedOn: '2022-03-10',
    tags: ['Thi đua'],
    paragraphs: [
      'Ban Chấp hành Trung ương Hội thống nhất chương trình công tác toàn khóa, tập trung vào ba ' +
        'khâu đột phá: đổi mới nội dung, phương thức hoạt động; nâng cao chất lượng cán bộ Hội; ' +
        'chuyển đổi số trong công tác Hội.',
      'Các cấp Hội xây dựng kế hoạch thực hiện, báo cáo kết quả sơ kết giữa nhiệm kỳ.',
    ],
  },
  {
    number: '05/CT-ĐCT',
    kind: 'chi_thi',
    summary:
      'Chỉ thị về tăng cường công tác phòng, chống bạo lực gia đình và xâm hại trẻ em trong hệ thống Hội',
    issuer: TW,
    signer: 'Chủ tịch Hội (dữ liệu mẫu)',
    issuedOn: '2023-05-15',
    projects: ['de-an-938'],
    tags: ['Bảo vệ trẻ em'],
    paragraphs: [
      'Yêu cầu các cấp Hội duy trì địa chỉ tin cậy tại cộng đồng, phối hợp với công an, tư pháp ' +
        'tiếp nhận và hỗ trợ nạn nhân.',
      'Định kỳ sáu tháng báo cáo tình hình về Ban Gia đình Xã hội.',
    ],
  },
  {
    number: '12/KL-ĐCT',
    kind: 'ket_luan',
    summary: 'Kết luận của Đoàn Chủ tịch về sơ kết 5 năm thực hiện Đề án 939 hỗ trợ phụ nữ khởi nghiệp',
    issuer: TW,
    signer: 'Phó Chủ tịch Thường trực (dữ liệu mẫu)',
    issuedOn: '2023-11-20',
    projects: ['de-an-939'],
    paragraphs: [
      'Sau 5 năm, các cấp Hội đã hỗ trợ hàng nghìn ý tưởng khởi nghiệp của phụ nữ, hình thành ' +
        'nhiều hợp tác xã do phụ nữ quản lý.',
      'Đoàn Chủ tịch đề nghị nhân rộng mô hình hợp tác xã dệt thổ cẩm Pà Cò và các sản phẩm OCOP ' +
        'của phụ nữ dân tộc thiểu số.',
    ],
  },
  {
    number: '25/QĐ-ĐCT',
    kind: 'quyet_dinh',
    summary: 'Quyết định ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử của Hội',
    issuer: TW,
    signer: 'Chủ tịch Hội (dữ liệu mẫu)',
    issuedOn: '2024-02-01',
    effectiveOn: '2024-03-01',
    paragraphs: [
      'Ban hành kèm theo Quyết định này Quy chế quản lý, vận hành Cổng thông tin điện tử của Hội ' +
        'Liên hiệp Phụ nữ Việt Nam.',
      'Quyết định có hiệu lực kể từ ngày 01/3/2024.',
    ],
  },
  {
    number: '15/KH-ĐCT',
    kind: 'ke_hoach',
    summary: 'Kế hoạch tổ chức các hoạt động kỷ niệm 95 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam',
    issuer: TW,
    signer: 'Phó Chủ tịch (dữ liệu mẫu)',
    issuedOn: '2025-06-10',
    articles: ['ky-niem-90-nam-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam'],
    paragraphs: [
      'Tổ chức mít tinh, tuyên truyền trên các phương tiện thông tin đại chúng và mạng xã hội.',
      'Khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác Hội.',
    ],
  },
  {
    number: '03/HD-ĐCT',
    kind: 'huong_dan',
    summary: 'Hướng dẫn thực hiện mô hình "Địa chỉ tin cậy" tại cộng đồng',
    issuer: TW,
    signer: 'Phó Chủ tịch (dữ liệu mẫu)',
    issuedOn: '2024-08-05',
    projects: ['de-an-938'],
    tags: ['Bảo vệ trẻ em'],
    paragraphs: [
      'Địa chỉ tin cậy là gia đình hoặc cơ quan có uy tín tại cộng đồng, sẵn sàng tiếp nhận tạm thời người bị bạo lực.',
      'Hướng dẫn tiêu chí lựa chọn, quy trình tiếp nhận và chế độ báo cáo.',
    ],
  },
  {
    number: '45/TB-HPN',
    kind: 'thong_bao',
    summary: 'Thông báo kết quả Hội nghị Ban Chấp hành Hội LHPN tỉnh Quảng Trị lần thứ 5',
    issuer: QUANG_TRI,
    signer: 'Chủ tịch Hội LHPN tỉnh (dữ liệu mẫu)',
    issuedOn: '2024-12-20',
    paragraphs: [
      'Hội nghị đánh giá kết quả công tác Hội năm 2024 và thống nhất nhiệm vụ trọng tâm năm 2025.',
      'Chỉ tiêu giảm hộ nghèo do phụ nữ làm chủ được giao cho các huyện biên giới.',
    ],
  },
  {
    number: '120/HPN-TG',
    kind: 'cong_van',
    summary: 'Công văn về việc tuyên truyền phòng, chống mua bán người tại các xã biên giới',
    issuer: QUANG_TRI,
    signer: 'Phó Chủ tịch Hội LHPN tỉnh (dữ liệu mẫu)',
    issuedOn: '2025-03-12',
    projects: ['dong-hanh-cung-phu-nu-bien-cuong'],
    paragraphs: [
      'Đề nghị Hội LHPN các huyện Hướng Hóa, Đakrông phối hợp Bộ đội Biên phòng tổ chức truyền thông tại các bản.',
    ],
  },
  {
    number: '88/BC-HPN',
    kind: 'bao_cao',
    summary: 'Báo cáo tổng kết công tác Hội và phong trào phụ nữ tỉnh Quảng Trị năm 2019',
    issuer: QUANG_TRI,
    signer: 'Chủ tịch Hội LHPN tỉnh (dữ liệu mẫu)',
    issuedOn: '2019-12-26',
    tags: ['Thi đua', 'Giảm nghèo'],
    paragraphs: [
      'Năm 2019, các cấp Hội trong tỉnh hỗ trợ phụ nữ vay vốn, thành lập tổ hợp tác và câu lạc bộ phụ nữ khởi nghiệp.',
    ],
  },
  {
    number: '07/KH-HPN',
    kind: 'ke_hoach',
    summary: 'Kế hoạch hỗ trợ phụ nữ dân tộc thiểu số huyện Hướng Hóa phát triển sinh kế năm 2025',
    issuer: HUONG_HOA,
    signer: 'Chủ tịch Hội LHPN huyện (dữ liệu mẫu)',
    issuedOn: '2025-01-15',
    projects: ['ho-tro-phu-nu-khoi-nghiep-quang-tri-2018-2025'],
    tags: ['Giảm nghèo'],
    paragraphs: ['Hỗ trợ giống cà phê, chăn nuôi và kết nối tiêu thụ sản vật địa phương cho 200 hộ phụ nữ.'],
  },
  {
    number: '30/NQ-HPN',
    kind: 'nghi_quyet',
    summary: 'Nghị quyết Đại hội đại biểu phụ nữ tỉnh Hà Nam lần thứ XVI, nhiệm kỳ 2021–2026',
    issuer: HA_NAM,
    signer: 'Chủ tịch Hội LHPN tỉnh (dữ liệu mẫu)',
    issuedOn: '2021-07-20',
    paragraphs: ['Đại hội thông qua các chỉ tiêu nhiệm kỳ và bầu Ban Chấp hành Hội LHPN tỉnh khóa XVI.'],
  },
  {
    number: '02/QĐ-HPN',
    kind: 'quyet_dinh',
    summary: 'Quyết định thành lập Ban Chỉ đạo hợp nhất tổ chức Hội LHPN tỉnh Ninh Bình',
    issuer: NINH_BINH,
    signer: 'Chủ tịch Hội LHPN tỉnh (dữ liệu mẫu)',
    issuedOn: '2025-06-20',
    effectiveOn: '2025-07-01',
    paragraphs: [
      'Ban Chỉ đạo giúp Ban Thường vụ sắp xếp tổ chức, cán bộ khi hợp nhất tỉnh từ ngày 01/7/2025.',
    ],
  },
];
