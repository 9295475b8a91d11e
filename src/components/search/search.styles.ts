import { css } from 'lit';

export const searchStyles = css`
  :host {
    --_height: var(--fair-search-height, max(var(--_touch), 56px));
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
    gap: 4px;
    min-block-size: var(--_height);
    padding-inline: 12px 4px;
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
    inline-size: 24px;
    block-size: 24px;
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
    font-size: calc(1.25 * var(--_base));
    padding-inline: 4px;
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
    inset-block-start: calc(100% + 6px);
    z-index: 10;
    max-block-size: var(--fair-search-max-height, min(65vh, 768px));
    /* The listbox scrolls, not the popup: a screen reader knows a combobox's
       listbox is reached with the arrow keys, and "nothing found" stays in sight above it. */
    display: flex;
    flex-direction: column;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_search-radius);
    background: var(--_surface);
    box-shadow: 0 12px 32px rgb(0 0 0 / 0.16);
    padding-block: 4px;
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
    padding: 10px 16px 4px;
    font-size: max(calc(0.8125 * var(--_base)), var(--_min-text));
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .option {
    display: flex;
    align-items: center;
    gap: 12px;
    min-block-size: max(var(--_touch), 52px);
    padding: 8px 16px;
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
    font-size: max(calc(1.0625 * var(--_base)), var(--_min-text));
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .detail {
    font-size: max(calc(0.875 * var(--_base)), var(--_min-text));
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
    padding: 12px 16px 16px;
  }
  .empty p,
  .recent p {
    margin: 0 0 8px;
  }
  .empty-title {
    font-weight: 600;
  }
  .empty.has-closest {
    flex-shrink: 0;
    padding-block-end: 8px;
    border-block-end: 1px solid var(--_border);
  }
  .empty-hint,
  .chips-label {
    color: var(--_muted);
    font-size: max(calc(0.9375 * var(--_base)), var(--_min-text));
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-block-size: var(--_touch);
    padding-inline: 16px;
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
    inline-size: 18px;
    block-size: 18px;
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
`;
