import { css } from 'lit';

/**
 * Styles every element shares: the host reset (so a host page's global CSS
 * cannot reach in), the design tokens' fallbacks, focus, the loading skeleton
 * and the unusable-feed message.
 */
export const sharedStyles = css`
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
    --_scale: var(--fair-font-scale, 1);
    /* The kit's base text size: never below 16px (pages that shrink the root, html { font-size: 62.5% },
       must not shrink the kit; a visitor's larger default still counts), times the large-text scale. */
    --_base: calc(max(1rem, 16px) * var(--_scale));
    --_leading: 1.45;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_base);
    line-height: var(--_leading);
    color: var(--_text);
    /* Inherited typography a host page may have set on an ancestor. */
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    cursor: auto;
    -webkit-tap-highlight-color: transparent;
  }
  /* Thai stacks vowels and tone marks: taller lines. */
  :host(:lang(th)) {
    --_leading: 1.6;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* The host's typography again, on an element's top-level pieces: a host page's
     "* { all: unset }" or reboot rules reach the host element, never the shadow tree. */
  .fair-type {
    font-family: var(--_font);
    font-size: var(--_base);
    font-style: normal;
    font-weight: 400;
    line-height: var(--_leading);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    white-space: normal;
    color: var(--_text);
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
    gap: 0.75rem;
    padding: 1rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .fair-skeleton-bar {
    display: block;
    height: 1.1rem;
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
    padding: 1rem;
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
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .fair-error code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
`;

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
    min-block-size: max(var(--_touch), 3rem);
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
