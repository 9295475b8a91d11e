import { css } from 'lit';

/**
 * The guide's frame, phone first: the fair's bar, the map, the page and the
 * bottom bar stacked, the page scrolling with the document (so a phone's
 * address bar folds away). From 900 px of its own width (a tablet on its
 * side, a desktop) the map stands beside the page, which scrolls on its own.
 * The page's lists and panels are the kiosk's (panels.styles.ts), at phone
 * sizes: 48 px touch targets, 16 px text at the least.
 */
export const guideStyles = css`
  :host {
    display: block;
    container: fair-guide / inline-size;
    --_gap: 12px;
    --_pad: 16px;
    --_touch: max(48px, var(--fair-touch-target, 48px));
    --_min-text: calc(16px * var(--_scale));
    --fair-min-text: var(--_min-text);
  }
  .frame {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'header' 'map' 'page' 'nav';
    grid-template-rows: auto auto 1fr auto;
    min-height: var(--fair-guide-height, 100dvh);
    background: var(--_surface-2);
    line-height: 1.45;
  }
  .frame.loading { display: grid; place-items: center; padding: 24px; }
  button, select { font: inherit; color: inherit; cursor: pointer; touch-action: manipulation; }
  h1, h2, h3, p { margin: 0; }
  .dot { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; flex: none; }

  .header {
    grid-area: header;
    position: sticky;
    top: 0;
    z-index: 5;
    display: flex;
    align-items: center;
    gap: var(--_gap);
    padding: 8px var(--_pad);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .brand { flex: 1; min-width: 0; display: flex; align-items: center; gap: var(--_gap); color: inherit; text-decoration: none; min-height: var(--_touch); }
  .logo { width: 2.4em; height: 2.4em; object-fit: contain; flex: none; }
  .title { display: grid; min-width: 0; }
  .name { font-weight: 800; font-size: 1.1em; line-height: 1.2; overflow-wrap: anywhere; }
  .dates { font-size: var(--_min-text); opacity: 0.92; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .languages { flex: none; }

  .map-area { grid-area: map; position: relative; isolation: isolate; height: var(--fair-guide-map-height, 45svh); min-height: 240px; }
  .inner .map-area { height: var(--fair-guide-map-height, 36svh); }
  .map-area fair-booth-map { display: block; height: 100%; }

  .page { grid-area: page; display: flex; flex-direction: column; min-width: 0; background: var(--_surface); }
  .page .panel-area { box-shadow: none; border: 0; }
  /* The page scrolls, not the lists and panels inside it: they keep their whole height (no shrinking in a column). */
  .page .list, .page .detail { overflow: visible; }
  .page .detail > *, .page > * { flex-shrink: 0; }
  /* The page says the way in words (with the steps); the map's own route box would cover a phone's map. */
  .map-area fair-booth-map::part(route) { display: none; }
  /* A page's actions (the way, Share, ♡) stay in reach above the bottom bar while the page scrolls. */
  .page .detail > .actions {
    position: sticky;
    bottom: calc(var(--_touch) + 8px + env(safe-area-inset-bottom, 0px));
    z-index: 4;
    margin: 0 calc(var(--_pad) * -1);
    padding: 8px var(--_pad);
    background: var(--_surface);
    box-shadow: 0 -6px 12px rgb(0 0 0 / 0.06);
    flex-wrap: nowrap;
    gap: 8px;
  }
  /* One row on a phone: each button a third, its words wrapping inside. */
  .page .detail > .actions .btn { flex: 1 1 0; min-width: 0; padding: 4px 0.5em; text-align: center; line-height: 1.25; }
  .page .detail > .actions .btn[part~='save'] { flex-grow: 1.6; }
  /* The kiosk's A–Z / By category switch is 0.85 of its 64 px target; on a phone, the whole 48 px. */
  .seg { min-height: var(--_touch); }
  .finder { padding: var(--_gap) var(--_pad); border-block-end: 1px solid var(--_border); }
  .search { display: block; min-height: var(--_touch); position: relative; z-index: 3; }
  .search-page { border: 0; min-height: 60svh; }

  .back-bar { padding: 8px var(--_pad) 0; }
  .back {
    min-height: var(--_touch);
    padding: 0 1em 0 0.6em;
    border: 0;
    border-radius: 999px;
    background: var(--_surface-2);
    font-weight: 700;
  }
  .start { display: grid; gap: 4px; margin-block: 8px; }
  .start-label { font-weight: 700; }
  .start select {
    min-height: var(--_touch);
    padding: 0 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    width: 100%;
    box-sizing: border-box;
  }
  .saved-row { display: flex; gap: 6px; align-items: stretch; }
  .saved-row .row { flex: 1; }
  .remove {
    min-width: var(--_touch);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
    font-size: 1.1em;
  }
  .stops { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
  .stop-number {
    display: grid;
    place-items: center;
    width: 2em;
    height: 2em;
    flex: none;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 800;
  }
  .added, .shared { padding: 0.6em 0.8em; border-radius: var(--_radius); background: var(--_surface-2); overflow-wrap: anywhere; }
  .shared { margin: 0 var(--_pad) var(--_pad); }
  .unreachable { color: var(--_muted); }
  .not-found { display: grid; gap: var(--_gap); justify-items: start; padding: calc(var(--_pad) * 1.5) var(--_pad); }
  .not-found-mark { font-size: 3em; font-weight: 800; color: var(--_primary); line-height: 1; }

  .nav {
    grid-area: nav;
    position: sticky;
    bottom: 0;
    z-index: 5;
    display: flex;
    background: var(--_surface);
    border-block-start: 1px solid var(--_border);
    padding-block-end: env(safe-area-inset-bottom, 0);
  }
  .nav-link {
    flex: 1;
    position: relative;
    display: grid;
    justify-items: center;
    align-content: center;
    min-height: calc(var(--_touch) + 8px);
    color: var(--_muted);
    text-decoration: none;
    font-weight: 700;
    font-size: var(--_min-text);
  }
  .nav-link[aria-current='page'] { color: var(--_primary); }
  .nav-icon { font-size: 1.4em; line-height: 1; }
  .count {
    position: absolute;
    inset-block-start: 4px;
    inset-inline-start: calc(50% + 0.6em);
    min-width: 1.5em;
    padding: 0 0.3em;
    border-radius: 999px;
    background: var(--_accent);
    color: #1b1f1d;
    font-size: var(--_min-text);
    line-height: 1.5;
    text-align: center;
  }

  @container fair-guide (min-width: 900px) {
    .frame {
      grid-template-columns: minmax(0, 1fr) minmax(380px, 34%);
      grid-template-areas: 'header header' 'map page' 'map nav';
      grid-template-rows: auto minmax(0, 1fr) auto;
      height: var(--fair-guide-height, 100dvh);
    }
    .map-area, .inner .map-area { height: auto; min-height: 0; }
    .page { overflow-y: auto; border-inline-start: 1px solid var(--_border); }
    .page .detail > .actions { bottom: 0; }
  }
`;
