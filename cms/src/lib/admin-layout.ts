import type { Core } from '@strapi/strapi';
import { SCHEDULED_TYPES } from './editorial-types';

/** What an editor sees for one content type or component in the admin's Content Manager. */
interface Layout {
  labels: Record<string, string>;
  hints?: Record<string, string>;
  list?: string[];
  sort?: [field: string, order: 'ASC' | 'DESC'];
  mainField?: string;
}

const SYSTEM_LABELS: Record<string, string> = {
  id: 'ID',
  documentId: 'Mã tài liệu',
  createdAt: 'Ngày tạo',
  updatedAt: 'Ngày cập nhật',
  publishedAt: 'Ngày xuất bản',
  slug: 'Đường dẫn (slug)',
  seo: 'SEO',
};

const SLUG_HINT =
  'Tự tạo từ tiêu đề, không dấu: "Đakrông" → "dakrong". Đổi đường dẫn sẽ làm hỏng liên kết cũ.';

/** Vietnamese labels, hints, list columns and default sorts, applied at every start. */
export const CONTENT_TYPE_LAYOUTS: Record<string, Layout> = {
  'api::article.article': {
    labels: {
      title: 'Tiêu đề',
      date: 'Ngày đăng',
      lead: 'Sapo',
      body: 'Nội dung',
      cover: 'Ảnh đại diện',
      coverCaption: 'Chú thích ảnh',
      byline: 'Tác giả',
      sourceUnit: 'Đơn vị gửi tin',
      sourceUrl: 'Địa chỉ bài gốc',
      featured: 'Tâm điểm',
      tags: 'Chủ đề',
      organisations: 'Tổ chức liên quan',
      projects: 'Đề án liên quan',
      pledges: 'Giao ước liên quan',
      videos: 'Video liên quan',
      documents: 'Văn bản liên quan',
    },
    hints: {
      date: 'Ngày hiển thị cho bạn đọc. Tin lưu trữ giữ ngày gốc.',
      lead: 'Đoạn mở đầu in đậm, 1–3 câu; dùng làm mô tả trong RSS và khi chia sẻ.',
      body: 'Viết bằng Markdown: ## tiêu đề mục, - danh sách, [liên kết](https://...).',
      featured: 'Bật để đưa tin lên mục Tâm điểm trang chủ.',
      sourceUrl:
        'Bài nhập từ cổng cũ (npm run import): địa chỉ của bài ở đó. Lần nhập sau nhận ra bài qua địa chỉ này.',
      slug: SLUG_HINT,
    },
    list: ['title', 'date', 'featured', 'byline', 'sourceUnit'],
    sort: ['date', 'DESC'],
    mainField: 'title',
  },
  'api::organisation.organisation': {
    labels: {
      name: 'Tên tổ chức',
      shortName: 'Tên viết tắt',
      kind: 'Loại tổ chức',
      level: 'Cấp',
      parent: 'Trực thuộc',
      children: 'Đơn vị trực thuộc',
      province: 'Tỉnh/thành phố',
      logo: 'Biểu trưng',
      website: 'Trang web',
      contact: 'Liên hệ',
      description: 'Giới thiệu',
      dissolvedOn: 'Ngày giải thể/sáp nhập',
      mergedInto: 'Sáp nhập vào',
      mergedFrom: 'Được sáp nhập từ',
      articles: 'Tin bài',
      hostedPledges: 'Giao ước chủ trì',
      signedPledges: 'Giao ước tham gia ký kết',
      ledProjects: 'Đề án chủ trì',
      issuedDocuments: 'Văn bản ban hành',
      leaders: 'Lãnh đạo',
      videos: 'Video',
    },
    hints: {
      kind:
        'women_union: Hội LHPN; people_committee: UBND; court: Tòa án; police: Công an; ' +
        'procuracy: Viện kiểm sát; border_guard: Biên phòng; fatherland_front: Mặt trận Tổ quốc.',
      level: 'central: Trung ương; province: tỉnh; district: huyện; commune: xã.',
      dissolvedOn: 'Chỉ điền khi tổ chức đã giải thể hoặc sáp nhập (ví dụ 01/07/2025). Tin cũ giữ tên cũ.',
      website: 'Bắt đầu bằng https://',
      slug: SLUG_HINT,
    },
    list: ['name', 'level', 'kind', 'province', 'dissolvedOn'],
    sort: ['name', 'ASC'],
    mainField: 'name',
  },
  'api::emulation-pledge.emulation-pledge': {
    labels: {
      title: 'Tên giao ước',
      kind: 'Loại',
      startYear: 'Năm bắt đầu',
      endYear: 'Năm kết thúc',
      theme: 'Chủ đề, khẩu hiệu',
      signedOn: 'Ngày ký',
      summary: 'Tóm tắt',
      body: 'Nội dung',
      host: 'Đơn vị chủ trì',
      signatories: 'Các bên ký kết',
      targets: 'Chỉ tiêu',
      document: 'Văn bản đính kèm',
      articles: 'Tin bài liên quan',
    },
    hints: {
      kind: 'emulation_pledge: giao ước thi đua; cooperation_programme: chương trình phối hợp.',
      endYear: 'Để trống nếu giao ước chỉ trong một năm.',
      slug: SLUG_HINT,
    },
    list: ['title', 'startYear', 'endYear', 'kind', 'signedOn'],
    sort: ['startYear', 'DESC'],
    mainField: 'title',
  },
  'api::project.project': {
    labels: {
      code: 'Số hiệu',
      title: 'Tên đề án',
      legalBasis: 'Căn cứ pháp lý',
      issuer: 'Cơ quan ban hành',
      issuedOn: 'Ngày ban hành',
      startYear: 'Năm bắt đầu',
      endYear: 'Năm kết thúc',
      summary: 'Tóm tắt',
      body: 'Nội dung',
      leadOrganisation: 'Đơn vị chủ trì',
      cover: 'Ảnh đại diện',
      articles: 'Tin bài liên quan',
      videos: 'Video liên quan',
      documents: 'Văn bản liên quan',
    },
    hints: {
      code: 'Ví dụ: 939. Cần có số hiệu hoặc tên đề án.',
      legalBasis: 'Ví dụ: Quyết định 939/QĐ-TTg. Để trống nếu chưa xác minh.',
      slug: SLUG_HINT,
    },
    list: ['code', 'title', 'startYear', 'endYear'],
    sort: ['code', 'ASC'],
    mainField: 'title',
  },
  'api::video.video': {
    labels: {
      title: 'Tiêu đề',
      date: 'Ngày đăng',
      description: 'Mô tả',
      file: 'Tệp video',
      externalUrl: 'Đường dẫn YouTube',
      thumbnail: 'Ảnh đại diện',
      duration: 'Thời lượng (giây)',
      organisations: 'Tổ chức liên quan',
      projects: 'Đề án liên quan',
      articles: 'Tin bài liên quan',
    },
    hints: {
      externalUrl: 'Dán đường dẫn YouTube, hoặc tải tệp lên ô "Tệp video" (chỉ một trong hai).',
      slug: SLUG_HINT,
    },
    list: ['title', 'date', 'duration', 'externalUrl'],
    sort: ['date', 'DESC'],
    mainField: 'title',
  },
  'api::legal-document.legal-document': {
    labels: {
      number: 'Số, ký hiệu',
      kind: 'Loại văn bản',
      summary: 'Trích yếu',
      issuer: 'Đơn vị ban hành',
      signer: 'Người ký',
      issuedOn: 'Ngày ban hành',
      effectiveOn: 'Ngày có hiệu lực',
      files: 'Tệp văn bản',
      tags: 'Chủ đề',
      articles: 'Tin bài liên quan',
      projects: 'Đề án liên quan',
    },
    hints: {
      number: 'Như trên văn bản, ví dụ 15/KH-ĐCT.',
      kind:
        'nghi_quyet: Nghị quyết, chi_thi: Chỉ thị, ket_luan: Kết luận, quyet_dinh: Quyết định, ke_hoach: Kế hoạch, ' +
        'huong_dan: Hướng dẫn, thong_bao: Thông báo, cong_van: Công văn, bao_cao: Báo cáo.',
      summary: 'Nội dung chính của văn bản, như dòng trích yếu dưới số, ký hiệu.',
      issuer: 'Biên tập viên của đơn vị này (và đơn vị cấp trên) được sửa và xuất bản văn bản.',
      effectiveOn: 'Để trống nếu có hiệu lực từ ngày ban hành.',
      files: 'Tệp PDF hoặc Word. Chữ trong tệp PDF được đưa vào tìm kiếm của cổng.',
      slug: `${SLUG_HINT} Để trống: tạo từ số, ký hiệu và năm ban hành ("15/KH-ĐCT" năm 2024 → "15-kh-dct-2024").`,
    },
    list: ['number', 'summary', 'kind', 'issuedOn', 'issuer'],
    sort: ['issuedOn', 'DESC'],
    mainField: 'number',
  },
  'api::leader.leader': {
    labels: {
      name: 'Họ và tên',
      position: 'Chức vụ',
      organisation: 'Đơn vị',
      startYear: 'Từ năm',
      endYear: 'Đến năm',
      current: 'Đương nhiệm',
      order: 'Thứ tự',
      photo: 'Ảnh chân dung',
      biography: 'Tiểu sử tóm tắt',
    },
    hints: {
      position: 'Ví dụ: Chủ tịch, Phó Chủ tịch Thường trực, Ủy viên Đoàn Chủ tịch.',
      startYear: 'Năm bắt đầu nhiệm kỳ (hoặc năm giữ chức vụ).',
      endYear: 'Năm kết thúc nhiệm kỳ, ví dụ 2027 cho nhiệm kỳ 2022–2027.',
      current: 'Tắt khi người này thôi giữ chức: trang vẫn giữ và ghi là nhiệm kỳ trước.',
      order: 'Số nhỏ đứng trước trong danh sách lãnh đạo của đơn vị.',
    },
    list: ['name', 'position', 'organisation', 'startYear', 'current'],
    sort: ['order', 'ASC'],
    mainField: 'name',
  },
  'api::page.page': {
    labels: {
      title: 'Tiêu đề',
      parent: 'Trang cha',
      children: 'Trang con',
      order: 'Thứ tự',
      language: 'Ngôn ngữ',
      summary: 'Tóm tắt',
      body: 'Nội dung',
      cover: 'Ảnh đại diện',
      attachments: 'Tệp đính kèm',
    },
    hints: {
      parent:
        'Để trống nếu là trang cấp trên cùng. Trang "Lịch sử" đặt trong "Giới thiệu" có địa chỉ ' +
        '/gioi-thieu/lich-su/.',
      order: 'Số nhỏ đứng trước trong danh sách trang con và trong menu.',
      language: 'vi: tiếng Việt. en: trang tiếng Anh (ví dụ đường dẫn "en" cho trang /en/).',
      summary: 'Một hai câu: dùng làm mô tả khi chia sẻ và trong danh sách trang con.',
      body: 'Viết bằng Markdown: ## tiêu đề mục, - danh sách, [liên kết](https://...).',
      attachments: 'Văn bản PDF, Word… để bạn đọc tải về.',
      slug: `${SLUG_HINT} Trang cấp trên cùng không lấy được địa chỉ của các mục sẵn có (tin-tuc, video…).`,
    },
    list: ['title', 'slug', 'parent', 'order', 'language'],
    sort: ['title', 'ASC'],
    mainField: 'title',
  },
  'api::menu.menu': {
    labels: { header: 'Menu đầu trang', footer: 'Liên kết chân trang' },
    hints: {
      header:
        'Để trống thì trang dùng menu mặc định (Trang chủ, Tin tức, Đề án…). Mỗi mục có thể có mục con.',
      footer: 'Các liên kết hiện ở chân mọi trang.',
    },
    // No field names the menu: its heading is then its type's name ("Menu"), not its documentId.
    mainField: 'id',
  },
  'api::site-setting.site-setting': {
    labels: {
      siteName: 'Tên cổng',
      governingBody: 'Cơ quan chủ quản',
      licenceNumber: 'Số giấy phép',
      licenceDate: 'Ngày cấp phép',
      licenceIssuer: 'Cơ quan cấp phép',
      responsiblePerson: 'Chịu trách nhiệm nội dung',
      address: 'Địa chỉ',
      phone: 'Điện thoại',
      email: 'Thư điện tử',
    },
    hints: {
      siteName: 'Hiện ở chân trang, trong tên các nguồn RSS và dữ liệu cho máy tìm kiếm.',
      licenceNumber: 'Ví dụ: 123/GP-TTĐT',
    },
  },
  'api::tag.tag': {
    labels: { name: 'Tên chủ đề', articles: 'Tin bài', documents: 'Văn bản' },
    list: ['name', 'slug'],
    sort: ['name', 'ASC'],
    mainField: 'name',
  },
  'api::assignment.assignment': {
    labels: { email: 'E-mail tài khoản quản trị', organisation: 'Đơn vị', note: 'Ghi chú' },
    hints: {
      email: 'E-mail người dùng đăng nhập trang quản trị.',
      organisation:
        'Người này làm việc cho đơn vị này và các đơn vị trực thuộc, kể cả đơn vị đã sáp nhập vào.',
    },
    list: ['email', 'organisation', 'note'],
    sort: ['email', 'ASC'],
    mainField: 'email',
  },
  'api::editorial-event.editorial-event': {
    labels: {
      action: 'Việc',
      contentType: 'Loại nội dung',
      entryDocumentId: 'Mã tài liệu của bài',
      entryTitle: 'Bài',
      actor: 'Người làm',
      actorEmail: 'E-mail người làm',
      note: 'Ghi chú',
    },
    list: ['createdAt', 'action', 'entryTitle', 'actor', 'note'],
    sort: ['createdAt', 'DESC'],
    mainField: 'entryTitle',
  },
};

// Scheduling fields of the scheduled types, with their column in the list ("Hẹn giờ").
for (const uid of SCHEDULED_TYPES) {
  const layout = CONTENT_TYPE_LAYOUTS[uid]!;
  layout.labels = { ...layout.labels, publishAt: 'Hẹn giờ đăng', unpublishAt: 'Hẹn giờ gỡ' };
  layout.hints = {
    ...layout.hints,
    publishAt: 'Để trống nếu đăng ngay. Đến giờ này, bản nháp được tự động xuất bản (giờ Việt Nam).',
    unpublishAt: 'Để trống nếu không gỡ. Đến giờ này, bài tự động được gỡ khỏi cổng.',
  };
  layout.list = [...(layout.list ?? []), 'publishAt'];
}

export const COMPONENT_LAYOUTS: Record<string, Layout> = {
  'pledge.target': {
    labels: {
      label: 'Nội dung chỉ tiêu',
      atLeast: 'Ít nhất (tối thiểu)',
      quantity: 'Số lượng',
      quantityMax: 'Số lượng tối đa',
      unit: 'Đơn vị tính',
      note: 'Ghi chú',
    },
    hints: { quantityMax: 'Chỉ điền khi chỉ tiêu là một khoảng, ví dụ giảm 1,5–2%.' },
    mainField: 'label',
  },
  'shared.seo': {
    labels: {
      metaTitle: 'Tiêu đề khi chia sẻ',
      metaDescription: 'Mô tả khi chia sẻ',
      shareImage: 'Ảnh khi chia sẻ',
      noIndex: 'Ẩn khỏi máy tìm kiếm',
    },
  },
  'navigation.link': {
    labels: { label: 'Tên hiển thị', url: 'Địa chỉ' },
    hints: { url: 'Trong cổng: bắt đầu bằng /, ví dụ /gioi-thieu/. Trang ngoài: https://…' },
    mainField: 'label',
  },
  'navigation.menu-item': {
    labels: { label: 'Tên hiển thị', url: 'Địa chỉ', children: 'Mục con' },
    hints: { url: 'Trong cổng: bắt đầu bằng /, ví dụ /gioi-thieu/. Trang ngoài: https://…' },
    mainField: 'label',
  },
  'shared.contact': {
    labels: { address: 'Địa chỉ', phone: 'Điện thoại', email: 'Thư điện tử' },
  },
};

interface Metadata {
  edit?: { label?: string; description?: string };
  list?: { label?: string };
}
interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: unknown };
}

function apply(configuration: Configuration, layout: Layout): Configuration {
  const labels = { ...SYSTEM_LABELS, ...layout.labels };
  const metadatas = { ...configuration.metadatas };
  for (const [field, metadata] of Object.entries(metadatas)) {
    const label = labels[field];
    const hint = layout.hints?.[field];
    metadatas[field] = {
      ...metadata,
      edit: metadata.edit && {
        ...metadata.edit,
        ...(label ? { label } : {}),
        ...(hint ? { description: hint } : {}),
      },
      list: metadata.list && { ...metadata.list, ...(label ? { label } : {}) },
    };
  }
  const settings = { ...configuration.settings };
  if (layout.sort) [settings.defaultSortBy, settings.defaultSortOrder] = layout.sort;
  if (layout.mainField) settings.mainField = layout.mainField;
  const list = layout.list?.filter((field) => field in metadatas) ?? configuration.layouts.list;
  return { ...configuration, settings, metadatas, layouts: { ...configuration.layouts, list } };
}

/** Writes the Vietnamese admin layouts into the Content Manager's stored configuration. */
export async function applyAdminLayouts(strapi: Core.Strapi) {
  const contentManager = strapi.plugin('content-manager');
  for (const [kind, layouts] of [
    ['content-types', CONTENT_TYPE_LAYOUTS],
    ['components', COMPONENT_LAYOUTS],
  ] as const) {
    const service = contentManager.service(kind);
    for (const [uid, layout] of Object.entries(layouts)) {
      const model =
        kind === 'content-types' ? strapi.contentType(uid as never) : strapi.components[uid as never];
      if (!model) continue;
      const current = (await service.findConfiguration(model)) as Configuration & { uid: string };
      const { uid: _uid, ...rest } = current;
      await service.updateConfiguration(model, apply(rest, layout));
    }
  }
}
