import { css } from 'lit';

/**
 * What the map draws over the plan: the booths' labels (laid out by
 * booth-labels.ts), the places (a round badge and a name, placed by
 * map-view.ts), "you are here" and the route's destination pin.
 */
export const mapMarkerStyles = css`
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
  .fair-destination text { fill: var(--_route); font: 700 13px sans-serif; text-anchor: middle; }

  @media (prefers-reduced-motion: reduce) {
    .fair-here-dot::after {
      animation: none;
      opacity: 0.5;
      transform: scale(1.3);
    }
  }
`;
