import { css } from 'lit';

export const fairDataStyles = css`
  :host {
    /* A wrapper around the page's own content that draws no box: the page's typography and writing mode
       reach what the page put inside, so the host reset of the shared styles is undone here (the kit's
       elements inside reset for themselves; the unusable-feed message, a top-level piece, keeps the kit's look). */
    all: inherit;
    display: contents;
  }
`;
