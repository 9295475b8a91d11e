import { css } from 'lit';

/**
 * The map's two panels: the route (its summary, the step-free choice and the
 * steps), beside the map on a landscape screen and under it otherwise, and
 * the list view, the booths and places as tables (the map's text equivalent).
 */
export const mapPanelStyles = css`
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
`;
