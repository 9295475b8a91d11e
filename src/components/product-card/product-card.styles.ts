import { css } from 'lit';
import { richTextStyles } from '../../internal/rich-text/index.js';
import { pillButtonStyles } from '../../internal/shared.styles.js';

const cardStyles = css`
  :host {
    --_card-bg: var(--fair-product-card-background, var(--_surface));
    --_card-radius: var(--fair-product-card-radius, var(--_radius));
    --_card-shadow: var(--fair-product-card-shadow, 0 1px 2px rgb(0 0 0 / 0.06), 0 8px 24px -12px rgb(0 0 0 / 0.18));
    --_star: var(--fair-product-card-star-color, #e8a317);
    --_price: var(--fair-product-card-price-color, var(--_primary));
    --_badge-bg: var(--fair-product-card-badge-background, color-mix(in srgb, var(--_primary) 10%, var(--_surface)));
    --_thumb: var(--fair-product-card-thumb-size, calc(4.5 * var(--_base)));
    --_tint: var(--_primary);
    /* Text nested in the full card's body (which grows on wide cards) is sized from --_base (shared
       styles), not from rem, so the large-text theme reaches it and the look at scale 1 stays. */
    display: block;
    /* As wide as the line, also where a plain block would shrink to its content (a vertical page, where the
       kit's horizontal box is an orthogonal flow): with inline-size containment it would shrink to 0 px. */
    inline-size: -webkit-fill-available;
    inline-size: stretch;
    container-type: inline-size;
  }

  /* ---- shared pieces ---- */
  .media {
    position: relative;
    display: block;
    overflow: hidden;
    background: color-mix(in srgb, var(--_tint) 12%, var(--_surface));
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .placeholder {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    color: color-mix(in srgb, var(--_tint) 70%, var(--_text));
    background:
      radial-gradient(circle at 30% 25%, color-mix(in srgb, var(--_tint) 10%, transparent), transparent 60%),
      repeating-linear-gradient(45deg, transparent 0 14px, color-mix(in srgb, var(--_tint) 6%, transparent) 14px 15px);
  }
  .placeholder-art {
    inline-size: 38%;
    max-inline-size: 144px;
    block-size: auto;
    opacity: 0.8;
  }
  .stars {
    display: inline-flex;
    align-items: center;
    gap: 0.1em;
    white-space: nowrap;
  }
  .star {
    inline-size: 1.1em;
    block-size: 1.1em;
    fill: color-mix(in srgb, var(--_muted) 25%, var(--_surface));
  }
  .star.on {
    fill: var(--_star);
  }
  .ocop {
    margin-inline-start: 0.35em;
    padding: 0.05em 0.45em;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_star) 18%, var(--_surface));
    /* From the theme's text colour: dark brown on light themes, pale gold on dark ones
       (7:1 or more on its own tinted background in all four themes). */
    color: color-mix(in srgb, var(--_star) 35%, var(--_text));
    font-size: max(0.72em, var(--_min-text));
    font-weight: 700;
    letter-spacing: 0.06em;
  }
  .price {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
  }
  .amount {
    color: var(--_price);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .unit {
    color: var(--_muted);
  }

  /* ---- full card ---- */
  .full {
    display: grid;
    overflow: hidden;
    border-radius: var(--_card-radius);
    background: var(--_card-bg);
    box-shadow: var(--_card-shadow);
  }
  .full .media {
    aspect-ratio: var(--fair-product-card-media-ratio, 4 / 3);
  }
  .full .body {
    display: flex;
    flex-direction: column;
    gap: 12px;
    padding: clamp(var(--_base), 4.5cqi, 2.75 * var(--_base));
    min-inline-size: 0;
    /* Larger type on a kiosk-wide card, read from a step away (em: the host's size, so the
       large-text theme and a page's own size reach it). */
    font-size: clamp(1em, calc(1.75cqi * var(--_scale)), 1.3em);
  }
  .full p {
    margin: 0;
  }
  .category {
    color: color-mix(in srgb, var(--_tint) 75%, var(--_text));
    font-size: max(0.8em, var(--_min-text));
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  .full .title {
    margin: -4px 0 0;
    font-size: clamp(1.4 * var(--_base), 3.6cqi * var(--_scale), 2.6 * var(--_base));
    line-height: 1.15;
    letter-spacing: -0.01em;
    overflow-wrap: anywhere;
  }
  .producer {
    color: var(--_muted);
    font-size: 1.02em;
  }
  .dot {
    margin-inline: 0.4em;
  }
  .quality {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 9.6px 16px;
  }
  .full .stars {
    font-size: clamp(1.05 * var(--_base), 2.4cqi * var(--_scale), 1.5 * var(--_base));
  }
  .badges,
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 6.4px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding-block: 0.2em;
    padding-inline: 0.55em 0.7em;
    border-radius: 999px;
    background: var(--_badge-bg);
    color: color-mix(in srgb, var(--_primary) 80%, var(--_text));
    font-size: max(0.85em, var(--_min-text));
    font-weight: 600;
  }
  .badge::before {
    content: '';
    inline-size: 0.85em;
    block-size: 0.85em;
    background: currentColor;
    mask: url('data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M9.5 17.2 4.8 12.5l1.4-1.4 3.3 3.3 8.3-8.3 1.4 1.4z"/></svg>') center / contain no-repeat;
  }
  .full .price {
    padding-block: 4px;
  }
  .full .amount {
    font-size: clamp(1.5 * var(--_base), 4cqi * var(--_scale), 2.5 * var(--_base));
    line-height: 1.1;
  }
  .full .unit {
    font-size: 1.05em;
  }
  .description {
    max-inline-size: 65ch;
  }
  .tags li {
    padding: 0.15em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    font-size: max(0.82em, var(--_min-text));
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 9.6px;
    margin-block-start: 5.6px;
  }
  .button {
    flex: 1 1 auto;
  }
  .button .icon {
    inline-size: 1.2em;
    block-size: 1.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
  }
  .sep {
    opacity: 0.7;
  }
  .trace {
    display: flex;
    align-items: center;
    gap: 16px;
    margin: 5.6px 0 0;
    padding: 12px;
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_card-radius) * 0.75);
    background: var(--_surface-2);
  }
  .trace svg {
    flex: none;
    inline-size: clamp(6.5 * var(--_base), 18cqi * var(--_scale), 9.5 * var(--_base));
    block-size: auto;
    aspect-ratio: 1;
    border-radius: 6px;
    color: #000;
  }
  .trace figcaption {
    display: grid;
    gap: 3.2px;
    min-inline-size: 0;
  }
  .trace-hint {
    color: var(--_muted);
    font-size: max(0.9em, var(--_min-text));
  }
  .trace-url {
    /* A link on its own line: at least 24px tall (WCAG 2.5.8), whatever the line height. */
    display: flex;
    align-items: center;
    min-block-size: max(24px, 1.75em);
    color: var(--_primary);
    font-size: max(0.9em, var(--_min-text));
    overflow-wrap: anywhere;
  }

  /* Beside each other once the card is wide enough: a product page, not a tall strip. */
  @container (min-width: 640px) {
    .full {
      grid-template-columns: minmax(0, 5fr) minmax(0, 6fr);
      align-items: start;
    }
    .full .media {
      block-size: 100%;
      min-block-size: 352px;
      aspect-ratio: auto;
    }
  }

  /* ---- compact card ---- */
  .compact {
    display: grid;
    grid-template-columns: var(--_thumb) minmax(0, 1fr) auto;
    align-items: center;
    gap: 13.6px;
    inline-size: 100%;
    min-block-size: max(var(--_touch), calc(var(--_thumb) + 1.2em));
    padding: 9.6px;
    padding-inline-end: 5.6px;
    border: 1px solid var(--_border);
    border-radius: var(--_card-radius);
    background: var(--_card-bg);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    transition: border-color 0.15s, box-shadow 0.15s;
  }
  .compact:hover {
    border-color: color-mix(in srgb, var(--_primary) 50%, var(--_border));
    box-shadow: var(--_card-shadow);
  }
  .compact:active {
    background: var(--_surface-2);
  }
  .compact .media {
    inline-size: var(--_thumb);
    block-size: var(--_thumb);
    border-radius: calc(var(--_card-radius) * 0.7);
  }
  .compact .placeholder-art {
    inline-size: 55%;
  }
  .compact .body {
    display: grid;
    gap: 3.2px;
    min-inline-size: 0;
  }
  .compact .title {
    display: -webkit-box;
    overflow: hidden;
    font-weight: 650;
    line-height: 1.25;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow-wrap: anywhere;
  }
  .compact .producer {
    overflow: hidden;
    font-size: max(0.85em, var(--_min-text));
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .compact .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 3.2px 12px;
  }
  .compact .stars {
    font-size: max(0.85em, var(--_min-text));
  }
  .compact .ocop {
    display: none;
  }
  .compact .price {
    font-size: max(0.95em, var(--_min-text));
  }
  .compact .unit {
    font-size: max(0.85em, var(--_min-text));
  }
  .chevron {
    inline-size: 1.4em;
    block-size: 1.4em;
    fill: none;
    stroke: var(--_muted);
    stroke-width: 2;
  }
  :host(:dir(rtl)) .chevron {
    transform: scaleX(-1);
  }

  /* ---- not in the list ---- */
  .missing {
    display: grid;
    gap: 4px;
    padding: 20px;
    border: 2px dashed var(--_border);
    border-radius: var(--_card-radius);
    background: var(--_card-bg);
    color: var(--_text);
  }
  .missing-id {
    color: var(--_muted);
    font-size: max(0.9em, var(--_min-text));
    overflow-wrap: anywhere;
  }


  @media (prefers-reduced-motion: reduce) {
    .compact {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .star.on {
      fill: CanvasText;
    }
    .compact {
      border: 1px solid ButtonText;
    }
  }
`;

/** Everything the element draws with, after `sharedStyles`. */
export const productCardStyles = [pillButtonStyles, richTextStyles, cardStyles];
