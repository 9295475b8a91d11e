import { css } from 'lit';

/**
 * The map's controls: zoom, full screen and the list toggle, the levels of a
 * fair on several floors, and the notices over the map (a plan image that
 * did not load, a geo map offline). Finger-sized; `controls="bottom"` puts
 * them all in the lower part of the map, within reach on a tall kiosk.
 */
export const mapControlStyles = css`
  /* Controls: finger-sized, in the inline-end top corner (controls="bottom": see below). */
  .controls {
    grid-area: stage;
    align-self: start;
    justify-self: end;
    z-index: 1000;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 8px;
    margin: 12px;
  }
  .controls button,
  .levels button {
    min-width: var(--_touch);
    min-height: var(--_touch);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    box-shadow: 0 1px 3px rgb(0 0 0 / 0.18);
    touch-action: manipulation;
  }
  .controls button:hover,
  .levels button:hover {
    background: var(--_surface-2);
  }
  .controls .icon {
    display: grid;
    place-items: center;
    width: var(--_touch);
    padding: 0;
  }
  .controls .toggle {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 5.6px;
    padding-inline: 9.6px;
  }
  .controls svg {
    width: 22.4px;
    height: 22.4px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* On a phone the list toggle is an icon, like the others (its word stays for screen readers). */
  @container (max-width: 480px) {
    .controls .toggle {
      width: var(--_touch);
      padding: 0;
    }
    .controls .toggle span {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
  .controls .toggle svg {
    width: 19.2px;
    height: 19.2px;
  }

  /* The levels, lowest first in the DOM (and for a screen reader): shown top floor on top. */
  .levels {
    position: absolute;
    inset-block-start: 12px;
    inset-inline-start: 12px;
    z-index: 1000;
    display: flex;
    flex-direction: column-reverse;
    gap: 5.6px;
  }
  .levels button {
    padding-inline: 13.6px;
  }

  /* controls="bottom": every control in the lower part of the map, one row each (reach on a tall kiosk). */
  :host([controls='bottom']) .controls {
    align-self: end;
    flex-direction: row;
    align-items: flex-end;
  }
  :host([controls='bottom']) .levels {
    inset-block-start: auto;
    inset-block-end: 12px;
    flex-direction: row;
    flex-wrap: wrap;
    max-width: calc(100% - 320px);
  }
  :host([controls='bottom']) .notices {
    inset-block-end: auto;
    inset-block-start: 12px;
  }

  /* A small map (a phone): the levels are one compact row of joined buttons, the controls closer together. */
  @container (max-width: 480px) {
    .controls {
      gap: 5.6px;
      margin: 8px;
    }
    .levels,
    :host([controls='bottom']) .levels {
      inset-block-start: 8px;
      inset-inline-start: 8px;
      flex-direction: row;
      flex-wrap: nowrap;
      gap: 0;
      max-width: calc(100% - 72px);
    }
    :host([controls='bottom']) .levels {
      inset-block-start: auto;
      inset-block-end: 8px;
      max-width: calc(100% - 224px);
    }
    .levels button {
      padding-inline: 8px;
      border-radius: 0;
    }
    .levels button:first-child {
      border-start-start-radius: calc(var(--_radius) * 0.75);
      border-end-start-radius: calc(var(--_radius) * 0.75);
    }
    .levels button:last-child {
      border-start-end-radius: calc(var(--_radius) * 0.75);
      border-end-end-radius: calc(var(--_radius) * 0.75);
    }
    .levels button + button {
      margin-inline-start: -1px;
    }
  }
  .levels button[aria-pressed='true'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }

  .notices {
    position: absolute;
    inset-block-end: 12px;
    inset-inline: 12px;
    z-index: 1000;
    display: grid;
    gap: 8px;
    justify-items: center;
    pointer-events: none;
  }
  .notice {
    margin: 0;
    max-width: 576px;
    padding: 9.6px 14.4px;
    border-radius: calc(var(--_radius) * 0.75);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.16);
  }
`;
