#!/usr/bin/env node
// Writes the Son La sample fair: src/data/samples/son-la/{feed.json, plan-l1.svg, plan-l2.svg, img/}.
//   node scripts/generate-son-la.js
// Two mall levels joined by stairs, an elevator and an escalator stacked in one
// core, so routes cross levels. Content is hand-written; geometry is computed.
// Facts from the press coverage (Dec 2025); producers other than the two named
// in the coverage, and all prices, are illustrative.
// Long because it is the sample's content, written by hand in three languages
// (producers, their stories and products, places, events, the Chinese table):
// the logic is the geometry and the plans' drawing, and the feed's assembly
// is shared with generate-cao-bang.js (sample-feed.js).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeIllustrations } from './generate-sample-images.js';
import { boothsOf, producerImage, productsOf } from './sample-feed.js';

const OUT = fileURLToPath(new URL('../src/data/samples/son-la/', import.meta.url));
/** vi, en and zh-Hans text; Chinese comes from ZH (below) when not given inline, and must exist. */
const t = (vi, en, zh) => {
  const chinese = zh ?? ZH[en];
  if (!chinese) throw new Error(`No zh-Hans text for "${en}": add it to ZH.`);
  return { vi, en, 'zh-Hans': chinese };
};

// Chinese (Simplified) for every English text of the Son La sample that has no inline translation.
const ZH = {
  'Thai and Kinh people': '泰族和京族',
  'Kinh and Thai people': '京族和泰族',
  'Hmong people': '赫蒙族',
  'Thai people': '泰族',
  'Muong people': '芒族',
  'Van Ho Tea Cooperative': '云湖茶叶合作社',
  'Ngoc Chien Sticky Rice Cooperative': '玉战糯米合作社',
  'Moc Chau Vermicelli Cooperative': '木州米粉合作社',
  'Northwest Spice Cooperative': '西北调料合作社',
  'Northwest Herbs JSC': '西北药材股份公司',
  'Song Ma Fruit Cooperative': '松马水果合作社',
  'Yen Chau Mango Cooperative': '安州芒果合作社',
  'Chieng Ban Honey Cooperative': '清班蜂蜜合作社',
  'Doan Hung Pomelo Cooperative': '端雄柚子合作社',
  'Chieng Mai Coffee Cooperative': '清梅咖啡合作社',
  'Phu Yen Farm Produce Cooperative': '富安农产品合作社',
  'Van Ho, Son La': '山罗省云湖',
  'Bac Yen, Son La': '山罗省北安',
  'Ngoc Chien, Son La': '山罗省玉战',
  'Moc Chau, Son La': '山罗省木州',
  'Thuan Chau, Son La': '山罗省顺州',
  'Muong La, Son La': '山罗省芒罗',
  'Mai Son, Son La': '山罗省梅山',
  'Song Ma, Son La': '山罗省松马',
  'Yen Chau, Son La': '山罗省安州',
  'Phu Yen, Son La': '山罗省富安',
  'Phu Tho': '富寿省',
  'Son La Arabica, plain-roasted with nothing added.': '山罗阿拉比卡咖啡，原味烘焙，无任何添加。',
  'Dried coffee cherry husks; brew hot or cold.': '干咖啡果皮，可热泡或冷泡。',
  'Roasted coffee beans': '烘焙咖啡豆',
  'Drip-bag coffee': '挂耳咖啡',
  'Crispy banana chips': '香脆香蕉片',
  'Dried fruit gift box': '果干礼盒',
  'Van Ho Shan tea': '云湖雪山茶',
  'Shan white tea': '雪山白茶',
  'Shan tea': '雪山茶',
  'Ngoc Chien sticky rice': '玉战糯米',
  'Ngoc Chien green rice flakes': '玉战青米片',
  'Moc Chau dried vermicelli': '木州干米粉',
  'Brown rice pho noodles': '糙米河粉',
  'Smoked pork': '烟熏猪肉',
  'Smoked sausage': '烟熏香肠',
  'Cham cheo dipping relish': '泰族蘸酱',
  'Wild doi seeds': '野生木姜子',
  'Northwest dipping salt': '西北蘸盐',
  'Sliced lingzhi': '灵芝切片',
  'Lingzhi tea bags': '灵芝茶包',
  'Ngoc Linh ginseng tea': '玉玲人参茶',
  'Dried Solanum procumbens': '干刺茄',
  'Strawberry jam': '草莓酱',
  'Soft-dried strawberries': '软草莓干',
  'Song Ma oranges': '松马橙子',
  'Fresh orange juice': '鲜榨橙汁',
  'Crispy dried round mango': '脆圆芒果干',
  'Yen Chau mango jam': '安州芒果酱',
  'Yen Chau soft-dried mango': '安州软芒果干',
  'Longan blossom honey': '龙眼花蜂蜜',
  'Thai brocade bag': '泰族织锦包',
  'Brocade purse': '织锦钱包',
  'Brocade cushion cover': '织锦靠垫套',
  'Doan Hung pomelo': '端雄柚子',
  'Pomelo peel oil': '柚子皮精油',
  'Ground peaberry coffee': '圆豆咖啡粉',
  'Cracked macadamia nuts': '开口夏威夷果',
  'Dried bamboo shoots': '笋干',
  'Phu Yen arrowroot vermicelli': '富安竹芋粉丝',
  'Muong chilli paste': '芒族辣椒酱',
  '500 g bag': '500克袋',
  '100 g box': '100克盒',
  'box of 10 bags': '10包/盒',
  '300 g bag': '300克袋',
  'box of 4 kinds': '4种/盒',
  '200 g box': '200克盒',
  '50 g box': '50克盒',
  '2 kg bag': '2公斤袋',
  '5 kg sack': '5公斤袋',
  '1 kg bag': '1公斤袋',
  '500 g pack': '500克包',
  '200 g jar': '200克瓶',
  '100 g bag': '100克袋',
  '150 g jar': '150克瓶',
  '250 g box': '250克盒',
  'box of 20 bags': '20包/盒',
  '50 g jar': '50克瓶',
  '500 g punnet': '500克盒',
  '250 g jar': '250克瓶',
  '10 kg crate': '10公斤箱',
  '330 ml bottle': '330毫升瓶',
  '500 ml bottle': '500毫升瓶',
  piece: '件',
  fruit: '个',
  '50 ml bottle': '50毫升瓶',
  '250 g bag': '250克袋',
  '500 g box': '500克盒',
  "Celebrating the 11th Congress of the Son La Farmers' Association (2025–2030), with leaders of the Vietnam Farmers' Union and of Son La province.":
    '庆祝山罗省农民协会第十一次代表大会（2025—2030年任期），越南农民协会中央及山罗省领导出席。',
  'Coffee and cascara cupping': '咖啡与咖啡果皮茶品鉴',
  'Brewing Ta Xua cloud tea': '塔苏云雾茶冲泡',
  'Live pieu scarf embroidery': '泰族头巾现场刺绣',
  'Thai xoe dance': '泰族手拉手舞',
  'Workshop: selling on e-commerce platforms': '培训：在电商平台销售',
  'Helping farmers list their products on Postmart, Voso and Sendo.': '帮助农民在 Postmart、Voso 和 Sendo 上架产品。',
};

/** The producers' stories in Chinese, shorter than the vi/en originals. */
const STORY_ZH = {
  'htx-19-5': `合作社与山罗数百户种植阿拉比卡咖啡的农户合作，**只采摘红熟的咖啡果**，当天进行水洗加工。

过去被丢弃的咖啡果皮，如今被制成**咖啡果皮茶**，口感清甜，如同果干。

> “合作社和农民携手生产安全、优质的产品，这种合作提升了我们农产品的信誉和品牌。”——合作社主任 **梅德盛**`,
  'cong-ty-bao-gia-26': `宝嘉26公司采用**冷风干燥**技术加工山罗农民种植的李子、芒果和香蕉，保留天然的色泽和酸甜味。

> “参加OCOP计划后，我在生产工艺和包装设计方面得到了专业指导，产品因此走向了更多顾客。”——公司经理 **阮文俊**`,
  'htx-che-van-ho': `在云湖高原，赫蒙族人从树龄数百年的雪山古茶树上采茶，经**完全发酵**制成红茶，汤色琥珀红，带有蜂蜜香。

合作社只在春秋两季采摘，让古树得以休养。`,
  'htx-che-ta-xua': `塔苏海拔1500多米，常年被**云海**环绕，茶树生长在云雾之中，因此被称为*云雾茶*。

### 冲泡方法
- 用开水温壶
- 5克茶叶配150毫升85 °C的水
- 浸泡2分钟，可冲泡四到五次`,
  'htx-nep-ngoc-chien': `玉战糯米种植在山脚下的梯田里，用从山中涌出的**温泉水**灌溉。米粒大而洁白，蒸熟后软糯而不粘手。

每年只种一季，合作社保留稻种，并收购80户成员的全部收成。`,
  'htx-bun-moc-chau': `木州鲜米粉每天清晨用浸泡一夜的大米制作，**不含漂白剂和硼砂**，口感柔软，带有米香。

活动期间，合作社每天用冷藏车把鲜米粉送到山罗市。`,
  'htx-thit-trau-thuan-chau': `水牛肉顺着纹理切条，用**马肯胡椒、木姜子、生姜和辣椒**腌制，挂在灶台上方用柴火慢慢熏制多日——这是泰族人过冬储存肉类的方法。

配上合作社自制的泰族**蘸酱**一起品尝。`,
  'htx-gia-vi-tay-bac': `马肯胡椒和木姜子是西北菜的灵魂。合作社**从天然森林**采集果实，在竹匾上晒干后手工剥取种子。`,
  'htx-nam-linh-chi-mai-son': `灵芝在网棚中以**橡胶木和木莲木屑**栽培，从菌种到烘干全程封闭管理。

合作社出售整朵灵芝、切片和茶包。灵芝是保健食品，*不是药品*。`,
  'cong-ty-duoc-lieu-tay-bac': `公司在**海拔1600米的林下**种植玉玲人参，种苗来源有据可查。六年后，人参根被制成人参膏。

每瓶都贴有溯源标签。本品为保健品，*不能代替药物*。`,
  'htx-dau-tay-moc-chau': `十二月底正是**木州草莓**上市的季节。高原凉爽的气候让草莓色泽深红、香甜可口。

合作社按照VietGAP标准在大棚中种植，清晨采摘，当天送达。`,
  'htx-cam-song-ma': `松马橙子十二月成熟，皮薄**多汁**，得益于河边的冲积土，味道浓甜。

合作社拥有45公顷符合VietGAP标准、已登记种植区编码的橙园。`,
  'htx-xoai-yen-chau': `安州圆芒果个小**香气浓郁**，甜中带酸。芒果季节以外，合作社出售芒果干和芒果酱。`,
  'htx-mat-ong-chieng-ban': `合作社的蜂群随花期迁移：二月采**咖啡花**，三月采龙眼花，秋天采山花。蜂蜜在当地摇取，并用真空干燥机降低水分。`,
  'htx-tho-cam-chieng-sai': `## 泰族头巾
手绣的**泰族头巾**是泰族姑娘送给心上人的信物，每条都要花上几周时间在两端绣出*头巾结*。

合作社的40位妇女既传承手艺，也为游客制作包、钱包和披肩。活动期间，她们在B04展位**现场刺绣**。`,
  'htx-buoi-doan-hung': `来自富寿省的嘉宾展位。**端雄柚子**十月至次年一月上市，果肉多汁、清甜，回味不苦。`,
  'htx-ca-phe-chieng-mai': `合作社在夏威夷果树荫下种植阿拉比卡咖啡，**正在申请有机认证**。咖啡经过36小时自然发酵后在高架床上晾晒。`,
  'htx-dao-phu-yen': `富安的芒族家庭组成的合作社按照祖辈的方法，只用当地原料制作**笋干、竹芋粉丝和辣椒酱**。`,
};

// ---------------------------------------------------------------- geometry
// Each level is 1600 × 1000 px (≈ 10 px per metre). Corridors ring the floor;
// booths stand in the atrium in two rows facing a central aisle.
const SIZE = [1600, 1000];
const BOOTH = [100, 80];
const NORTH_Y = 250;
const SOUTH_Y = 750;
const WEST_X = 150;
const EAST_X = 1290;
const AISLE_Y = 500;
const ROW_A_Y = 380; // doors on the south side, at y = 460
const ROW_B_Y = 540; // doors on the north side, at y = 540
const CROSS_X = 755; // L1: entrance axis; L2: the walkway east of the atrium void
const CORE_X = 1400; // stairs, elevator and escalator stacked on both levels

function booth(id, level, x, y, doorSide) {
  const [w, h] = BOOTH;
  return { id, label: id, level, rect: [x, y, w, h], door: [x + w / 2, doorSide === 'south' ? y + h : y] };
}
function rows(prefix, level, xs, start) {
  return [
    ...xs.map((x, i) => booth(`${prefix}${String(start + i).padStart(2, '0')}`, level, x, ROW_A_Y, 'south')),
    ...xs.map((x, i) =>
      booth(`${prefix}${String(start + xs.length + i).padStart(2, '0')}`, level, x, ROW_B_Y, 'north'),
    ),
  ];
}

// L1: 12 booths either side of the entrance axis. L2: 8 booths east of the void.
const L1_XS = [370, 480, 590, 810, 920, 1030];
const L2_XS = [820, 930, 1040, 1150];
const booths = [...rows('A', 'L1', L1_XS, 1), ...rows('B', 'L2', L2_XS, 1)];

const ring = (level) => [
  {
    level,
    points: [
      [WEST_X, NORTH_Y],
      [EAST_X, NORTH_Y],
    ],
  },
  {
    level,
    points: [
      [WEST_X, SOUTH_Y],
      [EAST_X, SOUTH_Y],
    ],
  },
  {
    level,
    points: [
      [WEST_X, NORTH_Y],
      [WEST_X, SOUTH_Y],
    ],
  },
  {
    level,
    points: [
      [EAST_X, NORTH_Y],
      [EAST_X, SOUTH_Y],
    ],
  },
  {
    level,
    points: [
      [EAST_X, AISLE_Y],
      [CORE_X, AISLE_Y],
    ],
  }, // to the lift lobby
  {
    level,
    points: [
      [CORE_X, 420],
      [CORE_X, 580],
    ],
  }, // lift lobby
];
const spurs = (level) =>
  booths.filter((b) => b.level === level).map((b) => ({ level, points: [b.door, [b.door[0], AISLE_Y]] }));
const paths = [
  ...ring('L1'),
  {
    level: 'L1',
    points: [
      [300, AISLE_Y],
      [EAST_X, AISLE_Y],
    ],
  }, // atrium aisle, stage → east corridor
  {
    level: 'L1',
    points: [
      [CROSS_X, NORTH_Y],
      [CROSS_X, 930],
    ],
  }, // entrance axis
  ...spurs('L1'),
  ...ring('L2'),
  {
    level: 'L2',
    points: [
      [720, AISLE_Y],
      [EAST_X, AISLE_Y],
    ],
  },
  {
    level: 'L2',
    points: [
      [720, NORTH_Y],
      [720, SOUTH_Y],
    ],
  }, // walkway along the void
  ...spurs('L2'),
];

// ---------------------------------------------------------------- content
/** A story in three languages; its Chinese is looked up by the producer id once producers are known. */
const tStory = (vi, en) => ({ vi, en });
const categories = [
  { id: 'coffee', name: t('Cà phê', 'Coffee', '咖啡'), color: '#7a4b2e' },
  { id: 'tea', name: t('Chè', 'Tea', '茶叶'), color: '#3e7c4a' },
  { id: 'grains', name: t('Gạo, bún & miến', 'Rice & noodles', '大米和米粉'), color: '#b7832b' },
  { id: 'fruit', name: t('Trái cây & hạt', 'Fruit & nuts', '水果和坚果'), color: '#d06b2a' },
  {
    id: 'food',
    name: t('Thịt gác bếp, gia vị & đồ khô', 'Smoked meat, spices & dried goods', '烟熏肉、调料和干货'),
    color: '#a63d40',
  },
  {
    id: 'herbs',
    name: t('Dược liệu, nấm & mật ong', 'Herbs, mushrooms & honey', '药材、菌菇和蜂蜜'),
    color: '#2b7a8c',
  },
  { id: 'crafts', name: t('Thổ cẩm', 'Brocade', '织锦'), color: '#6d4c9f' },
];
const IMAGE_OF = {
  coffee: 'coffee',
  tea: 'tea',
  grains: 'grains',
  fruit: 'fruit',
  food: 'meat',
  herbs: 'herbs',
  crafts: 'crafts',
};
const TRACE = 'https://trace.example.vn/son-la/';

const producers = [
  {
    id: 'htx-19-5',
    booths: ['A01', 'B01'],
    name: t('HTX Phát triển Nông nghiệp 19/5', 'May 19 Agricultural Development Cooperative', '5月19日农业发展合作社'),
    region: t('Sơn La', 'Son La', '山罗'),
    community: t('Người Thái và người Kinh', 'Thai and Kinh people'),
    story: tStory(
      `Hợp tác xã liên kết với hàng trăm hộ trồng cà phê Arabica trên các sườn đồi Sơn La, thu hái **chỉ quả chín đỏ** và sơ chế ướt ngay trong ngày.

Từ vỏ quả cà phê — thứ trước đây bị bỏ đi — hợp tác xã làm ra **trà cascara** có vị ngọt dịu như trái cây khô.

> “Hợp tác xã và nông dân giờ đây cùng chung tay làm ra những sản phẩm an toàn, chất lượng cao. Sự gắn kết ấy nâng cao cả uy tín lẫn thương hiệu nông sản của chúng tôi.” — ông **Mai Đức Thịnh**, Giám đốc hợp tác xã

Gian hàng ở tầng 2 dành cho nếm thử và pha chế.`,
      `The cooperative works with hundreds of households growing Arabica on the hillsides of Son La, picking **only ripe red cherries** and wet-processing them the same day.

From the coffee husks — once thrown away — it makes **cascara tea**, gently sweet like dried fruit.

> “Cooperatives and farmers are now working hand in hand to deliver safe, high-quality products. This collaboration strengthens both the reputation and brand of our agricultural goods.” — **Mai Duc Thinh**, director

Its second booth, on level 2, is for tasting and brewing.`,
    ),
    products: [
      {
        id: 'ca-phe-nguyen-chat-500g',
        name: t('Cà phê bột nguyên chất', 'Pure ground coffee', '纯咖啡粉'),
        category: 'coffee',
        ocop: 4,
        price: 150000,
        unit: t('gói 500 g', '500 g bag', '500克袋'),
        trace: true,
        tags: ['bestseller'],
        description: t('Arabica Sơn La rang mộc, không pha tẩm.', 'Son La Arabica, plain-roasted with nothing added.'),
      },
      {
        id: 'ca-phe-hat-rang-500g',
        name: t('Cà phê hạt rang', 'Roasted coffee beans'),
        category: 'coffee',
        ocop: 3,
        price: 160000,
        unit: t('gói 500 g', '500 g bag'),
      },
      {
        id: 'tra-cascara-100g',
        name: t('Trà cascara', 'Cascara tea', '咖啡果皮茶'),
        category: 'coffee',
        ocop: 3,
        price: 120000,
        unit: t('hộp 100 g', '100 g box'),
        tags: ['new'],
        description: t('Vỏ quả cà phê sấy, pha nóng hoặc ủ lạnh.', 'Dried coffee cherry husks; brew hot or cold.'),
      },
      {
        id: 'ca-phe-phin-giay',
        name: t('Cà phê phin giấy', 'Drip-bag coffee'),
        category: 'coffee',
        price: 95000,
        unit: t('hộp 10 túi', 'box of 10 bags'),
      },
    ],
  },
  {
    id: 'cong-ty-bao-gia-26',
    booths: ['A02'],
    name: t('Công ty Bảo Gia 26', 'Bao Gia 26 Company', '宝嘉26公司'),
    region: t('Sơn La', 'Son La', '山罗'),
    story: tStory(
      `Bảo Gia 26 sấy dẻo mận hậu, xoài và chuối của nông dân Sơn La bằng công nghệ **sấy lạnh**, giữ màu và vị chua ngọt tự nhiên.

> “Sau khi tham gia chương trình OCOP, tôi được tư vấn bài bản về quy trình sản xuất và thiết kế bao bì, nhờ đó sản phẩm đến được với nhiều khách hàng hơn.” — ông **Nguyễn Văn Tuấn**, Giám đốc

Sản phẩm có mặt trên các sàn thương mại điện tử Postmart, Voso và Sendo.`,
      `Bao Gia 26 **cold-dries** plums, mangoes and bananas from Son La farmers, keeping their colour and natural sweet-sour taste.

> “After joining the program, I received professional advice on production methods and packaging design, which has helped my products reach more customers.” — **Nguyen Van Tuan**, director

Its products sell on the Postmart, Voso and Sendo marketplaces.`,
    ),
    products: [
      {
        id: 'man-say-deo-500g',
        name: t('Mận hậu sấy dẻo', 'Soft-dried plums', '软李子干'),
        category: 'fruit',
        ocop: 4,
        price: 90000,
        unit: t('túi 500 g', '500 g bag'),
        trace: true,
        tags: ['bestseller'],
      },
      {
        id: 'xoai-say-deo-500g',
        name: t('Xoài sấy dẻo', 'Soft-dried mango', '芒果干'),
        category: 'fruit',
        ocop: 3,
        price: 110000,
        unit: t('túi 500 g', '500 g bag'),
      },
      {
        id: 'chuoi-say-300g',
        name: t('Chuối sấy giòn', 'Crispy banana chips'),
        category: 'fruit',
        ocop: 3,
        price: 50000,
        unit: t('túi 300 g', '300 g bag'),
      },
      {
        id: 'hop-qua-trai-cay-say',
        name: t('Hộp quà trái cây sấy', 'Dried fruit gift box'),
        category: 'fruit',
        price: 250000,
        unit: t('hộp 4 loại', 'box of 4 kinds'),
        tags: ['gift'],
      },
    ],
  },
  {
    id: 'htx-che-van-ho',
    booths: ['A03'],
    name: t('HTX Chè Vân Hồ', 'Van Ho Tea Cooperative'),
    region: t('Vân Hồ, Sơn La', 'Van Ho, Son La'),
    community: t('Người Mông', 'Hmong people'),
    story: tStory(
      `Trên cao nguyên Vân Hồ, người Mông hái chè từ những cây chè Shan tuyết hàng trăm năm tuổi. Lá chè được **lên men hoàn toàn** để làm hồng trà có nước màu đỏ hổ phách, vị mật ong.

Hợp tác xã chỉ thu hái vụ xuân và vụ thu, để cây cổ thụ được nghỉ.`,
      `On the Van Ho plateau, Hmong families pick from Shan tea trees that are centuries old. The leaves are **fully oxidised** into a black tea with an amber-red liquor and a honeyed taste.

The cooperative harvests only in spring and autumn, to let the old trees rest.`,
    ),
    products: [
      {
        id: 'hong-tra-van-ho-100g',
        name: t('Hồng trà Vân Hồ', 'Van Ho black tea', '云湖红茶'),
        category: 'tea',
        ocop: 4,
        price: 150000,
        unit: t('hộp 100 g', '100 g box'),
        trace: true,
      },
      {
        id: 'che-shan-tuyet-van-ho-200g',
        name: t('Chè Shan tuyết Vân Hồ', 'Van Ho Shan tea'),
        category: 'tea',
        ocop: 3,
        price: 180000,
        unit: t('hộp 200 g', '200 g box'),
      },
      {
        id: 'bach-tra-van-ho',
        name: t('Bạch trà Shan tuyết', 'Shan white tea'),
        category: 'tea',
        price: 450000,
        unit: t('hộp 50 g', '50 g box'),
        tags: ['gift'],
      },
    ],
  },
  {
    id: 'htx-che-ta-xua',
    booths: ['A04'],
    name: t('HTX Chè Shan tuyết Tà Xùa', 'Ta Xua Shan Tea Cooperative', '塔苏雪山茶合作社'),
    region: t('Bắc Yên, Sơn La', 'Bac Yen, Son La'),
    community: t('Người Mông', 'Hmong people'),
    story: tStory(
      `Tà Xùa nằm ở độ cao hơn 1.500 m, nơi **biển mây** phủ quanh năm. Cây chè mọc giữa mây nên người ta gọi là *chè mây*.

Búp chè phủ lớp lông tơ trắng như tuyết; sau khi sao, cánh chè xoăn, nước xanh vàng, hương cốm non.

### Cách pha
- Tráng ấm bằng nước sôi
- 5 g chè cho 150 ml nước ở 85 °C
- Hãm 2 phút, pha được 4–5 lần nước`,
      `Ta Xua sits more than 1,500 m up, wrapped in a **sea of clouds** most of the year. The trees grow among the clouds, so the tea is called *cloud tea*.

The buds wear white down like snow; once pan-fired, the leaves curl and brew a yellow-green cup that smells of young rice.

### How to brew
- Warm the pot with boiling water
- 5 g of tea to 150 ml of water at 85 °C
- Steep two minutes; good for four or five infusions`,
    ),
    products: [
      {
        id: 'che-may-ta-xua-100g',
        name: t('Chè mây Tà Xùa', 'Ta Xua cloud tea', '塔苏云雾茶'),
        category: 'tea',
        ocop: 4,
        price: 400000,
        unit: t('hộp 100 g', '100 g box', '100克盒'),
        trace: true,
        tags: ['gift', 'bestseller'],
      },
      {
        id: 'che-shan-thuong-hang-200g',
        name: t('Chè Shan tuyết thượng hạng', 'Premium Shan tea', '特级雪山茶'),
        category: 'tea',
        ocop: 4,
        price: 350000,
        unit: t('hộp 200 g', '200 g box'),
      },
      {
        id: 'che-shan-tuyet-500g',
        name: t('Chè Shan tuyết', 'Shan tea'),
        category: 'tea',
        ocop: 3,
        price: 300000,
        unit: t('túi 500 g', '500 g bag'),
      },
    ],
  },
  {
    id: 'htx-nep-ngoc-chien',
    booths: ['A05'],
    name: t('HTX Nếp tan Ngọc Chiến', 'Ngoc Chien Sticky Rice Cooperative'),
    region: t('Ngọc Chiến, Sơn La', 'Ngoc Chien, Son La'),
    community: t('Người Thái', 'Thai people'),
    story: tStory(
      `Nếp tan Ngọc Chiến được cấy trên ruộng bậc thang dưới chân núi, tưới bằng **nước khoáng nóng** chảy ra từ lòng núi. Hạt gạo to, trắng, đồ xôi dẻo mà không dính tay.

Mỗi năm chỉ có một vụ; hợp tác xã giữ giống và thu mua toàn bộ lúa của 80 hộ thành viên.`,
      `Ngoc Chien "nep tan" rice is grown on terraces at the foot of the mountains and watered by **hot mineral springs** that rise from the rock. The grains are big and white; steamed, they turn soft without sticking to the fingers.

There is one crop a year; the cooperative keeps the seed and buys the whole harvest of its 80 member households.`,
    ),
    products: [
      {
        id: 'nep-ngoc-chien-2kg',
        name: t('Gạo nếp tan Ngọc Chiến', 'Ngoc Chien sticky rice', '玉战糯米'),
        category: 'grains',
        ocop: 4,
        certifications: ['VietGAP'],
        price: 90000,
        unit: t('túi 2 kg', '2 kg bag'),
        trace: true,
      },
      {
        id: 'nep-ngoc-chien-5kg',
        name: t('Gạo nếp tan Ngọc Chiến', 'Ngoc Chien sticky rice'),
        category: 'grains',
        ocop: 4,
        certifications: ['VietGAP'],
        price: 210000,
        unit: t('bao 5 kg', '5 kg sack'),
      },
      {
        id: 'com-ngoc-chien',
        name: t('Cốm nếp Ngọc Chiến', 'Ngoc Chien green rice flakes'),
        category: 'grains',
        ocop: 3,
        price: 70000,
        unit: t('túi 500 g', '500 g bag'),
      },
    ],
  },
  {
    id: 'htx-bun-moc-chau',
    booths: ['A06'],
    name: t('HTX Bún Mộc Châu', 'Moc Chau Vermicelli Cooperative'),
    region: t('Mộc Châu, Sơn La', 'Moc Chau, Son La'),
    community: t('Người Thái và người Kinh', 'Thai and Kinh people'),
    story: tStory(
      `Bún tươi Mộc Châu được làm mỗi sáng từ gạo ngâm qua đêm, **không chất tẩy trắng, không hàn the**. Sợi bún mềm, có vị ngọt của gạo.

Trong tuần lễ, hợp tác xã mang bún tươi xuống Thành phố Sơn La hằng ngày bằng xe lạnh.`,
      `Moc Chau fresh vermicelli is made every morning from rice soaked overnight, **with no bleach and no borax**. The strands are soft and taste of rice.

During the week, the cooperative brings fresh vermicelli down to Son La city daily in a refrigerated van.`,
    ),
    products: [
      {
        id: 'bun-tuoi-moc-chau-1kg',
        name: t('Bún tươi Mộc Châu', 'Moc Chau fresh vermicelli', '木州鲜米粉'),
        category: 'grains',
        ocop: 3,
        price: 30000,
        unit: t('túi 1 kg', '1 kg bag'),
      },
      {
        id: 'bun-kho-moc-chau-500g',
        name: t('Bún khô Mộc Châu', 'Moc Chau dried vermicelli'),
        category: 'grains',
        ocop: 3,
        price: 40000,
        unit: t('gói 500 g', '500 g pack'),
      },
      {
        id: 'pho-kho-moc-chau',
        name: t('Phở khô gạo lứt', 'Brown rice pho noodles'),
        category: 'grains',
        price: 45000,
        unit: t('gói 500 g', '500 g pack'),
      },
    ],
  },
  {
    id: 'htx-thit-trau-thuan-chau',
    booths: ['A07'],
    name: t('HTX Thịt trâu gác bếp Thuận Châu', 'Thuan Chau Smoked Buffalo Cooperative', '顺州烟熏水牛肉合作社'),
    region: t('Thuận Châu, Sơn La', 'Thuan Chau, Son La'),
    community: t('Người Thái', 'Thai people'),
    story: tStory(
      `Thịt trâu được thái dọc thớ, ướp **mắc khén, hạt dổi, gừng và ớt**, rồi treo trên gác bếp cho khói củi hun dần trong nhiều ngày — cách người Thái cất giữ thịt qua mùa đông.

Ăn kèm **chẩm chéo**, loại chấm đặc trưng của người Thái, cũng do hợp tác xã làm.`,
      `Buffalo meat is cut along the grain, rubbed with **mac khen pepper, doi seeds, ginger and chilli**, then hung above the hearth to smoke slowly for days — the way Thai families keep meat through winter.

Try it with **cham cheo**, the Thai dipping relish the cooperative also makes.`,
    ),
    products: [
      {
        id: 'thit-trau-gac-bep-500g',
        name: t('Thịt trâu gác bếp', 'Smoked buffalo meat', '烟熏水牛肉干'),
        category: 'food',
        ocop: 4,
        price: 450000,
        unit: t('gói 500 g', '500 g pack'),
        trace: true,
        tags: ['bestseller'],
      },
      {
        id: 'thit-lon-gac-bep-500g',
        name: t('Thịt lợn gác bếp', 'Smoked pork'),
        category: 'food',
        ocop: 3,
        price: 280000,
        unit: t('gói 500 g', '500 g pack'),
      },
      {
        id: 'lap-xuong-gac-bep',
        name: t('Lạp xưởng gác bếp', 'Smoked sausage'),
        category: 'food',
        ocop: 3,
        price: 180000,
        unit: t('gói 500 g', '500 g pack'),
      },
      {
        id: 'cham-cheo-200g',
        name: t('Chẩm chéo', 'Cham cheo dipping relish'),
        category: 'food',
        ocop: 3,
        price: 40000,
        unit: t('lọ 200 g', '200 g jar'),
        image: 'spice',
      },
    ],
  },
  {
    id: 'htx-gia-vi-tay-bac',
    booths: ['A08'],
    name: t('HTX Gia vị Tây Bắc', 'Northwest Spice Cooperative'),
    region: t('Mường La, Sơn La', 'Muong La, Son La'),
    community: t('Người Thái', 'Thai people'),
    story: tStory(
      `Mắc khén và hạt dổi là linh hồn của ẩm thực Tây Bắc. Hợp tác xã thu hái quả **từ rừng tự nhiên**, phơi khô trên nong tre và tách hạt bằng tay.`,
      `Mac khen pepper and doi seeds are the soul of Northwest cooking. The cooperative gathers them **from natural forest**, dries them on bamboo trays and shells them by hand.`,
    ),
    products: [
      {
        id: 'mac-khen-100g',
        name: t('Mắc khén rừng', 'Wild mac khen pepper', '马肯胡椒'),
        category: 'food',
        ocop: 3,
        price: 60000,
        unit: t('túi 100 g', '100 g bag'),
        image: 'spice',
      },
      {
        id: 'hat-doi-100g',
        name: t('Hạt dổi rừng', 'Wild doi seeds'),
        category: 'food',
        ocop: 3,
        price: 120000,
        unit: t('túi 100 g', '100 g bag'),
        image: 'spice',
      },
      {
        id: 'muoi-cham-tay-bac',
        name: t('Muối chấm Tây Bắc', 'Northwest dipping salt'),
        category: 'food',
        price: 35000,
        unit: t('lọ 150 g', '150 g jar'),
        image: 'spice',
      },
    ],
  },
  {
    id: 'htx-nam-linh-chi-mai-son',
    booths: ['A09'],
    name: t('HTX Nấm linh chi Mai Sơn', 'Mai Son Lingzhi Cooperative', '梅山灵芝合作社'),
    region: t('Mai Sơn, Sơn La', 'Mai Son, Son La'),
    story: tStory(
      `Nấm linh chi được nuôi trồng trên **mùn gỗ cao su và gỗ mỡ** trong nhà lưới, theo quy trình khép kín từ phôi đến sấy.

Hợp tác xã bán nấm nguyên tai, thái lát và trà túi lọc. Nấm là thực phẩm bổ sung, *không phải thuốc chữa bệnh*.`,
      `The lingzhi is grown on **rubberwood and manglietia sawdust** in net houses, with a closed process from spawn to drying.

The cooperative sells whole caps, slices and tea bags. Lingzhi is a food supplement, *not a medicine*.`,
    ),
    products: [
      {
        id: 'linh-chi-do-500g',
        name: t('Nấm linh chi đỏ nguyên tai', 'Whole red lingzhi', '整朵红灵芝'),
        category: 'herbs',
        ocop: 4,
        price: 600000,
        unit: t('túi 500 g', '500 g bag'),
        trace: true,
        image: 'mushroom',
      },
      {
        id: 'linh-chi-thai-lat-250g',
        name: t('Nấm linh chi thái lát', 'Sliced lingzhi'),
        category: 'herbs',
        ocop: 3,
        price: 350000,
        unit: t('hộp 250 g', '250 g box'),
        image: 'mushroom',
      },
      {
        id: 'tra-linh-chi-tui-loc',
        name: t('Trà linh chi túi lọc', 'Lingzhi tea bags'),
        category: 'herbs',
        ocop: 3,
        price: 90000,
        unit: t('hộp 20 túi', 'box of 20 bags'),
        image: 'mushroom',
      },
    ],
  },
  {
    id: 'cong-ty-duoc-lieu-tay-bac',
    booths: ['A10'],
    name: t('Công ty CP Dược liệu Tây Bắc', 'Northwest Herbs JSC'),
    region: t('Bắc Yên, Sơn La', 'Bac Yen, Son La'),
    story: tStory(
      `Công ty trồng sâm Ngọc Linh **dưới tán rừng ở độ cao 1.600 m**, từ cây giống có hồ sơ nguồn gốc. Sau sáu năm, củ sâm được chiết xuất thành cao.

Mỗi lọ cao có tem truy xuất nguồn gốc. Sản phẩm hỗ trợ sức khỏe, *không thay thế thuốc chữa bệnh*.`,
      `The company grows Ngoc Linh ginseng **under forest canopy at 1,600 m**, from seedlings with documented origin. After six years the roots are made into an extract.

Every jar carries a traceability seal. It is a health supplement, *not a substitute for medicine*.`,
    ),
    products: [
      {
        id: 'cao-sam-ngoc-linh-50g',
        name: t('Cao sâm Ngọc Linh', 'Ngoc Linh ginseng extract', '玉玲人参膏'),
        category: 'herbs',
        ocop: 4,
        price: 1500000,
        unit: t('lọ 50 g', '50 g jar'),
        trace: true,
        tags: ['gift'],
      },
      {
        id: 'tra-sam-ngoc-linh',
        name: t('Trà sâm Ngọc Linh', 'Ngoc Linh ginseng tea'),
        category: 'herbs',
        ocop: 3,
        price: 250000,
        unit: t('hộp 20 túi', 'box of 20 bags'),
      },
      {
        id: 'ca-gai-leo-500g',
        name: t('Cà gai leo khô', 'Dried Solanum procumbens'),
        category: 'herbs',
        ocop: 3,
        price: 110000,
        unit: t('túi 500 g', '500 g bag'),
      },
    ],
  },
  {
    id: 'htx-dau-tay-moc-chau',
    booths: ['A11'],
    name: t('HTX Dâu tây Mộc Châu', 'Moc Chau Strawberry Cooperative', '木州草莓合作社'),
    region: t('Mộc Châu, Sơn La', 'Moc Chau, Son La'),
    community: t('Người Kinh và người Thái', 'Kinh and Thai people'),
    story: tStory(
      `Cuối tháng 12 là lúc **dâu tây Mộc Châu** vào mùa. Khí hậu mát lạnh của cao nguyên cho quả đỏ đậm, thơm và ngọt.

Hợp tác xã trồng dâu trong nhà màng theo tiêu chuẩn VietGAP, hái buổi sáng và giao trong ngày.`,
      `Late December is when **Moc Chau strawberries** come into season. The cool plateau climate makes them deep red, fragrant and sweet.

The cooperative grows them in tunnels to VietGAP standards, picks in the morning and delivers the same day.`,
    ),
    products: [
      {
        id: 'dau-tay-moc-chau-500g',
        name: t('Dâu tây Mộc Châu', 'Moc Chau strawberries', '木州草莓'),
        category: 'fruit',
        certifications: ['VietGAP'],
        price: 90000,
        unit: t('hộp 500 g', '500 g punnet'),
        tags: ['seasonal'],
      },
      {
        id: 'mut-dau-tay',
        name: t('Mứt dâu tây', 'Strawberry jam'),
        category: 'fruit',
        ocop: 3,
        price: 75000,
        unit: t('lọ 250 g', '250 g jar'),
      },
      {
        id: 'dau-tay-say-deo',
        name: t('Dâu tây sấy dẻo', 'Soft-dried strawberries'),
        category: 'fruit',
        ocop: 3,
        price: 120000,
        unit: t('túi 300 g', '300 g bag'),
      },
    ],
  },
  {
    id: 'htx-cam-song-ma',
    booths: ['A12'],
    name: t('HTX Cây ăn quả Sông Mã', 'Song Ma Fruit Cooperative'),
    region: t('Sông Mã, Sơn La', 'Song Ma, Son La'),
    community: t('Người Thái', 'Thai people'),
    story: tStory(
      `Cam Sông Mã chín rộ vào tháng 12, vỏ mỏng, **mọng nước** và ngọt đậm nhờ đất phù sa ven sông.

Hợp tác xã có 45 ha cam đạt VietGAP và mã số vùng trồng.`,
      `Song Ma oranges ripen in December: thin-skinned, **juicy** and rich, thanks to the river's alluvial soil.

The cooperative has 45 hectares of VietGAP oranges with a registered growing-area code.`,
    ),
    products: [
      {
        id: 'cam-song-ma-kg',
        name: t('Cam Sông Mã', 'Song Ma oranges', '松马橙子'),
        category: 'fruit',
        ocop: 3,
        certifications: ['VietGAP'],
        price: 35000,
        unit: 'kg',
        trace: true,
        tags: ['seasonal'],
      },
      {
        id: 'cam-song-ma-thung',
        name: t('Cam Sông Mã', 'Song Ma oranges'),
        category: 'fruit',
        ocop: 3,
        certifications: ['VietGAP'],
        price: 300000,
        unit: t('thùng 10 kg', '10 kg crate'),
      },
      {
        id: 'nuoc-cam-ep',
        name: t('Nước cam ép', 'Fresh orange juice'),
        category: 'fruit',
        price: 25000,
        unit: t('chai 330 ml', '330 ml bottle'),
      },
    ],
  },
  {
    id: 'htx-xoai-yen-chau',
    booths: ['B02'],
    name: t('HTX Xoài Yên Châu', 'Yen Chau Mango Cooperative'),
    region: t('Yên Châu, Sơn La', 'Yen Chau, Son La'),
    community: t('Người Thái', 'Thai people'),
    story: tStory(
      `Xoài tròn Yên Châu quả nhỏ, **thơm nồng**, vị ngọt đậm xen chút chua. Ngoài mùa quả, hợp tác xã bán xoài sấy và mứt xoài.`,
      `Yen Chau round mangoes are small, **intensely fragrant**, rich and a little tart. Out of season, the cooperative sells dried mango and mango jam.`,
    ),
    products: [
      {
        id: 'xoai-tron-say-gion',
        name: t('Xoài tròn sấy giòn', 'Crispy dried round mango'),
        category: 'fruit',
        ocop: 3,
        price: 85000,
        unit: t('túi 300 g', '300 g bag'),
      },
      {
        id: 'mut-xoai-yen-chau',
        name: t('Mứt xoài Yên Châu', 'Yen Chau mango jam'),
        category: 'fruit',
        ocop: 3,
        price: 65000,
        unit: t('lọ 250 g', '250 g jar'),
      },
      {
        id: 'xoai-say-deo-yen-chau',
        name: t('Xoài sấy dẻo Yên Châu', 'Yen Chau soft-dried mango'),
        category: 'fruit',
        ocop: 4,
        price: 120000,
        unit: t('túi 500 g', '500 g bag'),
        trace: true,
      },
    ],
  },
  {
    id: 'htx-mat-ong-chieng-ban',
    booths: ['B03'],
    name: t('HTX Mật ong Chiềng Ban', 'Chieng Ban Honey Cooperative'),
    region: t('Mai Sơn, Sơn La', 'Mai Son, Son La'),
    story: tStory(
      `Đàn ong của hợp tác xã theo mùa hoa: **hoa cà phê** tháng 2, hoa nhãn tháng 3, hoa rừng mùa thu. Mật được quay tại chỗ và hạ thủy phần bằng máy sấy chân không.`,
      `The cooperative's bees follow the blossoms: **coffee flowers** in February, longan in March, wild flowers in autumn. Honey is extracted on site and dried to a low moisture in a vacuum dryer.`,
    ),
    products: [
      {
        id: 'mat-ong-hoa-ca-phe',
        name: t('Mật ong hoa cà phê', 'Coffee blossom honey', '咖啡花蜂蜜'),
        category: 'herbs',
        ocop: 3,
        price: 200000,
        unit: t('chai 500 ml', '500 ml bottle'),
        image: 'honey',
      },
      {
        id: 'mat-ong-hoa-nhan',
        name: t('Mật ong hoa nhãn', 'Longan blossom honey'),
        category: 'herbs',
        ocop: 3,
        price: 180000,
        unit: t('chai 500 ml', '500 ml bottle'),
        image: 'honey',
      },
    ],
  },
  {
    id: 'htx-tho-cam-chieng-sai',
    booths: ['B04', 'B05'],
    name: t('HTX Thổ cẩm Thái Chiềng Sại', 'Chieng Sai Thai Brocade Cooperative', '清赛泰族织锦合作社'),
    region: t('Sơn La', 'Son La', '山罗'),
    community: t('Người Thái', 'Thai people'),
    story: tStory(
      `## Khăn piêu
Chiếc **khăn piêu** thêu tay là vật trao duyên của con gái Thái. Mỗi chiếc mất hàng tuần để thêu các *cút piêu* ở hai đầu khăn.

Hợp tác xã có 40 chị em, vừa giữ nghề vừa làm thêm túi, ví, khăn quàng cho khách du lịch. Trong tuần lễ, các chị **thêu trực tiếp** tại gian hàng B04.`,
      `## The pieu scarf
A hand-embroidered **pieu scarf** is the token a Thai girl gives to the one she loves. Each takes weeks, for the *cut pieu* knots at both ends.

The cooperative's 40 women keep the craft and also make bags, purses and shawls for visitors. During the week they **embroider live** at booth B04.`,
    ),
    products: [
      {
        id: 'khan-pieu',
        name: t('Khăn piêu thêu tay', 'Hand-embroidered pieu scarf', '手绣泰族头巾'),
        category: 'crafts',
        ocop: 4,
        price: 350000,
        unit: t('chiếc', 'piece'),
        tags: ['gift'],
      },
      {
        id: 'tui-tho-cam-thai',
        name: t('Túi thổ cẩm Thái', 'Thai brocade bag'),
        category: 'crafts',
        ocop: 3,
        price: 250000,
        unit: t('chiếc', 'piece'),
      },
      {
        id: 'vi-tho-cam-thai',
        name: t('Ví thổ cẩm', 'Brocade purse'),
        category: 'crafts',
        ocop: 3,
        price: 90000,
        unit: t('chiếc', 'piece'),
      },
      {
        id: 'goi-tho-cam',
        name: t('Vỏ gối thổ cẩm', 'Brocade cushion cover'),
        category: 'crafts',
        price: 180000,
        unit: t('chiếc', 'piece'),
      },
    ],
  },
  {
    id: 'htx-buoi-doan-hung',
    booths: ['B06'],
    name: t('HTX Bưởi Đoan Hùng', 'Doan Hung Pomelo Cooperative'),
    region: t('Phú Thọ', 'Phu Tho'),
    story: tStory(
      `Gian hàng khách mời từ Phú Thọ. **Bưởi Đoan Hùng** vào chính vụ từ tháng 10 đến tháng Giêng, múi mọng, ngọt thanh, hậu vị không đắng.`,
      `A guest booth from Phu Tho. **Doan Hung pomelos** are in season from October to January: juicy segments, gently sweet, with no bitter aftertaste.`,
    ),
    products: [
      {
        id: 'buoi-doan-hung',
        name: t('Bưởi Đoan Hùng', 'Doan Hung pomelo'),
        category: 'fruit',
        ocop: 4,
        certifications: ['VietGAP'],
        price: 50000,
        unit: t('quả', 'fruit'),
        tags: ['seasonal'],
      },
      {
        id: 'tinh-dau-buoi',
        name: t('Tinh dầu vỏ bưởi', 'Pomelo peel oil'),
        category: 'herbs',
        ocop: 3,
        price: 90000,
        unit: t('lọ 50 ml', '50 ml bottle'),
      },
    ],
  },
  {
    id: 'htx-ca-phe-chieng-mai',
    booths: ['B07'],
    name: t('HTX Cà phê Chiềng Mai', 'Chieng Mai Coffee Cooperative'),
    region: t('Mai Sơn, Sơn La', 'Mai Son, Son La'),
    community: t('Người Thái', 'Thai people'),
    story: tStory(
      `Hợp tác xã trồng cà phê Arabica xen cây mắc ca để che bóng, **hướng tới chứng nhận hữu cơ**. Cà phê được phơi trên giàn cao, lên men tự nhiên 36 giờ.`,
      `The cooperative grows Arabica under macadamia shade trees, **working towards organic certification**. The coffee dries on raised beds after a 36-hour natural fermentation.`,
    ),
    products: [
      {
        id: 'ca-phe-honey-chieng-mai',
        name: t('Cà phê Arabica sơ chế mật ong', 'Honey-processed Arabica', '蜜处理阿拉比卡咖啡'),
        category: 'coffee',
        ocop: 3,
        price: 220000,
        unit: t('gói 250 g', '250 g bag'),
        trace: true,
      },
      {
        id: 'ca-phe-culi',
        name: t('Cà phê culi rang xay', 'Ground peaberry coffee'),
        category: 'coffee',
        ocop: 3,
        price: 130000,
        unit: t('gói 250 g', '250 g bag'),
      },
      {
        id: 'mac-ca-say',
        name: t('Hạt mắc ca sấy nứt vỏ', 'Cracked macadamia nuts'),
        category: 'fruit',
        ocop: 3,
        price: 280000,
        unit: t('hộp 500 g', '500 g box'),
        image: 'nuts',
      },
    ],
  },
  {
    id: 'htx-dao-phu-yen',
    booths: ['B08'],
    name: t('HTX Nông sản Phù Yên', 'Phu Yen Farm Produce Cooperative'),
    region: t('Phù Yên, Sơn La', 'Phu Yen, Son La'),
    community: t('Người Mường', 'Muong people'),
    story: tStory(
      `Hợp tác xã của các gia đình Mường ở Phù Yên làm **măng khô, miến dong và tương ớt** theo cách của ông bà, chỉ bằng nguyên liệu trong vùng.`,
      `This cooperative of Muong families in Phu Yen makes **dried bamboo shoots, arrowroot vermicelli and chilli paste** the way their grandparents did, from local ingredients only.`,
    ),
    products: [
      {
        id: 'mang-kho-phu-yen',
        name: t('Măng khô', 'Dried bamboo shoots'),
        category: 'food',
        ocop: 3,
        price: 160000,
        unit: t('túi 500 g', '500 g bag'),
        image: 'food',
      },
      {
        id: 'mien-dong-phu-yen',
        name: t('Miến dong Phù Yên', 'Phu Yen arrowroot vermicelli'),
        category: 'grains',
        ocop: 3,
        price: 60000,
        unit: t('gói 500 g', '500 g pack'),
      },
      {
        id: 'tuong-ot-phu-yen',
        name: t('Tương ớt Mường', 'Muong chilli paste'),
        category: 'food',
        price: 35000,
        unit: t('lọ 250 g', '250 g jar'),
        image: 'spice',
      },
    ],
  },
];

const core = (level) => [
  {
    id: `stairs-${level}`,
    kind: 'stairs',
    level,
    at: [CORE_X + 25, 440],
    connects: 'core-1',
    name: t('Cầu thang bộ', 'Stairs', '楼梯'),
  },
  {
    id: `lift-${level}`,
    kind: 'elevator',
    level,
    at: [CORE_X + 25, 500],
    connects: 'lift-1',
    name: t('Thang máy', 'Elevator', '电梯'),
  },
  {
    id: `escalator-${level}`,
    kind: 'escalator',
    level,
    at: [CORE_X + 25, 560],
    connects: 'escalator-1',
    name: t('Thang cuốn', 'Escalator', '自动扶梯'),
  },
];
const places = [
  { id: 'entrance', kind: 'entrance', level: 'L1', at: [CROSS_X, 930], name: t('Cửa chính', 'Main entrance', '正门') },
  {
    id: 'kiosk-1',
    kind: 'kiosk',
    level: 'L1',
    at: [CROSS_X + 25, 860],
    name: t('Bạn đang ở đây', 'You are here', '您在这里'),
  },
  {
    id: 'info',
    kind: 'info',
    level: 'L1',
    at: [CROSS_X - 30, 860],
    name: t('Quầy thông tin', 'Information desk', '服务台'),
  },
  {
    id: 'stage',
    kind: 'stage',
    level: 'L1',
    at: [300, AISLE_Y],
    name: t('Sân khấu sảnh chính', 'Atrium stage', '中庭舞台'),
  },
  { id: 'atm', kind: 'atm', level: 'L1', at: [WEST_X + 25, 700], name: 'ATM' },
  ...core('L1'),
  ...core('L2'),
  {
    id: 'food-court',
    kind: 'food',
    level: 'L2',
    at: [420, NORTH_Y - 25],
    name: t('Khu ẩm thực', 'Food court', '美食广场'),
  },
  {
    id: 'restroom-l2',
    kind: 'restroom',
    level: 'L2',
    at: [EAST_X, NORTH_Y - 30],
    name: t('Nhà vệ sinh', 'Restrooms', '洗手间'),
  },
  {
    id: 'restroom-l1',
    kind: 'restroom',
    level: 'L1',
    at: [EAST_X, NORTH_Y - 30],
    name: t('Nhà vệ sinh', 'Restrooms', '洗手间'),
  },
  {
    id: 'first-aid',
    kind: 'first-aid',
    level: 'L2',
    at: [EAST_X, SOUTH_Y + 30],
    name: t('Phòng y tế', 'First aid', '医务室'),
  },
  {
    id: 'workshop-room',
    kind: 'other',
    level: 'L2',
    at: [740, SOUTH_Y + 25],
    name: t('Phòng hội thảo', 'Workshop room', '研讨室'),
  },
];

const events = [
  {
    id: 'opening',
    title: t(
      'Khai mạc Tuần lễ giới thiệu sản phẩm nông nghiệp',
      'Opening of the Agricultural Products Week',
      '农产品推介周开幕式',
    ),
    start: '2025-12-26T19:30:00+07:00',
    end: '2025-12-26T20:30:00+07:00',
    place: 'stage',
    description: t(
      'Chào mừng Đại hội đại biểu Hội Nông dân tỉnh Sơn La lần thứ XI, nhiệm kỳ 2025–2030, với sự tham dự của lãnh đạo Trung ương Hội Nông dân Việt Nam và tỉnh Sơn La.',
      "Celebrating the 11th Congress of the Son La Farmers' Association (2025–2030), with leaders of the Vietnam Farmers' Union and of Son La province.",
    ),
  },
  {
    id: 'coffee-cupping',
    title: t('Thử nếm cà phê và trà cascara', 'Coffee and cascara cupping'),
    start: '2025-12-27T09:00:00+07:00',
    end: '2025-12-27T11:00:00+07:00',
    booth: 'B01',
  },
  {
    id: 'cloud-tea',
    title: t('Pha trà chè mây Tà Xùa', 'Brewing Ta Xua cloud tea'),
    start: '2025-12-27T15:00:00+07:00',
    end: '2025-12-27T16:30:00+07:00',
    booth: 'A04',
  },
  {
    id: 'pieu-embroidery',
    title: t('Thêu khăn piêu trực tiếp', 'Live pieu scarf embroidery'),
    start: '2025-12-27T09:00:00+07:00',
    end: '2025-12-28T17:00:00+07:00',
    booth: 'B04',
  },
  {
    id: 'xoe-dance',
    title: t('Múa xòe Thái', 'Thai xoe dance'),
    start: '2025-12-27T19:30:00+07:00',
    end: '2025-12-27T20:30:00+07:00',
    place: 'stage',
  },
  {
    id: 'digital-selling',
    title: t('Tập huấn bán hàng trên sàn thương mại điện tử', 'Workshop: selling on e-commerce platforms'),
    start: '2025-12-28T09:00:00+07:00',
    end: '2025-12-28T11:00:00+07:00',
    place: 'workshop-room',
    description: t(
      'Hướng dẫn nông dân đưa sản phẩm lên Postmart, Voso và Sendo.',
      'Helping farmers list their products on Postmart, Voso and Sendo.',
    ),
  },
  {
    id: 'closing',
    title: t('Bế mạc', 'Closing', '闭幕'),
    start: '2025-12-28T20:00:00+07:00',
    end: '2025-12-28T20:30:00+07:00',
    place: 'stage',
  },
];

// ---------------------------------------------------------------- assemble
function storyZh(id) {
  if (!STORY_ZH[id]) throw new Error(`No zh-Hans story for ${id}: add it to STORY_ZH.`);
  return STORY_ZH[id];
}

function buildFeed() {
  return {
    version: 1,
    fair: {
      id: 'son-la-agri-week-2025',
      name: t(
        'Tuần lễ giới thiệu sản phẩm nông nghiệp Sơn La',
        'Son La Agricultural Products Introduction Week',
        '山罗省农产品推介周',
      ),
      venue: t('Trung tâm thương mại Vincom Plaza Sơn La', 'Vincom Plaza Son La', '山罗文康广场'),
      dates: { start: '2025-12-26', end: '2025-12-28' },
      timezone: 'Asia/Ho_Chi_Minh',
      locales: ['vi', 'en', 'zh-Hans'],
      organizer: {
        name: t('Hội Nông dân tỉnh Sơn La', "Son La Farmers' Association", '山罗省农民协会'),
        url: 'https://hoinongdan.example.vn/son-la',
      },
      theme: { primary: '#1f5f8b', accent: '#e0a526', logo: 'logo.svg', font: 'Be Vietnam Pro, sans-serif' },
      share: 'https://fair.example.vn/son-la-2025/{kind}/{id}?from={from}',
      guide: 'https://fair.example.vn/son-la-2025/guide/',
    },
    map: {
      type: 'plan',
      levels: [
        { id: 'L1', name: t('Tầng 1', 'Level 1', '一楼'), image: 'plan-l1.svg', size: SIZE },
        { id: 'L2', name: t('Tầng 2', 'Level 2', '二楼'), image: 'plan-l2.svg', size: SIZE },
      ],
    },
    categories,
    booths: boothsOf(booths, producers),
    producers: producers.map((p) => ({
      id: p.id,
      name: p.name,
      region: p.region,
      ...(p.community ? { community: p.community } : {}),
      story: { ...p.story, 'zh-Hans': storyZh(p.id) },
      images: [producerImage(p, IMAGE_OF)],
      contact: { website: `https://${p.id}.example.vn`, email: `lienhe@${p.id}.example.vn` },
    })),
    products: productsOf(producers, IMAGE_OF, TRACE),
    places,
    paths,
    events,
  };
}

// ---------------------------------------------------------------- the plans
const unit = (x, y, w, h, label) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="#ecebe7" stroke="#c9c6bf" stroke-width="2"/>` +
  (label
    ? `<text x="${x + w / 2}" y="${y + h / 2 + 6}" text-anchor="middle" font-size="16" fill="#8c877d">${label}</text>`
    : '');

/** Shop units along a wall, as `[x, width, label]`. */
function shopRow(y, h, labels) {
  return labels.map(([x, w, label]) => unit(x, y, w, h, label)).join('\n');
}

function corePlan() {
  return `<g>
<rect x="${CORE_X - 20}" y="400" width="130" height="200" fill="#e2e0db" stroke="#a9a49a" stroke-width="2"/>
<g stroke="#b9b4aa" stroke-width="2">${Array.from({ length: 7 }, (_, i) => `<path d="M${CORE_X + 40} ${410 + i * 8}h60"/>`).join('')}</g>
<rect x="${CORE_X + 45}" y="478" width="50" height="44" fill="#d4d1ca" stroke="#a9a49a" stroke-width="2"/>
<path d="M${CORE_X + 55} 500l8-8 8 8M${CORE_X + 55} 506l8 8 8-8" stroke="#8c877d" stroke-width="2" fill="none"/>
<path d="M${CORE_X + 40} 540h60v50h-60z" fill="#dcd9d2" stroke="#a9a49a" stroke-width="2"/>
<path d="M${CORE_X + 45} 585l50-40" stroke="#8c877d" stroke-width="3"/>
</g>`;
}

function planSvg(level) {
  const [w, h] = SIZE;
  const isL1 = level === 'L1';
  const north = isL1
    ? [
        [70, 150, 'Thời trang · Fashion'],
        [240, 150, ''],
        [410, 150, 'Mỹ phẩm · Cosmetics'],
        [580, 150, ''],
        [830, 150, 'Điện thoại · Phones'],
        [1000, 210, 'Trang sức · Jewellery'],
        [1370, 160, ''],
      ]
    : [
        [70, 700, ''],
        [790, 170, 'Sách · Books'],
        [980, 230, 'Đồ chơi · Toys'],
        [1370, 160, ''],
      ];
  const south = isL1
    ? [
        [70, 500, 'Siêu thị · Supermarket'],
        [590, 110, ''],
        [860, 180, 'Cà phê · Café'],
        [1060, 200, ''],
        [1280, 250, 'Điện máy · Electronics'],
      ]
    : [
        [70, 500, 'Rạp chiếu phim · Cinema'],
        [590, 300, ''],
        [910, 170, ''],
        [1100, 170, 'Thể thao · Sports'],
        [1290, 240, ''],
      ];
  const floor = `<rect x="40" y="40" width="${w - 80}" height="${h - 80}" rx="8" fill="#f6f4f0" stroke="#9e998f" stroke-width="6"/>`;
  const atrium = isL1
    ? `<rect x="${WEST_X + 30}" y="330" width="${EAST_X - WEST_X - 60}" height="340" rx="6" fill="#efece5"/>
<rect x="180" y="420" width="110" height="160" rx="6" fill="#dcd6c9" stroke="#a69f90" stroke-width="2"/>
<text x="${CROSS_X}" y="322" text-anchor="middle" font-size="17" fill="#8c877d">Sảnh chính · Atrium</text>`
    : `<rect x="${WEST_X + 70}" y="330" width="${560 - WEST_X}" height="340" rx="10" fill="#e4e9ec" stroke="#9fb0ba" stroke-width="4"/>
<text x="${(WEST_X + 70 + 630) / 2}" y="505" text-anchor="middle" font-size="18" fill="#7f95a1">Giếng trời · Open to level 1</text>
<rect x="770" y="330" width="${EAST_X - 800}" height="340" rx="6" fill="#efece5"/>
<text x="${(770 + EAST_X - 30) / 2}" y="322" text-anchor="middle" font-size="17" fill="#8c877d">Hành lang tầng 2 · Level 2 gallery</text>`;
  const entrance = isL1
    ? `<rect x="${CROSS_X - 90}" y="938" width="180" height="24" fill="#f6f4f0"/>
`
    : '';
  const wc = `<rect x="${EAST_X - 60}" y="70" width="120" height="${NORTH_Y - 100}" fill="#e3e6e8" stroke="#b8bec2" stroke-width="2"/>
`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" font-family="Be Vietnam Pro, system-ui, sans-serif">
<title>Vincom Plaza Sơn La — ${isL1 ? 'Tầng 1 / Level 1' : 'Tầng 2 / Level 2'}</title>
<rect width="${w}" height="${h}" fill="#e9e7e2"/>
${floor}
${shopRow(70, NORTH_Y - 100, north)}
${shopRow(SOUTH_Y + 40, 140, south)}
${wc}
${atrium}
${corePlan()}
${entrance}
<text x="${WEST_X - 90}" y="${h / 2}" font-size="22" fill="#b0aba1" transform="rotate(-90 ${WEST_X - 70} ${h / 2})">${isL1 ? 'TẦNG 1 · LEVEL 1' : 'TẦNG 2 · LEVEL 2'}</text>
</svg>
`;
}

function logoSvg() {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" role="img" aria-label="Sơn La">
<circle cx="32" cy="32" r="31" fill="#1f5f8b"/>
<path d="M32 14c10 8 12 20 0 36-12-16-10-28 0-36z" fill="#e0a526"/>
<path d="M32 20v28" stroke="#1f5f8b" stroke-width="2"/>
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
writeFileSync(`${OUT}plan-l1.svg`, planSvg('L1'));
writeFileSync(`${OUT}plan-l2.svg`, planSvg('L2'));
writeFileSync(`${OUT}logo.svg`, logoSvg());
console.log(
  `son-la: ${feed.booths.length} booths, ${feed.producers.length} producers, ${feed.products.length} products`,
);
