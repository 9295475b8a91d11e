// The national sample fair, generated: "Hội chợ Đặc sản vùng miền Việt Nam 2025"
// at Royal City, Hanoi. A pure ES module (no Node or DOM APIs) so the CLI
// (scripts/generate-national.js) and the browser tests import the same code:
//   generateNational({ booths, products, seed }) → { feed, plan }
// The same options always give the same feed: all randomness comes from a
// seeded PRNG, never Math.random. Regions, provinces and specialties come from
// the press coverage of the fair; producers are composed from parts, except the
// five named in that coverage. Provinces are the ones in force since July 2025.
// The catalogue it draws from is data, in national-catalogue.js. This file stays
// over 400 lines for one reason: generateNational is one pass whose steps share
// the seeded random stream and the ids in use; the order of the draws is what
// keeps the committed sample the same, so its steps stay together.

import {
  CATEGORIES,
  IMAGE_OF,
  UNITS,
  QUALITY,
  CRAFT,
  HALLS,
  NAMED,
  FAMILY,
  MIDDLE,
  GIVEN,
  LINES,
  NATIONAL_IMAGES,
} from './national-catalogue.js';

export { NATIONAL_IMAGES };

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
      guide: 'https://fair.example.vn/dac-san-2025/guide/',
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
