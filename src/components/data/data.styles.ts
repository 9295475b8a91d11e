import { css } from 'lit';

export const dataStyles = css`
  :host {
    display: contents;
  }
`;
