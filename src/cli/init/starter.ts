/**
 * What a new fair starts from (`fairkit init`): a feed with the fair's name,
 * dates and venue, Vietnamese and English, one level drawn by a placeholder
 * plan (`plan.svg`, 1600 × 1000, a hall with its entrance and a central
 * aisle), a kiosk place and the entrance joined by that aisle, the six OCOP
 * product groups as categories, and no booths yet (the booths sheet brings
 * them). The checker accepts it with no errors.
 */
import type { FairFeed } from '../../data/types.js';
import { slug } from '../sheets/ids.js';

export const PLAN_NAME = 'plan.svg';
export const TIMEZONE = 'Asia/Ho_Chi_Minh';
export const PLAN_SIZE: [number, number] = [1600, 1000];

export interface StarterFacts {
  name: string;
  /** `YYYY-MM-DD`. */
  start: string;
  end: string;
  venue?: string;
}

/** The six OCOP product groups, as a fair's categories (the organizer may rename, remove or add). */
const OCOP_GROUPS: NonNullable<FairFeed['categories']> = [
  { id: 'food', name: { vi: 'Thực phẩm', en: 'Food' }, color: '#c0392b' },
  { id: 'drinks', name: { vi: 'Đồ uống', en: 'Drinks' }, color: '#2471a3' },
  { id: 'herbal', name: { vi: 'Thảo dược', en: 'Herbal products' }, color: '#1e8449' },
  { id: 'textiles', name: { vi: 'Vải và may mặc', en: 'Textiles and garments' }, color: '#7d3c98' },
  { id: 'crafts', name: { vi: 'Lưu niệm, nội thất, trang trí', en: 'Crafts and souvenirs' }, color: '#b9770e' },
  { id: 'tourism', name: { vi: 'Dịch vụ du lịch', en: 'Tourism services' }, color: '#117a65' },
];

/** The name the fair gets when none is given. */
export const DEFAULT_NAME = { vi: 'Hội chợ OCOP', en: 'OCOP Fair' };

/** The starter feed. `name` is as the organizer typed it (the same in both languages until they translate it). */
export function starterFeed(facts: StarterFacts): FairFeed {
  const name = facts.name === DEFAULT_NAME.vi ? { ...DEFAULT_NAME } : facts.name;
  return {
    version: 1,
    fair: {
      id: slug(facts.name) || 'fair',
      name,
      ...(facts.venue ? { venue: facts.venue } : {}),
      dates: { start: facts.start, end: facts.end },
      timezone: TIMEZONE,
      locales: ['vi', 'en'],
      theme: { primary: '#0b6e4f', accent: '#f2a541' },
    },
    map: {
      type: 'plan',
      levels: [
        { id: 'G', name: { vi: 'Tầng trệt', en: 'Ground floor' }, image: PLAN_NAME, size: PLAN_SIZE, scale: 0.05 },
      ],
    },
    categories: OCOP_GROUPS.map((group) => ({ ...group })),
    booths: [],
    producers: [],
    products: [],
    places: [
      { id: 'kiosk-1', kind: 'kiosk', level: 'G', at: [800, 860], name: { vi: 'Bạn đang ở đây', en: 'You are here' } },
      { id: 'entrance', kind: 'entrance', level: 'G', at: [800, 960], name: { vi: 'Cổng vào', en: 'Entrance' } },
    ],
    paths: [
      {
        level: 'G',
        points: [
          [800, 960],
          [800, 860],
          [800, 140],
        ],
      },
    ],
  };
}

/** The placeholder plan: the hall's walls with a gap for the entrance, the aisle, and a note to replace it. */
export function starterPlan(): string {
  const [w, h] = PLAN_SIZE;
  const grid = [
    ...Array.from({ length: w / 100 - 1 }, (_, i) => `M${(i + 1) * 100} 40V${h - 40}`),
    ...Array.from({ length: h / 100 - 1 }, (_, i) => `M40 ${(i + 1) * 100}H${w - 40}`),
  ].join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" font-family="Be Vietnam Pro, system-ui, sans-serif">
<title>Sơ đồ mẫu — hãy thay bằng sơ đồ thật của địa điểm / Placeholder plan — replace it with the venue's plan</title>
<rect width="${w}" height="${h}" fill="#f4f1ea"/>
<path d="${grid}" stroke="#e2ddd0" stroke-width="2"/>
<!-- the hall's walls, open at the entrance -->
<path d="M740 ${h - 40}H40V40H${w - 40}V${h - 40}H860" fill="none" stroke="#5d5a52" stroke-width="12" stroke-linejoin="round"/>
<!-- the central aisle -->
<rect x="760" y="120" width="80" height="${h - 160}" fill="#e8e2d3"/>
<g text-anchor="middle" fill="#8a8577">
<text x="${w / 2}" y="420" font-size="44" font-weight="700">Sơ đồ mẫu</text>
<text x="${w / 2}" y="470" font-size="30">Hãy thay tệp plan.svg bằng sơ đồ thật của địa điểm</text>
<text x="${w / 2}" y="560" font-size="44" font-weight="700">Placeholder plan</text>
<text x="${w / 2}" y="610" font-size="30">Replace plan.svg with the venue's plan</text>
</g>
</svg>
`;
}
