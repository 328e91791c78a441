// Demo leaders (Lãnh đạo) of the central union and two provinces, with one past term: sample people,
// marked as such in their biography, for the chief editor to replace.

export interface DemoLeader {
  name: string;
  position: string;
  /** Organisation slug. */
  organisation: string;
  startYear: number;
  endYear?: number;
  current: boolean;
  order: number;
  biography: string;
}

const SAMPLE = 'Dữ liệu mẫu của cổng thông tin.';

export const DEMO_LEADERS: DemoLeader[] = [
  {
    name: 'Nguyễn Thị Minh Hằng',
    position: 'Chủ tịch Hội LHPN Việt Nam',
    organisation: 'trung-uong-hoi-lhpn-viet-nam',
    startYear: 2022,
    endYear: 2027,
    current: true,
    order: 1,
    biography: `Cử nhân Luật, thạc sĩ Quản lý công; nhiều năm công tác Hội từ cơ sở. ${SAMPLE}`,
  },
  {
    name: 'Trần Thị Thu Hà',
    position: 'Phó Chủ tịch Thường trực',
    organisation: 'trung-uong-hoi-lhpn-viet-nam',
    startYear: 2022,
    endYear: 2027,
    current: true,
    order: 2,
    biography: `Phụ trách công tác tổ chức, cán bộ và thi đua khen thưởng. ${SAMPLE}`,
  },
  {
    name: 'Lê Thị Bích Ngọc',
    position: 'Chủ tịch Hội LHPN Việt Nam',
    organisation: 'trung-uong-hoi-lhpn-viet-nam',
    startYear: 2017,
    endYear: 2022,
    current: false,
    order: 1,
    biography: `Chủ tịch Hội nhiệm kỳ 2017–2022. ${SAMPLE}`,
  },
  {
    name: 'Hoàng Thị Thanh Thủy',
    position: 'Chủ tịch Hội LHPN tỉnh',
    organisation: 'hoi-lhpn-tinh-quang-tri',
    startYear: 2021,
    endYear: 2026,
    current: true,
    order: 1,
    biography: `Quê Hướng Hóa; trước đó là Chủ tịch Hội LHPN huyện Hướng Hóa. ${SAMPLE}`,
  },
  {
    name: 'Phạm Thị Lan Anh',
    position: 'Phó Chủ tịch Hội LHPN tỉnh',
    organisation: 'hoi-lhpn-tinh-quang-tri',
    startYear: 2021,
    endYear: 2026,
    current: true,
    order: 2,
    biography: `Phụ trách các đề án hỗ trợ phụ nữ khởi nghiệp. ${SAMPLE}`,
  },
  {
    name: 'Đỗ Thị Mai',
    position: 'Chủ tịch Hội LHPN tỉnh',
    organisation: 'hoi-lhpn-tinh-ha-nam',
    startYear: 2021,
    endYear: 2026,
    current: true,
    order: 1,
    biography: `Nguyên Phó Chủ tịch Hội LHPN thành phố Phủ Lý. ${SAMPLE}`,
  },
];
