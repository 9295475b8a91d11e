// The national sample fair's catalogue (see national-generator.js, which
// composes the feed from it): its categories, the units and qualifiers of its
// products, the four halls by region with their provinces, communities and
// specialties, the five producers named in the press coverage, and the parts
// that other producers' names and stories are composed from. Data, hand-written
// from the coverage: that is why the file is long (there is no logic to split).

export const CATEGORIES = [
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
export const IMAGE_OF = {
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
export const UNITS = {
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
export const QUALITY = [
  ['', '', 1],
  ['thượng hạng', 'premium', 1.4],
  ['hữu cơ', 'organic', 1.3, 'organic'],
  ['đặc biệt', 'special', 1.2],
  ['truyền thống', 'traditional', 1.05],
];
export const CRAFT = [
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
export const HALLS = [
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
export const NAMED = [
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

export const FAMILY = [
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
export const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Hữu', 'Thu'];
export const GIVEN = [
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
export const LINES = [
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
