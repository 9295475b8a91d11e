import { css } from 'lit';

/**
 * Accessibility mode's layout, and the route panel's step-free choice.
 *
 * Reach: the ADA's forward reach is 15–48 in (0.38–1.22 m) above the floor.
 * A 55" portrait screen starting ~0.8 m up has only its lower ~40 % in reach,
 * so in accessibility mode no control starts above 55 % of the height: the
 * header and the map take the top, the map's own controls sit at its bottom
 * edge (`controls="bottom"`), and search, keyboard, chips, panel and Back/Home
 * fill the rest. A landscape screen is lower: the same rule holds there, with
 * the panel, the keyboard and a column of Back/Home side by side beneath a
 * full-width map.
 */
export const accessibilityStyles = css`
  :host([accessible]) .main {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'header' 'map' 'finder' 'panel' 'keyboard' 'nav';
    grid-template-rows: auto minmax(0, 1.4fr) auto minmax(0, 1fr) auto auto;
  }
  /* A kiosk (a phone is in the visitor's hand: no reach to keep). */
  @container fair-kiosk (min-width: 700px) {
    :host([accessible]) .main {
      /* Two lines of the fair's name (taller than the logo) and the header's padding: a fixed row, so the map's bottom edge is known. */
      --_header-h: calc(2 * 1.35em * 1.2 + 1.5 * var(--_pad));
      /* The map ends here; its controls, along its bottom edge, start below 55 % of the height. */
      --_map-end: 60cqh;
      grid-template-rows: var(--_header-h) minmax(0, calc(var(--_map-end) - var(--_header-h))) auto minmax(0, 1fr) auto auto;
    }
  }
  :host([accessible]) .header .title p { display: none; }
  :host([accessible]) .row, :host([accessible]) .chip, :host([accessible]) .nav-btn, :host([accessible]) .btn,
  :host([accessible]) .step-free { border-width: 3px; border-color: #000; }
  /* A phone: Back, Home, the languages and this mode's own button do not fit one row at 1.3×; the
     languages take a row of their own, so the button that turns the mode off stays on screen. */
  @container fair-kiosk (max-width: 699px) {
    :host([accessible]) .nav { flex-wrap: wrap; }
    :host([accessible]) .nav .languages { order: -1; flex: 1 0 100%; }
  }
  /* "Still there?" comes down within reach too. */
  :host([accessible]) .scrim { place-items: end center; padding-block-end: 6cqh; }

  @container fair-kiosk (min-aspect-ratio: 5/4) and (min-width: 900px) {
    :host([accessible]) .main {
      --_map-end: 63cqh;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.4fr) auto;
      grid-template-areas: 'header header header' 'map map map' 'finder panel nav';
      grid-template-rows: var(--_header-h) minmax(0, calc(var(--_map-end) - var(--_header-h))) minmax(0, 1fr);
    }
    /* While typing, the keyboard takes the panel's place: the results open in the finder's column, beside it. */
    :host([accessible]) .main.typing { grid-template-areas: 'header header header' 'map map map' 'finder keyboard nav'; }
    :host([accessible]) .main.typing .panel-area { display: none; }
    /* The finder's column is tall enough to show every chip: they wrap (and scroll if there are very many). */
    :host([accessible]) .finder { border-inline-start: 0; grid-template-rows: auto minmax(0, 1fr); align-content: stretch; }
    :host([accessible]) .chips { flex-wrap: wrap; align-content: start; overflow-x: hidden; overflow-y: auto; }
    :host([accessible]) fair-kiosk-keyboard { align-content: center; border-block-start: 0; border-inline-start: 1px solid var(--_border); }
    :host([accessible]) .nav { flex-direction: column; justify-content: flex-end; border-block-start: 0; border-inline-start: 1px solid var(--_border); }
    :host([accessible]) .nav-btn { flex: none; padding-inline: 1em; }
    :host([accessible]) .nav .languages { align-self: stretch; }
  }

  /* ── The step-free choice (route panel, every mode) ─────────────────── */
  .step-free {
    display: flex;
    align-items: center;
    gap: 0.8em;
    width: 100%;
    min-height: var(--_touch);
    margin-block: 0.6em;
    padding: 0.6em 0.9em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
  }
  .step-free .switch {
    position: relative;
    flex: none;
    width: 2.8em;
    height: 1.6em;
    border: 2px solid var(--_muted);
    border-radius: 999px;
    background: var(--_surface-2);
  }
  .step-free .switch::after {
    content: '';
    position: absolute;
    inset-block: 0.15em;
    inset-inline-start: 0.15em;
    aspect-ratio: 1;
    border-radius: 50%;
    background: var(--_muted);
  }
  .step-free[aria-pressed='true'] { border-color: var(--_primary); background: color-mix(in srgb, var(--_primary) 8%, var(--_surface)); }
  .step-free[aria-pressed='true'] .switch { border-color: var(--_primary); background: var(--_primary); }
  .step-free[aria-pressed='true'] .switch::after { inset-inline-start: auto; inset-inline-end: 0.15em; background: var(--_on-primary); }
  .step-free-text { display: grid; min-width: 0; }
  .step-free-title { font-weight: 700; }
  .step-free-detail { color: var(--_muted); font-size: max(0.9em, var(--_min-text)); }
  .no-step-free {
    display: grid;
    gap: 0.4em;
    margin-block: 0.6em;
    padding: 0.8em 1em;
    border-inline-start: 6px solid var(--_danger);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_danger) 8%, var(--_surface));
  }
  .no-step-free-text { font-weight: 700; }
`;
