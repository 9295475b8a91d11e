/**
 * The kit's global design tokens and the values of each ready theme.
 *
 * Three levels, as in Material Web:
 *  1. global `--fair-*` tokens (this file), set by a page, a theme or the feed;
 *  2. per-element tokens (`--fair-language-switcher-gap`), read as fallbacks
 *     in each element's styles and documented in its `@cssprop` tags;
 *  3. private `--_x` locals inside each shadow root (`sharedStyles`), among
 *     them `--_base`, the text size every length of type is a multiple of:
 *     16 px times `--fair-font-scale` (px, not `rem`: a page's root font
 *     size does not reach inside; see `hostReset`).
 *
 * Custom properties inherit through shadow roots, so a theme is nothing more
 * than `--fair-*` values set on an ancestor: every `fair-*` element inside
 * reads them. The defaults inside `sharedStyles` equal the light theme, so
 * the elements look finished with no theme at all.
 */

/** Every global token, with what it colours or sizes. */
export const globalTokens = {
  '--fair-color-primary': 'Brand colour: chosen states, primary buttons, links, the route line.',
  '--fair-color-on-primary': 'Text and icons on the primary colour.',
  '--fair-color-accent': 'Highlights used as a background behind dark text (badges, "now" markers).',
  '--fair-color-surface': 'Background of cards, panels and controls.',
  '--fair-color-surface-2': 'Secondary background: hover, skeletons, alternate rows.',
  '--fair-color-text': 'Body text.',
  '--fair-color-text-muted': 'Secondary text (units, captions); at least 4.5:1 on both surfaces.',
  '--fair-color-border': 'Borders and dividers.',
  '--fair-color-focus': 'The keyboard focus ring.',
  '--fair-color-danger': 'Errors.',
  '--fair-radius': 'Corner radius of cards and controls.',
  '--fair-font-family': 'Font stack (system fonts per language when unset).',
  '--fair-font-scale': "Multiplies every font size (1 = 16 px base, whatever the page's root font size).",
  '--fair-min-text':
    'The smallest text any element draws (secondary lines, units, badges); unset on a page, `<fair-kiosk>` sets 16 px times the scale.',
  '--fair-touch-target': 'Minimum height and width of anything tappable.',
  '--fair-focus-width': 'Thickness of the focus ring.',
} as const;

export type GlobalToken = keyof typeof globalTokens;
export type TokenValues = Partial<Record<GlobalToken, string>>;

/** The ready themes. `large-text` only scales, so it combines with any colour theme. */
export type ThemeName = 'light' | 'dark' | 'high-contrast' | 'high-contrast-dark' | 'large-text';
export const themeNames: readonly ThemeName[] = ['light', 'dark', 'high-contrast', 'high-contrast-dark', 'large-text'];

/** Colour themes set `color-scheme` too, so native scrollbars and form controls match. */
export const themeColorScheme: Partial<Record<ThemeName, 'light' | 'dark'>> = {
  light: 'light',
  dark: 'dark',
  'high-contrast': 'light',
  'high-contrast-dark': 'dark',
};

// Contrast ratios below are WCAG 2 ratios, checked by test/themes/themes.test.ts.
export const themeTokens: Record<ThemeName, TokenValues> = {
  /** The default; equal to the fallbacks in `sharedStyles`. Text 16:1, muted 6.5:1, primary 6.3:1 on white. */
  light: {
    '--fair-color-primary': '#0b6e4f',
    '--fair-color-on-primary': '#ffffff',
    '--fair-color-accent': '#f2a541',
    '--fair-color-surface': '#ffffff',
    '--fair-color-surface-2': '#f3f5f4',
    '--fair-color-text': '#1b1f1d',
    '--fair-color-text-muted': '#55605b',
    '--fair-color-border': '#cfd6d2',
    '--fair-color-focus': '#1a5fb4',
    '--fair-color-danger': '#b3261e',
  },
  /** Text 15:1, muted 7.4:1, primary 9.9:1 on the dark surfaces. */
  dark: {
    '--fair-color-primary': '#5dd3a6',
    '--fair-color-on-primary': '#05271b',
    '--fair-color-accent': '#f2b35e',
    '--fair-color-surface': '#121614',
    '--fair-color-surface-2': '#1e2421',
    '--fair-color-text': '#e8ecea',
    '--fair-color-text-muted': '#a9b4af',
    '--fair-color-border': '#56625c',
    '--fair-color-focus': '#8ab4ff',
    '--fair-color-danger': '#ff8a80',
  },
  /** WCAG AAA: every text colour at least 7:1 on every surface; black borders; 5 px focus ring. */
  'high-contrast': {
    '--fair-color-primary': '#004d35',
    '--fair-color-on-primary': '#ffffff',
    '--fair-color-accent': '#ffd21f',
    '--fair-color-surface': '#ffffff',
    '--fair-color-surface-2': '#f0f0f0',
    '--fair-color-text': '#000000',
    '--fair-color-text-muted': '#222222',
    '--fair-color-border': '#000000',
    '--fair-color-focus': '#0b3fcf',
    '--fair-color-danger': '#8b0000',
    '--fair-focus-width': '5px',
  },
  /** WCAG AAA on black: white text, yellow focus ring. */
  'high-contrast-dark': {
    '--fair-color-primary': '#66e0b0',
    '--fair-color-on-primary': '#000000',
    '--fair-color-accent': '#ffd21f',
    '--fair-color-surface': '#000000',
    '--fair-color-surface-2': '#1a1a1a',
    '--fair-color-text': '#ffffff',
    '--fair-color-text-muted': '#e6e6e6',
    '--fair-color-border': '#ffffff',
    '--fair-color-focus': '#ffd21f',
    '--fair-color-danger': '#ff9e9e',
    '--fair-focus-width': '5px',
  },
  /** 125 % text and 56 px touch targets: for visitors who hold the phone far, or stand back from a kiosk. */
  'large-text': {
    '--fair-font-scale': '1.25',
    '--fair-touch-target': '56px',
  },
};
