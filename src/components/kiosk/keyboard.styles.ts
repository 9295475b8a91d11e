import { css } from 'lit';

/** The on-screen keyboard's keys: large, in rows centred on the kiosk's width. */
export const keyboardStyles = css`
  :host {
    display: block;
    padding: 9.6px;
    background: var(--fair-kiosk-keyboard-background, #e4e8e6);
    border-block-start: 1px solid var(--_border);
    user-select: none;
    -webkit-user-select: none;
  }
  .rows { display: grid; gap: 7.2px; max-width: 1088px; margin-inline: auto; }
  .row { display: flex; gap: 7.2px; justify-content: center; }
  button {
    flex: 1 1 0;
    min-width: 0;
    max-width: 96px;
    min-height: calc(var(--_touch) * 1.4);
    border: 0;
    border-radius: 10px;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-size: calc(1.35 * var(--_base));
    font-weight: 600;
    box-shadow: 0 2px 0 rgb(0 0 0 / 0.18);
    cursor: pointer;
    touch-action: manipulation;
  }
  button:active { background: var(--_surface-2); transform: translateY(1px); box-shadow: none; }
  button.wide { flex-grow: 2; max-width: 160px; font-size: var(--_base); }
  button.space { flex-grow: 6; max-width: 480px; }
  button.mode[aria-pressed='true'] { background: var(--_primary); color: var(--_on-primary); }
  button.done { background: var(--_primary); color: var(--_on-primary); }
`;
