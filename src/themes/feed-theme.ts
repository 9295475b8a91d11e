import type { FairTheme } from '../data/types.js';
import { feedThemeTokens, type TokenValues } from './tokens.js';

/** Only `#rgb` and `#rrggbb`: anything else (named colours, `url()`, `var()`, `;`…) is not applied. */
const HEX_COLOUR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/**
 * A font-family list: letters of any script, digits, spaces, quotes, commas,
 * dots, hyphens, underscores. No `;{}<>()\\`, so a feed cannot end the
 * declaration, open a rule or load a URL.
 */
const FONT_LIST = /^[\p{L}\p{N} ,'"._-]{1,200}$/u;

export function isHexColour(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOUR.test(value.trim());
}

export function isSafeFontList(value: unknown): value is string {
  return typeof value === 'string' && FONT_LIST.test(value.trim()) && !/^[\s,]*$/.test(value);
}

function relativeLuminance(hex: string): number {
  let h = hex.trim().slice(1);
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(h.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rgb`/`#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** White or near-black, whichever reads better on `background`. */
export function readableOn(background: string): string {
  return contrastRatio(background, '#ffffff') >= contrastRatio(background, '#1b1f1d') ? '#ffffff' : '#1b1f1d';
}

/**
 * Maps a feed's `fair.theme` onto the kit's global tokens:
 * `primary` → `--fair-color-primary` (and a readable `--fair-color-on-primary`),
 * `accent` → `--fair-color-accent`, `font` → `--fair-font-family`.
 * Invalid values are left out (the feed validator reports them as problems);
 * `logo` is an image, not a token: elements show it from the feed.
 */
export function themeFromFeed(theme: FairTheme | undefined | null): TokenValues {
  const tokens: TokenValues = {};
  if (!theme || typeof theme !== 'object') return tokens;
  if (isHexColour(theme.primary)) {
    tokens['--fair-color-primary'] = theme.primary.trim();
    tokens['--fair-color-on-primary'] = readableOn(theme.primary);
  }
  if (isHexColour(theme.accent)) tokens['--fair-color-accent'] = theme.accent.trim();
  if (isSafeFontList(theme.font)) tokens['--fair-font-family'] = theme.font.trim();
  return tokens;
}

/** The fair's tokens live one layer below the page's: `--fair-color-primary` → `--fair-feed-color-primary`. */
export function feedLayerName(token: string): string {
  return token.replace(/^--fair-/, '--fair-feed-');
}

const FEED_LAYER = feedThemeTokens.map(feedLayerName);

/**
 * Sets a feed's theme on `el` (normally `<fair-data>`) as the `--fair-feed-*`
 * layer, which every element reads after the page's own `--fair-*` tokens and
 * before the kit's defaults. So the fair's colours show by default, while a
 * page's tokens or a chosen theme (dark, high contrast) still win. Passing no
 * theme removes what an earlier feed set.
 */
export function applyFeedTheme(el: HTMLElement, theme: FairTheme | undefined | null): void {
  const tokens = themeFromFeed(theme);
  for (const prop of FEED_LAYER) el.style.removeProperty(prop);
  for (const [prop, value] of Object.entries(tokens)) el.style.setProperty(feedLayerName(prop), value);
}
