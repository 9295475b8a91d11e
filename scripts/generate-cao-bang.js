#!/usr/bin/env node
// Writes the Cao Bang sample fair: src/data/samples/cao-bang/{feed.json, plan.svg, img/}.
//   node scripts/generate-cao-bang.js
// The content is written by hand below; the geometry (booths, doors, aisles and
// the plan drawn under them) is computed here so doors always sit on an aisle.
// Facts from the press coverage of the week (Dec 2025); producers and prices are
// illustrative, not a directory of real businesses.
// Long because it is the sample's content, written by hand in two languages
// (producers, their stories and products, places, events): the logic is the
// geometry and the plan's drawing, and the feed's assembly is shared with
// generate-son-la.js (sample-feed.js).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeIllustrations } from './generate-sample-images.js';
import { boothsOf, producerImage, productsOf } from './sample-feed.js';

const OUT = fileURLToPath(new URL('../src/data/samples/cao-bang/', import.meta.url));
const t = (vi, en) => ({ vi, en });

// ---------------------------------------------------------------- geometry
// One level, 1600 × 1000 px ≈ 12 px per metre. Two rows of tents face each
// other across the main aisle; a cross aisle from the main gate cuts through.
const SIZE = [1600, 1000];
const TENT = [110, 90];
const COLUMNS = [260, 380, 620, 740, 860, 980, 1100];
const ROW_A_Y = 400; // tents north of the aisle, doors on their south side
const ROW_B_Y = 570; // tents south of the aisle, doors on their north side
const AISLE_Y = 530;
const CROSS_X = 555;
const NORTH_Y = 300; // lakeside promenade
const SOUTH_Y = 800;
const WEST_X = 150;
const EAST_X = 1480;

function tent(id, x, y, doorSide) {
  const [w, h] = TENT;
  const door = [x + w / 2, doorSide === 'south' ? y + h : y];
  return { id, label: id, level: 'park', rect: [x, y, w, h], door };
}

const tents = [
  ...COLUMNS.map((x, i) => tent(`A0${i + 1}`, x, ROW_A_Y, 'south')),
  ...COLUMNS.map((x, i) => tent(`B0${i + 1}`, x, ROW_B_Y, 'north')),
];

const paths = [
  {
    level: 'park',
    points: [
      [60, AISLE_Y],
      [1300, AISLE_Y],
    ],
  }, // main aisle, west gate → stage
  {
    level: 'park',
    points: [
      [CROSS_X, NORTH_Y],
      [CROSS_X, 975],
    ],
  }, // cross aisle, main gate → lake
  {
    level: 'park',
    points: [
      [WEST_X, NORTH_Y],
      [EAST_X, NORTH_Y],
    ],
  }, // lakeside promenade
  {
    level: 'park',
    points: [
      [WEST_X, SOUTH_Y],
      [EAST_X, SOUTH_Y],
    ],
  }, // south promenade
  {
    level: 'park',
    points: [
      [WEST_X, NORTH_Y],
      [WEST_X, SOUTH_Y],
    ],
  },
  {
    level: 'park',
    points: [
      [EAST_X, NORTH_Y],
      [EAST_X, SOUTH_Y],
    ],
  },
  // a short spur from each door to the aisle, so routes end at the door itself
  ...tents.map((b) => ({ level: 'park', points: [b.door, [b.door[0], AISLE_Y]] })),
];

// ---------------------------------------------------------------- content
const categories = [
  { id: 'tea', name: t('Chè & trà thảo mộc', 'Tea & herbal tea'), color: '#3e7c4a' },
  { id: 'grains', name: t('Gạo, miến & bún', 'Rice & noodles'), color: '#b7832b' },
  { id: 'cakes', name: t('Bánh truyền thống', 'Traditional cakes'), color: '#c0612b' },
  { id: 'food', name: t('Đặc sản & thực phẩm', 'Specialties & food'), color: '#a63d40' },
  { id: 'herbs', name: t('Dược liệu', 'Medicinal herbs'), color: '#2b7a8c' },
  { id: 'crafts', name: t('Thủ công & thổ cẩm', 'Handicrafts & brocade'), color: '#6d4c9f' },
];
const IMAGE_OF = { tea: 'tea', grains: 'grains', cakes: 'cakes', food: 'food', herbs: 'herbs', crafts: 'crafts' };

const TRACE = 'https://trace.example.vn/cao-bang/';

/** Producers with their booths and products; a product's `image` defaults to its category's. */
const producers = [
  {
    id: 'htx-thach-den-thach-an',
    booths: ['A01'],
    name: t('HTX Thạch đen Thạch An', 'Thach An Black Jelly Cooperative'),
    region: t('Thạch An, Cao Bằng', 'Thach An, Cao Bang'),
    community: t('Người Tày', 'Tay people'),
    story: t(
      `Cây thạch đen mọc trên những sườn đồi đá vôi của **Thạch An**. Mỗi mùa thu, các gia đình Tày cắt cây, phơi khô dưới nắng rồi ủ cho lá chuyển màu nâu sẫm — bí quyết làm nên vị thơm ngậy rất riêng.

Hợp tác xã được 18 hộ thành lập năm 2016 để cùng giữ giống và bán chung. Hôm nay thạch đen Thạch An có mặt ở nhiều siêu thị tại Hà Nội.

### Cách nấu
1. Rửa sạch 100 g thạch đen khô, ninh với 3 lít nước trong 2 giờ.
2. Lọc lấy nước, hòa với bột năng rồi đun sôi.
3. Để nguội cho đông, ăn với nước đường và đá.`,
      `Black jelly grass grows on the limestone hills of **Thach An**. Every autumn, Tay families cut it, dry it in the sun and cure it until the leaves turn dark brown — the secret of its rich, smoky flavour.

Eighteen households founded the cooperative in 2016 to keep their seed stock and sell together. Today Thach An black jelly is on supermarket shelves across Hanoi.

### How to cook it
1. Rinse 100 g of dried jelly grass and simmer it in 3 litres of water for two hours.
2. Strain, stir in tapioca starch and bring back to the boil.
3. Let it set, then serve with syrup and ice.`,
    ),
    products: [
      {
        id: 'thach-den-kho-500g',
        name: t('Thạch đen khô', 'Dried black jelly grass'),
        category: 'food',
        image: 'herbs',
        ocop: 4,
        price: 90000,
        unit: t('túi 500 g', '500 g bag'),
        trace: true,
        tags: ['bestseller'],
        description: t(
          'Cây thạch đen phơi và ủ theo cách truyền thống, không chất bảo quản.',
          'Jelly grass sun-dried and cured the traditional way, with no preservatives.',
        ),
      },
      {
        id: 'bot-thach-den-200g',
        name: t('Bột thạch đen', 'Black jelly powder'),
        category: 'food',
        ocop: 3,
        price: 65000,
        unit: t('hộp 200 g', '200 g box'),
        description: t('Pha nhanh trong 10 phút, tiện cho gia đình.', 'Sets in ten minutes; handy for home cooks.'),
      },
      {
        id: 'thach-den-an-lien',
        name: t('Thạch đen ăn liền', 'Ready-to-eat black jelly'),
        category: 'food',
        ocop: 3,
        price: 15000,
        unit: t('cốc 250 g', '250 g cup'),
        description: t('Thưởng thức ngay tại gian hàng.', 'Try it right at the booth.'),
      },
    ],
  },
  {
    id: 'htx-mien-dong-nguyen-binh',
    booths: ['A02'],
    name: t('HTX Miến dong Nguyên Bình', 'Nguyen Binh Arrowroot Vermicelli Cooperative'),
    region: t('Nguyên Bình, Cao Bằng', 'Nguyen Binh, Cao Bang'),
    community: t('Người Dao và người Tày', 'Dao and Tay people'),
    story: t(
      `Củ dong riềng được trồng trên nương ở độ cao hơn 800 m, nơi sương mù phủ kín mỗi sáng. Người làm miến chỉ tráng bánh vào những ngày **nắng hanh**, để sợi miến khô đều, dai mà không gãy.

Hợp tác xã thu mua củ dong của hơn 120 hộ, trả giá ổn định trước mùa vụ. Miến dong của hợp tác xã đạt **OCOP 4 sao** và đã theo các đoàn xúc tiến thương mại sang Nhật Bản.

Xem quy trình sản xuất trên [trang truy xuất nguồn gốc](https://trace.example.vn/cao-bang/mien-dong-500g).`,
      `Arrowroot (canna) is grown on hill fields above 800 m, where mist covers the slopes every morning. The vermicelli makers only spread their sheets on **dry, sunny days**, so the strands dry evenly and stay chewy without breaking.

The cooperative buys roots from more than 120 households at a price agreed before the season. Its vermicelli holds **four OCOP stars** and has travelled with trade missions to Japan.

See how it is made on the [traceability page](https://trace.example.vn/cao-bang/mien-dong-500g).`,
    ),
    products: [
      {
        id: 'mien-dong-500g',
        name: t('Miến dong Nguyên Bình', 'Nguyen Binh arrowroot vermicelli'),
        category: 'grains',
        ocop: 4,
        price: 55000,
        unit: t('gói 500 g', '500 g pack'),
        trace: true,
        tags: ['bestseller'],
        description: t(
          'Sợi miến trong, dai, không hóa chất tẩy trắng.',
          'Clear, chewy strands with no bleaching agents.',
        ),
      },
      {
        id: 'mien-dong-1kg',
        name: t('Miến dong Nguyên Bình', 'Nguyen Binh arrowroot vermicelli'),
        category: 'grains',
        ocop: 4,
        price: 100000,
        unit: t('gói 1 kg', '1 kg pack'),
      },
      {
        id: 'mien-dong-hop-qua',
        name: t('Hộp quà miến dong', 'Arrowroot vermicelli gift box'),
        category: 'grains',
        ocop: 4,
        price: 150000,
        unit: t('hộp 3 gói × 400 g', 'box of 3 × 400 g'),
        tags: ['gift'],
        description: t(
          'Hộp giấy kraft in họa tiết thổ cẩm, hợp làm quà Tết.',
          'A kraft box printed with brocade motifs, a good Tet gift.',
        ),
      },
    ],
  },
  {
    id: 'htx-nong-san-hoa-an',
    booths: ['A03'],
    name: t('HTX Nông sản Hòa An', 'Hoa An Farm Produce Cooperative'),
    region: t('Hòa An, Cao Bằng', 'Hoa An, Cao Bang'),
    community: t('Người Tày và người Nùng', 'Tay and Nung people'),
    story: t(
      `Bún khô ngũ sắc của Hòa An lấy màu hoàn toàn từ thiên nhiên: **lá cẩm** cho màu tím, **gấc** cho màu đỏ, **nghệ** cho màu vàng, **lá dứa** cho màu xanh và gạo trắng giữ màu nguyên bản.

Sản phẩm đã theo các nhà phân phối đến những thị trường khó tính như **Hoa Kỳ, Nhật Bản và EU**. Mỗi lô hàng đều được kiểm nghiệm và gắn mã truy xuất nguồn gốc.

- Không phẩm màu tổng hợp
- Không hàn the
- Nấu chín trong 5 phút`,
      `Hoa An's five-colour dried vermicelli takes every colour from nature: **magenta leaf** for purple, **gac fruit** for red, **turmeric** for yellow, **pandan** for green and plain rice for white.

Through its distributors it has reached demanding markets such as the **United States, Japan and the EU**. Every batch is lab-tested and carries a traceability code.

- No synthetic colours
- No borax
- Cooks in five minutes`,
    ),
    products: [
      {
        id: 'bun-kho-ngu-sac-500g',
        name: t('Bún khô ngũ sắc', 'Five-colour dried vermicelli'),
        category: 'grains',
        ocop: 4,
        price: 75000,
        unit: t('gói 500 g', '500 g pack'),
        trace: true,
        tags: ['export', 'bestseller'],
        description: t(
          'Năm màu từ lá cẩm, gấc, nghệ, lá dứa và gạo.',
          'Five colours from magenta leaf, gac, turmeric, pandan and rice.',
        ),
      },
      {
        id: 'bun-kho-ngu-sac-300g',
        name: t('Bún khô ngũ sắc', 'Five-colour dried vermicelli'),
        category: 'grains',
        ocop: 4,
        price: 45000,
        unit: t('gói 300 g', '300 g pack'),
        tags: ['export'],
      },
      {
        id: 'bun-gao-lut-500g',
        name: t('Bún gạo lứt', 'Brown rice vermicelli'),
        category: 'grains',
        ocop: 3,
        price: 60000,
        unit: t('gói 500 g', '500 g pack'),
      },
    ],
  },
  {
    id: 'htx-nep-huong-bao-lac',
    booths: ['A04'],
    name: t('HTX Nếp hương Bảo Lạc', 'Bao Lac Fragrant Sticky Rice Cooperative'),
    region: t('Bảo Lạc, Cao Bằng', 'Bao Lac, Cao Bang'),
    community: t('Người Mông và người Dao', 'Hmong and Dao people'),
    story: t(
      `Nếp hương Bảo Lạc chỉ cấy được một vụ mỗi năm trên những thửa ruộng bậc thang ven sông Gâm. Hạt gạo tròn, trắng đục; khi đồ xôi, **mùi thơm lan khắp nhà**.

Hợp tác xã canh tác theo tiêu chuẩn **VietGAP**, giữ giống nếp cổ mà các gia đình Mông, Dao đã gieo trồng qua nhiều thế hệ.`,
      `Bao Lac fragrant sticky rice grows just one crop a year, on terraces above the Gam River. The grains are round and milky white; steam them and **the whole house smells of it**.

The cooperative farms to **VietGAP** standards and keeps the old glutinous variety that Hmong and Dao families have sown for generations.`,
    ),
    products: [
      {
        id: 'nep-huong-bao-lac-2kg',
        name: t('Gạo nếp hương Bảo Lạc', 'Bao Lac fragrant sticky rice'),
        category: 'grains',
        ocop: 3,
        certifications: ['VietGAP'],
        price: 80000,
        unit: t('túi 2 kg', '2 kg bag'),
        trace: true,
      },
      {
        id: 'nep-huong-bao-lac-5kg',
        name: t('Gạo nếp hương Bảo Lạc', 'Bao Lac fragrant sticky rice'),
        category: 'grains',
        ocop: 3,
        certifications: ['VietGAP'],
        price: 190000,
        unit: t('bao 5 kg', '5 kg sack'),
      },
    ],
  },
  {
    id: 'co-so-banh-quang-uyen',
    booths: ['A05'],
    name: t('Cơ sở Bánh truyền thống Quảng Uyên', 'Quang Uyen Traditional Cakes'),
    region: t('Quảng Uyên, Cao Bằng', 'Quang Uyen, Cao Bang'),
    community: t('Người Nùng', 'Nung people'),
    story: t(
      `Bà Nông Thị Lan bắt đầu làm **bánh khảo** từ bếp nhà mình năm 1998. Bột nếp rang, đường phên và nhân lạc vừng được nén trong khuôn gỗ chạm hoa văn, rồi sấy trên than hồng.

Cơ sở nay có 12 lao động, phần lớn là phụ nữ Nùng trong bản. Vào dịp Tết, cơ sở còn gói **bánh chưng** bằng gạo nếp nương và lá dong rừng.`,
      `Mrs Nong Thi Lan began making **banh khao** in her own kitchen in 1998. Roasted sticky-rice flour, cane sugar and a peanut-sesame filling are pressed into carved wooden moulds, then dried over glowing charcoal.

The workshop now employs twelve people, most of them Nung women from the village. Around Tet it also wraps **banh chung** with hill-grown sticky rice and wild dong leaves.`,
    ),
    products: [
      {
        id: 'banh-khao-400g',
        name: t('Bánh khảo Quảng Uyên', 'Quang Uyen banh khao'),
        category: 'cakes',
        ocop: 3,
        price: 70000,
        unit: t('hộp 400 g', '400 g box'),
        tags: ['gift'],
        description: t(
          'Bánh bột nếp rang nhân lạc vừng, ngọt thanh.',
          'Roasted sticky-rice cake with a peanut and sesame filling, gently sweet.',
        ),
      },
      {
        id: 'banh-chung-nep-nuong',
        name: t('Bánh chưng nếp nương', 'Banh chung with hill sticky rice'),
        category: 'cakes',
        ocop: 3,
        price: 55000,
        unit: t('chiếc 1 kg', '1 kg cake'),
      },
      {
        id: 'banh-gai-10',
        name: t('Bánh gai', 'Ramie leaf cake'),
        category: 'cakes',
        ocop: 3,
        price: 60000,
        unit: t('hộp 10 chiếc', 'box of 10'),
      },
    ],
  },
  {
    id: 'htx-giao-co-lam-ha-quang',
    booths: ['A06'],
    name: t('HTX Giảo cổ lam Hà Quảng', 'Ha Quang Jiaogulan Cooperative'),
    region: t('Hà Quảng, Cao Bằng', 'Ha Quang, Cao Bang'),
    community: t('Người Nùng', 'Nung people'),
    story: t(
      `Giảo cổ lam là loại dây leo mọc dưới tán rừng vùng biên Hà Quảng. Hợp tác xã đưa cây về trồng dưới tán rừng tự nhiên, **không phun thuốc**, thu hái bằng tay khi lá đủ năm lá chét.

Sau khi sấy lạnh, lá giữ được màu xanh và vị ngọt hậu. Trà túi lọc của hợp tác xã đạt **OCOP 4 sao** năm 2024.`,
      `Jiaogulan is a vine that grows under the forest canopy along the Ha Quang border. The cooperative cultivates it beneath natural forest, **with no spraying**, and picks by hand once each leaf has five leaflets.

Cold-drying keeps the leaves green and their sweet aftertaste. Its tea bags earned **four OCOP stars** in 2024.`,
    ),
    products: [
      {
        id: 'tra-giao-co-lam-tui-loc',
        name: t('Trà Giảo cổ lam túi lọc', 'Jiaogulan tea bags'),
        category: 'tea',
        ocop: 4,
        price: 60000,
        unit: t('hộp 25 túi', 'box of 25 bags'),
        trace: true,
        tags: ['bestseller'],
      },
      {
        id: 'giao-co-lam-kho-500g',
        name: t('Giảo cổ lam khô', 'Dried jiaogulan'),
        category: 'tea',
        ocop: 3,
        price: 150000,
        unit: t('túi 500 g', '500 g bag'),
      },
    ],
  },
  {
    id: 'htx-duoc-lieu-phja-oac',
    booths: ['A07'],
    name: t('HTX Dược liệu Phja Oắc', 'Phja Oac Herb Cooperative'),
    region: t('Nguyên Bình, Cao Bằng', 'Nguyen Binh, Cao Bang'),
    community: t('Người Dao Tiền', 'Dao Tien people'),
    story: t(
      `Dưới chân núi **Phja Oắc**, người Dao Tiền có kho tri thức về cây thuốc được truyền qua nhiều đời. Hợp tác xã trồng chè dây, khổ qua rừng và hà thủ ô theo quy trình dược liệu sạch.

Mỗi sản phẩm ghi rõ vùng trồng và ngày thu hái. Các bài thuốc gia truyền chỉ được giới thiệu, **không thay thế lời khuyên của thầy thuốc**.`,
      `At the foot of **Phja Oac** mountain, the Dao Tien people hold a body of plant knowledge handed down for generations. The cooperative grows ampelopsis, wild bitter melon and fo-ti to clean-herb standards.

Every pack names its growing area and harvest date. Family remedies are shared as tradition, **not as a substitute for a doctor's advice**.`,
    ),
    products: [
      {
        id: 'che-day-500g',
        name: t('Chè dây Cao Bằng', 'Cao Bang ampelopsis tea'),
        category: 'herbs',
        ocop: 3,
        price: 120000,
        unit: t('túi 500 g', '500 g bag'),
      },
      {
        id: 'tra-kho-qua-rung',
        name: t('Trà khổ qua rừng', 'Wild bitter melon tea'),
        category: 'herbs',
        ocop: 3,
        price: 90000,
        unit: t('hộp 300 g', '300 g box'),
        tags: ['export'],
        description: t(
          'Khổ qua rừng thái lát, sấy khô, vị đắng dịu.',
          'Sliced, dried wild bitter melon with a mild bitterness.',
        ),
      },
      {
        id: 'ha-thu-o-do',
        name: t('Hà thủ ô đỏ thái lát', 'Sliced red fo-ti root'),
        category: 'herbs',
        ocop: 3,
        price: 180000,
        unit: t('túi 500 g', '500 g bag'),
      },
    ],
  },
  {
    id: 'htx-lap-xuong-nuoc-hai',
    booths: ['B01'],
    name: t('HTX Lạp xưởng Nước Hai', 'Nuoc Hai Sausage Cooperative'),
    region: t('Hòa An, Cao Bằng', 'Hoa An, Cao Bang'),
    community: t('Người Tày', 'Tay people'),
    story: t(
      `Lạp xưởng Cao Bằng làm từ thịt lợn đen nuôi thả, ướp **rượu ngô, mắc khén và đường phên**, rồi hong trên gác bếp củi cho đến khi se vỏ.

Hợp tác xã giữ đúng công thức của các bếp Tày ở Nước Hai, nhưng sản xuất trong xưởng đạt chuẩn an toàn thực phẩm. Sản phẩm đạt **OCOP 4 sao**.`,
      `Cao Bang sausage is made from free-range black pig, seasoned with **corn liquor, mac khen pepper and cane sugar**, then hung above a wood fire until the casing tightens.

The cooperative keeps the recipe of the Tay kitchens of Nuoc Hai while working in a food-safety certified workshop. The sausage holds **four OCOP stars**.`,
    ),
    products: [
      {
        id: 'lap-xuong-500g',
        name: t('Lạp xưởng Cao Bằng', 'Cao Bang sausage'),
        category: 'food',
        image: 'meat',
        ocop: 4,
        price: 160000,
        unit: t('túi 500 g', '500 g pack'),
        trace: true,
        tags: ['bestseller'],
      },
      {
        id: 'lap-xuong-1kg',
        name: t('Lạp xưởng Cao Bằng', 'Cao Bang sausage'),
        category: 'food',
        image: 'meat',
        ocop: 4,
        price: 300000,
        unit: t('túi 1 kg', '1 kg pack'),
        tags: ['gift'],
      },
    ],
  },
  {
    id: 'ho-kinh-doanh-lung-pu',
    booths: ['B02'],
    name: t('Hộ kinh doanh Thịt hun khói Lũng Pù', 'Lung Pu Smoked Meat'),
    region: t('Bảo Lâm, Cao Bằng', 'Bao Lam, Cao Bang'),
    community: t('Người Mông', 'Hmong people'),
    story: t(
      `Ở bản Lũng Pù, người Mông treo thịt trên gác bếp suốt mùa đông. Khói củi nghiến và gỗ táo mèo cho thịt **màu nâu đỏ** và mùi thơm đặc trưng.

Gia đình anh Vàng A Pó đã đưa món ăn quen thuộc ấy thành sản phẩm hút chân không, đủ điều kiện vận chuyển xa.`,
      `In the village of Lung Pu, Hmong families hang meat above the hearth all winter. Smoke from ironwood and wild apple wood gives it a **red-brown colour** and a distinctive aroma.

Mr Vang A Po's family turned that everyday food into a vacuum-packed product that travels well.`,
    ),
    products: [
      {
        id: 'thit-lon-hun-khoi',
        name: t('Thịt lợn hun khói', 'Smoked pork'),
        category: 'food',
        image: 'meat',
        ocop: 3,
        price: 250000,
        unit: t('gói 500 g', '500 g pack'),
        description: t('Thịt lợn bản hun khói củi 30 ngày.', 'Village pork smoked over a wood fire for 30 days.'),
      },
      {
        id: 'thit-trau-hun-khoi',
        name: t('Thịt trâu hun khói', 'Smoked buffalo'),
        category: 'food',
        image: 'meat',
        ocop: 3,
        price: 420000,
        unit: t('gói 500 g', '500 g pack'),
      },
    ],
  },
  {
    id: 'htx-tao-trung-khanh',
    booths: ['B03'],
    name: t('HTX Táo Trùng Khánh', 'Trung Khanh Apple Cooperative'),
    region: t('Trùng Khánh, Cao Bằng', 'Trung Khanh, Cao Bang'),
    community: t('Người Tày', 'Tay people'),
    story: t(
      `Giấm táo của hợp tác xã được **lên men tự nhiên** trong chum sành suốt sáu tháng, không pha axit hay hương liệu.

Nguồn táo lấy từ các vườn đồi quanh thác Bản Giốc; phần bã sau ép được ủ làm phân bón, trả lại cho vườn.`,
      `The cooperative's apple cider vinegar **ferments naturally** in earthenware jars for six months, with no added acid or flavouring.

The apples come from hillside orchards around Ban Gioc waterfall; the pressed pulp is composted and goes back to the orchards.`,
    ),
    products: [
      {
        id: 'giam-tao-500ml',
        name: t('Giấm táo lên men tự nhiên', 'Naturally fermented apple cider vinegar'),
        category: 'food',
        ocop: 3,
        price: 65000,
        unit: t('chai 500 ml', '500 ml bottle'),
      },
      {
        id: 'giam-tao-hop-qua',
        name: t('Hộp quà giấm táo', 'Apple cider vinegar gift set'),
        category: 'food',
        ocop: 3,
        price: 180000,
        unit: t('hộp 3 chai', 'set of 3 bottles'),
        tags: ['gift'],
      },
    ],
  },
  {
    id: 'htx-gia-vi-huu-co-trung-khanh',
    booths: ['B04'],
    name: t('HTX Gia vị hữu cơ Trùng Khánh', 'Trung Khanh Organic Spice Cooperative'),
    region: t('Trùng Khánh, Cao Bằng', 'Trung Khanh, Cao Bang'),
    community: t('Người Tày và người Nùng', 'Tay and Nung people'),
    story: t(
      `Hợp tác xã liên kết với 60 hộ trồng ớt, gừng, nghệ và hồi theo tiêu chuẩn **hữu cơ**. Gia vị được sấy ở nhiệt độ thấp rồi nghiền mịn, giữ nguyên tinh dầu.

Bột gia vị hữu cơ Cao Bằng đã được xuất sang **Hoa Kỳ, Nhật Bản và EU**. Tại gian hàng còn có hạt dẻ Trùng Khánh — đặc sản mà du khách nào cũng hỏi mua.`,
      `The cooperative works with sixty households growing chilli, ginger, turmeric and star anise to **organic** standards. The spices are dried at low temperature and finely milled to keep their essential oils.

Cao Bang organic spice powders are exported to the **United States, Japan and the EU**. The booth also sells Trung Khanh chestnuts — the specialty every visitor asks for.`,
    ),
    products: [
      {
        id: 'bot-ot-huu-co',
        name: t('Bột ớt hữu cơ', 'Organic chilli powder'),
        category: 'food',
        image: 'spice',
        ocop: 3,
        certifications: ['organic'],
        price: 45000,
        unit: t('lọ 100 g', '100 g jar'),
        tags: ['export'],
      },
      {
        id: 'bot-nghe-huu-co',
        name: t('Bột nghệ hữu cơ', 'Organic turmeric powder'),
        category: 'food',
        image: 'spice',
        ocop: 4,
        certifications: ['organic'],
        price: 55000,
        unit: t('lọ 100 g', '100 g jar'),
        trace: true,
        tags: ['export'],
      },
      {
        id: 'hat-de-trung-khanh',
        name: t('Hạt dẻ Trùng Khánh', 'Trung Khanh chestnuts'),
        category: 'food',
        image: 'nuts',
        ocop: 3,
        price: 150000,
        unit: 'kg',
        tags: ['bestseller'],
      },
    ],
  },
  {
    id: 'htx-dan-lat-ha-lang',
    booths: ['B05'],
    name: t('HTX Đan lát Hạ Lang', 'Ha Lang Weaving Cooperative'),
    region: t('Hạ Lang, Cao Bằng', 'Ha Lang, Cao Bang'),
    community: t('Người Nùng', 'Nung people'),
    story: t(
      `Tre, trúc và giang mọc quanh các bản người Nùng ở Hạ Lang. Đàn ông vót nan, phụ nữ đan; mỗi chiếc giỏ mất từ một đến ba ngày.

Hợp tác xã thiết kế thêm hộp trà, khay và bộ đũa để sản phẩm **bước vào căn bếp thành phố**.`,
      `Bamboo and rattan grow all around the Nung villages of Ha Lang. The men split the strips, the women weave; a basket takes from one to three days.

The cooperative added tea caddies, trays and chopstick sets so the craft can **find a place in city kitchens**.`,
    ),
    products: [
      {
        id: 'hop-tra-tre',
        name: t('Hộp đựng trà bằng tre', 'Bamboo tea caddy'),
        category: 'crafts',
        ocop: 3,
        price: 120000,
        unit: t('chiếc', 'piece'),
        image: 'bamboo',
      },
      {
        id: 'gio-dan-tre',
        name: t('Giỏ tre đan tay', 'Hand-woven bamboo basket'),
        category: 'crafts',
        ocop: 3,
        price: 180000,
        unit: t('chiếc', 'piece'),
        image: 'bamboo',
      },
      {
        id: 'dua-tre-10-doi',
        name: t('Đũa tre', 'Bamboo chopsticks'),
        category: 'crafts',
        price: 60000,
        unit: t('bộ 10 đôi', 'set of 10 pairs'),
        image: 'bamboo',
      },
    ],
  },
  {
    id: 'htx-tho-cam-dao-tien',
    booths: ['B06', 'B07'],
    name: t('HTX Thổ cẩm Dao Tiền', 'Dao Tien Brocade Cooperative'),
    region: t('Nguyên Bình, Cao Bằng', 'Nguyen Binh, Cao Bang'),
    community: t('Người Dao Tiền', 'Dao Tien people'),
    story: t(
      `## Sợi chàm giữ bản sắc
Phụ nữ Dao Tiền tự trồng bông, se sợi, nhuộm chàm và **in hoa văn bằng sáp ong** — một kỹ thuật hiếm còn giữ được ở Việt Nam.

Hợp tác xã có 35 thành viên, đều là phụ nữ. Họ dạy nghề cho các em gái trong bản mỗi tối thứ bảy, để hoa văn của bà, của mẹ không bị mai một.

Trong tuần hàng, các nghệ nhân **trình diễn vẽ sáp ong** ngay tại gian hàng B06.`,
      `## Indigo that keeps a culture
Dao Tien women grow their own cotton, spin it, dye it with indigo and **draw patterns in beeswax** — a resist technique that few places in Vietnam still keep.

The cooperative's 35 members are all women. Every Saturday evening they teach the girls of the village, so their grandmothers' and mothers' patterns are not lost.

During the week, the artisans **demonstrate beeswax drawing** right at booth B06.`,
    ),
    products: [
      {
        id: 'khan-tho-cam-cham',
        name: t('Khăn thổ cẩm nhuộm chàm', 'Indigo brocade scarf'),
        category: 'crafts',
        ocop: 3,
        price: 250000,
        unit: t('chiếc', 'piece'),
        tags: ['gift'],
      },
      {
        id: 'tui-tho-cam',
        name: t('Túi xách thổ cẩm', 'Brocade handbag'),
        category: 'crafts',
        ocop: 4,
        price: 320000,
        unit: t('chiếc', 'piece'),
        tags: ['gift', 'bestseller'],
      },
      {
        id: 'vi-tho-cam',
        name: t('Ví thổ cẩm', 'Brocade wallet'),
        category: 'crafts',
        ocop: 3,
        price: 120000,
        unit: t('chiếc', 'piece'),
      },
      {
        id: 'tranh-sap-ong',
        name: t('Tranh vẽ sáp ong', 'Beeswax-resist indigo panel'),
        category: 'crafts',
        price: 450000,
        unit: t('tấm 40 × 60 cm', '40 × 60 cm panel'),
        description: t('Mỗi tấm là một bản duy nhất.', 'Each panel is one of a kind.'),
      },
    ],
  },
];

const places = [
  { id: 'gate-main', kind: 'entrance', level: 'park', at: [CROSS_X, 975], name: t('Cổng chính', 'Main gate') },
  { id: 'gate-west', kind: 'entrance', level: 'park', at: [60, AISLE_Y], name: t('Cổng phía tây', 'West gate') },
  { id: 'kiosk-1', kind: 'kiosk', level: 'park', at: [CROSS_X + 25, 880], name: t('Bạn đang ở đây', 'You are here') },
  { id: 'info', kind: 'info', level: 'park', at: [CROSS_X - 30, 880], name: t('Bàn thông tin', 'Information desk') },
  { id: 'stage', kind: 'stage', level: 'park', at: [1330, AISLE_Y], name: t('Sân khấu chính', 'Main stage') },
  {
    id: 'food-court',
    kind: 'food',
    level: 'park',
    at: [300, SOUTH_Y + 40],
    name: t('Khu ẩm thực Cao Bằng', 'Cao Bang food court'),
  },
  { id: 'restroom', kind: 'restroom', level: 'park', at: [EAST_X, SOUTH_Y + 45], name: t('Nhà vệ sinh', 'Restrooms') },
  { id: 'first-aid', kind: 'first-aid', level: 'park', at: [1380, SOUTH_Y + 35], name: t('Sơ cứu', 'First aid') },
  { id: 'parking', kind: 'parking', level: 'park', at: [820, 845], name: t('Bãi gửi xe máy', 'Motorbike parking') },
];

const events = [
  {
    id: 'opening',
    title: t('Lễ khai mạc Tuần hàng', 'Opening ceremony'),
    start: '2025-12-26T08:30:00+07:00',
    end: '2025-12-26T09:30:00+07:00',
    place: 'stage',
    description: t(
      'Phát biểu của Sở Công Thương Cao Bằng, cắt băng và tham quan các gian hàng.',
      'Remarks by the Cao Bang Department of Industry and Trade, ribbon cutting and a tour of the booths.',
    ),
  },
  {
    id: 'tasting-thach-den',
    title: t('Nếm thử thạch đen Thạch An', 'Thach An black jelly tasting'),
    start: '2025-12-26T14:00:00+07:00',
    end: '2025-12-26T16:00:00+07:00',
    booth: 'A01',
  },
  {
    id: 'brocade-demo',
    title: t('Trình diễn vẽ sáp ong trên vải chàm', 'Beeswax drawing on indigo cloth'),
    start: '2025-12-27T09:00:00+07:00',
    end: '2025-12-27T11:00:00+07:00',
    booth: 'B06',
    description: t(
      'Nghệ nhân Dao Tiền hướng dẫn khách tự vẽ một họa tiết nhỏ.',
      'Dao Tien artisans help visitors draw a small motif of their own.',
    ),
  },
  {
    id: 'tasting-banh-khao',
    title: t('Nếm thử bánh khảo và trà Giảo cổ lam', 'Banh khao and jiaogulan tea tasting'),
    start: '2025-12-27T15:00:00+07:00',
    end: '2025-12-27T17:00:00+07:00',
    booth: 'A05',
  },
  {
    id: 'then-singing',
    title: t('Hát then, đàn tính', 'Then singing with the tinh lute'),
    start: '2025-12-27T19:00:00+07:00',
    end: '2025-12-27T20:30:00+07:00',
    place: 'stage',
    description: t(
      'Làn điệu then của người Tày, Nùng Cao Bằng.',
      'The then songs of the Tay and Nung people of Cao Bang.',
    ),
  },
  {
    id: 'cooking-smoked-meat',
    title: t('Chế biến món thịt hun khói', 'Cooking with smoked meat'),
    start: '2025-12-28T10:00:00+07:00',
    end: '2025-12-28T11:30:00+07:00',
    place: 'food-court',
  },
  {
    id: 'closing',
    title: t('Bế mạc Tuần hàng', 'Closing ceremony'),
    start: '2025-12-29T16:00:00+07:00',
    end: '2025-12-29T17:00:00+07:00',
    place: 'stage',
  },
];

// ---------------------------------------------------------------- assemble
function buildFeed() {
  const booths = boothsOf(tents, producers);
  const products = productsOf(producers, IMAGE_OF, TRACE);
  return {
    version: 1,
    fair: {
      id: 'cao-bang-goods-week-2025',
      name: t('Tuần hàng Cao Bằng tại Hà Nội', 'Cao Bang Goods Week in Hanoi'),
      venue: t('Công viên Cầu Giấy, Hà Nội', 'Cau Giay Park, Hanoi'),
      dates: { start: '2025-12-24', end: '2025-12-29' },
      timezone: 'Asia/Ho_Chi_Minh',
      locales: ['vi', 'en'],
      organizer: {
        name: t('Sở Công Thương Cao Bằng', 'Cao Bang Department of Industry and Trade'),
        url: 'https://congthuong.example.vn/cao-bang',
      },
      theme: { primary: '#0b6e4f', accent: '#f2a541', logo: 'logo.svg', font: 'Be Vietnam Pro, sans-serif' },
      share: 'https://fair.example.vn/cao-bang-2025/{kind}/{id}?from={from}',
      guide: 'https://fair.example.vn/cao-bang-2025/guide/',
    },
    map: { type: 'plan', levels: [{ id: 'park', name: t('Công viên', 'Park'), image: 'plan.svg', size: SIZE }] },
    categories,
    booths,
    producers: producers.map((p) => ({
      id: p.id,
      name: p.name,
      region: p.region,
      community: p.community,
      story: p.story,
      images: [producerImage(p, IMAGE_OF)],
      contact: { website: `https://${p.id}.example.vn`, email: `lienhe@${p.id}.example.vn` },
    })),
    products,
    places,
    paths,
    events,
  };
}

// ---------------------------------------------------------------- the plan
function line(points) {
  return points.map(([x, y], i) => `${i ? 'L' : 'M'}${x} ${y}`).join('');
}

/** Trees on the lawns, spaced on a jittered grid; a fixed seed keeps the drawing stable. */
function trees() {
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const keepOut = [
    [120, 260, 1410, 580], // plaza, promenades, stage
    [860, 40, 1520, 270], // lake
    [120, 770, 1400, 220], // south promenade, food court, gate
    [1440, 260, 90, 620], // east walk
    [630, 130, 230, 160], // pavilion and its label
    [0, 470, 140, 120], // west gate labels
  ];
  const inside = (x, y) => keepOut.some(([kx, ky, kw, kh]) => x > kx && x < kx + kw && y > ky && y < ky + kh);
  const out = [];
  for (let gx = 30; gx < 1600; gx += 70) {
    for (let gy = 30; gy < 1000; gy += 70) {
      const x = Math.round(gx + rand() * 40 - 20);
      const y = Math.round(gy + rand() * 40 - 20);
      if (!inside(x, y) && rand() > 0.35) out.push(`<circle cx="${x}" cy="${y}" r="${Math.round(14 + rand() * 10)}"/>`);
    }
  }
  return out.join('');
}

function planSvg() {
  const [w, h] = SIZE;
  const walk = (pts, width) => `<path d="${line(pts)}" stroke-width="${width}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" font-family="Be Vietnam Pro, system-ui, sans-serif">
<title>Công viên Cầu Giấy — mặt bằng Tuần hàng Cao Bằng / Cau Giay Park — Cao Bang Goods Week plan</title>
<rect width="${w}" height="${h}" fill="#e4ecdd"/>
<!-- lake and its loop path -->
<ellipse cx="1190" cy="160" rx="330" ry="112" fill="none" stroke="#ece5d6" stroke-width="22"/>
<ellipse cx="1190" cy="160" rx="310" ry="95" fill="#cfe0e6"/>
<path d="M980 150c60-30 140-34 210-20" stroke="#e3eef2" stroke-width="6" fill="none" stroke-linecap="round"/>
<text x="1190" y="168" text-anchor="middle" font-size="24" fill="#6f8d99">Hồ · Lake</text>
<!-- walks and promenades -->
<g fill="none" stroke="#ece5d6" stroke-linecap="round" stroke-linejoin="round">
${walk(
  [
    [WEST_X, NORTH_Y],
    [EAST_X, NORTH_Y],
  ],
  44,
)}
${walk(
  [
    [WEST_X, SOUTH_Y],
    [EAST_X, SOUTH_Y],
  ],
  44,
)}
${walk(
  [
    [WEST_X, NORTH_Y],
    [WEST_X, SOUTH_Y],
  ],
  40,
)}
${walk(
  [
    [EAST_X, NORTH_Y],
    [EAST_X, SOUTH_Y],
  ],
  40,
)}
${walk(
  [
    [20, AISLE_Y],
    [WEST_X, AISLE_Y],
  ],
  40,
)}
${walk(
  [
    [CROSS_X, SOUTH_Y],
    [CROSS_X, 1000],
  ],
  60,
)}
${walk(
  [
    [CROSS_X, NORTH_Y],
    [CROSS_X, 390],
  ],
  40,
)}
</g>
<!-- the fair plaza: paved, under a marquee outline -->
<rect x="220" y="360" width="1050" height="340" rx="18" fill="#f2ede3"/>
<rect x="${WEST_X}" y="${AISLE_Y - 40}" width="${1300 - WEST_X}" height="80" fill="#e9e1d1"/>
<rect x="${CROSS_X - 55}" y="360" width="110" height="340" fill="#e9e1d1"/>
<rect x="236" y="382" width="1018" height="300" rx="10" fill="none" stroke="#b9ad97" stroke-width="2" stroke-dasharray="10 8"/>
<text x="250" y="374" font-size="18" fill="#8a7d66">Nhà bạt gian hàng · Booth marquee</text>
<!-- stage (places such as the stage, gates and services are labelled by the map itself) -->
<rect x="1320" y="440" width="110" height="180" rx="6" fill="#d8cfbf" stroke="#a89b84" stroke-width="2"/>
<path d="M1320 440v180" stroke="#8f816a" stroke-width="6"/>
<!-- food court tents -->
<g fill="#efe6d6" stroke="#c4b59b" stroke-width="2">
<rect x="190" y="830" width="80" height="70" rx="6"/><rect x="285" y="830" width="80" height="70" rx="6"/><rect x="380" y="830" width="80" height="70" rx="6"/>
</g>
<!-- services -->
<rect x="1350" y="830" width="170" height="60" rx="6" fill="#e6e1d8" stroke="#b9b0a0" stroke-width="2"/>
<rect x="700" y="840" width="240" height="80" rx="8" fill="#e3e1dc" stroke="#bdb7ab" stroke-width="2" stroke-dasharray="6 6"/>
<!-- a lakeside pavilion -->
<path d="M700 190l40-24 40 24v44h-80z" fill="#e8ddcb" stroke="#a99577" stroke-width="2"/>
<text x="740" y="256" text-anchor="middle" font-size="15" fill="#7c6f5c">Chòi nghỉ · Pavilion</text>
<!-- trees -->
<g fill="#bcd0b1" stroke="#a9c09d" stroke-width="2" opacity="0.9">${trees()}</g>
</svg>
`;
}

function logoSvg() {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" role="img" aria-label="Cao Bằng">
<circle cx="32" cy="32" r="31" fill="#0b6e4f"/>
<path d="M8 44l14-18 8 10 10-16 16 24z" fill="#f2a541"/>
<path d="M14 48c10-4 26-4 36 0" stroke="#e8f3ee" stroke-width="3" fill="none" stroke-linecap="round"/>
</svg>
`;
}

const feed = buildFeed();
mkdirSync(OUT, { recursive: true });
// Exactly the illustrations the feed names (a product's own, else its category's).
const used = [...feed.products, ...feed.producers]
  .flatMap((x) => x.images)
  .map((path) => path.replace(/^img\/(.*)\.svg$/, '$1'));
writeIllustrations(`${OUT}img`, [...new Set(used)].sort());
writeFileSync(`${OUT}feed.json`, `${JSON.stringify(feed, null, 2)}\n`);
writeFileSync(`${OUT}plan.svg`, planSvg());
writeFileSync(`${OUT}logo.svg`, logoSvg());
console.log(
  `cao-bang: ${feed.booths.length} booths, ${feed.producers.length} producers, ${feed.products.length} products`,
);
