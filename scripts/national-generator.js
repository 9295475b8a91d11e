// The national sample fair, generated: "Hội chợ Đặc sản vùng miền Việt Nam 2025"
// at Royal City, Hanoi. A pure ES module (no Node or DOM APIs) so the CLI
// (scripts/generate-national.js) and the browser tests import the same code:
//   generateNational({ booths, products, seed }) → { feed, plan }
// The same options always give the same feed: all randomness comes from a
// seeded PRNG, never Math.random. Regions, provinces and specialties come from
// the press coverage of the fair; producers are composed from parts, except the
// five named in that coverage. Provinces are the ones in force since July 2025.

/** Options of the committed sample. */
export const NATIONAL_DEFAULTS = Object.freeze({ booths: 216, products: 2160, seed: 2025 });

/** mulberry32: tiny, fast, good enough to pick names and prices; also the benches' generator. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Vietnamese without diacritics, for English text and ids (đ → d as well). */
export function unaccent(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
const slug = (s) =>
  unaccent(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);
const titleCase = (s) => s.split(' ').map(cap).join(' ');

// ---------------------------------------------------------------- catalogue
const CATEGORIES = [
  ['tea', 'Chè & trà', 'Tea', '#3e7c4a'],
  ['coffee', 'Cà phê', 'Coffee', '#7a4b2e'],
  ['grains', 'Gạo, bún & miến', 'Rice & noodles', '#b7832b'],
  ['fruit', 'Trái cây & hạt', 'Fruit & nuts', '#d06b2a'],
  ['seafood', 'Hải sản & nước mắm', 'Seafood & fish sauce', '#2f6f9f'],
  ['meat', 'Thịt khô & giò chả', 'Dried meat & charcuterie', '#a63d40'],
  ['spices', 'Gia vị', 'Spices & condiments', '#c0392b'],
  ['sweets', 'Bánh kẹo & đường', 'Sweets & sugar', '#c46f9a'],
  ['herbs', 'Dược liệu & mật ong', 'Herbs, honey & health', '#2b7a8c'],
  ['crafts', 'Thủ công mỹ nghệ', 'Handicrafts', '#6d4c9f'],
];
const IMAGE_OF = {
  tea: 'tea',
  coffee: 'coffee',
  grains: 'grains',
  fruit: 'fruit',
  seafood: 'seafood',
  meat: 'meat',
  spices: 'spice',
  sweets: 'cakes',
  herbs: 'herbs',
  crafts: 'crafts',
};

// Units: [vi, en, price factor, tags]
const UNITS = {
  small: [
    ['hộp 100 g', '100 g box', 1],
    ['hộp 200 g', '200 g box', 1.9],
    ['túi 500 g', '500 g bag', 4.4],
    ['hộp quà 2 × 100 g', 'gift box, 2 × 100 g', 2.4, 'gift'],
  ],
  weight: [
    ['túi 500 g', '500 g bag', 1],
    ['túi 1 kg', '1 kg bag', 1.9],
    ['bao 5 kg', '5 kg sack', 9],
    ['hộp quà 1 kg', '1 kg gift box', 2.4, 'gift'],
  ],
  bottle: [
    ['chai 250 ml', '250 ml bottle', 1],
    ['chai 500 ml', '500 ml bottle', 1.8],
    ['hộp quà 2 chai', 'gift set of 2 bottles', 4, 'gift'],
  ],
  jar: [
    ['hũ 200 g', '200 g jar', 1],
    ['hũ 500 g', '500 g jar', 2.3],
    ['hộp quà 3 hũ', 'gift set of 3 jars', 3.4, 'gift'],
  ],
  fresh: [
    ['kg', 'kg', 1],
    ['thùng 5 kg', '5 kg crate', 4.6],
    ['hộp quà 2 kg', '2 kg gift box', 2.5, 'gift'],
  ],
  piece: [
    ['chiếc', 'piece', 1],
    ['bộ 2 chiếc', 'set of 2', 1.9],
    ['bộ quà tặng', 'gift set', 2.6, 'gift'],
  ],
};
// Qualifiers: [vi, en, price factor, certification]
const QUALITY = [
  ['', '', 1],
  ['thượng hạng', 'premium', 1.4],
  ['hữu cơ', 'organic', 1.3, 'organic'],
  ['đặc biệt', 'special', 1.2],
  ['truyền thống', 'traditional', 1.05],
];
const CRAFT = [
  ['', '', 1],
  ['thủ công', 'handmade', 1.2],
  ['họa tiết cổ', 'heritage pattern', 1.3],
  ['cỡ lớn', 'large', 1.6],
];

/**
 * One catalogue item: name, category, unit family, base price (VND), then in any
 * order: `true` if it takes the producer's locality into its name ("Miến dong
 * Bình Liêu"), an illustration name, and the provinces that make it.
 */
function item(vi, en, cat, units, price, ...rest) {
  return {
    vi,
    en,
    cat,
    units,
    price,
    localized: rest.includes(true),
    image: rest.find((r) => typeof r === 'string'),
    where: rest.find(Array.isArray),
  };
}

/** Halls by region: provinces with localities, the communities there (and where, if not everywhere), and what they make. */
const HALLS = [
  {
    id: 'A',
    vi: 'Tây Bắc & miền núi phía Bắc',
    en: 'Northwest & northern uplands',
    provinces: {
      'Lào Cai': ['Sa Pa', 'Bắc Hà', 'Mường Khương', 'Văn Chấn', 'Mù Cang Chải', 'Y Tý', 'Bát Xát'],
      'Tuyên Quang': ['Đồng Văn', 'Hoàng Su Phì', 'Na Hang', 'Lâm Bình'],
      'Sơn La': ['Mộc Châu', 'Tà Xùa', 'Vân Hồ'],
      'Điện Biên': ['Mường Thanh', 'Tủa Chùa'],
      'Lai Châu': ['Sìn Hồ', 'Tam Đường'],
      'Cao Bằng': ['Trùng Khánh', 'Nguyên Bình'],
      'Lạng Sơn': ['Bắc Sơn', 'Hữu Lũng'],
      'Thái Nguyên': ['Tân Cương', 'Định Hóa'],
      'Hà Nội': ['Bát Tràng', 'Phú Vinh', 'Ba Vì', 'Ước Lễ'],
    },
    communities: [
      ['Tày', 'Tay'],
      ['Nùng', 'Nung'],
      ['Mông', 'Hmong'],
      ['Dao', 'Dao'],
      ['Thái', 'Thai'],
      ['Kinh', 'Kinh'],
    ],
    items: [
      item('Chè Shan tuyết', 'Shan Tuyet tea', 'tea', 'small', 120000, true, [
        'Lào Cai',
        'Tuyên Quang',
        'Sơn La',
        'Lai Châu',
        'Điện Biên',
      ]),
      item('Chè Tân Cương', 'Tan Cuong green tea', 'tea', 'small', 90000, ['Thái Nguyên']),
      item('Gạo Séng Cù', 'Seng Cu rice', 'grains', 'weight', 35000, ['Lào Cai', 'Lai Châu']),
      item('Miến dong', 'arrowroot vermicelli', 'grains', 'weight', 50000, true, [
        'Cao Bằng',
        'Lạng Sơn',
        'Tuyên Quang',
        'Sơn La',
      ]),
      item('Tương ớt Mường Khương', 'Muong Khuong chilli sauce', 'spices', 'bottle', 35000, ['Lào Cai']),
      item('Ớt khô Mường Khương', 'dried Muong Khuong chillies', 'spices', 'small', 30000, ['Lào Cai']),
      item('Mắc khén rừng', 'wild mac khen pepper', 'spices', 'small', 60000, ['Sơn La', 'Điện Biên', 'Lai Châu']),
      item('Thịt trâu gác bếp', 'smoked buffalo', 'meat', 'weight', 420000, true, [
        'Sơn La',
        'Điện Biên',
        'Lai Châu',
        'Lào Cai',
        'Tuyên Quang',
      ]),
      item('Lạp xưởng gác bếp', 'smoked sausage', 'meat', 'weight', 170000, true, [
        'Cao Bằng',
        'Lạng Sơn',
        'Sơn La',
        'Lào Cai',
      ]),
      item('Hạt dẻ Trùng Khánh', 'Trung Khanh chestnuts', 'fruit', 'fresh', 140000, 'nuts', ['Cao Bằng']),
      item('Mận hậu sấy dẻo', 'soft-dried plums', 'fruit', 'small', 45000, true, ['Sơn La', 'Lào Cai']),
      item('Mật ong bạc hà', 'mint flower honey', 'herbs', 'bottle', 160000, true, 'honey', ['Tuyên Quang']),
      item('Tam thất', 'notoginseng root', 'herbs', 'small', 250000, true, ['Lào Cai', 'Tuyên Quang', 'Lai Châu']),
      item('Thổ cẩm', 'brocade', 'crafts', 'piece', 220000, true, [
        'Lào Cai',
        'Tuyên Quang',
        'Sơn La',
        'Điện Biên',
        'Cao Bằng',
      ]),
      item('Gốm Bát Tràng', 'Bat Trang ceramics', 'crafts', 'piece', 180000, false, 'ceramics', ['Hà Nội']),
      item('Mây tre đan Phú Vinh', 'Phu Vinh rattan and bamboo', 'crafts', 'piece', 150000, false, 'bamboo', [
        'Hà Nội',
      ]),
      item('Cốm làng Vòng', 'Vong village green rice flakes', 'sweets', 'small', 60000, ['Hà Nội']),
    ],
  },
  {
    id: 'B',
    vi: 'Miền Trung',
    en: 'Central Vietnam',
    provinces: {
      'Thanh Hóa': ['Sầm Sơn', 'Hậu Lộc', 'Quảng Xương'],
      'Nghệ An': ['Nam Đàn', 'Quỳ Hợp', 'Diễn Châu'],
      'Hà Tĩnh': ['Hương Khê', 'Vũ Quang', 'Phúc Trạch'],
      Huế: ['Hương Trà', 'Phong Điền'],
      'Đà Nẵng': ['Hội An', 'Đại Lộc', 'Trà My'],
      'Quảng Ngãi': ['Lý Sơn', 'Ba Tơ', 'Sa Huỳnh'],
      'Khánh Hòa': ['Phan Rang', 'Ninh Hải', 'Nha Trang', 'Vạn Ninh'],
    },
    communities: [
      ['Kinh', 'Kinh'],
      ['Chăm', 'Cham', ['Khánh Hòa']],
      ['Cơ Tu', 'Co Tu', ['Đà Nẵng', 'Huế']],
      ['Thái', 'Thai', ['Nghệ An', 'Thanh Hóa']],
    ],
    items: [
      item('Tỏi Lý Sơn', 'Ly Son garlic', 'spices', 'fresh', 120000, ['Quảng Ngãi']),
      item('Tỏi đen Lý Sơn', 'Ly Son black garlic', 'spices', 'jar', 150000, ['Quảng Ngãi']),
      item('Nho Ninh Thuận', 'Ninh Thuan grapes', 'fruit', 'fresh', 70000, ['Khánh Hòa']),
      item('Nho sấy Ninh Thuận', 'Ninh Thuan raisins', 'fruit', 'small', 45000, ['Khánh Hòa']),
      item('Nước mắm truyền thống', 'traditional fish sauce', 'seafood', 'bottle', 60000, true, [
        'Khánh Hòa',
        'Quảng Ngãi',
        'Nghệ An',
        'Thanh Hóa',
      ]),
      item('Nước mắm Thanh Hóa', 'Thanh Hoa fish sauce', 'seafood', 'bottle', 55000, ['Thanh Hóa']),
      item('Mực một nắng', 'sun-dried squid', 'seafood', 'weight', 450000, true, [
        'Khánh Hòa',
        'Quảng Ngãi',
        'Thanh Hóa',
      ]),
      item('Nem chua Thanh Hóa', 'Thanh Hoa fermented pork rolls', 'meat', 'jar', 60000, ['Thanh Hóa']),
      item('Trầm hương', 'agarwood incense', 'crafts', 'piece', 300000, true, 'incense', [
        'Hà Tĩnh',
        'Khánh Hòa',
        'Đà Nẵng',
      ]),
      item('Mè xửng Huế', 'Hue sesame candy', 'sweets', 'small', 35000, ['Huế']),
      item('Kẹo cu đơ', 'cu do peanut candy', 'sweets', 'small', 40000, true, ['Hà Tĩnh']),
      item('Bưởi Phúc Trạch', 'Phuc Trach pomelo', 'fruit', 'fresh', 45000, ['Hà Tĩnh']),
      item('Yến sào Khánh Hòa', "Khanh Hoa bird's nest", 'herbs', 'small', 900000, 'food', ['Khánh Hòa']),
      item('Tương Nam Đàn', 'Nam Dan soybean paste', 'spices', 'bottle', 30000, ['Nghệ An']),
      item('Bánh tráng', 'rice paper', 'grains', 'weight', 40000, true, ['Đà Nẵng', 'Huế', 'Quảng Ngãi']),
      item('Sâm Trà My', 'Tra My ginseng', 'herbs', 'small', 600000, ['Đà Nẵng']),
    ],
  },
  {
    id: 'C',
    vi: 'Tây Nguyên',
    en: 'Central Highlands',
    provinces: {
      'Đắk Lắk': ['Buôn Ma Thuột', 'Krông Pắc', "Ea H'leo", 'Buôn Đôn'],
      'Lâm Đồng': ['Đà Lạt', 'Bảo Lộc', 'Cầu Đất', 'Gia Nghĩa', 'Đắk Mil'],
      'Gia Lai': ['Pleiku', 'Chư Sê', 'Krông Pa', 'Kbang'],
      'Quảng Ngãi': ['Kon Tum', 'Tu Mơ Rông', 'Đắk Tô'],
    },
    communities: [
      ['Ê Đê', 'Ede', ['Đắk Lắk']],
      ['Gia Rai', 'Jarai', ['Gia Lai']],
      ['Ba Na', 'Bahnar', ['Gia Lai', 'Quảng Ngãi']],
      ['Xơ Đăng', 'Xo Dang', ['Quảng Ngãi']],
      ['Cơ Ho', 'Koho', ['Lâm Đồng']],
      ['Kinh', 'Kinh'],
    ],
    items: [
      item('Cà phê Robusta', 'Robusta coffee', 'coffee', 'small', 90000, true, ['Đắk Lắk', 'Gia Lai', 'Lâm Đồng']),
      item('Cà phê Arabica Cầu Đất', 'Cau Dat Arabica coffee', 'coffee', 'small', 140000, ['Lâm Đồng']),
      item('Cà phê hạt rang', 'roasted coffee beans', 'coffee', 'weight', 160000, true, [
        'Đắk Lắk',
        'Gia Lai',
        'Lâm Đồng',
      ]),
      item('Hồng treo gió Đà Lạt', 'Da Lat wind-dried persimmons', 'fruit', 'small', 90000, ['Lâm Đồng']),
      item('Hạt mắc ca', 'macadamia nuts', 'fruit', 'small', 65000, true, 'nuts', ['Lâm Đồng', 'Đắk Lắk']),
      item('Sầu riêng sấy', 'dried durian', 'fruit', 'small', 80000, true, ['Đắk Lắk', 'Lâm Đồng']),
      item('Bò một nắng Krông Pa', 'Krong Pa sun-dried beef', 'meat', 'weight', 380000, ['Gia Lai']),
      item('Hạt tiêu Chư Sê', 'Chu Se black pepper', 'spices', 'small', 40000, ['Gia Lai']),
      item('Trà atiso Đà Lạt', 'Da Lat artichoke tea', 'tea', 'small', 60000, ['Lâm Đồng']),
      item('Trà ô long Bảo Lộc', 'Bao Loc oolong tea', 'tea', 'small', 110000, ['Lâm Đồng']),
      item('Sâm Ngọc Linh', 'Ngoc Linh ginseng', 'herbs', 'small', 1800000, ['Quảng Ngãi']),
      item('Mật ong hoa cà phê', 'coffee blossom honey', 'herbs', 'bottle', 150000, true, 'honey'),
      item('Nấm linh chi', 'lingzhi mushrooms', 'herbs', 'small', 280000, true, 'mushroom'),
      item('Thổ cẩm Ê Đê', 'Ede brocade', 'crafts', 'piece', 260000, ['Đắk Lắk']),
    ],
  },
  {
    id: 'D',
    vi: 'Đồng bằng sông Cửu Long',
    en: 'Mekong Delta',
    provinces: {
      'Cà Mau': ['Năm Căn', 'Đầm Dơi', 'Bạc Liêu', 'U Minh'],
      'Đồng Tháp': ['Cái Bè', 'Cao Lãnh', 'Sa Đéc', 'Hòa Lộc'],
      'An Giang': ['Tri Tôn', 'Tịnh Biên', 'Châu Đốc', 'Phú Quốc'],
      'Vĩnh Long': ['Bến Tre', 'Trà Vinh', 'Cầu Kè', 'Mỏ Cày'],
      'Cần Thơ': ['Sóc Trăng', 'Phong Điền', 'Vị Thanh'],
    },
    communities: [
      ['Kinh', 'Kinh'],
      ['Khmer', 'Khmer', ['An Giang', 'Cần Thơ', 'Vĩnh Long']],
      ['Hoa', 'Hoa', ['Cần Thơ', 'An Giang']],
    ],
    items: [
      item('Cua Cà Mau', 'Ca Mau mud crab', 'seafood', 'fresh', 450000, ['Cà Mau']),
      item('Tôm khô Cà Mau', 'Ca Mau dried shrimp', 'seafood', 'small', 180000, ['Cà Mau']),
      item('Khô cá lóc', 'dried snakehead fish', 'seafood', 'weight', 220000, true, [
        'Cà Mau',
        'An Giang',
        'Đồng Tháp',
      ]),
      item('Mắm Châu Đốc', 'Chau Doc fermented fish', 'seafood', 'jar', 70000, ['An Giang']),
      item('Nước mắm Phú Quốc', 'Phu Quoc fish sauce', 'seafood', 'bottle', 75000, ['An Giang']),
      item('Xoài cát Hòa Lộc', 'Hoa Loc mango', 'fruit', 'fresh', 80000, ['Đồng Tháp']),
      item('Xoài sấy dẻo', 'soft-dried mango', 'fruit', 'small', 55000, true, ['Đồng Tháp', 'Cần Thơ']),
      item('Đường thốt nốt Tri Tôn', 'Tri Ton palmyra sugar', 'sweets', 'weight', 60000, 'food', ['An Giang']),
      item('Mật hoa dừa', 'coconut nectar', 'sweets', 'bottle', 90000, true, 'food', ['Vĩnh Long']),
      item('Kẹo dừa Bến Tre', 'Ben Tre coconut candy', 'sweets', 'small', 30000, ['Vĩnh Long']),
      item('Bánh pía Sóc Trăng', 'Soc Trang pia cake', 'sweets', 'small', 45000, ['Cần Thơ']),
      item('Gạo ST25', 'ST25 rice', 'grains', 'weight', 38000, true, ['Cần Thơ', 'Cà Mau']),
      item('Lạp xưởng tươi', 'fresh sausage', 'meat', 'weight', 160000, true),
      item('Tiêu Phú Quốc', 'Phu Quoc pepper', 'spices', 'small', 45000, ['An Giang']),
    ],
  },
];

/** The five businesses named in the coverage of the fair, each in its region's hall. */
const NAMED = [
  {
    hall: 'A',
    id: 'che-shan-tuyet-suoi-giang',
    name: ['HTX Chè Shan tuyết Suối Giàng', 'Suoi Giang Shan Tuyet Tea Cooperative'],
    region: ['Văn Chấn, Lào Cai', 'Van Chan, Lao Cai'],
    community: ['Dao', 'Dao'],
    story: [
      'Từ những cây chè cổ thụ giữa mây gió Suối Giàng, **5 dòng sản phẩm đạt OCOP 4 sao**. Chè Suối Giàng có mặt ở các siêu thị lớn trong nước và đã đến Nhật Bản, châu Âu.',
      'From ancient tea trees among the clouds of Suoi Giang come **five product lines rated four OCOP stars**. Suoi Giang tea is in major supermarkets at home and has reached Japan and Europe.',
    ],
    products: [
      ['Chè Shan tuyết Suối Giàng', 'Suoi Giang Shan Tuyet tea'],
      ['Hồng trà Suối Giàng', 'Suoi Giang black tea'],
      ['Bạch trà Suối Giàng', 'Suoi Giang white tea'],
      ['Chè búp Suối Giàng', 'Suoi Giang bud tea'],
      ['Chè xanh Suối Giàng', 'Suoi Giang green tea'],
    ],
    cat: 'tea',
    units: 'small',
    price: 200000,
    ocop: 4,
    tags: ['export'],
  },
  {
    hall: 'A',
    id: 'ca-hoi-le-trung-thuc',
    name: ['Hộ kinh doanh Lê Trung Thục', 'Le Trung Thuc household business'],
    region: ['Ngũ Chỉ Sơn, Lào Cai', 'Ngu Chi Son, Lao Cai'],
    story: [
      'Từ cá hồi nuôi ở suối lạnh Sa Pa, gia đình anh **Lê Trung Thục** làm ra cả một chuỗi sản phẩm: trứng cá hồi, cá hồi hun khói, xúc xích, ruốc và bánh phồng cá hồi — tất cả đạt **OCOP 4 sao**.',
      "From salmon raised in the cold streams of Sa Pa, **Le Trung Thuc**'s family makes a whole range: salmon roe, smoked salmon, salmon sausage, floss and crackers — all rated **four OCOP stars**.",
    ],
    products: [
      ['Trứng cá hồi Sa Pa', 'Sa Pa salmon roe'],
      ['Cá hồi hun khói Sa Pa', 'Sa Pa smoked salmon'],
      ['Xúc xích cá hồi', 'Salmon sausage'],
      ['Ruốc cá hồi', 'Salmon floss'],
      ['Bánh phồng cá hồi', 'Salmon crackers'],
    ],
    cat: 'seafood',
    units: 'jar',
    price: 180000,
    ocop: 4,
  },
  {
    hall: 'A',
    id: 'htx-mong-style',
    name: ['HTX Thêu dệt thổ cẩm Mông Style', 'Mong Style Brocade Embroidery Cooperative'],
    region: ['Mù Cang Chải, Lào Cai', 'Mu Cang Chai, Lao Cai'],
    community: ['Mông', 'Hmong'],
    story: [
      'Chị **Ly Thị Ninh** lớn lên ở Chế Cu Nha, tận mắt thấy nghề dệt thổ cẩm có nguy cơ mai một. Năm 2009, chị cùng chị em trong bản lập hợp tác xã. Năm 2020, ý tưởng của chị đoạt giải gần **400 triệu đồng** tại cuộc thi “Phụ nữ khởi nghiệp” của Trung ương Hội Liên hiệp Phụ nữ Việt Nam.\n\nSản phẩm giờ không chỉ là trang phục truyền thống mà còn là túi xách, ví, ba lô mang họa tiết Mông, đã xuất sang **Anh và Pháp**.',
      "**Ly Thi Ninh** grew up in Che Cu Nha and saw brocade weaving close to dying out. In 2009 she and other women of the village founded the cooperative. In 2020 her idea won a prize of nearly **400 million VND** at the Women's Startup competition of the Vietnam Women's Union.\n\nIts work is no longer only traditional dress but handbags, wallets and backpacks with bold Hmong patterns, exported to **England and France**.",
    ],
    products: [
      ['Váy áo Mông thêu tay', 'Hand-embroidered Hmong dress'],
      ['Túi xách thổ cẩm Mông', 'Hmong brocade handbag'],
      ['Ví thổ cẩm Mông', 'Hmong brocade wallet'],
      ['Ba lô thổ cẩm Mông', 'Hmong brocade backpack'],
      ['Khăn thêu họa tiết Mông', 'Hmong embroidered scarf'],
    ],
    cat: 'crafts',
    units: 'piece',
    price: 350000,
    ocop: 4,
    tags: ['export'],
  },
  {
    hall: 'A',
    id: 'hailcophar',
    name: ['Công ty CP Dược phẩm Quốc tế Hailcophar', 'Hailcophar International Pharmaceutical JSC'],
    story: [
      'Tại hội chợ, đại diện công ty, bà **Vũ Thị Hải**, tư vấn cho người dân cách phân biệt đông trùng hạ thảo thật và kém chất lượng, cách dùng và công dụng đối với sức khỏe.',
      "At the fair, the company's representative **Vu Thi Hai** shows visitors how to tell real cordyceps from poor-quality ones, how to use them, and what they do for health.",
    ],
    products: [
      ['Đông trùng hạ thảo sấy khô', 'Dried cordyceps'],
      ['Trà đông trùng hạ thảo', 'Cordyceps tea'],
      ['Nước đông trùng hạ thảo', 'Cordyceps drink'],
      ['Viên đông trùng hạ thảo', 'Cordyceps capsules'],
    ],
    cat: 'herbs',
    units: 'small',
    price: 450000,
    ocop: 3,
    image: 'mushroom',
  },
  {
    hall: 'B',
    id: 'tram-huong-ho-phuc',
    name: ['Cơ sở Trầm hương Hồ Phúc', 'Ho Phuc Agarwood'],
    story: [
      'Cơ sở của ông **Hồ Văn Phúc** làm nhang trầm, trầm que và đồ thủ công từ cây dó bầu, phân phối tới 16 tỉnh, thành. Trầm hương tự nhiên, **không dùng hóa chất**.',
      "**Ho Van Phuc**'s workshop makes agarwood incense, agarwood sticks and crafts from aquilaria trees, sold in 16 provinces and cities. Natural agarwood, **with no chemicals**.",
    ],
    products: [
      ['Nhang trầm hương', 'Agarwood incense'],
      ['Trầm hương que', 'Agarwood sticks'],
      ['Nụ trầm hương', 'Agarwood cones'],
      ['Vòng tay trầm hương', 'Agarwood bracelet'],
      ['Tượng gỗ trầm', 'Carved agarwood figure'],
    ],
    cat: 'crafts',
    units: 'piece',
    price: 250000,
    ocop: 3,
    image: 'incense',
  },
];

/** The illustrations the national sample uses (the CLI copies them next to the feed): each category's, and the items' own. */
export const NATIONAL_IMAGES = [
  ...new Set(
    [
      ...Object.values(IMAGE_OF),
      ...HALLS.flatMap((h) => h.items.map((i) => i.image)),
      ...NAMED.map((n) => n.image),
    ].filter(Boolean),
  ),
].sort();

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Lò',
  'Giàng',
  'Hà',
  'Nông',
  'Y',
];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Hữu', 'Thu'];
const GIVEN = [
  'Hoa',
  'Lan',
  'Hùng',
  'Dũng',
  'Hải',
  'Tâm',
  'Phương',
  'Hương',
  'Sơn',
  'Bình',
  'Mai',
  'Tuấn',
  'Thảo',
  'Quang',
  'Nga',
  'Khải',
];
const LINES = [
  [
    'Nguyên liệu được thu mua trực tiếp từ các hộ trong vùng, với giá thỏa thuận trước mùa vụ.',
    'Raw materials are bought straight from local households at a price agreed before the season.',
  ],
  ['Mỗi sản phẩm có tem truy xuất nguồn gốc bằng mã QR.', 'Every pack carries a QR traceability label.'],
  [
    'Cơ sở đang đưa sản phẩm lên các sàn thương mại điện tử.',
    'The business is bringing its products to e-commerce platforms.',
  ],
  ['Đây là lần đầu cơ sở tham gia hội chợ tại Hà Nội.', 'This is its first fair in Hanoi.'],
  [
    'Sản phẩm đã có mặt tại các điểm giới thiệu sản phẩm OCOP của Hà Nội.',
    "Its products are sold at Hanoi's OCOP showrooms.",
  ],
  ['Phần lớn lao động là phụ nữ địa phương.', 'Most of its workers are local women.'],
  ['Quy trình sản xuất đạt tiêu chuẩn an toàn thực phẩm.', 'Its workshop meets food-safety standards.'],
];

// ---------------------------------------------------------------- layout
const BOOTH = 40; // px, a 3 m × 3 m booth
const AISLE = 40;
const BLOCK = 10; // booths per block before a cross aisle
const MARGIN = 80;
const CONCOURSE = 100;
const LOBBY = 200;

/**
 * Four halls in a 2 × 2 grid around a cross-shaped concourse, a lobby below.
 * In each hall, rows of booths stand back to back in pairs; every booth's door
 * faces a horizontal aisle; side and cross aisles join the horizontal ones.
 */
function layout(boothCount) {
  const perHall = Math.ceil(boothCount / 4);
  const rows = 2 * Math.max(1, Math.ceil(Math.sqrt(perHall / 6)));
  const cols = Math.max(1, Math.ceil(perHall / rows));
  const blocks = Math.ceil(cols / BLOCK);
  const pairs = rows / 2;
  const hallW = 2 * AISLE + cols * BOOTH + (blocks - 1) * AISLE;
  const hallH = (pairs + 1) * AISLE + rows * BOOTH;
  const width = 2 * MARGIN + 2 * hallW + CONCOURSE;
  const lobbyTop = MARGIN + 2 * hallH + CONCOURSE;
  const height = lobbyTop + LOBBY;
  const concourseX = MARGIN + hallW + CONCOURSE / 2;
  const concourseY = MARGIN + hallH + CONCOURSE / 2;
  const lobbyY = lobbyTop + 70;
  const halls = HALLS.map((h, i) => {
    const x = MARGIN + (i % 2) * (hallW + CONCOURSE);
    const y = MARGIN + Math.floor(i / 2) * (hallH + CONCOURSE);
    return { ...h, x, y, w: hallW, h: hallH, right: i % 2 === 0, below: i < 2 };
  });
  return {
    perHall,
    rows,
    cols,
    blocks,
    pairs,
    hallW,
    hallH,
    width,
    height,
    concourseX,
    concourseY,
    lobbyTop,
    lobbyY,
    halls,
  };
}

function hallGeometry(L, hall, count) {
  const booths = [];
  const aisleY = (j) => hall.y + AISLE / 2 + j * (AISLE + 2 * BOOTH);
  const colX = (c) => hall.x + AISLE + c * BOOTH + Math.floor(c / BLOCK) * AISLE;
  const leftX = hall.x + AISLE / 2;
  const rightX = hall.x + hall.w - AISLE / 2;
  for (let r = 0; r < L.rows && booths.length < count; r++) {
    const pair = Math.floor(r / 2);
    const top = r % 2 === 0;
    const y = hall.y + AISLE + pair * (AISLE + 2 * BOOTH) + (top ? 0 : BOOTH);
    for (let c = 0; c < L.cols && booths.length < count; c++) {
      const x = colX(c);
      const door = [x + BOOTH / 2, top ? y : y + BOOTH];
      const aisle = aisleY(top ? pair : pair + 1);
      booths.push({ rect: [x, y, BOOTH, BOOTH], door, spur: [door, [door[0], aisle]] });
    }
  }
  const paths = [];
  // Horizontal aisles run the hall's width; on the concourse side they reach its centre line.
  for (let j = 0; j <= L.pairs; j++) {
    const y = aisleY(j);
    paths.push(
      hall.right
        ? [
            [leftX, y],
            [L.concourseX, y],
          ]
        : [
            [L.concourseX, y],
            [rightX, y],
          ],
    );
  }
  // Side aisles run top to bottom; the one by the cross concourse reaches its centre line.
  const top = aisleY(0);
  const bottom = aisleY(L.pairs);
  for (const x of [leftX, rightX])
    paths.push(
      hall.below
        ? [
            [x, top],
            [x, L.concourseY],
          ]
        : [
            [x, L.concourseY],
            [x, bottom],
          ],
    );
  for (let b = 1; b < L.blocks; b++) {
    const x = colX(b * BLOCK) - AISLE / 2;
    paths.push([
      [x, top],
      [x, bottom],
    ]);
  }
  return { booths, paths };
}

// ---------------------------------------------------------------- generation
/**
 * Generates the national sample feed and its plan.
 * @param {{booths?: number, products?: number, seed?: number, planImage?: string}} [options]
 * @returns {{feed: object, plan: string}}
 */
export function generateNational(options = {}) {
  const { booths: boothCount, products: productCount, seed } = { ...NATIONAL_DEFAULTS, ...options };
  const planImage = options.planImage ?? 'plan.svg';
  const rand = seededRandom(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  const L = layout(boothCount);
  const level = 'G';

  const booths = [];
  const producers = [];
  const products = [];
  const paths = [];
  const perProducer = (i) => Math.floor(productCount / boothCount) + (i < productCount % boothCount ? 1 : 0);
  const usedProducerIds = new Set();

  let boothIndex = 0;
  L.halls.forEach((hall, h) => {
    const count = Math.max(0, Math.min(L.perHall, boothCount - h * L.perHall));
    const geo = hallGeometry(L, hall, count);
    for (const p of geo.paths) paths.push({ level, points: p });
    const named = NAMED.filter((n) => n.hall === hall.id);
    geo.booths.forEach((g, k) => {
      const i = boothIndex++;
      const boothId = `${hall.id}${String(k + 1).padStart(3, '0')}`;
      const producer = k < named.length ? namedProducer(named[k]) : composedProducer(hall);
      const wanted = perProducer(i);
      const made = k < named.length ? namedProducts(named[k], producer.id, wanted) : composedProducts(producer, wanted);
      producers.push(producer.entry);
      products.push(...made);
      const cats = [...new Set(made.map((p) => p.category))];
      booths.push({
        id: boothId,
        label: boothId,
        level,
        rect: g.rect,
        door: g.door,
        producers: [producer.id],
        categories: cats,
      });
      paths.push({ level, points: g.spur });
    });
  });

  function uniqueId(base) {
    let id = base.slice(0, 56);
    for (let n = 2; usedProducerIds.has(id); n++) id = `${base.slice(0, 52)}-${n}`;
    usedProducerIds.add(id);
    return id;
  }

  function namedProducer(n) {
    const id = uniqueId(n.id);
    const entry = {
      id,
      name: { vi: n.name[0], en: n.name[1] },
      ...(n.region ? { region: { vi: n.region[0], en: n.region[1] } } : {}),
      ...(n.community ? { community: { vi: `Người ${n.community[0]}`, en: `${n.community[1]} people` } } : {}),
      story: { vi: n.story[0], en: n.story[1] },
      images: [`img/${n.image ?? IMAGE_OF[n.cat]}.svg`],
    };
    return { id, entry };
  }

  function namedProducts(n, producerId, wanted) {
    const out = [];
    const units = UNITS[n.units];
    for (let k = 0; k < wanted; k++) {
      const [vi, en] = n.products[k % n.products.length];
      const unit = units[Math.floor(k / n.products.length) % units.length];
      const round = Math.floor(k / (n.products.length * units.length));
      out.push(
        productEntry(products.length + out.length, producerId, {
          vi: round ? `${vi} (mẫu ${round + 1})` : vi,
          en: round ? `${en} (style ${round + 1})` : en,
          cat: n.cat,
          unit,
          price: n.price * unit[2] * (1 + (k % n.products.length) * 0.15),
          ocop: n.ocop,
          tags: [...(n.tags ?? []), ...(unit[3] ? [unit[3]] : [])],
          image: n.image ?? IMAGE_OF[n.cat],
        }),
      );
    }
    return out;
  }

  function composedProducer(hall) {
    const main = pick(hall.items);
    const province = pick(main.where ?? Object.keys(hall.provinces));
    const place = pick(hall.provinces[province]);
    // Hanoi's craft villages are Kinh; brocade elsewhere is the craft of the upland peoples.
    const local = hall.communities.filter((c) => !c[2] || c[2].includes(province));
    const communities = main.cat === 'crafts' ? local.filter((c) => c[0] !== 'Kinh') : local;
    const [communityVi, communityEn] =
      province === 'Hà Nội' ? ['Kinh', 'Kinh'] : pick(communities.length ? communities : local);
    const specialties = [main];
    const second = pick(hall.items);
    const fits = !second.where || second.where.includes(province);
    if (second !== main && fits && (second.cat === main.cat || chance(0.5))) specialties.push(second);
    const shortVi = main.localized ? main.vi : main.vi.split(' ').slice(0, 2).join(' ');
    const shortEn = titleCase(main.localized ? main.en : main.en.split(' ').slice(-2).join(' '));
    // A few tries for a name no other producer has; the last resort numbers it.
    let vi = '';
    let en = '';
    for (let attempt = 0; attempt < 8 && (!vi || usedProducerIds.has(slug(vi))); attempt++) {
      const kind = rand();
      if (kind < 0.5) {
        vi = `HTX ${shortVi} ${place}`;
        en = `${unaccent(place)} ${shortEn} Cooperative`;
      } else if (kind < 0.75) {
        const person = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
        vi = `Cơ sở ${shortVi} ${person}`;
        en = `${unaccent(person)} ${shortEn} Workshop`;
      } else {
        const brand = `${place} ${pick(['Xanh', 'Việt', 'Quê', 'Sạch', 'Vàng', 'Xưa', 'Mới'])}`;
        vi = `Công ty TNHH ${brand}`;
        en = `${unaccent(brand)} Co., Ltd`;
      }
    }
    const id = uniqueId(slug(vi));
    if (id !== slug(vi)) {
      const n = id.slice(id.lastIndexOf('-') + 1);
      vi = `${vi} ${n}`;
      en = `${en} ${n}`;
    }
    // The food-safety line makes no sense for a weaver.
    const pool = main.cat === 'crafts' ? LINES.filter((l) => !l[0].includes('an toàn thực phẩm')) : LINES;
    const [line1, line2] = [pick(pool), pick(pool)];
    const lines = line1 === line2 ? [line1] : [line1, line2];
    const region = { vi: `${place}, ${province}`, en: `${unaccent(place)}, ${unaccent(province)}` };
    const withCommunity = communityVi !== 'Kinh' || chance(0.3);
    const entry = {
      id,
      name: { vi, en },
      region,
      ...(withCommunity ? { community: { vi: `Người ${communityVi}`, en: `${communityEn} people` } } : {}),
      story: {
        vi: `**${vi}** ở ${place} làm ${specialties.map((s) => lowerFirst(s.vi)).join(' và ')}. ${lines.map((l) => l[0]).join(' ')}`,
        en: `**${en}** in ${unaccent(place)} makes ${specialties.map((s) => s.en).join(' and ')}. ${lines.map((l) => l[1]).join(' ')}`,
      },
      images: [`img/${main.image ?? IMAGE_OF[main.cat]}.svg`],
    };
    return { id, entry, place, specialties };
  }

  function composedProducts(producer, wanted) {
    // Every (item, quality, unit) combination once, in a shuffled order; then numbered styles.
    const combos = [];
    for (const it of producer.specialties) {
      const qualities = it.cat === 'crafts' ? CRAFT : QUALITY;
      for (const q of qualities) for (const u of UNITS[it.units]) combos.push([it, q, u]);
    }
    for (let i = combos.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [combos[i], combos[j]] = [combos[j], combos[i]];
    }
    const out = [];
    for (let k = 0; k < wanted; k++) {
      const [it, q, u] = combos[k % combos.length];
      const round = Math.floor(k / combos.length);
      const baseVi = it.localized ? `${it.vi} ${producer.place}` : it.vi;
      const baseEn = it.localized ? `${unaccent(producer.place)} ${it.en}` : it.en;
      let vi = q[0] ? `${baseVi} ${q[0]}` : baseVi;
      let en = cap(q[1] ? `${q[1]} ${baseEn}` : baseEn);
      if (round) {
        vi += ` (mẫu ${round + 1})`;
        en += ` (style ${round + 1})`;
      }
      const stars = rand();
      out.push(
        productEntry(products.length + out.length, producer.id, {
          vi,
          en,
          cat: it.cat,
          unit: u,
          price: it.price * u[2] * q[2] * (0.85 + rand() * 0.3),
          ocop: stars < 0.6 ? 3 : stars < 0.9 ? 4 : stars < 0.93 ? 5 : undefined,
          certifications: [
            ...(q[3] ? [q[3]] : []),
            ...(['fruit', 'tea', 'grains', 'coffee'].includes(it.cat) && chance(0.2) ? ['VietGAP'] : []),
          ],
          tags: [...(u[3] ? [u[3]] : []), ...(chance(0.06) ? ['export'] : [])],
          image: it.image ?? IMAGE_OF[it.cat],
        }),
      );
    }
    return out;
  }

  function productEntry(index, producerId, p) {
    const id = `p${String(index + 1).padStart(5, '0')}`;
    const amount = Math.max(1000, Math.round(p.price / 1000) * 1000);
    return {
      id,
      producer: producerId,
      name: { vi: p.vi, en: p.en },
      category: p.cat,
      ...(p.ocop ? { ocop: p.ocop } : {}),
      ...(p.certifications?.length ? { certifications: p.certifications } : {}),
      price: { amount, currency: 'VND' },
      unit: p.unit[0] === p.unit[1] ? p.unit[0] : { vi: p.unit[0], en: p.unit[1] },
      images: [`img/${p.image}.svg`],
      ...(index % 10 === 3 ? { trace: `https://trace.example.vn/national/${id}` } : {}),
      ...(p.tags?.length ? { tags: p.tags } : {}),
    };
  }

  const cx = L.concourseX;
  const lobby = L.lobbyY;
  // Concourse and lobby walks, joined to every hall by the aisles above.
  paths.push(
    {
      level,
      points: [
        [cx, MARGIN / 2],
        [cx, L.height - 12],
      ],
    },
    {
      level,
      points: [
        [MARGIN / 2, L.concourseY],
        [L.width - MARGIN / 2, L.concourseY],
      ],
    },
    {
      level,
      points: [
        [MARGIN, lobby],
        [L.width - MARGIN, lobby],
      ],
    },
  );

  const t = (vi, en) => ({ vi, en });
  const places = [
    { id: 'entrance', kind: 'entrance', level, at: [cx, L.height - 12], name: t('Lối vào chính', 'Main entrance') },
    { id: 'kiosk-1', kind: 'kiosk', level, at: [cx + 25, L.height - 70], name: t('Bạn đang ở đây', 'You are here') },
    { id: 'info', kind: 'info', level, at: [cx - 30, L.height - 70], name: t('Quầy thông tin', 'Information desk') },
    { id: 'stage', kind: 'stage', level, at: [MARGIN + 160, lobby + 25], name: t('Sân khấu', 'Stage') },
    {
      id: 'food-court',
      kind: 'food',
      level,
      at: [L.width - MARGIN - 160, lobby + 25],
      name: t('Khu ẩm thực vùng miền', 'Regional food court'),
    },
    { id: 'restroom-north', kind: 'restroom', level, at: [cx + 25, MARGIN / 2], name: t('Nhà vệ sinh', 'Restrooms') },
    {
      id: 'restroom-lobby',
      kind: 'restroom',
      level,
      at: [L.width - MARGIN - 20, lobby - 25],
      name: t('Nhà vệ sinh', 'Restrooms'),
    },
    { id: 'first-aid', kind: 'first-aid', level, at: [cx + 25, L.concourseY + 25], name: t('Sơ cứu', 'First aid') },
    { id: 'atm', kind: 'atm', level, at: [MARGIN + 20, lobby - 25], name: 'ATM' },
    { id: 'exit', kind: 'exit', level, at: [MARGIN / 2, L.concourseY], name: t('Lối thoát hiểm', 'Emergency exit') },
  ];

  const boothOf = (producerId) => booths.find((b) => b.producers[0] === producerId)?.id;
  const events = [
    {
      id: 'opening',
      title: t('Khai mạc Hội chợ', 'Opening ceremony'),
      start: '2025-11-13T09:00:00+07:00',
      end: '2025-11-13T10:00:00+07:00',
      place: 'stage',
      description: t(
        'Sở Công Thương Hà Nội khai mạc hội chợ với hơn 200 gian hàng đặc sản từ khắp cả nước.',
        'The Hanoi Department of Industry and Trade opens the fair, with more than 200 booths of specialties from across the country.',
      ),
    },
    {
      id: 'ecommerce-talk',
      title: t('Đưa đặc sản lên Alibaba và Amazon', 'Taking specialties to Alibaba and Amazon'),
      start: '2025-11-14T14:00:00+07:00',
      end: '2025-11-14T15:30:00+07:00',
      place: 'stage',
      description: t(
        'Hội thảo về xuất khẩu qua thương mại điện tử xuyên biên giới.',
        'A talk on exporting through cross-border e-commerce.',
      ),
    },
    ...(boothOf('hailcophar')
      ? [
          {
            id: 'cordyceps-advice',
            title: t('Phân biệt đông trùng hạ thảo thật', 'How to tell real cordyceps'),
            start: '2025-11-15T10:00:00+07:00',
            end: '2025-11-15T11:00:00+07:00',
            booth: boothOf('hailcophar'),
          },
        ]
      : []),
    ...(boothOf('htx-mong-style')
      ? [
          {
            id: 'mong-embroidery',
            title: t('Trình diễn thêu thổ cẩm Mông', 'Hmong embroidery demonstration'),
            start: '2025-11-15T15:00:00+07:00',
            end: '2025-11-15T17:00:00+07:00',
            booth: boothOf('htx-mong-style'),
          },
        ]
      : []),
    ...(boothOf('che-shan-tuyet-suoi-giang')
      ? [
          {
            id: 'tea-tasting',
            title: t('Thưởng trà Shan tuyết Suối Giàng', 'Suoi Giang Shan Tuyet tea tasting'),
            start: '2025-11-16T09:30:00+07:00',
            end: '2025-11-16T11:00:00+07:00',
            booth: boothOf('che-shan-tuyet-suoi-giang'),
          },
        ]
      : []),
    {
      id: 'closing',
      title: t('Bế mạc', 'Closing'),
      start: '2025-11-17T17:00:00+07:00',
      end: '2025-11-17T17:30:00+07:00',
      place: 'stage',
    },
  ];

  const feed = {
    version: 1,
    fair: {
      id: 'vietnam-regional-specialties-2025',
      name: t('Hội chợ Đặc sản vùng miền Việt Nam 2025', 'Vietnam Regional Specialties Fair 2025'),
      venue: t('Quảng trường Royal City, Hà Nội', 'Royal City Square, Hanoi'),
      dates: { start: '2025-11-13', end: '2025-11-17' },
      timezone: 'Asia/Ho_Chi_Minh',
      locales: ['vi', 'en'],
      organizer: {
        name: t('Sở Công Thương Hà Nội', 'Hanoi Department of Industry and Trade'),
        url: 'https://congthuong.example.vn/ha-noi',
      },
      theme: { primary: '#a4262c', accent: '#e8b04a', font: 'Be Vietnam Pro, sans-serif' },
      share: 'https://fair.example.vn/dac-san-2025/{kind}/{id}?from={from}',
    },
    map: {
      type: 'plan',
      levels: [
        { id: level, name: t('Khu triển lãm', 'Exhibition floor'), image: planImage, size: [L.width, L.height] },
      ],
    },
    categories: CATEGORIES.map(([id, vi, en, color]) => ({ id, name: t(vi, en), color })),
    booths,
    producers,
    products,
    places,
    paths,
    events,
  };
  return { feed, plan: planSvg(L) };
}

// ---------------------------------------------------------------- the plan
const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function planSvg(L) {
  const { width: w, height: h } = L;
  const halls = L.halls
    .map((hall) => {
      const label = xml(`Khu ${hall.id} · ${hall.vi}`);
      const en = xml(`Hall ${hall.id} · ${hall.en}`);
      // Aisle floor, a shade darker than the booth floor, so the grid reads even where booths are empty.
      const aisles = [
        ...Array.from({ length: L.pairs + 1 }, (_, j) => [hall.x, hall.y + j * (AISLE + 2 * BOOTH), hall.w, AISLE]),
        [hall.x, hall.y, AISLE, hall.h],
        [hall.x + hall.w - AISLE, hall.y, AISLE, hall.h],
        ...Array.from({ length: L.blocks - 1 }, (_, b) => [
          hall.x + AISLE + (b + 1) * BLOCK * BOOTH + b * AISLE,
          hall.y,
          AISLE,
          hall.h,
        ]),
      ]
        .map(([x, y, aw, ah]) => `<rect x="${x}" y="${y}" width="${aw}" height="${ah}"/>`)
        .join('');
      return `<rect x="${hall.x}" y="${hall.y}" width="${hall.w}" height="${hall.h}" rx="6" fill="#f4f1ea"/>
<g fill="#e8e2d5">${aisles}</g>
<rect x="${hall.x}" y="${hall.y}" width="${hall.w}" height="${hall.h}" rx="6" fill="none" stroke="#a59d8e" stroke-width="4"/>
<text x="${hall.x + 12}" y="${hall.y - 24}" font-size="17" font-weight="600" fill="#6d6558">${label}</text>
<text x="${hall.x + 12}" y="${hall.y - 6}" font-size="14" fill="#8c8475">${en}</text>`;
    })
    .join('\n');
  const lobbyTop = L.lobbyTop;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" font-family="Be Vietnam Pro, system-ui, sans-serif">
<title>Hội chợ Đặc sản vùng miền Việt Nam 2025 — Royal City / Vietnam Regional Specialties Fair 2025</title>
<rect width="${w}" height="${h}" fill="#e7e4de"/>
<rect x="${MARGIN / 2}" y="${MARGIN / 2}" width="${w - MARGIN}" height="${h - MARGIN / 2 - 6}" rx="10" fill="#efece6" stroke="#9a9386" stroke-width="4"/>
<rect x="${L.concourseX - CONCOURSE / 2}" y="${MARGIN / 2}" width="${CONCOURSE}" height="${h - MARGIN / 2}" fill="#e9e3d6"/>
<rect x="${MARGIN / 2}" y="${L.concourseY - CONCOURSE / 2}" width="${w - MARGIN}" height="${CONCOURSE}" fill="#e9e3d6"/>
${halls}
<rect x="${MARGIN}" y="${lobbyTop + 20}" width="${w - 2 * MARGIN}" height="${LOBBY - 40}" rx="8" fill="#ebe5d8"/>
<rect x="${MARGIN + 90}" y="${L.lobbyY + 40}" width="140" height="70" rx="6" fill="#d9d1c1" stroke="#a69d8b" stroke-width="2"/>
<g fill="#e6dccb" stroke="#b9ad97" stroke-width="2">${[0, 1, 2].map((i) => `<rect x="${w - MARGIN - 250 + i * 65}" y="${L.lobbyY + 40}" width="55" height="55" rx="6"/>`).join('')}</g>
<text x="${L.concourseX}" y="${lobbyTop + 40}" text-anchor="middle" font-size="18" fill="#7b7364">Sảnh · Lobby</text>
</svg>
`;
}

/** JSON with one item per line in the big lists: small and diff-friendly. */
export function stringifyFeed(feed) {
  const parts = Object.entries(feed).map(([key, value]) => {
    if (Array.isArray(value)) {
      return `  ${JSON.stringify(key)}: [\n${value.map((v) => `    ${JSON.stringify(v)}`).join(',\n')}\n  ]`;
    }
    return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}
