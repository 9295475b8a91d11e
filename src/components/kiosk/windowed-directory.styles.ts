import { css } from 'lit';

/**
 * A directory longer than any real fair's (windowed-directory.ts, loaded on
 * demand, adds these to the kiosk's shadow root): every row, and every
 * heading, of one height (text on one line), the space between rows inside
 * them, so rows drawn later line up.
 */
export const windowedDirectoryStyles = css`
  .dir-window { overflow-anchor: none; } /* the window keeps the rows in place itself */
  .dir-window .dir-group { content-visibility: visible; }
  .dir-window .dir-letter, .dir-window .dir-category { margin: 0; padding-block: 0.9em 0.3em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .dir-window .rows { gap: 0; }
  .dir-window .rows > li { padding-block-end: 6.4px; }
  .dir-window .row { height: max(var(--_touch), calc(2.45em + 1.45 * max(0.85em, var(--_min-text)) + 2px)); overflow: hidden; }
  .dir-window .row-title, .dir-window .row-detail { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
`;
