import { css } from 'lit';

export const languageSwitcherStyles = css`
  :host {
    --_gap: var(--fair-language-switcher-gap, 8px);
    --_option-radius: var(--fair-language-switcher-radius, var(--_radius));
    --_checked-bg: var(--fair-language-switcher-checked-background, var(--_primary));
    --_checked-fg: var(--fair-language-switcher-checked-color, var(--_on-primary));
    display: block;
  }
  :host([compact]) {
    display: inline-block;
  }

  /*
   * Everything that makes the element look right is set on inner pieces, not
   * only on :host: a host page's rule on the element itself (\`* { all: unset }\`)
   * beats :host, but cannot reach in here.
   */
  .base {
    font-family: var(--_font);
    font-size: var(--_base);
    line-height: 1.3;
    color: var(--_text);
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  .compact {
    position: relative;
    display: inline-block;
  }

  .option,
  .trigger {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: var(--_touch);
    min-inline-size: var(--_touch);
    padding-block: 0.5em;
    padding-inline: 1em;
    border: 2px solid var(--_border);
    border-radius: var(--_option-radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    text-align: center;
    overflow-wrap: anywhere;
    cursor: pointer;
    user-select: none;
    transition: background-color 120ms, border-color 120ms;
  }
  .option:hover,
  .trigger:hover {
    border-color: var(--_primary);
  }
  .option:focus-visible,
  .trigger:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .check,
  .globe,
  .chevron {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
  }
  /* The chosen language: colour AND a check mark, never colour alone. */
  .option .check {
    display: none;
  }
  .option[aria-checked='true'],
  .option[aria-selected='true'] {
    border-color: var(--_checked-bg);
  }
  .group .option[aria-checked='true'] {
    background: var(--_checked-bg);
    color: var(--_checked-fg);
  }
  .option[aria-checked='true'] .check,
  .option[aria-selected='true'] .check {
    display: block;
  }

  /* compact: the list opens in the top layer (popover), so no ancestor's overflow clips it. */
  .menu {
    box-sizing: border-box;
    margin: 0;
    padding: 6px;
    min-inline-size: 192px;
    max-block-size: min(70vh, 512px);
    overflow: auto;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_base);
    line-height: 1.3;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  }
  .menu:popover-open {
    display: grid;
    gap: 4px;
  }
  .menu .option {
    display: flex;
    justify-content: flex-start;
    inline-size: 100%;
    border-color: transparent;
  }
  /* Names line up whether or not the check mark shows. */
  .menu .option {
    padding-inline-start: calc(1em + 1.1em + 0.4em);
  }
  .menu .option[aria-selected='true'] {
    padding-inline-start: 1em;
    border-color: var(--_checked-bg);
  }
  .menu .option:focus-visible,
  .menu .option:hover {
    background: var(--_surface-2);
  }
  @supports (position-area: block-end) {
    .trigger {
      anchor-name: --fair-language-trigger;
    }
    .menu {
      position: fixed;
      position-anchor: --fair-language-trigger;
      position-area: block-end span-inline-end;
      position-try-fallbacks: flip-inline, flip-block, flip-block flip-inline;
      inset: auto;
      margin-block: 4px;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .option,
    .trigger {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .group .option[aria-checked='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
`;
