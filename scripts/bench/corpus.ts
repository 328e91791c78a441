// A deterministic synthetic corpus of the portal at scale: Vietnamese-looking text built from
// the demo content's own vocabulary, an organisation tree, projects, pledges, videos and a pool
// of distinct JPEG covers drawn by sharp. The same seed gives the same corpus.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** mulberry32: small, fast, deterministic. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!,
  };
}

const VOCABULARY =
  `hội liên hiệp phụ nữ tỉnh huyện xã cơ sở hội viên cán bộ gia đình trẻ em phong trào thi đua giao ước
chương trình phối hợp đề án hỗ trợ khởi nghiệp giảm nghèo bền vững
nông thôn mới đô thị văn minh an toàn bạo lực phòng chống
tuyên truyền vận động giáo dục pháp luật kinh tế tập thể mô hình tiết kiệm nhà tiêu hợp vệ sinh biên giới biên cương
đồng bào dân tộc thiểu số sinh kế vốn vay hướng dẫn kỹ thuật chăn nuôi trồng trọt
sản phẩm địa phương thị trường tiêu thụ
tổng kết đánh giá kết quả nhiệm vụ năm trọng tâm khâu đột phá nâng cao chất lượng hoạt động tổ chức đại hội nhiệm kỳ
biểu dương điển hình tiên tiến khen thưởng bằng khen cờ thi đua xuất sắc dẫn đầu khối cụm đồng bằng sông Hồng miền Trung
chăm sóc sức khỏe sinh sản dinh dưỡng học sinh trường học bữa ăn học bổng áo ấm mùa đông thiên tai bão lũ cứu trợ
chuyển đổi số kỹ năng số thương mại điện tử hợp tác xã tổ hợp tác doanh nghiệp nữ doanh nhân câu lạc bộ chi hội
năm thôn bản làng mạc vùng sâu vùng xa ven biển miền núi đồng bằng Quảng Trị Hà Nam Ninh Bình Hướng Hóa Đakrông`
    .split(/\s+/)
    .filter(Boolean);

const PROVINCES = [
  'Quảng Trị',
  'Hà Nam',
  'Ninh Bình',
  'Nam Định',
  'Thái Bình',
  'Hưng Yên',
  'Hải Dương',
  'Hải Phòng',
  'Bắc Ninh',
  'Vĩnh Phúc',
  'Phú Thọ',
  'Thái Nguyên',
  'Lạng Sơn',
  'Cao Bằng',
  'Hà Giang',
  'Lào Cai',
  'Yên Bái',
  'Sơn La',
  'Điện Biên',
  'Lai Châu',
  'Hòa Bình',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Bình',
  'Thừa Thiên Huế',
  'Quảng Nam',
  'Quảng Ngãi',
  'Bình Định',
  'Phú Yên',
  'Khánh Hòa',
  'Gia Lai',
  'Đắk Lắk',
  'Lâm Đồng',
];

export interface CorpusSizes {
  articles: number;
  organisations: number;
  projects: number;
  pledges: number;
  videos: number;
  covers: number;
}

export function sizesFor(articles: number): CorpusSizes {
  const scale = Math.min(1, articles / 10_000);
  return {
    articles,
    organisations: Math.max(10, Math.round(200 * Math.max(scale, 0.1))),
    projects: Math.max(5, Math.round(40 * Math.max(scale, 0.25))),
    pledges: Math.max(5, Math.round(300 * scale)),
    videos: Math.max(5, Math.round(500 * scale)),
    covers: Math.max(8, Math.min(60, Math.round(articles / 100))),
  };
}

/** The corpus as plain data, relations by slug, in the shape the CMS loader reads. */
export interface Corpus {
  covers: string[];
  organisations: Array<{
    slug: string;
    name: string;
    shortName: string;
    kind: string;
    level: string;
    parent: string | null;
    province: string;
    description: string;
  }>;
  projects: Array<{
    slug: string;
    code: string;
    title: string;
    legalBasis: string;
    issuer: string;
    startYear: number;
    endYear: number;
    summary: string;
    body: string;
    leadOrganisation: string;
    cover: string;
  }>;
  pledges: Array<{
    slug: string;
    title: string;
    kind: string;
    startYear: number;
    endYear: number | null;
    theme: string;
    signedOn: string;
    summary: string;
    host: string;
    signatories: string[];
    targets: Array<{ label: string; atLeast: boolean; quantity: number; unit: string }>;
  }>;
  videos: Array<{
    slug: string;
    title: string;
    date: string;
    description: string;
    externalUrl: string;
    duration: number;
    organisations: string[];
    projects: string[];
    thumbnail: string;
  }>;
  articles: Array<{
    slug: string;
    title: string;
    date: string;
    lead: string;
    body: string;
    byline: string;
    sourceUnit: string;
    featured: boolean;
    coverCaption: string;
    cover: string;
    organisations: string[];
    projects: string[];
    pledges: string[];
    videos: string[];
  }>;
}

/** Generates the corpus text (covers are file names; drawCovers makes the files). */
export function generateCorpus(sizes: CorpusSizes, seed = 2019): Corpus {
  const rng = random(seed);
  const words = (min: number, max: number) =>
    Array.from({ length: rng.int(min, max) }, () => rng.pick(VOCABULARY)).join(' ');
  const sentence = (min: number, max: number) => {
    const text = words(min, max);
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence(8, 22)).join(' ');
  const covers = Array.from({ length: sizes.covers }, (_, i) => `bia-${String(i + 1).padStart(3, '0')}.jpg`);

  const organisations: Corpus['organisations'] = [
    {
      slug: 'to-chuc-trung-uong',
      name: 'Trung ương Hội LHPN Việt Nam',
      shortName: 'TW Hội',
      kind: 'women_union',
      level: 'central',
      parent: null,
      province: 'Hà Nội',
      description: paragraph(2),
    },
  ];
  const provinceCount = Math.min(PROVINCES.length, Math.max(3, Math.round(sizes.organisations / 6)));
  for (let p = 0; p < provinceCount; p++) {
    organisations.push({
      slug: `to-chuc-tinh-${p + 1}`,
      name: `Hội LHPN tỉnh ${PROVINCES[p]}`,
      shortName: `Hội LHPN ${PROVINCES[p]}`,
      kind: 'women_union',
      level: 'province',
      parent: 'to-chuc-trung-uong',
      province: PROVINCES[p]!,
      description: paragraph(2),
    });
  }
  for (let d = 0; organisations.length < sizes.organisations; d++) {
    const p = d % provinceCount;
    organisations.push({
      slug: `to-chuc-huyen-${d + 1}`,
      name: `Hội LHPN huyện ${words(1, 2)} ${d + 1}`,
      shortName: `Hội LHPN huyện ${d + 1}`,
      kind: 'women_union',
      level: 'district',
      parent: `to-chuc-tinh-${p + 1}`,
      province: PROVINCES[p]!,
      description: paragraph(1),
    });
  }

  const projects: Corpus['projects'] = Array.from({ length: sizes.projects }, (_, i) => {
    const start = rng.int(2010, 2022);
    return {
      slug: `de-an-mau-${i + 1}`,
      code: String(100 + i),
      title: `Đề án ${sentence(5, 10).slice(0, -1)}`,
      legalBasis: `Quyết định ${100 + i}/QĐ-TTg`,
      issuer: 'Thủ tướng Chính phủ',
      startYear: start,
      endYear: start + rng.int(2, 8),
      summary: sentence(15, 30),
      body: [paragraph(3), '## Mục tiêu', paragraph(2)].join('\n\n'),
      leadOrganisation: 'to-chuc-trung-uong',
      cover: rng.pick(covers),
    };
  });

  const orgSlugs = organisations.map((o) => o.slug);
  const pledges: Corpus['pledges'] = Array.from({ length: sizes.pledges }, (_, i) => {
    const start = rng.int(2019, 2025);
    return {
      slug: `giao-uoc-mau-${i + 1}`,
      title: `Giao ước thi đua ${sentence(4, 8).slice(0, -1)} ${start}`,
      kind: rng.next() < 0.8 ? 'emulation_pledge' : 'cooperation_programme',
      startYear: start,
      endYear: rng.next() < 0.5 ? null : start + rng.int(1, 3),
      theme: sentence(5, 10),
      signedOn: `${start - 1}-12-${String(rng.int(10, 28)).padStart(2, '0')}`,
      summary: sentence(15, 30),
      host: rng.pick(orgSlugs),
      signatories: Array.from({ length: rng.int(2, 5) }, () => rng.pick(orgSlugs)).filter(
        (s, j, all) => all.indexOf(s) === j,
      ),
      targets: Array.from({ length: rng.int(3, 10) }, () => ({
        label: sentence(4, 10).slice(0, -1),
        atLeast: rng.next() < 0.4,
        quantity: rng.int(1, 2000),
        unit: rng.pick(['hộ', 'người', 'mô hình', 'hoạt động', 'lớp']),
      })),
    };
  });

  const projectSlugs = projects.map((p) => p.slug);
  const date = (i: number, total: number) => {
    // Five years, spread evenly and jittered, newest last.
    const start = Date.UTC(2021, 0, 1);
    const span = 5 * 365 * 86_400_000;
    return new Date(start + Math.floor(((i + rng.next()) / total) * span)).toISOString();
  };
  const videos: Corpus['videos'] = Array.from({ length: sizes.videos }, (_, i) => ({
    slug: `video-mau-${i + 1}`,
    title: sentence(6, 14).slice(0, -1),
    date: date(i, sizes.videos),
    description: paragraph(1),
    externalUrl: `https://www.youtube.com/watch?v=BENCH${String(i).padStart(6, '0')}`,
    duration: rng.int(60, 1200),
    organisations: [rng.pick(orgSlugs)],
    projects: rng.next() < 0.5 ? [rng.pick(projectSlugs)] : [],
    thumbnail: rng.pick(covers),
  }));

  const videoSlugs = videos.map((v) => v.slug);
  const pledgeSlugs = pledges.map((p) => p.slug);
  const articles: Corpus['articles'] = Array.from({ length: sizes.articles }, (_, i) => {
    const bodyParts: string[] = [];
    const targetWords = rng.int(400, 1500);
    let count = 0;
    let images = rng.int(0, 3);
    while (count < targetWords) {
      const roll = rng.next();
      let block: string;
      if (roll < 0.1) block = `## ${sentence(4, 9).slice(0, -1)}`;
      else if (roll < 0.2)
        block = Array.from({ length: rng.int(2, 5) }, () => `- ${sentence(5, 14)}`).join('\n');
      else if (roll < 0.25)
        block =
          'Xem thêm tại [trang của Hội](https://hoilhpn.org.vn) và ' +
          `[tin liên quan](/tin-tuc/tin-mau-${rng.int(1, sizes.articles)}/).`;
      else if (roll < 0.3 && images > 0) {
        images--;
        block = `![${sentence(4, 8).slice(0, -1)}](/uploads/${rng.pick(covers)})`;
      } else block = paragraph(rng.int(2, 6));
      count += block.split(/\s+/).length;
      bodyParts.push(block);
    }
    const org = rng.pick(organisations);
    return {
      slug: `tin-mau-${i + 1}`,
      title: sentence(8, 20).slice(0, -1),
      date: date(i, sizes.articles),
      lead: sentence(30, 60),
      body: bodyParts.join('\n\n'),
      byline: rng.pick(['Bình An', 'Thu Hà', 'Minh Thư', 'Lan Anh', 'Hồng Nhung']),
      sourceUnit: org.shortName,
      featured: rng.next() < 0.01,
      coverCaption: sentence(6, 14),
      cover: rng.pick(covers),
      organisations: [org.slug, ...(rng.next() < 0.3 ? [rng.pick(orgSlugs)] : [])].filter(
        (s, j, all) => all.indexOf(s) === j,
      ),
      projects: rng.next() < 0.4 ? [rng.pick(projectSlugs)] : [],
      pledges: rng.next() < 0.1 && pledgeSlugs.length > 0 ? [rng.pick(pledgeSlugs)] : [],
      videos: rng.next() < 0.05 ? [rng.pick(videoSlugs)] : [],
    };
  });

  return { covers, organisations, projects, pledges, videos, articles };
}

/** Draws the cover pool: distinct 1600×900 JPEGs of random shapes over a gradient. */
export async function drawCovers(names: string[], dir: string, seed = 2019) {
  mkdirSync(dir, { recursive: true });
  const rng = random(seed + 1);
  const colour = () => `hsl(${rng.int(0, 359)} ${rng.int(35, 75)}% ${rng.int(35, 80)}%)`;
  for (const name of names) {
    const shapes = Array.from({ length: rng.int(6, 14) }, () =>
      rng.next() < 0.5
        ? `<circle cx="${rng.int(0, 1600)}" cy="${rng.int(0, 900)}" r="${rng.int(40, 420)}" ` +
          `fill="${colour()}" opacity="0.${rng.int(3, 8)}"/>`
        : `<rect x="${rng.int(-200, 1500)}" y="${rng.int(-200, 800)}" ` +
          `width="${rng.int(80, 700)}" height="${rng.int(80, 500)}" ` +
          `fill="${colour()}" opacity="0.${rng.int(3, 8)}" ` +
          `transform="rotate(${rng.int(-40, 40)} 800 450)"/>`,
    ).join('');
    const gradient =
      '<linearGradient id="g" x1="0" y1="0" x2="1" y2="1">' +
      `<stop offset="0" stop-color="${colour()}"/><stop offset="1" stop-color="${colour()}"/>` +
      '</linearGradient>';
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">' +
      `<defs>${gradient}</defs><rect width="1600" height="900" fill="url(#g)"/>${shapes}</svg>`;
    // Grain makes the JPEGs photo-sized rather than flat-colour tiny.
    const noise = await sharp({
      create: {
        width: 1600,
        height: 900,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 24 },
      },
    })
      .png()
      .toBuffer();
    const image = await sharp(Buffer.from(svg))
      .composite([{ input: noise, blend: 'overlay' }])
      .jpeg({ quality: 80 })
      .toBuffer();
    writeFileSync(path.join(dir, name), image);
  }
}
