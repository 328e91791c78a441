/**
 * Demo content of the portal, written for the demo (the real seed article is imported separately
 * from hoi-lhpn-quang-tri-ha-nam-2019.txt). Relations are named by slug; every referenced slug is
 * defined in this file, and organisations are ordered so that `parent` and `mergedInto` come first.
 *
 * Facts about the projects, the pledge targets and the 2025 merger follow README.md (beside this file) and
 * the seed article; everything else is neutral prose without invented statistics.
 */
import type { SeedArticle, SeedOrganisation, SeedPledge, SeedProject, SeedVideo } from './demo-types';

// Slugs used in several places, kept as constants to avoid typos.
const TW = 'trung-uong-hoi-lhpn-viet-nam';
const BTL_BDBP = 'bo-tu-lenh-bo-doi-bien-phong';
const QUANG_TRI = 'hoi-lhpn-tinh-quang-tri';
const QUANG_BINH = 'hoi-lhpn-tinh-quang-binh';
const HUONG_HOA = 'hoi-lhpn-huyen-huong-hoa';
const DAKRONG = 'hoi-lhpn-huyen-dakrong';
const TAN_THANH = 'hoi-lhpn-xa-tan-thanh-huong-hoa';
const UBND_QT = 'ubnd-tinh-quang-tri';
const TOA_AN_QT = 'toa-an-nhan-dan-tinh-quang-tri';
const CONG_AN_QT = 'cong-an-tinh-quang-tri';
const VKS_QT = 'vien-kiem-sat-nhan-dan-tinh-quang-tri';
const BDBP_QT = 'bo-doi-bien-phong-tinh-quang-tri';
const NINH_BINH = 'hoi-lhpn-tinh-ninh-binh';
const HA_NAM = 'hoi-lhpn-tinh-ha-nam';
const PHU_LY = 'hoi-lhpn-thanh-pho-phu-ly';
const NAM_DINH = 'hoi-lhpn-tinh-nam-dinh';

const DE_AN_938 = 'de-an-938';
const DE_AN_939 = 'de-an-939';
const DE_AN_404 = 'de-an-404';
const DE_AN_279 = 'de-an-279';
const KHOI_NGHIEP_QT = 'ho-tro-phu-nu-khoi-nghiep-quang-tri-2018-2025';
const BIEN_CUONG = 'dong-hanh-cung-phu-nu-bien-cuong';

const GIAO_UOC_QT_2020 = 'giao-uoc-thi-dua-2020-hoi-lhpn-tinh-quang-tri';
const PHOI_HOP_QT = 'chuong-trinh-phoi-hop-bao-ve-phu-nu-tre-em-gai-2020-2022';
const GIAO_UOC_HN_2020 = 'giao-uoc-thi-dua-2020-hoi-lhpn-tinh-ha-nam';

const VIDEO_BIEN_CUONG = 'dong-hanh-cung-phu-nu-bien-cuong-tai-huong-hoa';
const VIDEO_KHOI_NGHIEP = 'phu-nu-quang-tri-khoi-nghiep-tu-san-vat-dia-phuong';
const VIDEO_PHOI_HOP = 'ky-ket-phoi-hop-bao-ve-phu-nu-va-tre-em-gai-quang-tri';
const VIDEO_NHOM_TRE = 'nhom-tre-doc-lap-tu-thuc-gan-khu-cong-nghiep-ha-nam';
const VIDEO_TAO_HON = 'phu-nu-dakrong-noi-khong-voi-tao-hon';
const VIDEO_NINH_BINH = 'hoi-lhpn-tinh-ninh-binh-sau-hop-nhat';

/** The day the 2025 reorganisation took effect: 34 provinces, no district level. */
const MERGER_DATE = '2025-07-01';

// ---------------------------------------------------------------------------------------------
// Organisations (parents and merge targets first)
// ---------------------------------------------------------------------------------------------

export const organisations: SeedOrganisation[] = [
  {
    slug: TW,
    name: 'Trung ương Hội LHPN Việt Nam',
    shortName: 'TW Hội LHPN Việt Nam',
    kind: 'women_union',
    level: 'central',
    website: 'https://hoilhpn.org.vn',
    contact: { address: '39 Hàng Chuối, Hà Nội' },
    description:
      'Cơ quan Trung ương của **Hội Liên hiệp Phụ nữ Việt Nam**, tổ chức đại diện cho quyền và lợi ích ' +
      'hợp pháp, chính đáng của phụ nữ Việt Nam, có tiền thân thành lập ngày 20/10/1930. Trung ương ' +
      'Hội chủ trì triển khai các Đề án 938, 939 và 404 của Thủ tướng Chính phủ.',
  },
  {
    slug: BTL_BDBP,
    name: 'Bộ Tư lệnh Bộ đội Biên phòng',
    shortName: 'BTL Bộ đội Biên phòng',
    kind: 'border_guard',
    level: 'central',
    description:
      'Cơ quan chỉ huy lực lượng Bộ đội Biên phòng Việt Nam, thuộc Bộ Quốc phòng. Là ' +
      'đơn vị phối hợp với Trung ương Hội LHPN Việt Nam trong chương trình “Đồng hành ' +
      'cùng phụ nữ biên cương” phát động ngày 7/3/2018.',
  },
  {
    slug: QUANG_TRI,
    name: 'Hội LHPN tỉnh Quảng Trị',
    shortName: 'Hội LHPN Quảng Trị',
    kind: 'women_union',
    level: 'province',
    parent: TW,
    province: 'Quảng Trị',
    description:
      'Tổ chức Hội Liên hiệp Phụ nữ cấp tỉnh của Quảng Trị, địa bàn có các huyện miền núi, biên giới ' +
      'Hướng Hóa và Đakrông giáp nước bạn Lào. Từ ngày 1/7/2025, tỉnh Quảng Bình được sáp nhập vào ' +
      'tỉnh Quảng Trị; Hội LHPN tỉnh Quảng Bình hợp nhất vào Hội LHPN tỉnh Quảng Trị.',
  },
  {
    slug: QUANG_BINH,
    name: 'Hội LHPN tỉnh Quảng Bình',
    shortName: 'Hội LHPN Quảng Bình',
    kind: 'women_union',
    level: 'province',
    parent: TW,
    province: 'Quảng Bình',
    description:
      'Tổ chức Hội Liên hiệp Phụ nữ cấp tỉnh của Quảng Bình. Từ ngày 1/7/2025, tỉnh Quảng ' +
      'Bình được sáp nhập vào tỉnh Quảng Trị và tổ chức Hội hợp nhất vào **Hội LHPN tỉnh ' +
      'Quảng Trị**; các tin bài trước đó vẫn giữ tên đơn vị cũ.',
    dissolvedOn: MERGER_DATE,
    mergedInto: QUANG_TRI,
  },
  {
    slug: HUONG_HOA,
    name: 'Hội LHPN huyện Hướng Hóa',
    shortName: 'Hội LHPN Hướng Hóa',
    kind: 'women_union',
    level: 'district',
    parent: QUANG_TRI,
    province: 'Quảng Trị',
    description:
      'Tổ chức Hội cấp huyện của huyện miền núi, biên giới Hướng Hóa (tỉnh Quảng Trị), nơi có đông ' +
      'đồng bào Vân Kiều, Pa Kô sinh sống. Kết thúc hoạt động từ ngày 1/7/2025 khi cấp huyện không ' +
      'còn tổ chức; các cơ sở Hội cấp xã trực thuộc Hội LHPN tỉnh Quảng Trị.',
    dissolvedOn: MERGER_DATE,
  },
  {
    slug: DAKRONG,
    name: 'Hội LHPN huyện Đakrông',
    shortName: 'Hội LHPN Đakrông',
    kind: 'women_union',
    level: 'district',
    parent: QUANG_TRI,
    province: 'Quảng Trị',
    description:
      'Tổ chức Hội cấp huyện của huyện miền núi, biên giới Đakrông (tỉnh Quảng Trị), địa bàn có ' +
      'đông đồng bào dân tộc thiểu số. Kết thúc hoạt động từ ngày 1/7/2025 khi cấp huyện không còn ' +
      'tổ chức; các cơ sở Hội cấp xã trực thuộc Hội LHPN tỉnh Quảng Trị.',
    dissolvedOn: MERGER_DATE,
  },
  {
    slug: TAN_THANH,
    name: 'Hội LHPN xã Tân Thành',
    shortName: 'Hội LHPN Tân Thành',
    kind: 'women_union',
    level: 'commune',
    parent: HUONG_HOA,
    province: 'Quảng Trị',
    description:
      'Tổ chức Hội cơ sở tại xã Tân Thành, huyện Hướng Hóa (trước ngày 1/7/2025), ' +
      'trực tiếp tập hợp hội viên qua các chi hội phụ nữ thôn, bản.',
  },
  {
    slug: UBND_QT,
    name: 'UBND tỉnh Quảng Trị',
    shortName: 'UBND Quảng Trị',
    kind: 'people_committee',
    level: 'province',
    province: 'Quảng Trị',
    website: 'https://quangtri.gov.vn',
    description:
      'Cơ quan hành chính nhà nước cấp tỉnh của Quảng Trị. Ban Vì sự tiến bộ của ' +
      'phụ nữ tỉnh do một lãnh đạo UBND tỉnh làm Trưởng ban.',
  },
  {
    slug: TOA_AN_QT,
    name: 'Tòa án nhân dân tỉnh Quảng Trị',
    shortName: 'TAND tỉnh Quảng Trị',
    kind: 'court',
    level: 'province',
    province: 'Quảng Trị',
    description:
      'Cơ quan xét xử cấp tỉnh của Quảng Trị. Một trong các bên ký kết chương trình phối hợp thực hiện ' +
      'công tác bảo vệ phụ nữ và trẻ em gái giai đoạn 2020–2022 với Hội LHPN tỉnh.',
  },
  {
    slug: CONG_AN_QT,
    name: 'Công an tỉnh Quảng Trị',
    shortName: 'Công an Quảng Trị',
    kind: 'police',
    level: 'province',
    province: 'Quảng Trị',
    description:
      'Lực lượng công an cấp tỉnh của Quảng Trị. Một trong các bên ký kết chương trình phối hợp thực ' +
      'hiện công tác bảo vệ phụ nữ và trẻ em gái giai đoạn 2020–2022 với Hội LHPN tỉnh.',
  },
  {
    slug: VKS_QT,
    name: 'Viện kiểm sát nhân dân tỉnh Quảng Trị',
    shortName: 'VKSND tỉnh Quảng Trị',
    kind: 'procuracy',
    level: 'province',
    province: 'Quảng Trị',
    description:
      'Cơ quan thực hành quyền công tố và kiểm sát hoạt động tư pháp cấp tỉnh của Quảng ' +
      'Trị. Một trong các bên ký kết chương trình phối hợp thực hiện công tác bảo vệ phụ ' +
      'nữ và trẻ em gái giai đoạn 2020–2022 với Hội LHPN tỉnh.',
  },
  {
    slug: BDBP_QT,
    name: 'Bộ đội Biên phòng tỉnh Quảng Trị',
    shortName: 'BĐBP Quảng Trị',
    kind: 'border_guard',
    level: 'province',
    province: 'Quảng Trị',
    description:
      'Lực lượng quản lý, bảo vệ tuyến biên giới Việt Nam – Lào trên địa bàn tỉnh ' +
      'Quảng Trị. Phối hợp với Hội LHPN tỉnh triển khai chương trình “Đồng hành ' +
      'cùng phụ nữ biên cương” tại các xã biên giới.',
  },
  {
    slug: NINH_BINH,
    name: 'Hội LHPN tỉnh Ninh Bình',
    shortName: 'Hội LHPN Ninh Bình',
    kind: 'women_union',
    level: 'province',
    parent: TW,
    province: 'Ninh Bình',
    description:
      'Tổ chức Hội Liên hiệp Phụ nữ cấp tỉnh của Ninh Bình, vùng đồng bằng sông Hồng. Từ ngày ' +
      '1/7/2025, tỉnh Ninh Bình mới được hình thành trên cơ sở các tỉnh Hà Nam, Nam Định và Ninh Bình; ' +
      'Hội LHPN tỉnh Hà Nam và Hội LHPN tỉnh Nam Định hợp nhất vào Hội LHPN tỉnh Ninh Bình.',
  },
  {
    slug: HA_NAM,
    name: 'Hội LHPN tỉnh Hà Nam',
    shortName: 'Hội LHPN Hà Nam',
    kind: 'women_union',
    level: 'province',
    parent: TW,
    province: 'Hà Nam',
    description:
      'Tổ chức Hội Liên hiệp Phụ nữ cấp tỉnh của Hà Nam, thành viên Cụm thi đua các tỉnh đồng bằng ' +
      'sông Hồng. Từ ngày 1/7/2025, tỉnh Hà Nam được sáp nhập vào tỉnh Ninh Bình và tổ chức Hội hợp ' +
      'nhất vào **Hội LHPN tỉnh Ninh Bình**; các tin bài trước đó vẫn giữ tên đơn vị cũ.',
    dissolvedOn: MERGER_DATE,
    mergedInto: NINH_BINH,
  },
  {
    slug: PHU_LY,
    name: 'Hội LHPN thành phố Phủ Lý',
    shortName: 'Hội LHPN Phủ Lý',
    kind: 'women_union',
    level: 'district',
    parent: HA_NAM,
    province: 'Hà Nam',
    description:
      'Tổ chức Hội cấp huyện của thành phố Phủ Lý, tỉnh lỵ của tỉnh Hà Nam. Kết thúc ' +
      'hoạt động từ ngày 1/7/2025 khi cấp huyện không còn tổ chức.',
    dissolvedOn: MERGER_DATE,
  },
  {
    slug: NAM_DINH,
    name: 'Hội LHPN tỉnh Nam Định',
    shortName: 'Hội LHPN Nam Định',
    kind: 'women_union',
    level: 'province',
    parent: TW,
    province: 'Nam Định',
    description:
      'Tổ chức Hội Liên hiệp Phụ nữ cấp tỉnh của Nam Định, vùng đồng bằng sông ' +
      'Hồng. Từ ngày 1/7/2025, tỉnh Nam Định được sáp nhập vào tỉnh Ninh Bình và tổ ' +
      'chức Hội hợp nhất vào **Hội LHPN tỉnh Ninh Bình**.',
    dissolvedOn: MERGER_DATE,
    mergedInto: NINH_BINH,
  },
];

// ---------------------------------------------------------------------------------------------
// Projects (đề án, chương trình)
// ---------------------------------------------------------------------------------------------

export const projects: SeedProject[] = [
  {
    slug: DE_AN_938,
    code: '938',
    title:
      'Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số ' +
      'vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017–2027',
    legalBasis: 'Quyết định 938/QĐ-TTg',
    issuer: 'Thủ tướng Chính phủ',
    issuedOn: '2017-06-30',
    startYear: 2017,
    endYear: 2027,
    leadOrganisation: TW,
    summary:
      'Đề án giao Hội LHPN Việt Nam chủ trì tuyên truyền, giáo dục, vận động và hỗ trợ phụ nữ tham ' +
      'gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ, gia đình và trẻ em.',
    body: [
      'Đề án 938 được Thủ tướng Chính phủ phê duyệt tại Quyết định 938/QĐ-TTg ngày ' +
        '30/6/2017, thực hiện trong giai đoạn 2017–2027. Hội LHPN Việt Nam là cơ quan chủ ' +
        'trì, phối hợp với các bộ, ngành và chính quyền địa phương.',
      '',
      '## Nội dung trọng tâm',
      '',
      '- Tuyên truyền, giáo dục kiến thức pháp luật và kỹ năng xây ' +
        'dựng gia đình hạnh phúc cho hội viên, phụ nữ;',
      '- Vận động phụ nữ tham gia phòng, chống các vấn đề xã hội như ' +
        'bạo lực gia đình, mua bán người, tảo hôn;',
      '- Xây dựng, nhân rộng các mô hình hỗ trợ phụ nữ tại cộng đồng;',
      '- Phối hợp với các cơ quan bảo vệ pháp luật trong công tác bảo vệ phụ nữ và trẻ em.',
      '',
      'Tại các địa phương, Hội LHPN các cấp cụ thể hóa đề án bằng kế hoạch hằng ' +
        'năm, gắn với phong trào thi đua và các cuộc vận động của Hội.',
    ].join('\n'),
  },
  {
    slug: DE_AN_939,
    code: '939',
    title: 'Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017–2025',
    legalBasis: 'Quyết định 939/QĐ-TTg',
    issuer: 'Thủ tướng Chính phủ',
    issuedOn: '2017-06-30',
    startYear: 2017,
    endYear: 2025,
    leadOrganisation: TW,
    summary:
      'Đề án hỗ trợ phụ nữ khởi nghiệp, phát triển kinh doanh, do Hội LHPN ' +
      'Việt Nam chủ trì triển khai từ Trung ương đến cơ sở.',
    body: [
      'Đề án 939 được Thủ tướng Chính phủ phê duyệt tại Quyết định 939/QĐ-TTg ngày 30/6/2017, thực ' +
        'hiện trong giai đoạn 2017–2025. Đề án hướng tới nâng cao nhận thức, năng lực khởi nghiệp của ' +
        'phụ nữ và hỗ trợ các ý tưởng, dự án, doanh nghiệp do phụ nữ làm chủ.',
      '',
      '## Các hoạt động chính',
      '',
      '- Tuyên truyền, khơi dậy tinh thần khởi nghiệp trong hội viên, phụ nữ;',
      '- Tập huấn kiến thức, kỹ năng khởi sự và quản lý kinh doanh;',
      '- Hỗ trợ tiếp cận nguồn vốn, kết nối thị trường và tiêu thụ sản phẩm;',
      '- Hỗ trợ thành lập, phát triển tổ hợp tác, hợp tác xã, doanh nghiệp do phụ nữ làm chủ.',
      '',
      'Các tỉnh, thành Hội xây dựng kế hoạch riêng để thực hiện đề án; tại Quảng Trị ' +
        'là kế hoạch “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2018-2025”.',
    ].join('\n'),
  },
  {
    slug: DE_AN_404,
    code: '404',
    title: 'Hỗ trợ, phát triển nhóm trẻ độc lập tư thục ở khu vực khu công nghiệp, khu chế xuất đến năm 2020',
    legalBasis: 'Quyết định 404/QĐ-TTg',
    issuer: 'Thủ tướng Chính phủ',
    issuedOn: '2014-03-20',
    startYear: 2014,
    endYear: 2020,
    leadOrganisation: TW,
    summary:
      'Đề án hỗ trợ, phát triển các nhóm trẻ độc lập tư thục ở khu vực khu công nghiệp, ' +
      'khu chế xuất, nơi nhiều nữ công nhân có con nhỏ cần gửi trẻ.',
    body: [
      'Đề án 404 được Thủ tướng Chính phủ phê duyệt tại Quyết định 404/QĐ-TTg ngày ' +
        '20/3/2014, thực hiện đến năm 2020. Đề án xuất phát từ nhu cầu gửi trẻ của công nhân, ' +
        'phần đông là lao động nữ, ở các khu công nghiệp, khu chế xuất.',
      '',
      '## Hội phụ nữ tham gia',
      '',
      'Các cấp Hội phụ nữ tuyên truyền để cha mẹ lựa chọn nơi gửi trẻ an toàn, phối hợp ' +
        'với ngành giáo dục tập huấn cho chủ nhóm trẻ và người chăm sóc trẻ, đồng thời ' +
        'vận động các nhóm trẻ hoàn thiện điều kiện hoạt động.',
      '',
      'Việc thực hiện đề án góp phần bảo đảm an toàn cho trẻ em và ' +
        'giúp nữ công nhân yên tâm lao động, sản xuất.',
    ].join('\n'),
  },
  {
    // Not identified in public sources: keep only the code the seed article gives.
    slug: DE_AN_279,
    code: '279',
    summary:
      'Đề án 279 được nhắc đến trong báo cáo tổng kết năm 2019 của Hội LHPN tỉnh Hà Nam. Cổng ' +
      'thông tin chưa xác nhận tên đầy đủ và văn bản pháp lý của đề án này.',
    body:
      'Thông tin về tên gọi, văn bản pháp lý và thời gian thực hiện của Đề án 279 sẽ được ' +
      'cập nhật khi cổng thông tin xác nhận được từ nguồn chính thức.',
  },
  {
    slug: KHOI_NGHIEP_QT,
    title: 'Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2018-2025',
    startYear: 2018,
    endYear: 2025,
    leadOrganisation: QUANG_TRI,
    summary:
      'Kế hoạch của Hội LHPN tỉnh Quảng Trị cụ thể hóa Đề án 939 trên địa bàn tỉnh, tập ' +
      'trung tư vấn, hỗ trợ hội viên, phụ nữ khởi nghiệp, khởi sự kinh doanh.',
    body: [
      'Trên cơ sở Đề án 939 của Thủ tướng Chính phủ, Hội LHPN tỉnh Quảng Trị triển khai kế ' +
        'hoạch “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2018-2025”, hướng tới hội viên ở cả vùng ' +
        'đồng bằng, ven biển và các huyện miền núi, biên giới.',
      '',
      '## Trọng tâm',
      '',
      '- Tư vấn, hỗ trợ phụ nữ hình thành và hoàn thiện ý tưởng kinh doanh;',
      '- Tập huấn kỹ năng khởi sự, quản lý tài chính, bán hàng;',
      '- Kết nối nguồn vốn và giới thiệu sản phẩm của phụ nữ;',
      '- Ưu tiên các mô hình gắn với giảm nghèo bền vững.',
      '',
      'Kế hoạch là một trong các nội dung được Hội LHPN tỉnh tiếp tục ' +
        'triển khai trong giao ước thi đua năm 2020.',
    ].join('\n'),
  },
  {
    slug: BIEN_CUONG,
    title: 'Đồng hành cùng phụ nữ biên cương',
    // Launch date of the programme (no legal instrument is recorded here).
    issuedOn: '2018-03-07',
    startYear: 2018,
    endYear: 2020,
    leadOrganisation: TW,
    summary:
      'Chương trình do Trung ương Hội LHPN Việt Nam phối hợp với Bộ đội Biên phòng phát động ngày ' +
      '7/3/2018, đồng hành với phụ nữ ở các xã biên giới trong giai đoạn 2018–2020.',
    body: [
      'Chương trình “Đồng hành cùng phụ nữ biên cương” được phát động ngày 7/3/2018, do Trung ương Hội ' +
        'LHPN Việt Nam phối hợp với Bộ đội Biên phòng thực hiện trong giai đoạn 2018–2020.',
      '',
      '## Cách làm',
      '',
      'Cán bộ Hội phụ nữ và cán bộ, chiến sĩ biên phòng cùng đến với hội viên ở các ' +
        'thôn, bản biên giới: tuyên truyền pháp luật, hỗ trợ sinh kế, chăm sóc sức ' +
        'khỏe bà mẹ, trẻ em và vận động trẻ em đến trường.',
      '',
      'Tại Quảng Trị, chương trình được triển khai ở 5 xã biên giới thuộc hai huyện ' +
        'Hướng Hóa và Đakrông. Nhiều tỉnh, thành Hội ở vùng không có biên giới, như Hà ' +
        'Nam, cũng phát động cán bộ, hội viên hưởng ứng chương trình.',
    ].join('\n'),
  },
];

// ---------------------------------------------------------------------------------------------
// Emulation pledges and cooperation programmes
// ---------------------------------------------------------------------------------------------

export const pledges: SeedPledge[] = [
  {
    slug: GIAO_UOC_QT_2020,
    title: 'Giao ước thi đua năm 2020 của Hội LHPN tỉnh Quảng Trị',
    kind: 'emulation_pledge',
    startYear: 2020,
    theme: 'Hành động quyết liệt, về đích toàn diện, tạo đà bứt phá',
    // Approximate: the date of the conference at which the pledge was signed.
    signedOn: '2019-12-26',
    summary:
      'Giao ước thi đua năm 2020 giữa Hội LHPN tỉnh Quảng Trị với Hội LHPN các huyện, thị xã, thành ' +
      'phố và các đơn vị trực thuộc, cụ thể hóa chủ đề năm 2020 của Tỉnh ủy Quảng Trị.',
    body: [
      'Giao ước được ký kết tại hội nghị tổng kết công tác Hội năm 2019 của Hội LHPN tỉnh Quảng ' +
        'Trị. Chủ đề năm 2020 của Tỉnh ủy, “Hành động quyết liệt, về đích toàn diện, tạo đà bứt ' +
        'phá”, được các cấp Hội cụ thể hóa bằng các chỉ tiêu dưới đây.',
      '',
      '## Nội dung chính',
      '',
      '- Tiếp tục triển khai các hoạt động, mô hình tư vấn, hỗ trợ phụ nữ khởi nghiệp;',
      '- Tập trung nguồn lực hỗ trợ phụ nữ giảm nghèo bền vững;',
      '- Mỗi cơ sở Hội đăng ký với cấp ủy, chính quyền ít nhất một hoạt động ' +
        'thiết thực tham gia xây dựng nông thôn mới, đô thị văn minh.',
      '',
      'Gia đình “5 không, 3 sạch” là gia đình không đói nghèo; không vi phạm pháp luật và mắc ' +
        'tệ nạn xã hội; không có bạo lực gia đình; không sinh con thứ ba trở lên; không có trẻ ' +
        'suy dinh dưỡng và trẻ bỏ học; sạch nhà, sạch bếp, sạch ngõ.',
    ].join('\n'),
    host: QUANG_TRI,
    signatories: [QUANG_TRI, HUONG_HOA, DAKRONG],
    targets: [
      { label: 'Hỗ trợ, giúp đỡ giảm nghèo hộ phụ nữ nghèo', quantity: 900, unit: 'hộ' },
      { label: 'Hộ nghèo do phụ nữ làm chủ hộ được hỗ trợ', atLeast: true, quantity: 600, unit: 'hộ' },
      {
        label: 'Hoạt động thiết thực tham gia xây dựng nông thôn mới, đô thị văn minh',
        atLeast: true,
        quantity: 1,
        unit: 'hoạt động/cơ sở Hội',
      },
      {
        label: 'Hộ gia đình đạt tiêu chí “5 không, 3 sạch”',
        atLeast: true,
        quantity: 2,
        unit: 'hộ/cơ sở Hội',
        note: 'giúp thêm',
      },
      { label: 'Giảm tỷ lệ hộ nghèo của tỉnh', quantity: 1.5, quantityMax: 2, unit: '%/năm' },
    ],
  },
  {
    slug: PHOI_HOP_QT,
    title: 'Chương trình phối hợp thực hiện công tác bảo vệ phụ nữ và trẻ em gái giai đoạn 2020–2022',
    kind: 'cooperation_programme',
    startYear: 2020,
    endYear: 2022,
    // Approximate: signed at the same conference as the 2020 emulation pledge.
    signedOn: '2019-12-26',
    summary:
      'Chương trình phối hợp giữa Hội LHPN tỉnh Quảng Trị với Tòa án nhân dân tỉnh, Công an tỉnh và ' +
      'Viện kiểm sát nhân dân tỉnh về bảo vệ phụ nữ và trẻ em gái trong ba năm 2020–2022.',
    body: [
      'Chương trình được xây dựng trên cơ sở **Chương trình phối hợp số ' +
        '11/CTPH-TWHLHPN-BCA-VKSNDTC-TANDTC ngày 26/02/2019** giữa Trung ương Hội LHPN Việt ' +
        'Nam, Bộ Công an, Viện kiểm sát nhân dân tối cao và Tòa án nhân dân tối cao.',
      '',
      '## Mục đích',
      '',
      'Việc ký kết thể hiện cam kết của các cơ quan trong thực thi pháp luật, góp phần xây ' +
        'dựng xã hội an toàn, trật tự, kỷ cương, thượng tôn pháp luật; bảo vệ quyền và lợi ích ' +
        'hợp pháp của mỗi người dân, trong đó có phụ nữ và trẻ em.',
      '',
      'Trọng tâm là nâng cao hiệu quả giải quyết các vụ việc liên quan tới phụ nữ và trẻ em, đồng thời ' +
        'kêu gọi sự chung tay của toàn xã hội trong công tác bảo vệ phụ nữ và trẻ em.',
    ].join('\n'),
    host: QUANG_TRI,
    signatories: [QUANG_TRI, TOA_AN_QT, CONG_AN_QT, VKS_QT],
    targets: [
      { label: 'Nâng cao hiệu quả giải quyết các vụ việc liên quan tới phụ nữ và trẻ em' },
      { label: 'Bảo vệ quyền và lợi ích hợp pháp của phụ nữ và trẻ em gái' },
      { label: 'Góp phần xây dựng xã hội an toàn, trật tự, kỷ cương, thượng tôn pháp luật' },
      { label: 'Kêu gọi sự chung tay của toàn xã hội trong công tác bảo vệ phụ nữ và trẻ em' },
    ],
  },
  {
    slug: GIAO_UOC_HN_2020,
    title: 'Giao ước thi đua năm 2020 của Hội LHPN tỉnh Hà Nam',
    kind: 'emulation_pledge',
    startYear: 2020,
    theme: 'An toàn cho phụ nữ và trẻ em',
    summary:
      'Giao ước thi đua năm 2020 giữa Hội LHPN tỉnh Hà Nam và Hội LHPN các huyện, thành phố, đơn vị ' +
      'trực thuộc. Nội dung được tóm tắt từ phương hướng năm 2020 của Hội LHPN tỉnh Hà Nam.',
    body: [
      'Năm 2020, Hội LHPN tỉnh Hà Nam tiếp tục thực hiện chủ đề năm “An toàn cho phụ nữ ' +
        'và trẻ em”, với trọng tâm ưu tiên về phòng, chống xâm hại trẻ em.',
      '',
      '## Đợt thi đua năm 2020',
      '',
      'Đợt thi đua được phát động sâu rộng, thiết thực, chào mừng Đại hội Đảng bộ các ' +
        'cấp nhiệm kỳ 2020–2025 và 90 năm Ngày thành lập Hội LHPN Việt Nam, đồng thời ' +
        'chuẩn bị cho Đại hội phụ nữ các cấp nhiệm kỳ 2021–2026.',
      '',
      'Các chỉ tiêu dưới đây được ghi theo nội dung, chưa kèm số lượng cụ thể.',
    ].join('\n'),
    host: HA_NAM,
    signatories: [HA_NAM, PHU_LY],
    targets: [
      { label: 'Thực hiện chủ đề năm “An toàn cho phụ nữ và trẻ em”, ưu tiên phòng, chống xâm hại trẻ em' },
      {
        label:
          'Khâu đột phá: nâng cao chất lượng tổ chức và hoạt động Hội cơ sở, đa dạng hóa các hình thức tập hợp phụ nữ',
      },
      {
        label:
          'Khâu đột phá: nâng cao hiệu quả thực chất công tác giám sát, phản biện xã hội, tham mưu đề xuất chính sách',
      },
      { label: 'Tổ chức hội nghị biểu dương điển hình tiên tiến các cấp' },
      { label: 'Chuẩn bị Đại hội phụ nữ các cấp nhiệm kỳ 2021–2026' },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Videos. The YouTube ids are placeholders ("LHPNdemo…"): valid in form, to be replaced.
// ---------------------------------------------------------------------------------------------

export const videos: SeedVideo[] = [
  {
    slug: VIDEO_BIEN_CUONG,
    title: 'Đồng hành cùng phụ nữ biên cương tại các xã biên giới huyện Hướng Hóa',
    date: '2019-03-12T10:00:00+07:00',
    description:
      'Phóng sự về các hoạt động của Hội LHPN tỉnh Quảng Trị và Bộ đội Biên phòng tỉnh ' +
      'cùng hội viên, phụ nữ ở các thôn, bản biên giới huyện Hướng Hóa.',
    externalUrl: 'https://www.youtube.com/watch?v=LHPNdemo001',
    duration: 214,
    organisations: [QUANG_TRI, HUONG_HOA, BDBP_QT],
    projects: [BIEN_CUONG],
  },
  {
    slug: VIDEO_KHOI_NGHIEP,
    title: 'Phụ nữ Quảng Trị khởi nghiệp từ sản vật địa phương',
    date: '2020-09-16T15:00:00+07:00',
    description:
      'Những hội viên ở huyện miền núi Hướng Hóa chia sẻ hành trình biến nông sản quen ' +
      'thuộc thành sản phẩm hàng hóa, với sự hỗ trợ của các cấp Hội.',
    externalUrl: 'https://www.youtube.com/watch?v=LHPNdemo002',
    duration: 286,
    organisations: [QUANG_TRI, HUONG_HOA],
    projects: [DE_AN_939, KHOI_NGHIEP_QT],
  },
  {
    slug: VIDEO_PHOI_HOP,
    title: 'Quảng Trị ký kết phối hợp bảo vệ phụ nữ và trẻ em gái giai đoạn 2020–2022',
    date: '2019-12-27T09:00:00+07:00',
    description:
      'Hội LHPN tỉnh Quảng Trị cùng Tòa án nhân dân tỉnh, Công an tỉnh và Viện kiểm sát nhân ' +
      'dân tỉnh ký kết chương trình phối hợp bảo vệ phụ nữ và trẻ em gái.',
    externalUrl: 'https://www.youtube.com/watch?v=LHPNdemo003',
    duration: 158,
    organisations: [QUANG_TRI, TOA_AN_QT, CONG_AN_QT, VKS_QT],
    projects: [DE_AN_938],
  },
  {
    slug: VIDEO_NHOM_TRE,
    title: 'Nhóm trẻ độc lập tư thục gần khu công nghiệp ở Hà Nam',
    date: '2019-06-20T10:30:00+07:00',
    description:
      'Một ngày ở nhóm trẻ độc lập tư thục nơi nữ công nhân gửi con, và ' +
      'cách Hội phụ nữ hỗ trợ chủ nhóm trẻ theo Đề án 404.',
    externalUrl: 'https://www.youtube.com/watch?v=LHPNdemo004',
    duration: 241,
    organisations: [HA_NAM, PHU_LY],
    projects: [DE_AN_404],
  },
  {
    slug: VIDEO_TAO_HON,
    title: 'Phụ nữ Đakrông nói không với tảo hôn',
    date: '2021-11-24T14:00:00+07:00',
    description:
      'Cán bộ Hội phụ nữ và cán bộ biên phòng tuyên truyền phòng, chống tảo hôn, ' +
      'bạo lực gia đình tại nhà văn hóa thôn ở huyện Đakrông.',
    externalUrl: 'https://www.youtube.com/watch?v=LHPNdemo005',
    duration: 197,
    organisations: [DAKRONG, BDBP_QT],
    projects: [DE_AN_938],
  },
  {
    slug: VIDEO_NINH_BINH,
    title: 'Hội LHPN tỉnh Ninh Bình sau hợp nhất: ổn định tổ chức, hướng về cơ sở',
    date: '2025-07-03T16:00:00+07:00',
    description:
      'Những ngày đầu hoạt động của Hội LHPN tỉnh Ninh Bình sau khi Hội LHPN ' +
      'các tỉnh Hà Nam, Nam Định hợp nhất vào từ ngày 1/7/2025.',
    externalUrl: 'https://www.youtube.com/watch?v=LHPNdemo006',
    duration: 175,
    organisations: [NINH_BINH, HA_NAM, NAM_DINH],
    projects: [],
  },
];

// ---------------------------------------------------------------------------------------------
// Articles (written for the demo; the seed article is imported separately)
// ---------------------------------------------------------------------------------------------

export const articles: SeedArticle[] = [
  {
    slug: 'dong-hanh-cung-phu-nu-bien-cuong-lan-toa-tai-cac-xa-bien-gioi-huong-hoa',
    title: 'Chương trình “Đồng hành cùng phụ nữ biên cương” lan tỏa tại các xã biên giới huyện Hướng Hóa',
    date: '2019-03-12T08:30:00+07:00',
    lead:
      'Tròn một năm sau khi chương trình “Đồng hành cùng phụ nữ biên cương” được phát động, ' +
      'Hội LHPN tỉnh Quảng Trị cùng Bộ đội Biên phòng tỉnh tiếp tục đưa các hoạt động hỗ trợ ' +
      'về với hội viên, phụ nữ ở các xã biên giới huyện Hướng Hóa.',
    body: [
      'Chương trình “Đồng hành cùng phụ nữ biên cương” do Trung ương Hội LHPN Việt Nam phối hợp ' +
        'với Bộ đội Biên phòng phát động ngày 7/3/2018, thực hiện trong giai đoạn 2018–2020. Tại ' +
        'Quảng Trị, chương trình được triển khai ở 5 xã biên giới thuộc hai huyện Hướng Hóa và ' +
        'Đakrông, nơi phần đông hội viên là đồng bào dân tộc thiểu số.',
      '',
      '## Gắn kết chi hội phụ nữ với đồn biên phòng',
      '',
      'Hội LHPN tỉnh phối hợp với Bộ đội Biên phòng tỉnh Quảng Trị duy trì sinh hoạt chi hội tại thôn, ' +
        'bản với sự tham gia của cán bộ đồn biên phòng. Các buổi sinh hoạt lồng ghép tuyên truyền pháp ' +
        'luật về biên giới, phòng, chống mua bán người và giữ gìn an ninh trật tự tại địa bàn.',
      '',
      'Các hoạt động chính trong năm gồm:',
      '',
      '- Thăm hỏi, tặng quà hội viên có hoàn cảnh khó khăn nhân dịp 8/3;',
      '- Hướng dẫn chị em chăm sóc sức khỏe bà mẹ, trẻ em và giữ vệ sinh môi trường;',
      '- Hỗ trợ cây giống, con giống và hướng dẫn kỹ thuật chăn nuôi, trồng trọt;',
      '- Vận động trẻ em đến trường, không bỏ học giữa chừng.',
      '',
      '## Tạo niềm tin để phụ nữ vùng biên vươn lên',
      '',
      'Theo Hội LHPN huyện Hướng Hóa, sự đồng hành thường xuyên của cán bộ Hội và cán bộ biên phòng ' +
        'giúp chị em mạnh dạn chia sẻ khó khăn, tham gia sinh hoạt Hội đều đặn hơn. Nhiều chi hội đã chủ ' +
        'động đề xuất những mô hình phù hợp với tập quán sản xuất của đồng bào.',
      '',
      'Thời gian tới, Hội LHPN tỉnh tiếp tục phối hợp rà soát nhu cầu của hội viên, lồng ghép các ' +
        'nguồn lực để hỗ trợ phụ nữ vùng biên phát triển kinh tế, ổn định cuộc sống.',
    ].join('\n'),
    coverCaption:
      'Cán bộ Hội phụ nữ và cán bộ biên phòng thăm hội viên tại một thôn biên giới huyện Hướng Hóa',
    byline: 'Minh Châu',
    sourceUnit: 'Hội LHPN tỉnh Quảng Trị',
    featured: false,
    tags: ['Biên giới', 'Giảm nghèo'],
    organisations: [QUANG_TRI, HUONG_HOA, BDBP_QT, TW, BTL_BDBP],
    projects: [BIEN_CUONG],
    pledges: [],
    videos: [VIDEO_BIEN_CUONG],
  },
  {
    slug: 'ha-nam-ho-tro-nhom-tre-doc-lap-tu-thuc-gan-khu-cong-nghiep',
    title: 'Hội LHPN tỉnh Hà Nam hỗ trợ nhóm trẻ độc lập tư thục gần các khu công nghiệp',
    date: '2019-06-18T09:00:00+07:00',
    lead:
      'Thực hiện Đề án 404 của Chính phủ, Hội LHPN tỉnh Hà Nam phối hợp với các ngành ' +
      'liên quan hướng dẫn, hỗ trợ các nhóm trẻ độc lập tư thục ở khu vực có đông công ' +
      'nhân, góp phần giúp chị em yên tâm lao động sản xuất.',
    body: [
      'Hà Nam có nhiều khu công nghiệp thu hút đông lao động nữ, trong đó không ít công ' +
        'nhân có con nhỏ ở độ tuổi nhà trẻ. Nhu cầu gửi trẻ gần nơi ở, nơi làm việc, với ' +
        'giờ giấc phù hợp ca kíp sản xuất, vì vậy luôn ở mức cao.',
      '',
      '## Đề án 404 đi vào thực tế',
      '',
      'Đề án 404, được Thủ tướng Chính phủ phê duyệt tại Quyết định 404/QĐ-TTg ngày 20/3/2014, hướng ' +
        'tới hỗ trợ, phát triển nhóm trẻ độc lập tư thục ở khu vực khu công nghiệp, khu chế xuất đến năm ' +
        '2020. Trên cơ sở đó, Hội LHPN tỉnh Hà Nam tập trung vào các nội dung:',
      '',
      '- Khảo sát, nắm tình hình các nhóm trẻ độc lập tư thục trên địa bàn có khu công nghiệp;',
      '- Tập huấn kiến thức chăm sóc, nuôi dưỡng, giáo dục trẻ cho chủ nhóm trẻ và người trông trẻ;',
      '- Tuyên truyền để cha mẹ là công nhân lựa chọn nơi gửi trẻ bảo đảm an toàn;',
      '- Phối hợp với ngành giáo dục hướng dẫn các nhóm trẻ hoàn thiện điều kiện hoạt động.',
      '',
      '## Chung tay vì sự an toàn của trẻ',
      '',
      'Hội LHPN thành phố Phủ Lý và các huyện có khu công nghiệp thường xuyên phối ' +
        'hợp với chính quyền cơ sở kiểm tra, nhắc nhở các nhóm trẻ về vệ sinh, an toàn ' +
        'thực phẩm và phòng tránh tai nạn thương tích cho trẻ.',
      '',
      '> Mỗi nhóm trẻ an toàn là một điểm tựa để người mẹ công nhân yên tâm làm việc.',
      '',
      'Hội LHPN tỉnh cho biết sẽ tiếp tục rà soát, đề xuất các giải pháp hỗ trợ phù hợp, gắn ' +
        'việc thực hiện Đề án 404 với chủ đề năm “An toàn cho phụ nữ và trẻ em”.',
    ].join('\n'),
    coverCaption: 'Giờ sinh hoạt của các cháu tại một nhóm trẻ độc lập tư thục gần khu công nghiệp',
    byline: 'Thu Hà',
    sourceUnit: 'VP Hà Nam',
    featured: false,
    tags: ['Bảo vệ trẻ em', 'Công nhân nữ'],
    organisations: [HA_NAM, PHU_LY],
    projects: [DE_AN_404],
    pledges: [],
    videos: [VIDEO_NHOM_TRE],
  },
  {
    slug: 'dakrong-nhan-rong-mo-hinh-tiet-kiem-xay-dung-nha-tieu-hop-ve-sinh',
    title: 'Hội LHPN huyện Đakrông nhân rộng mô hình tiết kiệm hỗ trợ xây dựng nhà tiêu hợp vệ sinh',
    date: '2019-09-10T08:00:00+07:00',
    lead:
      'Từ những khoản tiết kiệm nhỏ góp hằng tháng, nhiều chi hội phụ nữ ở huyện Đakrông đã ' +
      'giúp hội viên có hoàn cảnh khó khăn xây dựng nhà tiêu hợp vệ sinh, góp phần cải ' +
      'thiện môi trường sống và thực hiện tiêu chí nông thôn mới.',
    body: [
      'Mô hình “Tiết kiệm hỗ trợ xây dựng nhà tiêu hợp vệ sinh cho hội viên, phụ nữ có hoàn cảnh ' +
        'khó khăn” là một trong những mô hình được Hội LHPN tỉnh Quảng Trị chỉ đạo nhân rộng trong ' +
        'năm 2019. Tại Đakrông, huyện miền núi có đông đồng bào dân tộc thiểu số, mô hình được ' +
        'triển khai phù hợp với điều kiện của từng thôn, bản.',
      '',
      '## Cách làm đơn giản, dễ nhân rộng',
      '',
      'Các thành viên trong nhóm thống nhất mức đóng góp vừa sức, luân phiên hỗ trợ từng hộ theo thứ ' +
        'tự ưu tiên do chi hội bình xét. Hội viên được hỗ trợ góp thêm ngày công, vật liệu sẵn có; chi ' +
        'hội phối hợp với trưởng thôn, y tế cơ sở hướng dẫn kỹ thuật xây dựng và sử dụng đúng cách.',
      '',
      'Mô hình mang lại nhiều lợi ích:',
      '',
      '- Giúp hội viên nghèo có công trình vệ sinh đạt chuẩn;',
      '- Nâng cao nhận thức về vệ sinh cá nhân, phòng bệnh cho phụ nữ và trẻ em;',
      '- Góp phần thực hiện tiêu chí môi trường trong xây dựng nông thôn mới;',
      '- Tăng tinh thần tương trợ giữa các hội viên trong chi hội.',
      '',
      '## Gắn với cuộc vận động “5 không, 3 sạch”',
      '',
      'Hội LHPN huyện Đakrông lồng ghép mô hình với cuộc vận động xây dựng gia đình “5 không, 3 sạch”, ' +
        'nhất là các tiêu chí sạch nhà, sạch bếp, sạch ngõ. Các chi hội định kỳ ra quân vệ sinh đường ' +
        'làng, ngõ xóm, hướng dẫn hộ gia đình sắp xếp nhà cửa, bếp núc gọn gàng.',
      '',
      'Thời gian tới, Hội LHPN huyện tiếp tục vận động thêm các nguồn hỗ trợ để ' +
        'mở rộng mô hình đến những thôn, bản còn nhiều khó khăn.',
    ].join('\n'),
    coverCaption: 'Hội viên chi hội phụ nữ một thôn ở huyện Đakrông góp ngày công xây nhà tiêu hợp vệ sinh',
    byline: 'Lan Anh',
    sourceUnit: 'Hội LHPN huyện Đakrông',
    featured: false,
    tags: ['Nông thôn mới', 'Giảm nghèo'],
    organisations: [DAKRONG, QUANG_TRI],
    projects: [],
    pledges: [],
    videos: [],
  },
  {
    slug: 'trung-uong-hoi-day-manh-truyen-thong-de-an-938-phong-chong-bao-luc-gia-dinh',
    title: 'Trung ương Hội LHPN Việt Nam đẩy mạnh truyền thông Đề án 938 về phòng, chống bạo lực gia đình',
    date: '2019-11-25T10:00:00+07:00',
    lead:
      'Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên ' +
      'cơ sở giới, các cấp Hội phụ nữ đẩy mạnh tuyên truyền, vận động trong khuôn khổ Đề án ' +
      '938, hướng tới xây dựng gia đình an toàn, không bạo lực.',
    body: [
      'Đề án 938 “Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết ' +
        'một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017–2027” được triển khai ' +
        'rộng khắp từ Trung ương đến cơ sở. Phòng, chống bạo lực gia đình là một trong ' +
        'những nội dung được các cấp Hội đặc biệt chú trọng.',
      '',
      '## Tuyên truyền theo nhiều hình thức',
      '',
      'Trung ương Hội hướng dẫn các tỉnh, thành Hội lựa chọn hình thức phù hợp với từng nhóm đối tượng:',
      '',
      '- Sinh hoạt chi hội chuyên đề về pháp luật phòng, chống bạo lực gia đình;',
      '- Đối thoại giữa hội viên với cán bộ chính quyền, công an, tư pháp cơ sở;',
      '- Phát huy vai trò các tổ hòa giải và mô hình địa chỉ tin cậy tại cộng đồng;',
      '- Truyền thông trên mạng xã hội và trang thông tin điện tử của Hội.',
      '',
      '## Không để phụ nữ đơn độc',
      '',
      'Các cấp Hội được đề nghị kịp thời nắm bắt, phát hiện các vụ việc, phối hợp với cơ ' +
        'quan chức năng để hỗ trợ, bảo vệ nạn nhân, đồng thời vận động nam giới cùng tham ' +
        'gia thay đổi hành vi, chia sẻ việc nhà và chăm sóc con cái.',
      '',
      '> Bạo lực gia đình không phải là chuyện riêng của mỗi nhà; ngăn ' +
        'chặn bạo lực là trách nhiệm của cả cộng đồng.',
      '',
      'Thông tin về Đề án 938, tài liệu tuyên truyền và các mô hình tiêu biểu được cập ' +
        'nhật trên trang của [Hội LHPN Việt Nam](https://hoilhpn.org.vn).',
    ].join('\n'),
    coverCaption: 'Buổi sinh hoạt chi hội chuyên đề phòng, chống bạo lực gia đình',
    byline: 'Thanh Tâm',
    sourceUnit: 'Trung ương Hội LHPN Việt Nam',
    featured: false,
    tags: ['Phòng chống bạo lực gia đình', 'Bảo vệ trẻ em'],
    organisations: [TW],
    projects: [DE_AN_938],
    pledges: [],
    videos: [],
  },
  {
    slug: 'hoi-lhpn-tinh-quang-tri-trien-khai-giao-uoc-thi-dua-nam-2020',
    title: 'Hội LHPN tỉnh Quảng Trị triển khai giao ước thi đua năm 2020, tập trung hỗ trợ giảm nghèo',
    date: '2020-01-15T08:30:00+07:00',
    lead:
      'Bước sang năm 2020, các cấp Hội LHPN Quảng Trị bắt tay thực hiện các chỉ tiêu đã ký ' +
      'kết trong giao ước thi đua, với trọng tâm hỗ trợ hộ phụ nữ nghèo, tham gia xây dựng ' +
      'nông thôn mới và nhân rộng gia đình “5 không, 3 sạch”.',
    body: [
      'Giao ước thi đua năm 2020 của Hội LHPN tỉnh Quảng Trị cụ thể hóa chủ đề năm của Tỉnh ủy: “Hành ' +
        'động quyết liệt, về đích toàn diện, tạo đà bứt phá”. Hội LHPN các huyện, trong đó có hai huyện ' +
        'biên giới Hướng Hóa và Đakrông, đã xây dựng kế hoạch triển khai ngay từ đầu năm.',
      '',
      '## Những chỉ tiêu chính',
      '',
      '- Hỗ trợ, giúp đỡ giảm nghèo 900 hộ phụ nữ nghèo, trong đó ' +
        'ít nhất 600 hộ nghèo do phụ nữ làm chủ hộ;',
      '- Mỗi cơ sở Hội thực hiện ít nhất một hoạt động thiết thực tham ' +
        'gia xây dựng nông thôn mới, đô thị văn minh;',
      '- Mỗi cơ sở Hội giúp thêm ít nhất 2 hộ gia đình đạt tiêu chí “5 không, 3 sạch”;',
      '- Góp phần giảm tỷ lệ hộ nghèo của tỉnh từ 1,5–2% mỗi năm.',
      '',
      '## Cách làm từ cơ sở',
      '',
      'Các chi hội rà soát danh sách hộ phụ nữ nghèo, phân loại nguyên nhân nghèo để có hình thức hỗ ' +
        'trợ phù hợp: giúp vốn, ngày công, cây con giống, hướng dẫn cách làm ăn. Tại các xã vùng cao, ' +
        'Hội vận động chị em tham gia tổ tiết kiệm, tổ vay vốn để có điều kiện đầu tư sản xuất.',
      '',
      'Hội LHPN tỉnh cũng đề nghị các cấp Hội tiếp tục tư vấn, hỗ trợ phụ nữ khởi nghiệp, gắn ' +
        'với kế hoạch “Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2018-2025” của tỉnh.',
      '',
      'Kết quả thực hiện giao ước là căn cứ để đánh giá, xếp loại thi đua cuối năm. ' +
        'Thông tin về các chương trình giảm nghèo của tỉnh được đăng tải trên [Cổng thông ' +
        'tin điện tử tỉnh Quảng Trị](https://quangtri.gov.vn).',
    ].join('\n'),
    coverCaption: 'Cán bộ Hội phụ nữ rà soát danh sách hộ phụ nữ nghèo tại một chi hội ở Quảng Trị',
    byline: 'Hoài Thu',
    sourceUnit: 'Hội LHPN tỉnh Quảng Trị',
    featured: true,
    tags: ['Thi đua', 'Giảm nghèo', 'Nông thôn mới'],
    organisations: [QUANG_TRI, HUONG_HOA, DAKRONG, UBND_QT],
    projects: [KHOI_NGHIEP_QT],
    pledges: [GIAO_UOC_QT_2020],
    videos: [],
  },
  {
    slug: 'quang-tri-phoi-hop-lien-nganh-bao-ve-phu-nu-va-tre-em-gai',
    title: 'Quảng Trị phối hợp liên ngành bảo vệ phụ nữ và trẻ em gái giai đoạn 2020–2022',
    date: '2020-03-06T09:00:00+07:00',
    lead:
      'Hội LHPN tỉnh Quảng Trị cùng Tòa án nhân dân tỉnh, Công an tỉnh và Viện kiểm sát nhân ' +
      'dân tỉnh triển khai chương trình phối hợp bảo vệ phụ nữ và trẻ em gái giai đoạn ' +
      '2020–2022, chú trọng phòng ngừa và giải quyết kịp thời các vụ việc.',
    body: [
      'Chương trình phối hợp thực hiện công tác bảo vệ phụ nữ và trẻ em gái giai đoạn ' +
        '2020–2022 được xây dựng trên cơ sở Chương trình phối hợp số ' +
        '11/CTPH-TWHLHPN-BCA-VKSNDTC-TANDTC ngày 26/02/2019 giữa Trung ương Hội LHPN Việt ' +
        'Nam, Bộ Công an, Viện kiểm sát nhân dân tối cao và Tòa án nhân dân tối cao.',
      '',
      '## Nội dung phối hợp',
      '',
      'Các bên hướng tới phối hợp ở nhiều khâu, từ phòng ngừa đến giải quyết vụ việc:',
      '',
      '- Tuyên truyền, phổ biến pháp luật về quyền của phụ nữ và trẻ em cho hội viên và cộng đồng;',
      '- Trao đổi thông tin về các vụ việc xâm hại, bạo lực đối với phụ nữ và trẻ em;',
      '- Tổ chức Hội tham gia bảo vệ quyền, lợi ích hợp pháp của ' +
        'nạn nhân trong quá trình giải quyết vụ việc.',
      '',
      '## Ưu tiên phòng, chống xâm hại trẻ em',
      '',
      'Khi thực hiện chủ đề năm “An toàn cho phụ nữ và trẻ em”, Hội LHPN tỉnh Quảng Trị đã thống nhất ' +
        'trọng tâm ưu tiên về phòng, chống xâm hại trẻ em. Chương trình phối hợp liên ngành giúp các cấp ' +
        'Hội có thêm điểm tựa để theo dõi, hỗ trợ nạn nhân và tư vấn cho gia đình.',
      '',
      '> Bảo vệ phụ nữ và trẻ em là trách nhiệm của các cơ quan thực thi pháp luật và của toàn xã hội.',
      '',
      'Hội LHPN tỉnh đề nghị các chi hội kịp thời phản ánh những vụ việc có dấu ' +
        'hiệu vi phạm, đồng thời hướng dẫn hội viên các kênh hỗ trợ khi cần thiết, ' +
        'nhất là với phụ nữ và trẻ em gái ở vùng sâu, vùng xa.',
    ].join('\n'),
    coverCaption:
      'Đại diện Hội LHPN tỉnh và các cơ quan bảo vệ pháp luật tỉnh Quảng Trị trao đổi về chương trình phối hợp',
    byline: 'Hoài Thu',
    sourceUnit: 'Hội LHPN tỉnh Quảng Trị',
    featured: false,
    tags: ['Bảo vệ trẻ em', 'Phòng chống bạo lực gia đình'],
    organisations: [QUANG_TRI, TOA_AN_QT, CONG_AN_QT, VKS_QT, TW],
    projects: [DE_AN_938],
    pledges: [PHOI_HOP_QT],
    videos: [VIDEO_PHOI_HOP],
  },
  {
    slug: 'ha-nam-thuc-hien-chu-de-nam-an-toan-cho-phu-nu-va-tre-em',
    title: 'Hội LHPN tỉnh Hà Nam triển khai chủ đề năm “An toàn cho phụ nữ và trẻ em”',
    date: '2020-05-20T08:00:00+07:00',
    lead:
      'Thực hiện giao ước thi đua năm 2020, Hội LHPN tỉnh Hà Nam tiếp tục lấy phòng, chống ' +
      'xâm hại trẻ em làm trọng tâm ưu tiên, đồng thời phát động đợt thi đua chào mừng Đại ' +
      'hội Đảng bộ các cấp và 90 năm thành lập Hội LHPN Việt Nam.',
    body: [
      'Năm 2020, Hội LHPN tỉnh Hà Nam xác định tiếp tục thực hiện chủ đề năm “An toàn cho phụ nữ và ' +
        'trẻ em” với trọng tâm ưu tiên về phòng, chống xâm hại trẻ em. Các cấp Hội trong tỉnh, từ Hội ' +
        'LHPN thành phố Phủ Lý đến các huyện, đã cụ thể hóa nội dung này trong kế hoạch năm.',
      '',
      '## Tập trung vào cơ sở',
      '',
      'Các hoạt động được tổ chức gần dân, gắn với sinh hoạt chi hội:',
      '',
      '- Tuyên truyền kỹ năng phòng, chống xâm hại trẻ em cho cha mẹ, ông bà và người chăm sóc trẻ;',
      '- Rà soát trẻ em có hoàn cảnh đặc biệt để kịp thời hỗ trợ;',
      '- Nhân rộng mô hình chi hội phụ nữ thực hiện “5 không, 3 sạch”;',
      '- Vận động hội viên phòng, chống rác thải nhựa, giữ gìn vệ sinh môi trường khu dân cư.',
      '',
      '## Hai khâu đột phá',
      '',
      'Hội LHPN tỉnh tiếp tục thực hiện khâu đột phá nâng cao chất lượng tổ chức và hoạt động ' +
        'Hội cơ sở, đa dạng hóa các hình thức tập hợp phụ nữ. Cùng với đó là khâu đột phá nâng ' +
        'cao hiệu quả thực chất công tác giám sát, phản biện xã hội, tham mưu đề xuất chính sách ' +
        'góp phần giải quyết các vấn đề thiết thân của phụ nữ.',
      '',
      'Đợt thi đua năm 2020 hướng tới chào mừng Đại hội Đảng bộ các cấp nhiệm kỳ 2020–2025, kỷ niệm 90 ' +
        'năm Ngày thành lập Hội LHPN Việt Nam và chuẩn bị cho Đại hội phụ nữ các cấp nhiệm kỳ 2021–2026. ' +
        'Các điển hình tiên tiến trong phong trào sẽ được phát hiện, biểu dương và nhân rộng.',
    ].join('\n'),
    coverCaption: 'Hội viên phụ nữ Hà Nam trong buổi sinh hoạt chuyên đề phòng, chống xâm hại trẻ em',
    byline: 'Thu Hà',
    sourceUnit: 'VP Hà Nam',
    featured: false,
    tags: ['Thi đua', 'Bảo vệ trẻ em'],
    organisations: [HA_NAM, PHU_LY],
    projects: [],
    pledges: [GIAO_UOC_HN_2020],
    videos: [],
  },
  {
    // Deliberately dense in "phụ nữ": used by the search tests.
    slug: 'ky-niem-90-nam-ngay-thanh-lap-hoi-lien-hiep-phu-nu-viet-nam',
    title: 'Kỷ niệm 90 năm Ngày thành lập Hội LHPN Việt Nam: phụ nữ cả nước hướng về cơ sở',
    date: '2020-10-20T07:30:00+07:00',
    lead:
      'Ngày 20/10/2020, hội viên, phụ nữ từ Trung ương đến cơ sở kỷ niệm 90 năm Ngày thành lập Hội ' +
      'Liên hiệp Phụ nữ Việt Nam. Nhiều hoạt động thiết thực vì phụ nữ, trẻ em được tổ chức, thể ' +
      'hiện tinh thần đoàn kết và vai trò của phụ nữ trong đời sống xã hội.',
    body: [
      'Ngày 20/10/1930, Hội Phụ nữ phản đế Việt Nam, tiền thân của Hội Liên hiệp Phụ nữ Việt ' +
        'Nam, được thành lập. Trải qua 90 năm, Hội luôn là ngôi nhà chung của phụ nữ Việt Nam, ' +
        'đại diện cho quyền và lợi ích hợp pháp, chính đáng của phụ nữ, vận động phụ nữ đóng ' +
        'góp vào sự nghiệp xây dựng và bảo vệ Tổ quốc.',
      '',
      '## Phụ nữ là trung tâm của mọi hoạt động',
      '',
      'Dịp kỷ niệm năm nay, các cấp Hội hướng các hoạt động về hội viên, phụ nữ ở cơ sở, nhất là phụ ' +
        'nữ nghèo, phụ nữ vùng sâu, vùng xa, biên giới, phụ nữ dân tộc thiểu số và nữ công nhân:',
      '',
      '- Thăm hỏi, tặng quà phụ nữ có hoàn cảnh khó khăn, phụ nữ đơn thân nuôi con nhỏ;',
      '- Biểu dương phụ nữ tiêu biểu trong lao động sản xuất, khởi nghiệp và công tác xã hội;',
      '- Tổ chức diễn đàn để phụ nữ chia sẻ kinh nghiệm làm kinh tế, xây dựng gia đình;',
      '- Tư vấn pháp luật, chăm sóc sức khỏe cho phụ nữ và trẻ em.',
      '',
      '## Từ Quảng Trị đến Hà Nam',
      '',
      'Tại Quảng Trị, Hội LHPN tỉnh dành sự quan tâm cho phụ nữ ở các huyện biên giới, nơi chương ' +
        'trình “Đồng hành cùng phụ nữ biên cương” đã gắn kết cán bộ Hội với hội viên. Tại Hà Nam, các ' +
        'cấp Hội chú trọng biểu dương những phụ nữ tiên tiến trong phong trào thi đua.',
      '',
      '> Phụ nữ Việt Nam “Anh hùng, bất khuất, trung hậu, đảm đang”.',
      '',
      'Tám chữ vàng ấy tiếp tục là niềm tự hào và động lực để các thế hệ phụ nữ Việt Nam vươn lên. ' +
        'Thông tin về các hoạt động kỷ niệm được cập nhật trên [Báo Phụ nữ Việt ' +
        'Nam](https://phunuvietnam.vn) và trang của [Hội LHPN Việt Nam](https://hoilhpn.org.vn).',
    ].join('\n'),
    coverCaption: 'Hội viên phụ nữ tham dự hoạt động kỷ niệm 90 năm Ngày thành lập Hội LHPN Việt Nam',
    byline: 'Ngọc Anh',
    sourceUnit: 'Trung ương Hội LHPN Việt Nam',
    featured: true,
    tags: ['Thi đua', 'Biên giới'],
    organisations: [TW, QUANG_TRI, HA_NAM],
    projects: [],
    pledges: [],
    videos: [],
  },
  {
    slug: 'phu-nu-huong-hoa-manh-dan-khoi-nghiep-tu-ca-phe-va-san-vat-dia-phuong',
    title: 'Phụ nữ Hướng Hóa mạnh dạn khởi nghiệp từ cà phê và các sản vật địa phương',
    date: '2020-09-16T09:30:00+07:00',
    lead:
      'Với sự tư vấn, hỗ trợ của các cấp Hội theo kế hoạch hỗ trợ phụ nữ khởi nghiệp giai ' +
      'đoạn 2018-2025 của tỉnh Quảng Trị, nhiều hội viên ở huyện miền núi Hướng Hóa đã ' +
      'mạnh dạn biến sản vật quen thuộc thành sản phẩm hàng hóa.',
    body: [
      'Hướng Hóa là vùng trồng cà phê lâu năm của tỉnh Quảng Trị, bên cạnh nhiều nông sản ' +
        'gắn với đời sống của đồng bào Vân Kiều, Pa Kô. Đây là điều kiện để hội viên phát ' +
        'triển các ý tưởng khởi nghiệp có quy mô phù hợp với hộ gia đình.',
      '',
      '## Hỗ trợ từ ý tưởng đến thị trường',
      '',
      'Thực hiện Đề án 939 và kế hoạch hỗ trợ phụ nữ khởi nghiệp của tỉnh, Hội LHPN huyện Hướng Hóa ' +
        'phối hợp với Hội LHPN các xã, trong đó có xã Tân Thành, triển khai nhiều hoạt động:',
      '',
      '- Tập huấn kiến thức kinh doanh, cách tính toán chi phí, lợi nhuận;',
      '- Hướng dẫn chị em xây dựng ý tưởng, tham gia các cuộc thi khởi nghiệp do Hội phát động;',
      '- Kết nối nguồn vốn vay ưu đãi qua các tổ tiết kiệm và vay vốn;',
      '- Giới thiệu sản phẩm tại hội chợ, trên mạng xã hội và các kênh bán hàng trực tuyến.',
      '',
      '## Đổi mới cách nghĩ, cách làm',
      '',
      'Từ chỗ chủ yếu bán nông sản thô, một số hội viên đã chú trọng khâu sơ chế, ' +
        'đóng gói, ghi nhãn để nâng giá trị sản phẩm. Các tổ hợp tác do phụ nữ làm ' +
        'chủ giúp chị em hỗ trợ nhau về kỹ thuật và đầu ra.',
      '',
      'Hội LHPN huyện cho biết sẽ tiếp tục đồng hành với các ý tưởng khởi nghiệp của phụ nữ dân tộc ' +
        'thiểu số, ưu tiên những mô hình gắn với giảm nghèo bền vững và bảo vệ môi trường.',
    ].join('\n'),
    coverCaption: 'Hội viên phụ nữ Hướng Hóa giới thiệu sản phẩm cà phê do nhóm tự sơ chế, đóng gói',
    byline: 'Hồng Nhung',
    sourceUnit: 'Hội LHPN huyện Hướng Hóa',
    featured: false,
    tags: ['Khởi nghiệp', 'Giảm nghèo'],
    organisations: [HUONG_HOA, TAN_THANH, QUANG_TRI],
    projects: [DE_AN_939, KHOI_NGHIEP_QT],
    pledges: [],
    videos: [VIDEO_KHOI_NGHIEP],
  },
  {
    slug: 'xa-tan-thanh-chi-hoi-phu-nu-chung-suc-xay-dung-gia-dinh-5-khong-3-sach',
    title: 'Xã Tân Thành: các chi hội phụ nữ chung sức xây dựng gia đình “5 không, 3 sạch”',
    date: '2021-04-14T08:00:00+07:00',
    lead:
      'Các chi hội phụ nữ ở xã Tân Thành, huyện Hướng Hóa, duy trì việc giúp đỡ hội ' +
      'viên đạt tiêu chí gia đình “5 không, 3 sạch”, góp phần giữ vững các tiêu chí ' +
      'nông thôn mới và xây dựng khu dân cư xanh, sạch, đẹp.',
    body: [
      'Cuộc vận động xây dựng gia đình “5 không, 3 sạch” được các cấp Hội phụ nữ ' +
        'triển khai nhiều năm qua. Tại xã Tân Thành, cuộc vận động được Hội LHPN xã ' +
        'đưa vào nội dung sinh hoạt định kỳ của các chi hội.',
      '',
      '> Gia đình “5 không, 3 sạch” là gia đình không đói nghèo; không vi phạm pháp luật và ' +
        'mắc tệ nạn xã hội; không có bạo lực gia đình; không sinh con thứ ba trở lên; không có ' +
        'trẻ suy dinh dưỡng và trẻ bỏ học; sạch nhà, sạch bếp, sạch ngõ.',
      '',
      '## Giúp nhau từng tiêu chí',
      '',
      'Mỗi chi hội lựa chọn những hộ còn thiếu tiêu chí để hỗ trợ, ' +
        'giúp đỡ. Cách làm được thực hiện theo từng bước:',
      '',
      '- Rà soát, đánh giá các tiêu chí của từng hộ hội viên;',
      '- Phân công cán bộ chi hội, tổ phụ nữ theo dõi, giúp đỡ;',
      '- Hỗ trợ ngày công dọn dẹp, chỉnh trang nhà cửa, bếp, ngõ;',
      '- Vận động trẻ đến trường, hướng dẫn chăm sóc dinh dưỡng cho trẻ nhỏ.',
      '',
      '## Gắn với chỉ tiêu thi đua của tỉnh',
      '',
      'Việc giúp thêm hộ gia đình đạt tiêu chí “5 không, 3 sạch” nằm trong các chỉ tiêu mà ' +
        'Hội LHPN tỉnh Quảng Trị giao ước với các cấp Hội từ năm 2020. Hội LHPN huyện Hướng ' +
        'Hóa thường xuyên kiểm tra, hướng dẫn cơ sở thực hiện.',
      '',
      'Hội LHPN xã Tân Thành cho biết sẽ tiếp tục duy trì các buổi ra quân vệ sinh môi trường vào cuối ' +
        'tuần, đồng thời vận động hội viên trồng cây xanh, hoa dọc các tuyến đường thôn.',
    ].join('\n'),
    coverCaption: 'Hội viên chi hội phụ nữ xã Tân Thành ra quân vệ sinh đường thôn',
    byline: 'Phương Thảo',
    sourceUnit: 'Hội LHPN huyện Hướng Hóa',
    featured: false,
    tags: ['Nông thôn mới', 'Thi đua'],
    organisations: [TAN_THANH, HUONG_HOA, QUANG_TRI],
    projects: [],
    pledges: [GIAO_UOC_QT_2020],
    videos: [],
  },
  {
    slug: 'dakrong-hoi-phu-nu-va-bo-doi-bien-phong-chung-tay-phong-chong-tao-hon',
    title: 'Đakrông: Hội phụ nữ và bộ đội biên phòng chung tay phòng, chống tảo hôn ở xã biên giới',
    date: '2021-11-24T09:00:00+07:00',
    lead:
      'Hội LHPN huyện Đakrông phối hợp với Bộ đội Biên phòng tỉnh Quảng Trị tuyên ' +
      'truyền, vận động đồng bào dân tộc thiểu số ở các xã biên giới phòng, chống tảo ' +
      'hôn và bạo lực gia đình, trong khuôn khổ triển khai Đề án 938.',
    body: [
      'Tảo hôn và hôn nhân cận huyết thống là những vấn đề được quan tâm ở một số thôn, bản vùng ' +
        'cao của huyện Đakrông. Các cấp Hội phụ nữ xác định đây là nội dung cần tuyên truyền bền ' +
        'bỉ, kiên trì và phù hợp với phong tục, tập quán của đồng bào.',
      '',
      '## Tuyên truyền bằng tiếng dân tộc',
      '',
      'Cán bộ Hội phối hợp với cán bộ đồn biên phòng tổ chức các buổi sinh hoạt tại nhà văn hóa thôn, ' +
        'sử dụng tiếng dân tộc và hình ảnh trực quan để chị em dễ hiểu, dễ nhớ. Nội dung tập trung vào:',
      '',
      '- Quy định của pháp luật về độ tuổi kết hôn;',
      '- Tác hại của tảo hôn đối với sức khỏe bà mẹ, trẻ em và tương lai của các em;',
      '- Quyền được học tập, vui chơi và phát triển của trẻ em gái;',
      '- Cách nhận biết và báo tin khi phát hiện bạo lực gia đình.',
      '',
      '## Phát huy vai trò người có uy tín',
      '',
      'Già làng, trưởng bản và người có uy tín được mời tham gia tuyên truyền, góp phần thay đổi nhận ' +
        'thức trong cộng đồng. Một số thôn đã đưa nội dung phòng, chống tảo hôn vào hương ước, quy ước.',
      '',
      'Việc phối hợp giữa Hội phụ nữ và lực lượng biên phòng được duy trì sau khi chương trình “Đồng ' +
        'hành cùng phụ nữ biên cương” giai đoạn 2018–2020 kết thúc. Hội LHPN huyện cho biết sẽ tiếp tục ' +
        'nhân rộng các mô hình phòng, chống tảo hôn ở những xã còn nhiều khó khăn.',
    ].join('\n'),
    coverCaption: 'Buổi tuyên truyền phòng, chống tảo hôn tại nhà văn hóa thôn ở huyện Đakrông',
    byline: 'Quỳnh Mai',
    sourceUnit: 'Hội LHPN huyện Đakrông',
    featured: false,
    tags: ['Phòng chống bạo lực gia đình', 'Biên giới', 'Bảo vệ trẻ em'],
    organisations: [DAKRONG, BDBP_QT, QUANG_TRI],
    projects: [DE_AN_938, BIEN_CUONG],
    pledges: [],
    videos: [VIDEO_TAO_HON],
  },
  {
    slug: 'quang-tri-danh-gia-chuong-trinh-phoi-hop-bao-ve-phu-nu-tre-em-gai-2020-2022',
    title: 'Quảng Trị đánh giá chương trình phối hợp bảo vệ phụ nữ và trẻ em gái giai đoạn 2020–2022',
    date: '2022-12-20T14:00:00+07:00',
    lead:
      'Kết thúc giai đoạn 2020–2022, Hội LHPN tỉnh Quảng Trị cùng Tòa án nhân dân tỉnh, ' +
      'Công an tỉnh và Viện kiểm sát nhân dân tỉnh rà soát kết quả phối hợp, thống nhất ' +
      'những nội dung cần tiếp tục duy trì trong thời gian tới.',
    body: [
      'Chương trình phối hợp thực hiện công tác bảo vệ phụ nữ và trẻ em gái được ký kết cuối năm 2019, ' +
        'triển khai trong ba năm 2020–2022. Đây là giai đoạn có nhiều khó khăn do ảnh hưởng của dịch ' +
        'COVID-19, song các bên vẫn duy trì trao đổi thông tin và phối hợp trong từng vụ việc cụ thể.',
      '',
      '## Những kết quả được ghi nhận',
      '',
      'Qua rà soát, các bên đánh giá chương trình đã góp phần:',
      '',
      '- Nâng cao nhận thức của hội viên, phụ nữ về quyền của phụ nữ và trẻ em;',
      '- Tăng cường trao đổi thông tin giữa các cơ quan bảo vệ pháp luật và tổ chức Hội;',
      '- Hỗ trợ kịp thời hơn cho nạn nhân của các vụ việc bạo lực, xâm hại;',
      '- Huy động sự tham gia của cộng đồng trong công tác bảo vệ phụ nữ và trẻ em.',
      '',
      '## Hạn chế cần khắc phục',
      '',
      'Bên cạnh kết quả đạt được, việc phát hiện sớm các vụ việc ở vùng sâu, vùng ' +
        'xa, khu vực biên giới vẫn còn khó khăn; kỹ năng tư vấn, hỗ trợ nạn nhân của ' +
        'một bộ phận cán bộ Hội cơ sở cần được bồi dưỡng thêm.',
      '',
      '## Định hướng thời gian tới',
      '',
      'Các bên thống nhất tiếp tục bám sát Chương trình phối hợp số ' +
        '11/CTPH-TWHLHPN-BCA-VKSNDTC-TANDTC ngày 26/02/2019 ở cấp Trung ương, gắn công tác ' +
        'phối hợp với việc thực hiện Đề án 938 và các chương trình bảo vệ trẻ em của tỉnh.',
    ].join('\n'),
    coverCaption: 'Quang cảnh buổi rà soát kết quả chương trình phối hợp bảo vệ phụ nữ và trẻ em gái',
    byline: 'Hoài Thu',
    sourceUnit: 'Hội LHPN tỉnh Quảng Trị',
    featured: false,
    tags: ['Bảo vệ trẻ em', 'Phòng chống bạo lực gia đình'],
    organisations: [QUANG_TRI, TOA_AN_QT, CONG_AN_QT, VKS_QT],
    projects: [DE_AN_938],
    pledges: [PHOI_HOP_QT],
    videos: [VIDEO_PHOI_HOP],
  },
  {
    slug: 'ninh-binh-ho-tro-phu-nu-khoi-nghiep-gan-voi-du-lich-va-san-pham-dia-phuong',
    title: 'Hội LHPN tỉnh Ninh Bình hỗ trợ phụ nữ khởi nghiệp gắn với du lịch và sản phẩm địa phương',
    date: '2023-10-18T10:00:00+07:00',
    lead:
      'Thực hiện Đề án 939, Hội LHPN tỉnh Ninh Bình chú trọng hỗ trợ hội viên phát triển ' +
      'các ý tưởng kinh doanh gắn với du lịch, làng nghề và nông sản địa phương, từng ' +
      'bước hình thành các mô hình kinh tế do phụ nữ làm chủ.',
    body: [
      'Ninh Bình là địa phương có nhiều danh thắng và làng nghề truyền thống, tạo cơ hội để phụ nữ ' +
        'tham gia các hoạt động dịch vụ, sản xuất hàng thủ công, chế biến đặc sản. Hội LHPN tỉnh xác ' +
        'định hỗ trợ phụ nữ khởi nghiệp là một nhiệm vụ trọng tâm trong giai đoạn thực hiện Đề án 939.',
      '',
      '## Nhiều hình thức hỗ trợ',
      '',
      '- Tập huấn kiến thức khởi sự kinh doanh, quản lý tài chính hộ gia đình;',
      '- Tổ chức các cuộc thi ý tưởng khởi nghiệp dành cho hội viên;',
      '- Kết nối phụ nữ với nguồn vốn ưu đãi qua các tổ tiết kiệm, vay vốn;',
      '- Hỗ trợ xây dựng thương hiệu, bao bì và quảng bá sản phẩm trên môi trường số.',
      '',
      '## Chú trọng kỹ năng số',
      '',
      'Trước xu hướng thương mại điện tử, các cấp Hội hướng dẫn chị em cách chụp ảnh sản ' +
        'phẩm, giới thiệu hàng hóa trên mạng xã hội, giao tiếp với khách hàng và bảo đảm chất ' +
        'lượng, nguồn gốc sản phẩm. Nhiều hội viên làm dịch vụ du lịch cộng đồng đã chủ động ' +
        'giới thiệu nét đẹp văn hóa quê hương tới du khách.',
      '',
      'Hội LHPN tỉnh Ninh Bình cho biết sẽ tiếp tục phối hợp với các sở, ngành và tổ ' +
        'chức tín dụng để đồng hành cùng phụ nữ trên hành trình khởi nghiệp, ưu tiên ' +
        'các mô hình tạo việc làm cho lao động nữ tại chỗ.',
    ].join('\n'),
    coverCaption: 'Gian hàng giới thiệu sản phẩm của hội viên phụ nữ Ninh Bình tại một hội chợ',
    byline: 'Minh Trang',
    sourceUnit: 'Hội LHPN tỉnh Ninh Bình',
    featured: false,
    tags: ['Khởi nghiệp', 'Giảm nghèo'],
    organisations: [NINH_BINH],
    projects: [DE_AN_939],
    pledges: [],
    videos: [],
  },
  {
    slug: 'nam-dinh-nhan-rong-mo-hinh-dia-chi-tin-cay-ho-tro-phu-nu-bi-bao-luc-gia-dinh',
    title: 'Nam Định nhân rộng mô hình “Địa chỉ tin cậy” hỗ trợ phụ nữ bị bạo lực gia đình',
    date: '2024-05-15T09:00:00+07:00',
    lead:
      'Trong khuôn khổ Đề án 938, Hội LHPN tỉnh Nam Định tiếp tục duy trì, nhân ' +
      'rộng mô hình “Địa chỉ tin cậy” tại cộng đồng, nơi phụ nữ và trẻ em bị bạo ' +
      'lực có thể tạm lánh, được tư vấn và hỗ trợ kịp thời.',
    body: [
      'Mô hình “Địa chỉ tin cậy” là nơi tạm lánh an toàn cho nạn nhân bạo lực gia đình, thường được ' +
        'đặt tại gia đình hội viên có uy tín, trụ sở công an xã hoặc trạm y tế. Tại Nam Định, các cấp ' +
        'Hội phụ nữ coi đây là một giải pháp thiết thực để bảo vệ phụ nữ và trẻ em ngay tại khu dân cư.',
      '',
      '## Vận hành gắn với cộng đồng',
      '',
      'Để mô hình hoạt động hiệu quả, Hội LHPN tỉnh hướng dẫn cơ sở:',
      '',
      '- Công khai địa chỉ và cách liên hệ với các địa chỉ tin cậy tại thôn, xóm;',
      '- Bồi dưỡng kỹ năng tư vấn, hòa giải cho thành viên tổ hòa giải và cán bộ chi hội;',
      '- Phối hợp với công an, y tế, tư pháp cơ sở khi tiếp nhận nạn nhân;',
      '- Theo dõi, hỗ trợ nạn nhân sau khi trở về gia đình.',
      '',
      '## Thay đổi nhận thức',
      '',
      'Cùng với hỗ trợ trực tiếp, các cấp Hội đẩy mạnh truyền thông để cộng đồng hiểu rằng bạo lực gia ' +
        'đình là hành vi vi phạm pháp luật, cần được lên tiếng và ngăn chặn. Nam giới được khuyến khích ' +
        'tham gia các câu lạc bộ, nhóm thảo luận về chia sẻ việc nhà và nuôi dạy con.',
      '',
      '> Lên tiếng khi phát hiện bạo lực gia đình là bảo vệ người phụ nữ và trẻ em ngay bên cạnh mình.',
      '',
      'Hội LHPN tỉnh Nam Định cho biết sẽ tiếp tục phối hợp với các ngành chức năng để ' +
        'nâng cao chất lượng hoạt động của mô hình trong thời gian tới.',
    ].join('\n'),
    coverCaption: 'Biển “Địa chỉ tin cậy” tại một khu dân cư ở Nam Định',
    byline: 'Diệu Linh',
    sourceUnit: 'Hội LHPN tỉnh Nam Định',
    featured: false,
    tags: ['Phòng chống bạo lực gia đình', 'Bảo vệ trẻ em'],
    organisations: [NAM_DINH],
    projects: [DE_AN_938],
    pledges: [],
    videos: [],
  },
  {
    slug: 'quang-binh-dong-hanh-cung-phu-nu-khoi-nghiep-o-cac-vung-ven-bien',
    title: 'Hội LHPN tỉnh Quảng Bình đồng hành cùng phụ nữ khởi nghiệp ở các vùng ven biển',
    date: '2024-09-10T08:30:00+07:00',
    lead:
      'Hướng tới hoàn thành các mục tiêu của Đề án 939 vào năm 2025, Hội LHPN ' +
      'tỉnh Quảng Bình tập trung hỗ trợ hội viên ở các xã ven biển phát triển ' +
      'sinh kế từ chế biến hải sản, dịch vụ và du lịch.',
    body: [
      'Dải đất ven biển của Quảng Bình gắn với nghề khai thác, chế biến hải sản. Nhiều phụ nữ vừa ' +
        'chăm lo gia đình, vừa tham gia làm nước mắm, phơi khô hải sản, buôn bán nhỏ. Hội LHPN tỉnh ' +
        'xác định đây là nhóm cần được hỗ trợ để phát triển sinh kế ổn định.',
      '',
      '## Từ sản phẩm truyền thống đến hàng hóa',
      '',
      'Theo định hướng của Đề án 939, các cấp Hội tập trung vào:',
      '',
      '- Hướng dẫn chị em đăng ký hộ kinh doanh, thành lập tổ hợp tác;',
      '- Tập huấn về an toàn thực phẩm, bao bì, nhãn mác cho sản phẩm chế biến;',
      '- Kết nối tiêu thụ qua hội chợ, cửa hàng giới thiệu sản phẩm và các nền tảng trực tuyến;',
      '- Lồng ghép hỗ trợ sinh kế với phòng, chống thiên tai, thích ứng với biến đổi khí hậu.',
      '',
      '## Bền bỉ sau mùa mưa bão',
      '',
      'Quảng Bình thường xuyên chịu ảnh hưởng của bão, lũ. Vì vậy, các mô hình sinh kế được Hội hướng ' +
        'dẫn chú trọng phương án bảo quản nguyên liệu, sản phẩm và kế hoạch khôi phục sản xuất sau thiên ' +
        'tai. Chị em được khuyến khích tham gia tổ tiết kiệm để chủ động nguồn vốn khi cần.',
      '',
      'Hội LHPN tỉnh cho biết sẽ tổng kết các mô hình hiệu quả để ' +
        'tiếp tục nhân rộng trong giai đoạn tiếp theo.',
    ].join('\n'),
    coverCaption: 'Hội viên phụ nữ một xã ven biển Quảng Bình chế biến hải sản khô',
    byline: 'Thanh Hương',
    sourceUnit: 'Hội LHPN tỉnh Quảng Bình',
    featured: false,
    tags: ['Khởi nghiệp', 'Giảm nghèo'],
    organisations: [QUANG_BINH],
    projects: [DE_AN_939],
    pledges: [],
    videos: [],
  },
  {
    slug: 'tu-ngay-1-7-2025-hoi-lhpn-ha-nam-nam-dinh-hop-nhat-vao-hoi-lhpn-tinh-ninh-binh',
    title: 'Từ ngày 1/7/2025, Hội LHPN các tỉnh Hà Nam, Nam Định hợp nhất vào Hội LHPN tỉnh Ninh Bình',
    date: '2025-07-01T10:00:00+07:00',
    lead:
      'Cùng với việc sắp xếp đơn vị hành chính cấp tỉnh, từ ngày 1/7/2025 tỉnh Hà Nam và tỉnh Nam ' +
      'Định được sáp nhập vào tỉnh Ninh Bình. Tổ chức Hội phụ nữ ba tỉnh được hợp nhất thành Hội ' +
      'LHPN tỉnh Ninh Bình, tiếp nối hoạt động vì hội viên, phụ nữ.',
    body: [
      'Thực hiện chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, từ ' +
        'ngày 1/7/2025 cả nước còn 34 tỉnh, thành phố và cấp huyện kết thúc hoạt động. Tỉnh Ninh Bình ' +
        'mới được hình thành trên cơ sở tỉnh Hà Nam, tỉnh Nam Định và tỉnh Ninh Bình.',
      '',
      '## Tổ chức Hội sau hợp nhất',
      '',
      'Hội LHPN tỉnh Hà Nam và Hội LHPN tỉnh Nam Định kết thúc hoạt động với tư cách tổ chức Hội cấp ' +
        'tỉnh và hợp nhất vào Hội LHPN tỉnh Ninh Bình. Hội LHPN cấp huyện, trong đó có Hội LHPN thành ' +
        'phố Phủ Lý, cũng kết thúc hoạt động; các cơ sở Hội cấp xã trực thuộc Hội LHPN tỉnh.',
      '',
      'Trên cổng thông tin, trang của từng đơn vị vẫn được lưu giữ:',
      '',
      '- Tin bài đã đăng giữ nguyên tên đơn vị tại thời điểm phát hành;',
      '- Trang Hội LHPN tỉnh Hà Nam, Hội LHPN tỉnh Nam Định ghi rõ ' +
        'ngày kết thúc hoạt động và đơn vị hợp nhất;',
      '- Các giao ước thi đua, chương trình phối hợp đã ký vẫn được tra cứu đầy đủ.',
      '',
      '## Kế thừa truyền thống',
      '',
      'Năm 2019, phong trào phụ nữ tỉnh Hà Nam được các đơn vị trong Cụm thi đua các tỉnh đồng bằng ' +
        'sông Hồng suy tôn là đơn vị xuất sắc. Những mô hình hiệu quả của ba tỉnh, như hỗ trợ phụ nữ ' +
        'khởi nghiệp, hỗ trợ nhóm trẻ độc lập tư thục ở khu vực khu công nghiệp, chi hội “5 không, 3 ' +
        'sạch”, sẽ tiếp tục được kế thừa và nhân rộng trên địa bàn tỉnh mới.',
      '',
      'Trước mắt, các cấp Hội trong tỉnh tập trung ổn định tổ chức, rà soát danh ' +
        'sách hội viên và bảo đảm hoạt động ở cơ sở không bị gián đoạn.',
    ].join('\n'),
    coverCaption: 'Cán bộ Hội LHPN tỉnh Ninh Bình trong những ngày đầu hoạt động sau hợp nhất',
    byline: 'Thu Hà',
    sourceUnit: 'Hội LHPN tỉnh Ninh Bình',
    featured: true,
    tags: ['Sáp nhập tỉnh', 'Thi đua'],
    organisations: [NINH_BINH, HA_NAM, NAM_DINH, PHU_LY, TW],
    projects: [],
    pledges: [],
    videos: [VIDEO_NINH_BINH],
  },
  {
    slug: 'hoi-lhpn-tinh-quang-binh-hop-nhat-vao-hoi-lhpn-tinh-quang-tri-tu-ngay-1-7-2025',
    title: 'Hội LHPN tỉnh Quảng Bình hợp nhất vào Hội LHPN tỉnh Quảng Trị từ ngày 1/7/2025',
    date: '2025-07-02T09:00:00+07:00',
    lead:
      'Từ ngày 1/7/2025, tỉnh Quảng Bình được sáp nhập vào tỉnh Quảng Trị và cấp huyện kết thúc ' +
      'hoạt động. Hội LHPN tỉnh Quảng Trị sau hợp nhất tiếp nhận tổ chức, hội viên của Hội LHPN ' +
      'tỉnh Quảng Bình, đồng thời trực tiếp chỉ đạo các cơ sở Hội cấp xã.',
    body: [
      'Theo phương án sắp xếp đơn vị hành chính cấp tỉnh năm 2025, tỉnh Quảng Trị mới ' +
        'được hình thành trên cơ sở tỉnh Quảng Bình và tỉnh Quảng Trị. Cùng với đó, Hội ' +
        'LHPN tỉnh Quảng Bình hợp nhất vào Hội LHPN tỉnh Quảng Trị.',
      '',
      '## Không còn Hội LHPN cấp huyện',
      '',
      'Từ ngày 1/7/2025, chính quyền địa phương được tổ chức theo hai cấp: tỉnh và xã. Hội LHPN các ' +
        'huyện, thị xã, thành phố của hai tỉnh, trong đó có Hội LHPN huyện Hướng Hóa và Hội LHPN huyện ' +
        'Đakrông, kết thúc hoạt động. Các cơ sở Hội cấp xã trực thuộc Hội LHPN tỉnh.',
      '',
      'Để bảo đảm hoạt động không bị gián đoạn, các cấp Hội tập trung vào:',
      '',
      '- Bàn giao hồ sơ, tài liệu, danh sách hội viên và các mô hình đang triển khai;',
      '- Kiện toàn đội ngũ cán bộ Hội ở các xã, phường mới;',
      '- Duy trì các hoạt động hỗ trợ phụ nữ nghèo, phụ nữ khởi nghiệp, phụ nữ vùng biên giới;',
      '- Cập nhật thông tin về tổ chức Hội trên trang thông tin điện tử.',
      '',
      '## Mở rộng địa bàn biên giới',
      '',
      'Cả hai tỉnh trước sáp nhập đều có đường biên giới với nước bạn Lào. Kinh nghiệm từ chương ' +
        'trình “Đồng hành cùng phụ nữ biên cương” tại Hướng Hóa, Đakrông sẽ là cơ sở để Hội triển ' +
        'khai các hoạt động phù hợp với phụ nữ vùng biên trên địa bàn mới.',
      '',
      'Các tin bài đã đăng của Hội LHPN tỉnh Quảng Bình và Hội LHPN các huyện được lưu giữ ' +
        'trên cổng thông tin, ghi rõ tên đơn vị tại thời điểm phát hành.',
    ].join('\n'),
    coverCaption: 'Cán bộ Hội LHPN tỉnh Quảng Trị bàn giao hồ sơ, tài liệu sau hợp nhất',
    byline: 'Minh Châu',
    sourceUnit: 'Hội LHPN tỉnh Quảng Trị',
    featured: true,
    tags: ['Sáp nhập tỉnh', 'Biên giới'],
    organisations: [QUANG_TRI, QUANG_BINH, HUONG_HOA, DAKRONG, UBND_QT],
    projects: [BIEN_CUONG],
    pledges: [],
    videos: [],
  },
];
