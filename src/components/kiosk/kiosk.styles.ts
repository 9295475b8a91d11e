import { css } from 'lit';

/**
 * The kiosk's layout follows the host's own size (container queries), not the
 * window: portrait 1080×1920, landscape 1920×1080, and a phone when the tag is
 * embedded on the fair's website.
 */
export const kioskStyles = css`
  /*
   * :host only sizes the tag on a page that leaves it alone. Everything the
   * kiosk needs (its size, the container its layout queries, typography) is
   * also set on .frame, an inner piece: a host page's rule on the tag itself
   * (\`* { all: unset }\`, a CSS reboot) beats :host but cannot reach in.
   * Custom properties survive \`all: unset\`, so the tokens stay on :host.
   */
  :host {
    display: block;
    position: relative;
    height: var(--fair-kiosk-height, 100dvh);
    /* As wide as the line, also where a plain block would shrink to its content (a vertical page, where the
       kit's horizontal box is an orthogonal flow): with size containment it would shrink to 0 px. */
    inline-size: -webkit-fill-available;
    inline-size: stretch;
    /* Lets .frame fill the tag with 100cqh; unnamed, so it never answers the layout queries below. */
    container-type: size;
    --_touch: var(--fair-touch-target, 44px);
    --_gap: 12px;
    --_pad: 16px;
    /* The theme's primary (page, then fair, then default), for accessibility mode to darken. */
    --_theme-primary: var(--_primary);
    /* Public-screen hygiene (again on .frame): nothing to select or drag, no page zoom (the map has its own). */
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
    touch-action: pan-x pan-y;
  }
  .frame {
    position: relative;
    display: block;
    /* The tag's height; if page CSS undid the tag's styles (no container then),
       --fair-kiosk-height, else the viewport's height (cqh falls back to svh). */
    height: var(--fair-kiosk-height, 100cqh);
    overflow: hidden;
    container: fair-kiosk / size;
    background: var(--_surface-2);
    /* The typography of the host reset (shared styles) applies here too, as to every top-level piece. */
    /* The smallest text on a kiosk screen: 16px (times the large-text scale); secondary text never goes below it. */
    --_min-text: calc(16px * var(--_scale));
    /* …and the same floor for the elements inside (card, story, search, map): the kit's --fair-min-text token. */
    --fair-min-text: var(--_min-text);
    line-height: 1.45;
    /* Public-screen hygiene: nothing to select or drag, no page zoom (the map has its own). */
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
    touch-action: pan-x pan-y;
  }
  @container fair-kiosk (min-width: 900px) {
    .shell { font-size: calc(1.3 * var(--_base)); --_touch: max(64px, var(--fair-touch-target, 64px)); --_gap: 16px; --_pad: 24px; }
  }
  /*
   * Accessibility mode: larger text, and a light, high-contrast palette
   * whatever the page's theme, handed to the nested elements too (they read
   * the public tokens).
   */
  :host([accessible]) {
    --fair-font-scale: 1.3;
    --_scale: 1.3;
    --fair-color-surface: #fff;
    --fair-color-surface-2: #fff;
    --fair-color-text: #000;
    --fair-color-text-muted: #1d1d1d;
    --fair-color-border: #000;
    --fair-color-on-primary: #fff;
    --fair-color-focus: #1a5fb4;
    --fair-focus-width: 5px;
  }
  /* Declared a level down: a custom property cannot read its own inherited value. */
  :host([accessible]) .frame {
    --_primary: color-mix(in srgb, var(--_theme-primary) 50%, #000);
    --fair-color-primary: var(--_primary);
  }

  .shell { position: absolute; inset: 0; display: grid; font-size: var(--_base); }
  .shell.loading { place-items: center; padding: 32px; }
  .shell.loading > * { width: min(640px, 100%); }

  button { font: inherit; color: inherit; cursor: pointer; touch-action: manipulation; }
  h1, h2, h3, p { margin: 0; }
  .dot { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; flex: none; }

  /* ── Attract ─────────────────────────────────────────────────────────── */
  .attract {
    position: relative;
    display: grid;
    /* The fair at work on top (plan, what is on, categories), then its name and "touch to start". */
    grid-template-rows: auto auto minmax(0, 1fr) auto;
    grid-template-areas: 'showcase' 'categories' 'body' 'languages';
    overflow: hidden;
    /* The theme's pair: white on the default green, dark on a dark theme's light green. */
    color: var(--_on-primary);
    /* The opposite of the text colour: the gradient deepens away from it, so contrast only grows. */
    --_away: rgb(from var(--_on-primary) calc(255 - r) calc(255 - g) calc(255 - b));
    background: var(--fair-kiosk-attract-background,
      radial-gradient(120% 80% at 20% 10%, color-mix(in srgb, var(--_primary) 70%, var(--_on-primary)) 0%, transparent 60%),
      linear-gradient(160deg, var(--_primary) 0%, color-mix(in srgb, var(--_primary) 55%, var(--_away)) 100%));
    cursor: pointer;
  }
  .attract-glow {
    position: absolute;
    inset-block: auto -30%;
    inset-inline: auto -20%;
    width: 90cqmin;
    aspect-ratio: 1;
    border-radius: 50%;
    background: radial-gradient(circle, color-mix(in srgb, var(--_accent) 55%, transparent) 0%, transparent 65%);
    pointer-events: none;
  }
  .attract-body {
    grid-area: body;
    position: relative;
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: center;
    gap: 2.5cqmin;
    padding: 4cqmin 6cqmin;
    text-align: center;
  }
  /* A card in the theme's surface pair (the colours every theme guarantees), whatever the fair's own colour. */
  .attract-showcase {
    grid-area: showcase;
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1.7fr) minmax(0, 1fr);
    align-items: start;
    gap: 2.5cqmin;
    margin: 4cqmin 4cqmin 0;
    padding: 2.5cqmin;
    border-radius: 3cqmin;
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 1.5cqmin 5cqmin rgb(0 0 0 / 0.25);
    text-align: start;
  }
  .attract-showcase.no-plan, .attract-showcase.no-events { grid-template-columns: minmax(0, 1fr); }
  .attract-plan { display: block; width: 100%; height: auto; max-height: 22cqh; }
  .attract-plan .sheet { fill: #eef1ea; }
  .attract-plan .booths { stroke: #fff; stroke-width: 1.5; vector-effect: non-scaling-stroke; }
  .attract-plan .here-spot { fill: var(--_primary); stroke: #fff; stroke-width: 3; vector-effect: non-scaling-stroke; }
  .attract-plan .live-spot {
    fill: color-mix(in srgb, var(--_accent) 45%, transparent);
    stroke: var(--_accent);
    stroke-width: 4;
    vector-effect: non-scaling-stroke;
  }
  .attract-events { display: grid; gap: 1.2cqmin; align-content: start; min-width: 0; }
  .attract-events-heading {
    font-size: calc(max(16px, 2cqmin) * var(--_scale));
    font-weight: 800;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: var(--_muted);
  }
  .attract-event-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 1.2cqmin; }
  .attract-event {
    display: grid;
    gap: 0.2em;
    padding: 1.2cqmin 1.6cqmin;
    border: 1px solid var(--_border);
    border-inline-start: max(4px, 0.6cqmin) solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .attract-event.live { border-inline-start-color: var(--_accent); background: color-mix(in srgb, var(--_accent) 10%, var(--_surface)); }
  .attract-event-time {
    display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center;
    font-size: calc(max(16px, 2cqmin) * var(--_scale)); font-weight: 700; color: var(--_muted);
  }
  .attract-event-title { font-size: calc(max(16px, 2.5cqmin) * var(--_scale)); font-weight: 800; line-height: 1.2; }
  .attract-event-where { font-size: calc(max(16px, 2cqmin) * var(--_scale)); color: var(--_muted); }
  /* One row that scrolls sideways, as the finder's chips do; on a large kiosk they wrap. */
  .attract-categories {
    grid-area: categories;
    position: relative;
    display: flex;
    gap: 1.2cqmin;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scrollbar-width: none;
    padding: 2cqmin 4cqmin 0;
  }
  .attract-categories .chip { font-size: calc(max(16px, 2.1cqmin) * var(--_scale)); color: var(--_text); }
  .attract-categories .chip:focus-visible { outline-color: var(--_on-primary); }
  @container fair-kiosk (min-width: 900px) and (min-height: 1000px) {
    .attract-categories { flex-wrap: wrap; overflow: visible; }
  }
  .attract-logo { width: 18cqmin; height: 18cqmin; object-fit: contain; }
  .attract-title {
    font-size: calc(max(16px, 7.2cqmin) * var(--_scale));
    line-height: 1.1;
    font-weight: 800;
    letter-spacing: -0.02em;
    max-width: 22ch;
    text-wrap: balance;
  }
  .attract-meta { font-size: calc(max(16px, 2.6cqmin) * var(--_scale)); opacity: 0.92; }
  .attract-start {
    position: relative;
    margin-block-start: 4cqmin;
    display: flex;
    align-items: center;
    gap: 3cqmin;
    padding: 3cqmin 5cqmin;
    border: 0;
    border-radius: 999px;
    /* Text and muted text on the surface: the pairs every theme guarantees (AA, AAA in high contrast),
       whatever the fair's own colour. */
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 1.5cqmin 5cqmin rgb(0 0 0 / 0.25);
  }
  .pulse {
    width: 6cqmin;
    height: 6cqmin;
    border-radius: 50%;
    background: var(--_accent);
    box-shadow: 0 0 0 0 color-mix(in srgb, var(--_accent) 70%, transparent);
    animation: fair-kiosk-pulse 2s ease-out infinite;
    flex: none;
  }
  @keyframes fair-kiosk-pulse {
    to { box-shadow: 0 0 0 3cqmin transparent; }
  }
  .touch-lines { display: grid; gap: 0.3cqmin; text-align: start; }
  .touch-line { font-size: calc(max(16px, 2.3cqmin) * var(--_scale)); font-weight: 600; color: var(--_muted); }
  .touch-line.first { font-size: calc(max(16px, 4cqmin) * var(--_scale)); font-weight: 800; color: var(--_text); }
  .attract-languages {
    grid-area: languages;
    position: relative;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: end;
    align-content: end;
    gap: 1.5cqmin;
    padding: 0 4cqmin 5cqmin;
  }
  .lang {
    min-height: max(var(--_touch), 8cqmin);
    min-width: 22cqmin;
    padding: 0 3.5cqmin;
    border: 2px solid color-mix(in srgb, currentColor 75%, transparent);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_away) 15%, transparent);
    color: inherit;
    font-size: calc(max(16px, 2.6cqmin) * var(--_scale));
    font-weight: 600;
  }
  .attract :focus-visible { outline-color: currentColor; }
  .attract-start:focus-visible { outline-color: var(--_on-primary); }
  @media (prefers-reduced-motion: reduce) {
    .pulse { animation: none; }
  }
  /* Accessibility mode: the categories come down, within a seated visitor's reach. */
  :host([accessible]) .attract {
    grid-template-rows: auto minmax(0, 1fr) auto auto;
    grid-template-areas: 'showcase' 'body' 'categories' 'languages';
  }
  :host([accessible]) .attract-categories { padding-block-end: 2cqmin; }
  /* Landscape: the fair beside its name, the plan as large as the height allows. */
  @container fair-kiosk (min-aspect-ratio: 5/4) and (min-width: 900px) {
    .attract:has(.attract-showcase), :host([accessible]) .attract:has(.attract-showcase) {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      grid-template-rows: minmax(0, 1fr) auto;
      grid-template-areas: 'showcase body' 'categories languages';
    }
    .attract-showcase { margin-block: 4cqmin 0; margin-inline: 4cqmin 0; grid-template-columns: minmax(0, 1fr); grid-template-rows: minmax(0, 1fr) auto; align-self: stretch; }
    .attract-showcase.no-plan, .attract-showcase.no-events { grid-template-rows: auto; }
    .attract-plan { height: 100%; max-height: none; }
    .attract-event-list { grid-auto-flow: column; grid-auto-columns: minmax(0, 1fr); }
    .attract-categories { align-self: end; padding-block: 2cqmin 5cqmin; padding-inline: 4cqmin 0; }
    .attract:has(.attract-showcase) .attract-logo { width: 14cqmin; height: 14cqmin; }
    /* Text 1.3× larger in half the width: the name and "touch to start" come first. */
    :host([accessible]) .attract:has(.attract-showcase) .attract-logo { display: none; }
  }
  @container fair-kiosk (max-width: 699px) {
    .attract-showcase { grid-template-columns: minmax(0, 1fr); padding: 3cqmin; }
    .attract-plan { max-height: 17cqh; }
    .attract-event:nth-child(n + 2) { display: none; }
    /* The plan is the picture here: the logo is in the header once the visit starts. */
    .attract:has(.attract-showcase) .attract-logo { display: none; }
  }
  /* A short phone keeps its name and "touch to start" whole. */
  @container fair-kiosk (max-width: 699px) and (max-height: 720px) {
    .attract-showcase { display: none; }
  }

  /* ── Preparing (feed failed) ─────────────────────────────────────────── */
  .preparing {
    display: flex;
    flex-direction: column;
    justify-content: center;
    align-items: center;
    gap: 16px;
    padding: 8cqmin;
    text-align: center;
    background: var(--_surface);
  }
  .preparing-line { font-size: calc(2.4cqmin * var(--_scale)); color: var(--_muted); max-width: 40ch; }
  .preparing-line.first { font-size: calc(3.6cqmin * var(--_scale)); color: var(--_text); font-weight: 700; }
  .preparing-mark { display: flex; gap: 1.2cqmin; margin-block-end: 3cqmin; }
  .preparing-mark span {
    width: 2.4cqmin; height: 2.4cqmin; border-radius: 50%; background: var(--_primary);
    animation: fair-kiosk-dot 1.4s ease-in-out infinite;
  }
  .preparing-mark span:nth-child(2) { animation-delay: 0.2s; }
  .preparing-mark span:nth-child(3) { animation-delay: 0.4s; }
  @keyframes fair-kiosk-dot { 50% { opacity: 0.25; transform: scale(0.7); } }
  @media (prefers-reduced-motion: reduce) { .preparing-mark span { animation: none; } }

  /* ── Main screen: portrait (default) ─────────────────────────────────── */
  .main {
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'header' 'finder' 'map' 'panel' 'keyboard' 'nav';
    grid-template-rows: auto auto minmax(0, 44fr) minmax(0, 56fr) auto auto;
    background: var(--_surface-2);
  }
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
  .chip {
    --_chip: var(--_primary);
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    flex: none;
    min-height: var(--_touch);
    padding: 0 1em;
    border: 2px solid color-mix(in srgb, var(--_chip) 45%, var(--_border));
    border-radius: 999px;
    background: var(--_surface);
    font-weight: 600;
  }
  .chip .dot { background: var(--_chip); }
  .chip[aria-pressed='true'] { background: var(--_chip); border-color: var(--_chip); color: #fff; }
  .chip[aria-pressed='true'] .dot { background: #fff; }

  .map-area { position: relative; min-height: 0; background: var(--_surface-2); }
  /* The kiosk shows the directions in its own, larger panel below; the map keeps the line. */
  .map-area fair-booth-map::part(route) { display: none; }
  .map-area fair-booth-map::part(base) { grid-template: 'stage' minmax(0, 1fr) / minmax(0, 1fr); }
  .walk { width: 1.3em; height: 1.3em; vertical-align: -0.25em; color: var(--_primary); }
  .map-area fair-booth-map {
    position: absolute; inset: 0; display: block; width: 100%; height: 100%; }

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
    .panel-area { border-inline-start: 1px solid var(--_border); box-shadow: none; }
    .finder { border-inline-start: 1px solid var(--_border); }
    .nav { justify-content: flex-end; }
    .nav-btn { flex: 0 1 14em; }
    .touch-line.first { font-size: calc(max(16px, 4.6cqmin) * var(--_scale)); }
  }

  /* ── Phone (the tag embedded on the fair's website) ─────────────────── */
  @container fair-kiosk (max-width: 699px) {
    .main { grid-template-rows: auto auto minmax(224px, 46fr) minmax(0, 54fr) auto auto; }
    /* A phone has its own keyboard, and too little height for a sticky action bar. */
    .icon-btn { display: none; }
    .detail > .actions { position: static; margin: 0; padding: 0; box-shadow: none; }
    .actions .btn { flex: 1 1 8em; }
    .title h1 { font-size: 1.1em; }
    .title p { display: none; }
    .logo { width: 2em; height: 2em; }
    .attract-title { font-size: calc(9cqmin * var(--_scale)); }
    .attract-meta { font-size: calc(max(16px, 4cqmin) * var(--_scale)); }
    .touch-line { font-size: calc(max(16px, 3.6cqmin) * var(--_scale)); }
    .touch-line.first { font-size: calc(6cqmin * var(--_scale)); }
    .lang { font-size: calc(max(16px, 4cqmin) * var(--_scale)); }
    .nav-btn { font-size: 0.85em; flex-direction: column; gap: 0; padding-block: 0.3em; }
    .qr { width: 7em; height: 7em; }
  }

  /* Accessibility mode's layout (everything within a seated visitor's reach): kiosk-reach.styles.ts. */
`;
