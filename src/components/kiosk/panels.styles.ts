import { css } from 'lit';

/**
 * The kiosk's panel and what it shows: the tabs, the directory (A–Z or by
 * category) and "Happening now" lists, a booth's, product's or producer's
 * detail with its actions, the route's steps and the QR code to take a page
 * along. A directory longer than any real fair's adds its own rules:
 * windowed-directory.styles.ts.
 */
export const panelStyles = css`
  .panel-area {
    display: flex;
    flex-direction: column;
    min-height: 0;
    background: var(--_surface);
    border-block-start: 1px solid var(--_border);
    box-shadow: 0 -6px 18px rgb(0 0 0 / 0.06);
  }
  .tabs { display: flex; border-block-end: 1px solid var(--_border); flex: none; }
  .tab {
    flex: 1;
    min-height: var(--_touch);
    border: 0;
    border-block-end: 4px solid transparent;
    background: none;
    font-weight: 700;
    color: var(--_muted);
  }
  .tab[aria-selected='true'] { color: var(--_primary); border-block-end-color: var(--_primary); }
  .list-title { padding: var(--_gap) var(--_pad) 0; font-size: 1.1em; }
  .list, .detail { flex: 1; min-height: 0; overflow-y: auto; overscroll-behavior: contain; padding: var(--_gap) var(--_pad) calc(var(--_pad) * 1.5); }
  .detail { display: flex; flex-direction: column; gap: var(--_gap); }
  .detail:focus { outline: none; }
  .empty { color: var(--_muted); padding: 1em 0; }

  .segmented { display: inline-flex; margin-block-end: var(--_gap); border: 2px solid var(--_primary); border-radius: 999px; overflow: hidden; }
  .seg { min-height: calc(var(--_touch) * 0.85); padding: 0 1.2em; border: 0; background: none; color: var(--_primary); font-weight: 700; }
  .seg[aria-pressed='true'] { background: var(--_primary); color: var(--_on-primary); }

  .dir-group { content-visibility: auto; contain-intrinsic-size: auto 320px; }
  .dir-letter, .dir-category, .list-heading {
    display: flex; align-items: center; gap: 0.5em;
    margin: 0.9em 0 0.3em;
    font-size: max(0.85em, var(--_min-text));
    font-weight: 800;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
  }
  .rows { list-style: none; margin: 0; padding: 0; display: grid; gap: 6.4px; }
  .row {
    display: flex;
    align-items: center;
    gap: 0.8em;
    width: 100%;
    min-height: var(--_touch);
    padding: 0.5em 0.8em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
  }
  .row:active { background: var(--_surface-2); }
  .row-icon {
    display: grid; place-items: center; flex: none;
    width: 2.2em; height: 2.2em; border-radius: 50%;
    background: color-mix(in srgb, var(--_primary) 12%, var(--_surface)); color: var(--_primary);
  }
  .thumb { width: 2.8em; height: 2.8em; border-radius: calc(var(--_radius) * 0.6); object-fit: cover; flex: none; background: var(--_surface-2); }
  .row-text { flex: 1; min-width: 0; display: grid; }
  .row-title { font-weight: 700; overflow-wrap: anywhere; }
  .row-detail { font-size: max(0.85em, var(--_min-text)); color: var(--_muted); }
  .row-chevron { font-size: 1.6em; color: var(--_muted); line-height: 1; }
  /* A directory longer than any real fair's (a window of its rows) adds its rules: windowed-directory.ts. */

  .events { list-style: none; margin: 0; padding: 0; display: grid; gap: 9.6px; }
  .event {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.2em 1em;
    padding: 0.8em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_border);
    border-radius: var(--_radius);
  }
  .event.live { border-inline-start-color: var(--_accent); background: color-mix(in srgb, var(--_accent) 10%, var(--_surface)); }
  .event-time { grid-column: 1; display: flex; gap: 0.6em; align-items: center; font-weight: 700; color: var(--_muted); font-size: max(0.9em, var(--_min-text)); }
  .event-title { grid-column: 1; font-weight: 700; font-size: 1.1em; }
  .event-where { grid-column: 1; color: var(--_muted); font-size: max(0.9em, var(--_min-text)); }
  .event .btn { grid-column: 2; grid-row: 1 / span 3; align-self: center; }
  .badge { padding: 0.1em 0.6em; border-radius: 999px; font-size: max(0.8em, var(--_min-text)); }
  .live-badge { background: var(--_accent); color: #1b1f1d; }

  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: var(--_touch);
    padding: 0 1.2em;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    font-weight: 700;
  }
  .btn.primary { background: var(--_primary); color: var(--_on-primary); }
  .btn.secondary { background: var(--_surface); color: var(--_primary); }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_gap); }
  /* Under a long story or card, "Show the way" stays in view. */
  .detail > .actions {
    position: sticky;
    inset-block-end: calc(-1.5 * var(--_pad));
    margin-inline: calc(-1 * var(--_pad));
    padding: var(--_gap) var(--_pad) calc(var(--_pad) * 1.5);
    background: var(--_surface);
    box-shadow: 0 -8px 16px -8px rgb(0 0 0 / 0.15);
    z-index: 1;
  }
  .actions .btn { flex: 1 1 12em; }
  /* The ♡ (My list), and My list's rows with their remove buttons. */
  .save[aria-pressed='true'], .badge.saved { background: var(--_primary); color: var(--_on-primary); }
  .heart { font-size: 1.3em; line-height: 1; }
  .list-item { display: flex; gap: 6.4px; }
  .btn.remove { flex: none; width: var(--_touch); padding: 0; }

  .eyebrow { color: var(--_primary); font-weight: 800; text-transform: uppercase; letter-spacing: 0.06em; font-size: max(0.85em, var(--_min-text)); }
  .panel-title { font-size: 1.6em; line-height: 1.2; font-weight: 800; margin-block: 0.15em 0.3em; }
  .tags { display: flex; flex-wrap: wrap; gap: 0.5em; }
  .tag { display: inline-flex; align-items: center; gap: 0.4em; padding: 0.2em 0.8em; border-radius: 999px; background: var(--_surface-2); font-size: max(0.9em, var(--_min-text)); }
  .route-name { font-size: 1.1em; color: var(--_muted); }
  .route-time { font-size: 1.2em; font-weight: 700; margin-block: 0.6em; }
  .steps { margin: 0; padding-inline-start: 1.4em; display: grid; gap: 0.4em; }
  .steps li::marker { font-weight: 800; color: var(--_primary); }

  .qr-card {
    display: flex;
    align-items: center;
    gap: 1.2em;
    margin: var(--_gap) 0 0;
    padding: 1em;
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .qr { width: 9em; height: 9em; flex: none; color: #000; }
  .qr-card figcaption { display: grid; gap: 0.3em; }
  .qr-url { font-size: max(0.8em, var(--_min-text)); color: var(--_muted); overflow-wrap: anywhere; }

  fair-product-card, fair-producer-story { display: block; }

  /* Landscape: the panel beside the map. */
  @container fair-kiosk (min-aspect-ratio: 5/4) and (min-width: 900px) {
    .panel-area { border-inline-start: 1px solid var(--_border); box-shadow: none; }
  }
  /* A phone: too little height for a sticky action bar. */
  @container fair-kiosk (max-width: 699px) {
    .detail > .actions { position: static; margin: 0; padding: 0; box-shadow: none; }
    .actions .btn { flex: 1 1 8em; }
    .qr { width: 7em; height: 7em; }
  }
`;
