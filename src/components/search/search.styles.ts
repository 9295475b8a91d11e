import { css } from 'lit';
import { sharedStyles } from '../../internal/shared.styles.js';
import { fontStyles } from '../../themes/fonts.styles.js';

export const searchStyles = [
  sharedStyles,
  fontStyles,
  css`
    :host {
      --_height: var(--fair-search-height, max(var(--_touch), 3.5rem));
      --_search-radius: var(--fair-search-radius, var(--_radius));
      --_mark: var(--fair-search-mark, color-mix(in srgb, var(--_accent) 45%, transparent));
      display: block;
      position: relative;
    }
    .base {
      position: relative;
    }
    .field {
      display: flex;
      align-items: center;
      gap: 0.25rem;
      min-block-size: var(--_height);
      padding-inline: 0.75rem 0.25rem;
      border: 2px solid var(--_border);
      border-radius: var(--_search-radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .field:focus-within {
      border-color: var(--_focus);
      box-shadow: 0 0 0 3px color-mix(in srgb, var(--_focus) 25%, transparent);
    }
    .icon {
      inline-size: 1.5rem;
      block-size: 1.5rem;
      flex: none;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .search-icon {
      color: var(--_muted);
    }
    input {
      flex: 1;
      min-inline-size: 0;
      block-size: calc(var(--_height) - 4px);
      border: 0;
      background: transparent;
      color: inherit;
      font: inherit;
      font-size: calc(1.25rem * var(--_scale));
      padding-inline: 0.25rem;
      text-overflow: ellipsis; /* a long placeholder on a phone ends in "…", not mid-word */
    }
    input:focus,
    input:focus-visible {
      outline: none; /* the field's ring shows focus */
    }
    input::placeholder {
      color: var(--_muted);
      opacity: 1;
    }
    input::-webkit-search-cancel-button {
      display: none; /* our own clear button is bigger and translated */
    }
    .clear {
      display: inline-grid;
      place-items: center;
      inline-size: var(--_touch);
      block-size: var(--_touch);
      flex: none;
      border: 0;
      border-radius: 999px;
      background: transparent;
      color: var(--_muted);
      cursor: pointer;
    }
    .clear:hover {
      background: var(--_surface-2);
      color: var(--_text);
    }
    .clear[hidden] {
      display: none;
    }
    .popup {
      position: absolute;
      inset-inline: 0;
      inset-block-start: calc(100% + 0.375rem);
      z-index: 10;
      max-block-size: var(--fair-search-max-height, min(65vh, 48rem));
      /* The listbox scrolls, not the popup: a screen reader knows a combobox's
         listbox is reached with the arrow keys, and "nothing found" stays in sight above it. */
      display: flex;
      flex-direction: column;
      overflow: hidden;
      border: 1px solid var(--_border);
      border-radius: var(--_search-radius);
      background: var(--_surface);
      box-shadow: 0 12px 32px rgb(0 0 0 / 0.16);
      padding-block: 0.25rem;
    }
    .popup[hidden],
    [role='listbox'][hidden] {
      display: none;
    }
    .popup > * {
      flex: 0 1 auto;
      min-block-size: 0;
      overflow-y: auto;
      overscroll-behavior: contain;
    }
    .group + .group {
      border-block-start: 1px solid var(--_border);
    }
    .group-label {
      padding: 0.625rem 1rem 0.25rem;
      font-size: max(calc(0.8125rem * var(--_scale)), var(--fair-min-text, 0px));
      font-weight: 700;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--_muted);
    }
    .option {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-block-size: max(var(--_touch), 3.25rem);
      padding: 0.5rem 1rem;
      cursor: pointer;
      touch-action: manipulation;
    }
    .option:hover {
      background: var(--_surface-2);
    }
    .option.active {
      background: color-mix(in srgb, var(--_primary) 12%, var(--_surface));
      box-shadow: inset 4px 0 0 var(--_primary);
    }
    :host(:dir(rtl)) .option.active {
      box-shadow: inset -4px 0 0 var(--_primary);
    }
    .kind-icon {
      color: var(--_primary);
    }
    .text {
      display: grid;
      min-inline-size: 0;
    }
    .title {
      font-size: max(calc(1.0625rem * var(--_scale)), var(--fair-min-text, 0px));
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .detail {
      font-size: max(calc(0.875rem * var(--_scale)), var(--fair-min-text, 0px));
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
    mark {
      background: var(--_mark);
      color: inherit;
      border-radius: 3px;
      padding-inline: 1px;
    }
    .empty,
    .recent {
      padding: 0.75rem 1rem 1rem;
    }
    .empty p,
    .recent p {
      margin: 0 0 0.5rem;
    }
    .empty-title {
      font-weight: 600;
    }
    .empty.has-closest {
      flex-shrink: 0;
      padding-block-end: 0.5rem;
      border-block-end: 1px solid var(--_border);
    }
    .empty-hint,
    .chips-label {
      color: var(--_muted);
      font-size: max(calc(0.9375rem * var(--_scale)), var(--fair-min-text, 0px));
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .chip {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-block-size: var(--_touch);
      padding-inline: 1rem;
      border: 1px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface-2);
      color: var(--_text);
      font: inherit;
      cursor: pointer;
    }
    .chip:hover {
      border-color: var(--_primary);
    }
    .chip .icon {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      color: var(--_muted);
    }
    @media (forced-colors: active) {
      .option.active {
        outline: 2px solid Highlight;
      }
      mark {
        background: Mark;
        color: MarkText;
      }
    }
  `,
];
