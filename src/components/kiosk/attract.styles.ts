import { css } from 'lit';

/**
 * The kiosk's screens before a visit: the attract screen (the fair at work,
 * its name, "touch to start" in every language) and the "being prepared"
 * screen of a kiosk whose feed cannot be shown. Sizes are cqmin of the kiosk
 * (times the large-text scale), so the screen looks the same at any size.
 */
export const attractStyles = css`
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
    position: relative;
    width: 6cqmin;
    height: 6cqmin;
    border-radius: 50%;
    background: var(--_accent);
    flex: none;
  }
  /* The ring grows and fades by transform and opacity only: the compositor runs it, so an idle kiosk's main
     thread stays free (a box-shadow animation repainted every frame: half a slow tablet's main thread). */
  .pulse::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_accent) 70%, transparent);
    animation: fair-kiosk-pulse 2s ease-out infinite;
    will-change: transform, opacity;
  }
  @keyframes fair-kiosk-pulse {
    from { transform: scale(1); opacity: 1; }
    to { transform: scale(2); opacity: 0; }
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
    .pulse::after { animation: none; opacity: 0; }
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
  @container fair-kiosk (min-aspect-ratio: 5/4) and (min-width: 900px) {
    .touch-line.first { font-size: calc(max(16px, 4.6cqmin) * var(--_scale)); }
  }
  @container fair-kiosk (max-width: 699px) {
    .attract-title { font-size: calc(9cqmin * var(--_scale)); }
    .attract-meta { font-size: calc(max(16px, 4cqmin) * var(--_scale)); }
    .touch-line { font-size: calc(max(16px, 3.6cqmin) * var(--_scale)); }
    .touch-line.first { font-size: calc(6cqmin * var(--_scale)); }
    .lang { font-size: calc(max(16px, 4cqmin) * var(--_scale)); }
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
`;
