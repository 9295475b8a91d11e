import { css, type CSSResultArray } from 'lit';

/**
 * The host reset, first in every element's styles (through `sharedStyles`): the
 * kit's type base, and every inherited property a host page can set on an
 * ancestor that would change how the kit reads or lays out, back to the kit's
 * own value. Sizes come from `--_base` (16 px times `--fair-font-scale`) and
 * px, never from `rem`, which follows the page's root (`html { font-size:
 * 62.5% }` would make the kit 10 px).
 *
 * Set on :host, and again on the shadow root's top-level pieces: a page's rule
 * on the tag itself (`* { all: unset }`, `fair-search { font-size: 0 }`) beats
 * :host but cannot reach in. Not reset: `direction` (a right-to-left page must
 * flow from the right), `color-scheme` (themes), `pointer-events`, and
 * `visibility`: an ancestor's `visibility: hidden` is how pages hide a closed
 * panel (an off-canvas menu), and the kit hides with it, out of sight and out
 * of the tab order, as `visibility: hidden` or `hidden` on the tag itself do.
 * <fair-data>, a wrapper around the page's own content, undoes the reset on
 * its host (data.styles.ts).
 */
export const hostReset = css`
  :host {
    --_scale: var(--fair-font-scale, 1);
    /* The kit's text size: 16px times the large-text scale, whatever the page's root font size. */
    --_base: calc(16px * var(--_scale));
    --_leading: 1.45;
    box-sizing: border-box;
    /* Inherited typography a host page may have set on an ancestor. */
    writing-mode: horizontal-tb;
    font-family: var(--_font);
    font-size: var(--_base);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    line-height: var(--_leading);
    color: var(--_text);
    -webkit-text-fill-color: currentcolor;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    cursor: auto;
    -webkit-tap-highlight-color: transparent;
  }
  /* The same on the top-level pieces (and on .fair-type), for a page's rule on the tag itself.
     Not on a <slot>: what a page puts in it keeps the page's styles. */
  :host > :where(:not(slot)),
  .fair-type {
    writing-mode: horizontal-tb;
    font-family: var(--_font);
    font-size: var(--_base);
    font-style: normal;
    font-weight: 400;
    line-height: var(--_leading);
    color: var(--_text);
    -webkit-text-fill-color: currentcolor;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-align: start;
    white-space: normal;
  }
`;

/**
 * Styles every element shares: the host reset, the design tokens' fallbacks,
 * focus, the loading skeleton and the unusable-feed message.
 */
export const sharedStyles: CSSResultArray = [
  hostReset,
  css`
  :host {
    /* --fair-feed-*: the fair's own colours and font (fair.theme, set by <fair-data>);
       a page's or theme's --fair-* wins over them. See src/themes/feed-theme.ts. */
    --_primary: var(--fair-color-primary, var(--fair-feed-color-primary, #0b6e4f));
    --_on-primary: var(--fair-color-on-primary, var(--fair-feed-color-on-primary, #ffffff));
    --_accent: var(--fair-color-accent, var(--fair-feed-color-accent, #f2a541));
    --_surface: var(--fair-color-surface, #ffffff);
    --_surface-2: var(--fair-color-surface-2, #f3f5f4);
    --_text: var(--fair-color-text, #1b1f1d);
    --_muted: var(--fair-color-text-muted, #55605b);
    --_border: var(--fair-color-border, #cfd6d2);
    --_danger: var(--fair-color-danger, #b3261e);
    --_focus: var(--fair-color-focus, #1a5fb4);
    --_radius: var(--fair-radius, 12px);
    --_touch: var(--fair-touch-target, 44px);
    --_font: var(--fair-font-family, var(--fair-feed-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial,
      'PingFang SC', 'Hiragino Sans', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans Thai', sans-serif));
  }
  /* Thai stacks vowels and tone marks: taller lines. */
  :host(:lang(th)) {
    --_leading: 1.6;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--fair-focus-width, 3px) solid var(--_focus);
    outline-offset: 2px;
  }
  .fair-visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .fair-skeleton {
    display: grid;
    gap: 12px;
    padding: 16px;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .fair-skeleton-bar {
    display: block;
    height: 17.6px;
    border-radius: 6px;
    background: linear-gradient(90deg, var(--_surface-2) 25%, var(--_border) 50%, var(--_surface-2) 75%);
    background-size: 200% 100%;
    animation: fair-shimmer 1.4s ease-in-out infinite;
  }
  .fair-skeleton-bar.short {
    width: 60%;
  }
  @keyframes fair-shimmer {
    from { background-position: 200% 0; }
    to { background-position: -200% 0; }
  }
  @media (prefers-reduced-motion: reduce) {
    .fair-skeleton-bar { animation: none; }
  }
  .fair-status,
  .fair-error {
    padding: 16px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .fair-error {
    border: 2px solid var(--_danger);
  }
  .fair-error strong {
    color: var(--_danger);
  }
  .fair-error ul {
    margin: 8px 0 0;
    padding-inline-start: 20px;
  }
  .fair-error code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
`,
];

/**
 * The pill button of the card and the story ("Find on map", "Listen"): a
 * touch-sized outline button, `.primary` filled. Elements add layout (flex,
 * margins) on top.
 */
export const pillButtonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-block-size: max(var(--_touch), 48px);
    padding: 0.55em 1.2em;
    border: 1.5px solid var(--_primary);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    transition: background-color 0.15s, color 0.15s;
  }
  .button:hover {
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
  }
  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button.primary:hover {
    background: color-mix(in srgb, var(--_primary) 85%, #000);
  }
  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .button {
      border: 1px solid ButtonText;
    }
  }
`;
