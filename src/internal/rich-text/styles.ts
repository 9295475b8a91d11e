import { css } from 'lit';

/** Typography for rendered rich text; the container gets the class `fair-rt`. */
export const richTextStyles = css`
  .fair-rt {
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  /* The text as written, while the renderer loads (or when it cannot). */
  .fair-rt-plain {
    white-space: pre-line;
  }
  .fair-rt > :first-child {
    margin-block-start: 0;
  }
  .fair-rt > :last-child {
    margin-block-end: 0;
  }
  .fair-rt p,
  .fair-rt ul,
  .fair-rt ol {
    margin-block: 0 0.85em;
  }
  .fair-rt ul,
  .fair-rt ol {
    padding-inline-start: 1.4em;
  }
  .fair-rt li + li {
    margin-block-start: 0.3em;
  }
  .fair-rt .fair-rt-h {
    margin-block: 1.2em 0.4em;
    font-size: 1.15em;
    line-height: 1.25;
  }
  .fair-rt a {
    color: var(--_link, var(--_primary));
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .fair-rt-qr-links {
    display: grid;
    gap: 12px;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }
  .fair-rt-qr-link {
    display: flex;
    gap: 14.4px;
    align-items: center;
    padding: 9.6px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }
  .fair-rt-qr {
    flex: none;
    inline-size: 104px;
    block-size: 104px;
    color: #000;
  }
  .fair-rt-qr-text {
    display: grid;
    gap: 2.4px;
    min-inline-size: 0;
  }
  .fair-rt-qr-label {
    font-weight: 600;
  }
  .fair-rt-qr-url {
    color: var(--_primary);
    overflow-wrap: anywhere;
  }
  .fair-rt-qr-hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
