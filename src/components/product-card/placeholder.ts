import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Category } from '../../data/types.js';

/**
 * The picture shown when a product has no photo (or its photo fails to load):
 * a simple line drawing for the kind of product, on the category's colour,
 * so a grid of cards still reads as a shop shelf rather than a row of holes.
 */

export type PlaceholderKind =
  'tea' | 'coffee' | 'grain' | 'textile' | 'herb' | 'fruit' | 'honey' | 'meat' | 'drink' | 'goods';

const KEYWORDS: [PlaceholderKind, RegExp][] = [
  ['tea', /tea|chè|trà/i],
  ['coffee', /coffee|cà phê|cafe/i],
  ['textile', /textile|brocade|craft|weav|fabric|thổ cẩm|dệt|handicraft|thủ công|bamboo|rattan|mây|tre/i],
  ['honey', /honey|mật ong/i],
  ['drink', /drink|wine|rượu|vinegar|giấm|juice|beverage|đồ uống/i],
  ['fruit', /fruit|quả|trái|plum|mận|apple|táo|mango|xoài|persimmon|hồng/i],
  ['herb', /herb|medic|dược|ginseng|sâm|spice|gia vị|mushroom|nấm|lingzhi|linh chi/i],
  ['meat', /meat|thịt|sausage|lạp|smoked|gác bếp|buffalo|trâu/i],
  ['grain', /rice|gạo|noodle|vermicelli|miến|bún|phở|cake|bánh|food|thực phẩm|grain|nếp|flour|bột/i],
];

/** Guesses the kind of product from its category id and names, in any language. */
export function placeholderKind(category?: Category, productName = ''): PlaceholderKind {
  const name = category?.name;
  const haystack = [
    category?.id ?? '',
    typeof name === 'string' ? name : Object.values(name ?? {}).join(' '),
    productName,
  ].join(' ');
  for (const [kind, pattern] of KEYWORDS) if (pattern.test(haystack)) return kind;
  return 'goods';
}

// 48×48 line drawings, stroked with currentColor.
const DRAWINGS: Record<PlaceholderKind, SVGTemplateResult> = {
  tea: svg`<path d="M10 38c0-16 12-28 28-28 0 16-12 28-28 28Z"/><path d="M10 38 28 20"/><path d="M19 29h7M23 25v-6"/>`,
  coffee: svg`<ellipse cx="24" cy="24" rx="11" ry="15" transform="rotate(30 24 24)"/><path d="M17 13c6 6 8 16 14 22"/>`,
  grain: svg`<path d="M7 24h34c0 10-7 16-17 16S7 34 7 24Z"/><path d="M15 24c1-5 5-8 9-8s8 3 9 8"/><path d="M30 6 22 20M38 9 27 21"/>`,
  textile: svg`<rect x="8" y="8" width="32" height="32" rx="3"/><path d="m24 12 8 8-8 8-8-8Z"/><path d="M8 34h32M12 38l4-4 4 4 4-4 4 4 4-4 4 4"/>`,
  herb: svg`<path d="M24 42V12"/><path d="M24 20c-6 0-10-4-10-10 6 0 10 4 10 10ZM24 28c6 0 10-4 10-10-6 0-10 4-10 10ZM24 36c-6 0-10-4-10-10 6 0 10 4 10 10Z"/>`,
  fruit: svg`<circle cx="24" cy="28" r="13"/><path d="M24 15c0-4 2-7 5-9"/><path d="M25 13c4-3 9-2 11 1-3 3-8 3-11-1Z"/>`,
  honey: svg`<path d="M14 16h20v20a6 6 0 0 1-6 6h-8a6 6 0 0 1-6-6Z"/><path d="M12 16h24M18 10h12v6H18Z"/><path d="M14 27h20"/>`,
  meat: svg`<path d="M12 30c-4-8 2-20 14-20 9 0 14 6 12 14-2 9-14 16-22 12Z"/><circle cx="27" cy="21" r="4"/><path d="m12 34-4 6"/>`,
  drink: svg`<path d="M20 6h8v8l4 6v20a2 2 0 0 1-2 2H18a2 2 0 0 1-2-2V20l4-6Z"/><path d="M16 26h16"/>`,
  goods: svg`<path d="M8 18h32l-3 22H11Z"/><path d="M17 18c0-6 3-10 7-10s7 4 7 10"/><path d="M14 26h20"/>`,
};

/** The drawing for `kind`, decorative (the product's name is beside it). */
export function placeholderArt(kind: PlaceholderKind): TemplateResult {
  return html`<svg class="placeholder-art" viewBox="0 0 48 48" fill="none" stroke="currentColor" stroke-width="2"
    stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${DRAWINGS[kind]}</svg>`;
}
