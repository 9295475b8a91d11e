import { css } from 'lit';

export const boothMapStyles = css`
  :host {
    --_route: var(--fair-booth-map-route-color, #1565c0);
    --_selected: var(--fair-booth-map-selected-color, #c2410c);
    --_plan: var(--fair-booth-map-plan-color, var(--_surface));
    --_here: var(--fair-booth-map-here-color, var(--_primary));
    display: block;
    position: relative;
    /* Leaflet's panes and controls use z-indexes up to 1000: keep them inside the map,
       so a search dropdown or a dialog of the page still opens above it. */
    isolation: isolate;
    height: var(--fair-booth-map-height, 512px);
    min-height: 192px;
    /* As wide as the line, also where a plain block would shrink to its content (a vertical page, where the
       kit's horizontal box is an orthogonal flow): with size containment it would shrink to 0 px. */
    inline-size: -webkit-fill-available;
    inline-size: stretch;
    container-type: size;
  }

  .frame {
    position: relative;
    display: grid;
    grid-template: 'stage' minmax(0, 1fr) / minmax(0, 1fr);
    /* The host's height (100cqh of its size container); when a page's CSS undoes
       the host's own rules ("* { all: unset }"), still the documented height. */
    height: var(--fair-booth-map-height, 100cqh);
    min-height: 192px;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .frame.has-route {
    grid-template: 'stage' minmax(0, 1fr) 'route' auto / minmax(0, 1fr);
  }
  /* A side panel only on landscape screens: on a portrait kiosk the steps go under the map. */
  @container (min-width: 896px) and (orientation: landscape) {
    .frame.has-route {
      grid-template: 'route stage' minmax(0, 1fr) / minmax(256px, 352px) minmax(0, 1fr);
    }
  }

  .stage,
  .list {
    grid-area: stage;
    position: relative;
    min-height: 0;
  }
  .stage[hidden] {
    display: none;
  }
  .map {
    position: absolute;
    inset: 0;
    background: var(--_surface-2);
    font: inherit;
    /* The map handles every gesture itself: no page zoom, scroll or text selection while using it. */
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
  }
  .map:focus-visible {
    outline: var(--fair-focus-width, 3px) solid var(--_focus);
    outline-offset: -3px;
  }

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

  /* Booth labels: chips over the booths, laid out by booth-labels.ts. Pointer input passes through to the booth.
     Every word on the map is the kit's text size: 16 px (never less) times --fair-font-scale; the layout
     measures the labels in it (booth-labels.ts reads this pane's font). */
  .fair-labels,
  .leaflet-marker-pane {
    font-size: var(--_base);
    /* The map never mirrors: its panes run left to right, so each chip and name sits at the pixel the
       layout computed for it on a right-to-left page too. */
    direction: ltr;
  }
  /* One compositing layer for all the chips: over the booths' canvas (a layer of its own) each chip would
     otherwise be composited apart, which made a first paint of ~100 chips cost ~5 ms more. */
  .fair-labels {
    pointer-events: none;
    will-change: transform;
  }
  .fair-labels.zooming {
    visibility: hidden;
  }
  /* Block, not flex: a hundred chips or more are laid out at a time. */
  .fair-booth-label {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    display: block;
    max-width: 14em;
    margin: 0;
    padding: 0.05em 0.3em;
    overflow: hidden;
    border: 0;
    border-radius: 6px;
    background: rgb(255 255 255 / 0.82);
    color: #17201c;
    font: 700 1em/1.25 var(--_font);
    text-align: center;
    white-space: nowrap;
    pointer-events: none;
    cursor: pointer;
  }
  .fair-booth-label .name {
    display: none;
    overflow: hidden;
    text-overflow: ellipsis;
    font-weight: 500;
    color: #35413b;
  }
  .fair-booth-label.with-name .name {
    display: block;
  }
  .fair-booth-label.dimmed {
    opacity: 0.45;
  }
  .fair-booth-label.selected {
    background: var(--_selected);
    color: #fff;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
  }
  .fair-booth-label.selected .name {
    color: #fff;
  }
  .fair-booth-label:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    background: #fff;
    color: #17201c;
  }
  .leaflet-interactive.fair-booth {
    cursor: pointer;
  }

  /* Places: a round badge and a name. */
  .fair-place-icon,
  .fair-here-icon,
  .fair-destination-icon {
    /* A point: the badge inside centres itself on it. */
    width: 0;
    height: 0;
  }
  .fair-place {
    position: absolute;
    transform: translate(-50%, -50%);
    display: flex;
    align-items: center;
    gap: 4px;
    pointer-events: none;
  }
  .fair-place-badge {
    display: grid;
    place-items: center;
    flex: none;
    width: 26px;
    height: 26px;
    border-radius: 50%;
    background: #33413b;
    color: #fff;
    box-shadow: 0 0 0 2px #fff, 0 1px 4px rgb(0 0 0 / 0.3);
  }
  .fair-place--restroom .fair-place-badge { background: #2d6a9f; }
  .fair-place--first-aid .fair-place-badge { background: #c62828; }
  .fair-place--food .fair-place-badge { background: #b45309; }
  .fair-place--stage .fair-place-badge { background: #7b3fa0; }
  .fair-place--info .fair-place-badge,
  .fair-place--kiosk .fair-place-badge { background: #0b6e4f; }
  .fair-place--entrance .fair-place-badge,
  .fair-place--exit .fair-place-badge { background: #146c94; }
  .fair-place-badge svg {
    width: 17px;
    height: 17px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* A place's name: below its badge, or where map-view.ts finds room (it sets left and top). */
  .fair-place-name {
    position: absolute;
    inset-block-start: 30px;
    inset-inline-start: 13px;
    padding: 0 0.3em;
    border-radius: 4px;
    background: rgb(255 255 255 / 0.88);
    color: #1b1f1d;
    font: 600 1em/1.35 var(--_font);
    white-space: nowrap;
  }
  /* On two lines (map-view.ts sets the width it measured). */
  .fair-place-name.wrap {
    white-space: normal;
    text-align: center;
  }
  /* A place that gave way to a more needed one's name at this zoom (zooming in brings it back). */
  .fair-place.yielded {
    opacity: 0;
  }
  /* Out of sight but not out of the accessibility tree: a screen reader still hears the name. */
  .fair-place-name.hidden {
    opacity: 0;
  }

  /* You are here. */
  .fair-here {
    position: absolute;
    transform: translate(-50%, -50%);
    pointer-events: none;
  }
  .fair-here-dot {
    position: relative;
    display: block;
    width: 20px;
    height: 20px;
    border-radius: 50%;
    background: var(--_here);
    box-shadow: 0 0 0 4px #fff, 0 2px 8px rgb(0 0 0 / 0.35);
  }
  .fair-here-dot::after {
    content: '';
    position: absolute;
    inset: -10px;
    border-radius: 50%;
    border: 3px solid var(--_here);
    opacity: 0;
    animation: fair-here-pulse 2s ease-out infinite;
  }
  @keyframes fair-here-pulse {
    from { transform: scale(0.6); opacity: 0.9; }
    to { transform: scale(1.8); opacity: 0; }
  }
  .fair-here-label {
    position: absolute;
    inset-block-end: 30px;
    inset-inline-start: 50%;
    transform: translateX(-50%);
    padding: 2.4px 8.8px;
    border-radius: 999px;
    background: var(--_here);
    color: var(--_on-primary);
    font: 700 1em/1.4 var(--_font);
    white-space: nowrap;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
  }

  .fair-here-label.below {
    inset-block-end: auto;
    inset-block-start: 30px;
  }
  .fair-here-label.hidden {
    opacity: 0;
  }

  .fair-destination {
    position: absolute;
    transform: translate(-50%, -100%);
    width: 32px;
    height: 40px;
    pointer-events: none;
    filter: drop-shadow(0 2px 3px rgb(0 0 0 / 0.35));
  }
  .fair-destination-pin { fill: var(--_route); stroke: #fff; stroke-width: 2; }
  .fair-destination-hole { fill: #fff; }

  /* The route panel. */
  .route {
    grid-area: route;
    z-index: 1000;
    overflow: auto;
    max-height: 40cqh;
    padding: 14.4px 17.6px 16px;
    background: var(--_surface);
    border-block-start: 1px solid var(--_border);
  }
  @container (min-width: 896px) and (orientation: landscape) {
    .route {
      max-height: none;
      border-block-start: 0;
      border-inline-end: 1px solid var(--_border);
    }
  }
  .route h2 {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }
  .route .summary {
    margin: 3.2px 0 8px;
    color: var(--_route);
    font-weight: 700;
    font-size: 1.05em;
  }
  .route .avoid {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: var(--_touch);
    cursor: pointer;
  }
  .route .avoid input {
    width: 21.6px;
    height: 21.6px;
    accent-color: var(--_primary);
  }
  .steps {
    margin: 4px 0 0;
    padding-inline-start: 22.4px;
    display: grid;
    gap: 5.6px;
  }
  .steps li::marker {
    color: var(--_route);
    font-weight: 700;
  }
  .steps li.arrive {
    font-weight: 600;
  }

  /* List view. */
  .list {
    overflow: auto;
    background: var(--_surface);
    padding: 12px;
    padding-inline-end: 112px;
  }
  :host([controls='bottom']) .list {
    padding-inline-end: 12px;
    padding-block-end: 80px;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  table + table {
    margin-block-start: 24px;
  }
  td.level {
    white-space: nowrap; /* "Tầng 1" on one line, also in a narrow list */
  }
  table.places tbody th {
    padding-block: 9.6px;
    font-weight: 600;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.1em;
    padding-block-end: 8px;
  }
  th,
  td {
    padding: 3.2px 8px;
    text-align: start;
    border-block-end: 1px solid var(--_border);
  }
  thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  tbody th button {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    min-height: var(--_touch);
    min-width: var(--_touch);
    padding-inline: 8px;
    border: 1px solid transparent;
    border-radius: 8px;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }
  tbody th button:hover {
    border-color: var(--_border);
  }
  tr.selected {
    background: color-mix(in srgb, var(--_selected) 12%, transparent);
  }
  tr.selected button {
    border-color: var(--_selected);
  }
  .swatch {
    display: inline-block;
    width: 13.6px;
    height: 13.6px;
    border-radius: 3px;
  }
  /* A list longer than any real fair's (a window of its rows) adds its rules: windowed-list.ts. */

  .leaflet-container {
    font: inherit;
  }
  .leaflet-control-attribution {
    font-size: 11px;
  }

  @media (prefers-reduced-motion: reduce) {
    .fair-here-dot::after {
      animation: none;
      opacity: 0.5;
      transform: scale(1.3);
    }
  }
`;
