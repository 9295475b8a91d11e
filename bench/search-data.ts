/**
 * A generated 20,000-product fair and a query set derived from it by rules,
 * with ground truth from the same rules (brute force over product names), so
 * the search bench depends on no sample feed. Seeded: every run is the same.
 */
import { fold } from '../src/data/search/fold.js';
import type { Booth, Category, FairFeed, Producer, Product } from '../src/data/types.js';
import { seededRandom } from '../scripts/national-generator.js';

type Pair = [vi: string, en: string, category: string];

const CATEGORIES: Array<[string, string, string]> = [
  ['tea', 'Chè', 'Tea'],
  ['rice', 'Gạo và ngũ cốc', 'Rice and grains'],
  ['meat', 'Thịt và cá', 'Meat and fish'],
  ['honey', 'Mật ong', 'Honey'],
  ['coffee', 'Cà phê', 'Coffee'],
  ['fruit', 'Trái cây', 'Fruit'],
  ['spice', 'Gia vị', 'Spices'],
  ['drink', 'Đồ uống', 'Drinks'],
  ['craft', 'Thủ công mỹ nghệ', 'Handicrafts'],
  ['dried', 'Nông sản khô', 'Dried produce'],
  ['cake', 'Bánh truyền thống', 'Traditional cakes'],
  ['herb', 'Dược liệu', 'Herbal medicine'],
];

const BASES: Pair[] = [
  ['Chè Shan Tuyết', 'Shan Tuyet tea', 'tea'],
  ['Chè búp', 'tea buds', 'tea'],
  ['Trà hoa vàng', 'golden camellia tea', 'tea'],
  ['Chè xanh', 'green tea', 'tea'],
  ['Gạo nếp cái hoa vàng', 'yellow flower sticky rice', 'rice'],
  ['Gạo Séng Cù', 'Seng Cu rice', 'rice'],
  ['Gạo ST25', 'ST25 rice', 'rice'],
  ['Gạo lứt', 'brown rice', 'rice'],
  ['Miến dong', 'arrowroot vermicelli', 'rice'],
  ['Gà đồi', 'hill chicken', 'meat'],
  ['Gà đen', 'black chicken', 'meat'],
  ['Thịt trâu gác bếp', 'smoked buffalo jerky', 'meat'],
  ['Thịt lợn gác bếp', 'smoked pork', 'meat'],
  ['Lạp xưởng', 'Chinese sausage', 'meat'],
  ['Bò khô', 'dried beef', 'meat'],
  ['Cá suối', 'stream fish', 'meat'],
  ['Mật ong', 'honey', 'honey'],
  ['Mật ong bạc hà', 'mint honey', 'honey'],
  ['Mật ong rừng', 'wild forest honey', 'honey'],
  ['Cà phê Arabica', 'Arabica coffee', 'coffee'],
  ['Cà phê Robusta', 'Robusta coffee', 'coffee'],
  ['Cà phê chồn', 'civet coffee', 'coffee'],
  ['Mãng cầu', 'custard apple', 'fruit'],
  ['Mận hậu', 'Hau plums', 'fruit'],
  ['Xoài', 'mango', 'fruit'],
  ['Nhãn lồng', 'longan', 'fruit'],
  ['Vải thiều', 'lychee', 'fruit'],
  ['Cam sành', 'king orange', 'fruit'],
  ['Bưởi', 'pomelo', 'fruit'],
  ['Chuối', 'banana', 'fruit'],
  ['Bơ sáp', 'butter avocado', 'fruit'],
  ['Hồng không hạt', 'seedless persimmon', 'fruit'],
  ['Quế', 'cinnamon', 'spice'],
  ['Hồi', 'star anise', 'spice'],
  ['Gừng', 'ginger', 'spice'],
  ['Nghệ', 'turmeric', 'spice'],
  ['Tỏi cô đơn', 'single clove garlic', 'spice'],
  ['Hạt mắc khén', 'mac khen pepper', 'spice'],
  ['Chẩm chéo', 'cham cheo dipping spice', 'spice'],
  ['Tương ớt', 'chili sauce', 'spice'],
  ['Nước mắm', 'fish sauce', 'spice'],
  ['Dầu lạc', 'peanut oil', 'spice'],
  ['Rượu ngô', 'corn wine', 'drink'],
  ['Rượu táo mèo', 'wild apple wine', 'drink'],
  ['Nước mía', 'sugarcane juice', 'drink'],
  ['Thổ cẩm', 'brocade', 'craft'],
  ['Mây tre đan', 'rattan and bamboo weaving', 'craft'],
  ['Khăn piêu', 'Pieu scarf', 'craft'],
  ['Măng khô', 'dried bamboo shoots', 'dried'],
  ['Măng ớt', 'chili bamboo shoots', 'dried'],
  ['Hạt dẻ', 'chestnuts', 'dried'],
  ['Nấm hương', 'shiitake mushrooms', 'dried'],
  ['Mộc nhĩ', 'wood ear mushrooms', 'dried'],
  ['Đậu tương', 'soybeans', 'dried'],
  ['Bánh chưng', 'square sticky rice cake', 'cake'],
  ['Bánh gai', 'gai leaf cake', 'cake'],
  ['Bánh cuốn', 'steamed rice rolls', 'cake'],
  ['Sâm Ngọc Linh', 'Ngoc Linh ginseng', 'herb'],
  ['Đinh lăng', 'polyscias root', 'herb'],
  ['Cao atiso', 'artichoke extract', 'herb'],
];

const QUALIFIERS: Array<[string, string]> = [
  ['', ''],
  ['hữu cơ', 'organic'],
  ['đặc biệt', 'special'],
  ['loại một', 'grade one'],
  ['thượng hạng', 'premium'],
  ['cổ thụ', 'ancient tree'],
  ['nhà làm', 'homemade'],
  ['truyền thống', 'traditional'],
  ['sấy khô', 'dried'],
  ['tươi', 'fresh'],
  ['hộp quà', 'gift box'],
  ['túi nhỏ', 'small bag'],
  ['đóng chai', 'bottled'],
  ['vùng cao', 'highland'],
  ['sạch', 'clean'],
];

const PROVINCES = [
  'Cao Bằng',
  'Sơn La',
  'Hà Giang',
  'Lào Cai',
  'Yên Bái',
  'Điện Biên',
  'Lai Châu',
  'Lạng Sơn',
  'Bắc Kạn',
  'Thái Nguyên',
  'Tuyên Quang',
  'Hòa Bình',
  'Phú Thọ',
  'Đắk Lắk',
  'Lâm Đồng',
  'Gia Lai',
  'Kon Tum',
  'Nghệ An',
  'Thanh Hóa',
  'Quảng Nam',
  'Bến Tre',
  'Đồng Tháp',
  'An Giang',
  'Cà Mau',
  'Sóc Trăng',
  'Hưng Yên',
  'Bắc Giang',
  'Hải Dương',
  'Nam Định',
  'Ninh Bình',
  'Quảng Ninh',
  'Hà Tĩnh',
  'Quảng Bình',
  'Bình Định',
  'Khánh Hòa',
  'Tiền Giang',
  'Vĩnh Long',
  'Kiên Giang',
  'Hậu Giang',
  'Đắk Nông',
];

const COMMUNITIES: Array<[string, string]> = [
  ['Người Tày', 'Tay people'],
  ['Người Nùng', 'Nung people'],
  ['Người Mông', 'Hmong people'],
  ['Người Dao', 'Dao people'],
  ['Người Thái', 'Thai people'],
  ['Người Mường', 'Muong people'],
  ['Người Kinh', 'Kinh people'],
  ['Người Ê Đê', 'Ede people'],
];

const PRODUCER_WORDS = [
  'Hoàng Hà',
  'Bản Khoang',
  'Tả Van',
  'Phúc Sen',
  'Quang Thành',
  'Nà Rì',
  'Mộc Châu',
  'Tân Lập',
  'Đồng Tâm',
  'Hồng Phong',
  'Thành Công',
  'Bình Minh',
  'Xuân Trường',
  'Na Hang',
  'Suối Giàng',
  'Bảo Lạc',
  'Trùng Khánh',
  'Hạ Lang',
  'Nguyên Bình',
  'Thông Nông',
];
const PRODUCER_KINDS = ['Hợp tác xã', 'HTX', 'Tổ hợp tác', 'Công ty TNHH', 'Hộ kinh doanh'];

/** The generated fair: `products` products, one producer per 20, one booth per producer (labels A-001 … J-100). */
export function generateFeed(products = 20000, seed = 20251226): FairFeed {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const categories: Category[] = CATEGORIES.map(([id, vi, en]) => ({ id, name: { vi, en } }));
  const producerCount = Math.max(1, Math.round(products / 20));
  const producers: Producer[] = [];
  const byProvince = new Map<string, Producer[]>();
  for (let i = 0; i < producerCount; i++) {
    const province = PROVINCES[i % PROVINCES.length];
    const [communityVi, communityEn] = pick(COMMUNITIES);
    const producer: Producer = {
      id: `producer-${i}`,
      name: `${pick(PRODUCER_KINDS)} ${pick(PRODUCER_WORDS)} ${i}`,
      region: { vi: province, en: fold(province).replace(/\b\w/g, (c) => c.toUpperCase()) },
      community: { vi: communityVi, en: communityEn },
    };
    producers.push(producer);
    const list = byProvince.get(province) ?? [];
    list.push(producer);
    byProvince.set(province, list);
  }
  const booths: Booth[] = producers.map((producer, i) => {
    const label = `${String.fromCharCode(65 + (Math.floor(i / 100) % 26))}-${String((i % 100) + 1).padStart(3, '0')}`;
    return {
      id: `booth-${i}`,
      label,
      rect: [(i % 50) * 20, Math.floor(i / 50) * 20, 18, 18],
      producers: [producer.id],
    };
  });
  const seen = new Set<string>();
  const items: Product[] = [];
  while (items.length < products) {
    const [baseVi, baseEn, category] = pick(BASES);
    const [qualVi, qualEn] = pick(QUALIFIERS);
    const province = pick(PROVINCES);
    const vi = [baseVi, qualVi, province].filter(Boolean).join(' ');
    if (seen.has(vi)) continue;
    seen.add(vi);
    const en = [qualEn, baseEn, 'from', fold(province).replace(/\b\w/g, (c) => c.toUpperCase())]
      .filter(Boolean)
      .join(' ');
    const producer = pick(byProvince.get(province) ?? producers);
    items.push({
      id: `product-${items.length}`,
      producer: producer.id,
      name: { vi, en },
      category,
      price: { amount: 50000 + Math.floor(random() * 40) * 10000, currency: 'VND' },
      tags: random() < 0.3 ? ['quà tặng', 'OCOP'] : ['OCOP'],
      description: {
        vi: `${baseVi} ${province}, sản phẩm OCOP của ${producer.name as string}.`,
        en: `${baseEn} from ${province}.`,
      },
    });
  }
  return {
    version: 1,
    fair: { id: 'bench-20k', name: { vi: 'Hội chợ OCOP toàn quốc', en: 'National OCOP fair' }, locales: ['vi', 'en'] },
    map: { type: 'plan', levels: [{ id: 'G', size: [1000, 1000] }] },
    categories,
    booths,
    producers,
    products: items,
  };
}

export type QueryClass = 'exact' | 'no-diacritic' | 'prefix' | 'typo' | 'english' | 'booth-code';
export const QUERY_CLASSES: readonly QueryClass[] = [
  'exact',
  'no-diacritic',
  'prefix',
  'typo',
  'english',
  'booth-code',
];

export interface BenchQuery {
  cls: QueryClass;
  query: string;
  /** Relevant results as `kind:id`. */
  relevant: Set<string>;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/**
 * The query set, by rules:
 * - exact: the first k words of a product's Vietnamese name, with diacritics
 *   (k from the base product's words to the whole name); relevant: every
 *   product whose Vietnamese name has all those words;
 * - no-diacritic: the same query folded; relevant by folded words;
 * - prefix: a no-diacritic query cut inside its last word (2+ letters kept);
 *   relevant: names with the full words and a word starting with the cut one;
 * - typo: one edit (deletion, insertion, substitution, adjacent swap) in a
 *   word of 4+ letters of a no-diacritic query, producing a word the fair
 *   does not contain; relevant: as for the query without the typo;
 * - english: the first words of an English name; relevant by English words;
 * - booth-code: a booth label spelled B107, b-107, B 107 or b107; relevant: that booth.
 */
export function generateQueries(feed: FairFeed, perClass = 200, seed = 7): BenchQuery[] {
  const random = seededRandom(seed);
  const products = feed.products ?? [];
  const viWords = products.map((p) => words((p.name as Record<string, string>).vi));
  const foldedWords = viWords.map((ws) => ws.map(fold));
  const enWords = products.map((p) => words((p.name as Record<string, string>).en));
  const vocabulary = new Set(foldedWords.flat());
  for (const ws of enWords) for (const w of ws) vocabulary.add(w);
  const relevantWhere = (test: (i: number) => boolean) => {
    const out = new Set<string>();
    for (let i = 0; i < products.length; i++) if (test(i)) out.add(`product:${products[i].id}`);
    return out;
  };
  const hasAll = (have: string[], want: string[]) => want.every((w) => have.includes(w));
  const queries: BenchQuery[] = [];
  const basesOf = (i: number) => {
    const vi = (products[i].name as Record<string, string>).vi;
    const base = BASES.find(([b]) => vi.startsWith(b + ' ') || vi === b)!;
    return words(base[0]).length;
  };
  for (let q = 0; q < perClass; q++) {
    const i = Math.floor(random() * products.length);
    const min = basesOf(i);
    const k = min + Math.floor(random() * (viWords[i].length - min + 1));
    const exact = viWords[i].slice(0, k);
    const folded = exact.map(fold);
    queries.push({ cls: 'exact', query: exact.join(' '), relevant: relevantWhere((j) => hasAll(viWords[j], exact)) });
    queries.push({
      cls: 'no-diacritic',
      query: folded.join(' '),
      relevant: relevantWhere((j) => hasAll(foldedWords[j], folded)),
    });

    const last = folded[folded.length - 1];
    if (last.length >= 3) {
      const cut = last.slice(0, 2 + Math.floor(random() * (last.length - 2)));
      const head = folded.slice(0, -1);
      queries.push({
        cls: 'prefix',
        query: [...head, cut].join(' '),
        relevant: relevantWhere((j) => hasAll(foldedWords[j], head) && foldedWords[j].some((w) => w.startsWith(cut))),
      });
    }

    const long = folded.map((w, n) => [w, n] as const).filter(([w]) => w.length >= 4);
    if (long.length) {
      const [word, n] = long[Math.floor(random() * long.length)];
      const typo = makeTypo(word, random);
      if (typo && !vocabulary.has(typo)) {
        const typed = folded.slice();
        typed[n] = typo;
        queries.push({
          cls: 'typo',
          query: typed.join(' '),
          relevant: relevantWhere((j) => hasAll(foldedWords[j], folded)),
        });
      }
    }

    const en = enWords[i].slice(0, Math.min(enWords[i].length, 1 + Math.floor(random() * 3)));
    queries.push({ cls: 'english', query: en.join(' '), relevant: relevantWhere((j) => hasAll(enWords[j], en)) });
  }
  const spellings = [
    (l: string, n: string) => `${l}${n}`,
    (l: string, n: string) => `${l.toLowerCase()}-${n}`,
    (l: string, n: string) => `${l} ${n}`,
    (l: string, n: string) => `${l.toLowerCase()}${n}`,
    (l: string, n: string) => `${l}-${n}`,
  ];
  for (let q = 0; q < Math.min(perClass, feed.booths.length); q++) {
    const booth = feed.booths[Math.floor(random() * feed.booths.length)];
    const [letter, number] = booth.label!.split('-');
    queries.push({
      cls: 'booth-code',
      query: spellings[q % spellings.length](letter, number),
      relevant: new Set([`booth:${booth.id}`]),
    });
  }
  return queries;
}

const LETTERS = 'abcdeghiklmnopqrstuvxy';

/** One edit in `word`: deletion, insertion, substitution or swap of two neighbours. */
function makeTypo(word: string, random: () => number): string | undefined {
  const at = Math.floor(random() * word.length);
  const letter = LETTERS[Math.floor(random() * LETTERS.length)];
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + letter + word.slice(at);
    case 2:
      return letter === word[at] ? undefined : word.slice(0, at) + letter + word.slice(at + 1);
    default: {
      const a = Math.min(at, word.length - 2);
      if (word[a] === word[a + 1]) return undefined;
      return word.slice(0, a) + word[a + 1] + word[a] + word.slice(a + 2);
    }
  }
}
