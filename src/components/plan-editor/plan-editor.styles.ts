/** `<fair-plan-editor>`'s frame: top bar, tool bar, map stage, side panel, banner (the map's own pieces: map/map.styles.ts). */
import { css } from 'lit';

export const planEditorStyles = css`
  :host {
    --_side: var(--fair-plan-editor-side-width, 400px);
    --_chrome: #17212b;
    --_chrome-text: #e8eef4;
    --_chrome-muted: #9fb0c0;
    --_line: color-mix(in srgb, var(--_text) 14%, transparent);
    display: block;
    block-size: var(--fair-plan-editor-height, 100vh);
    block-size: var(--fair-plan-editor-height, 100dvh);
    min-block-size: 480px;
    font-size: 15px;
    background: var(--_surface-2);
    /* Its own width decides the layout (a narrow admin column, a tablet), not the window's. */
    container-type: inline-size;
  }
  .frame {
    display: grid;
    grid-template-columns: 72px minmax(0, 1fr) var(--_side);
    grid-template-rows: 60px minmax(0, 1fr);
    grid-template-areas: 'top top top' 'tools stage side';
    block-size: 100%;
  }
  .topbar {
    grid-area: top;
    display: flex;
    align-items: center;
    gap: 16px;
    padding-inline: 16px 12px;
    background: var(--_chrome);
    color: var(--_chrome-text);
  }
  .brand {
    display: flex;
    align-items: baseline;
    gap: 12px;
    min-inline-size: 0;
    flex: 1;
  }
  .app {
    font-size: 12px;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_chrome-muted);
    white-space: nowrap;
  }
  .fair-name {
    margin: 0;
    font-size: 17px;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .actions {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .sep {
    inline-size: 1px;
    block-size: 28px;
    background: color-mix(in srgb, var(--_chrome-text) 20%, transparent);
    margin-inline: 4px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 8px;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-inline: 14px;
    border: 1px solid color-mix(in srgb, var(--_chrome-text) 22%, transparent);
    border-radius: 8px;
    background: transparent;
    color: var(--_chrome-text);
    font: inherit;
    font-size: 14px;
    font-weight: 600;
    cursor: pointer;
  }
  .btn svg {
    inline-size: 18px;
    block-size: 18px;
  }
  .btn:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_chrome-text) 10%, transparent);
  }
  .btn:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .btn.primary {
    border-color: transparent;
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .btn.primary:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_primary) 85%, #fff);
  }
  .btn:focus-visible,
  .tool:focus-visible,
  .light-btn:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .topbar fair-language-switcher {
    --fair-color-primary: var(--_chrome-text);
  }
  .toolbar {
    grid-area: tools;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 4px;
    padding-block: 10px;
    background: var(--_surface);
    border-inline-end: 1px solid var(--_line);
    overflow-y: auto;
  }
  .tool-list {
    display: contents;
  }
  .tool {
    display: grid;
    place-items: center;
    inline-size: 52px;
    block-size: 52px;
    border: 0;
    border-radius: 10px;
    background: transparent;
    color: var(--_text);
    cursor: pointer;
  }
  .tool svg {
    inline-size: 24px;
    block-size: 24px;
  }
  .tool:hover {
    background: color-mix(in srgb, var(--_primary) 8%, transparent);
  }
  .tool[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .toolbar hr {
    inline-size: 36px;
    border: 0;
    border-block-start: 1px solid var(--_line);
    margin-block: 6px;
  }
  .stage {
    grid-area: stage;
    position: relative;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    min-inline-size: 0;
    min-block-size: 0;
  }
  .side {
    grid-area: side;
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    overflow-y: auto;
    background: var(--_surface);
    border-inline-start: 1px solid var(--_line);
  }
  .region {
    border-block-end: 1px solid var(--_line);
  }
  .banner {
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 10px 16px;
    background: #fff7e6;
    color: #5c3b00;
    border-block-end: 1px solid #f0d48a;
  }
  .banner p {
    margin: 0;
    flex: 1;
  }
  .light-btn {
    min-block-size: 44px;
    padding-inline: 16px;
    border: 1px solid currentColor;
    border-radius: 8px;
    background: transparent;
    color: inherit;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .light-btn.primary {
    background: #8a5a00;
    border-color: #8a5a00;
    color: #fff;
  }
  .message {
    padding: 24px;
  }
  /* Narrow (a tablet upright, a phone): the side panel under the map, the top bar wrapping. */
  @container (max-width: 900px) {
    .frame {
      grid-template-columns: 64px minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1fr) minmax(0, 40%);
      grid-template-areas: 'top top' 'tools stage' 'side side';
    }
    .topbar {
      flex-wrap: wrap;
      padding-block: 8px;
      row-gap: 8px;
    }
    .app {
      display: none;
    }
    .brand {
      flex-basis: 100%;
    }
    .actions {
      flex-wrap: wrap;
    }
    .side {
      border-inline-start: 0;
      border-block-start: 1px solid var(--_line);
    }
  }
`;
