import { css } from 'lit';

/**
 * What every side panel and dialog of the plan editor shares: headings,
 * labelled fields stacked one under another, buttons and check chips of at
 * least 44 px (`--_touch`), a visible focus ring, hints and errors under a
 * field. Each panel adds its own layout in its own styles module.
 */
export const panelStyles = css`
  :host {
    --_gap: var(--fair-plan-editor-panel-gap, 12px);
    --_field-touch: max(var(--_touch), 44px);
    display: block;
    font-size: calc(var(--_base) * 0.9375);
  }
  .panel {
    display: grid;
    gap: var(--_gap);
    padding: var(--fair-plan-editor-panel-padding, 12px 16px);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.125em;
    font-weight: 700;
  }
  h3 {
    font-size: 1em;
    font-weight: 600;
  }
  p {
    margin: 0;
  }
  .field {
    display: grid;
    gap: 4px;
  }
  .field > label,
  .field > .label,
  fieldset > legend {
    font-weight: 600;
  }
  fieldset {
    display: grid;
    gap: 8px;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  fieldset > legend {
    padding: 0;
    margin-block-end: 4px;
  }
  input:not([type='checkbox']):not([type='file']),
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_field-touch);
    padding: 6px 10px;
    border: 1.5px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  input[readonly] {
    background: var(--_surface-2);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 600;
  }
  .warning {
    padding: 8px 12px;
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface-2);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
  }
  .pair {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 8px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-block-size: var(--_field-touch);
    min-inline-size: var(--_field-touch);
    padding: 6px 14px;
    border: 1.5px solid var(--_primary);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
  }
  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button.danger {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    flex: none;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-block-size: var(--_field-touch);
    padding: 4px 12px 4px 8px;
    border: 1.5px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
  }
  .chip:has(input:checked) {
    border-color: var(--_primary);
    background: color-mix(in srgb, var(--_primary) 10%, var(--_surface));
  }
  .chip:has(input:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .chip input {
    inline-size: 20px;
    block-size: 20px;
    margin: 0;
    accent-color: var(--_primary);
  }
  .swatch {
    inline-size: 12px;
    block-size: 12px;
    border-radius: 50%;
    flex: none;
  }
  ul.list {
    display: grid;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    display: flex;
    align-items: center;
    gap: 8px;
    min-block-size: var(--_field-touch);
    padding: 4px 4px 4px 10px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.6);
    background: var(--_surface);
  }
  .list .grow {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .muted {
    color: var(--_muted);
  }
  dialog {
    box-sizing: border-box;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 16px 48px rgb(0 0 0 / 0.3);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  @media (forced-colors: active) {
    .button,
    .chip {
      border: 1px solid ButtonText;
    }
  }
`;
