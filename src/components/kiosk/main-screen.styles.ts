import { css } from 'lit';

/**
 * The kiosk's main screen around its panel: the grid of its areas, the
 * header, the finder (search, keyboard button, category chips), the map's
 * area, the Back / Home bar and the "Still there?" prompt. Portrait
 * 1080×1920 by default; landscape 1920×1080 puts the map beside the finder
 * and the panel; a phone (the tag on the fair's website) stacks them tighter.
 * The panel's own content: panels.styles.ts.
 */
export const mainScreenStyles = css`
  /* ── Main screen: portrait (default) ─────────────────────────────────── */
  .main {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'header' 'finder' 'map' 'panel' 'keyboard' 'nav';
    grid-template-rows: auto auto minmax(0, 44fr) minmax(0, 56fr) auto auto;
    background: var(--_surface-2);
  }
  /* Built ahead beneath the attract screen (inert), which covers it: laid out and drawn at its real size, so a tap
     on Start only has to take the attract screen away (hiding it by visibility instead made Start re-lay it out). */
  .shell:has(> .attract) { z-index: 1; }
  /* Its own stacking context: what it raises inside (the search box, the keyboard) stays beneath the attract
     screen; and nothing of it reaches past the frame (a scrollbar on the attract screen). */
  .main { isolation: isolate; overflow: clip; }
  .header { grid-area: header; }
  .finder { grid-area: finder; }
  .map-area { grid-area: map; }
  .panel-area { grid-area: panel; }
  fair-kiosk-keyboard { grid-area: keyboard; }
  .nav { grid-area: nav; }

  .header {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    padding: calc(var(--_pad) * 0.75) var(--_pad);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .logo { width: 2.6em; height: 2.6em; object-fit: contain; flex: none; }
  .title { flex: 1; min-width: 0; }
  /* A long name wraps (at most two lines, between words) rather than losing its end to an ellipsis. */
  .title h1 {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    overflow: hidden;
    font-size: 1.35em;
    line-height: 1.2;
    font-weight: 800;
    text-wrap: balance;
  }
  .title p { font-size: max(0.8em, var(--_min-text)); opacity: 0.9; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .languages { flex: none; }

  .finder {
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    padding: var(--_gap) var(--_pad);
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
  }
  .search-row { display: flex; gap: var(--_gap); align-items: stretch; }
  .search { flex: 1; min-width: 0; display: block; min-height: var(--_touch); position: relative; z-index: 3; }
  .icon-btn {
    flex: none;
    min-width: var(--_touch);
    min-height: var(--_touch);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-size: 1.4em;
  }
  .icon-btn[aria-pressed='true'] { background: var(--_primary); color: var(--_on-primary); border-color: var(--_primary); }
  .chips {
    display: flex;
    gap: 8px;
    overflow-x: auto;
    scrollbar-width: none;
    padding-block-end: 2px;
  }
  /* .chip itself: kiosk.styles.ts (the attract screen's categories are chips too). */
  .chip[aria-pressed='true'] { background: var(--_chip); border-color: var(--_chip); color: #fff; }
  .chip[aria-pressed='true'] .dot { background: #fff; }

  .map-area { position: relative; min-height: 0; background: var(--_surface-2); }
  /* The kiosk shows the directions in its own, larger panel below; the map keeps the line. */
  .map-area fair-booth-map::part(route) { display: none; }
  .map-area fair-booth-map::part(base) { grid-template: 'stage' minmax(0, 1fr) / minmax(0, 1fr); }
  .walk { width: 1.3em; height: 1.3em; vertical-align: -0.25em; color: var(--_primary); }
  .map-area fair-booth-map {
    position: absolute; inset: 0; display: block; width: 100%; height: 100%; }


  .nav {
    display: flex;
    gap: var(--_gap);
    padding: calc(var(--_gap) * 0.75) var(--_pad);
    background: var(--_surface);
    border-block-start: 1px solid var(--_border);
  }
  .nav-btn {
    flex: 1;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: var(--_touch);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 700;
  }
  .nav-btn:disabled { opacity: 0.45; cursor: default; }
  .nav-icon { font-size: 1.3em; line-height: 1; }
  .nav-btn.a11y[aria-pressed='true'] { background: var(--_primary); border-color: var(--_primary); color: var(--_on-primary); }
  .nav .languages { align-self: center; }

  .scrim {
    position: absolute;
    inset: 0;
    z-index: 20;
    display: grid;
    place-items: center;
    background: rgb(0 0 0 / 0.55);
  }
  .still-there {
    display: grid;
    justify-items: center;
    gap: 0.6em;
    width: min(512px, 90%);
    padding: 2em;
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface);
    text-align: center;
  }
  .still-there h2 { font-size: 1.8em; }
  .count { font-size: 4em; font-weight: 800; line-height: 1; color: var(--_primary); font-variant-numeric: tabular-nums; }

  /* ── Landscape 1920×1080: the map beside the finder and panel ───────── */
  @container fair-kiosk (min-aspect-ratio: 5/4) and (min-width: 900px) {
    .main {
      grid-template-columns: minmax(0, 1.5fr) minmax(0, 1fr);
      grid-template-areas: 'header header' 'map finder' 'map panel' 'map keyboard' 'nav nav';
      grid-template-rows: auto auto minmax(0, 1fr) auto auto;
    }
    .finder { border-inline-start: 1px solid var(--_border); }
    .nav { justify-content: flex-end; }
    .nav-btn { flex: 0 1 14em; }
  }

  /* ── Phone (the tag embedded on the fair's website) ─────────────────── */
  @container fair-kiosk (max-width: 699px) {
    .main { grid-template-rows: auto auto minmax(224px, 46fr) minmax(0, 54fr) auto auto; }
    /* A phone has its own keyboard. */
    .icon-btn { display: none; }
    .title h1 { font-size: 1.1em; }
    .title p { display: none; }
    .logo { width: 2em; height: 2em; }
    .nav-btn { font-size: 0.85em; flex-direction: column; gap: 0; padding-block: 0.3em; }
  }
`;
