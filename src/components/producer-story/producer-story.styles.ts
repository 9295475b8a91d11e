import { css } from 'lit';
import { richTextStyles } from '../../internal/rich-text/index.js';
import { pillButtonStyles } from '../../internal/shared.styles.js';

const storyStyles = css`
  :host {
    --_story-bg: var(--fair-producer-story-background, var(--_surface));
    --_story-radius: var(--fair-producer-story-radius, var(--_radius));
    /* Sizes are em of --_base (shared styles), or cqi times the scale, so the large-text theme reaches them. */
    --_pad: clamp(var(--_base), 4.5cqi, 3 * var(--_base));
    display: block;
    /* As wide as the line, also where a plain block would shrink to its content (a vertical page, where the
       kit's horizontal box is an orthogonal flow): with inline-size containment it would shrink to 0 px. */
    inline-size: -webkit-fill-available;
    inline-size: stretch;
    container-type: inline-size;
  }
  .story {
    display: grid;
    gap: clamp(16px, 3cqi, 32px);
    padding-block: var(--_pad);
    border-radius: var(--_story-radius);
    background: var(--_story-bg);
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.06), 0 8px 24px -12px rgb(0 0 0 / 0.18);
  }
  .story > * {
    margin-inline: var(--_pad);
  }
  svg {
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* ---- header ---- */
  .header {
    display: grid;
    gap: 9.6px;
  }
  .title {
    margin: 0;
    font-size: clamp(1.6em, 4.6cqi * var(--_scale), 3.2em);
    line-height: 1.1;
    letter-spacing: -0.015em;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin: 0;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.3em 0.8em;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_primary) 9%, var(--_surface));
    color: color-mix(in srgb, var(--_primary) 75%, var(--_text));
    font-size: clamp(max(0.9em, var(--_min-text)), 1.9cqi * var(--_scale), 1.15em);
    font-weight: 600;
  }

  /* ---- gallery ---- */
  .gallery {
    position: relative;
  }
  .track {
    display: flex;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scrollbar-width: none;
    border-radius: calc(var(--_story-radius) * 0.8);
    background: var(--_surface-2);
    cursor: grab;
    touch-action: pan-x pan-y;
  }
  .track::-webkit-scrollbar {
    display: none;
  }
  .track.dragging {
    scroll-snap-type: none;
    cursor: grabbing;
    user-select: none;
  }
  .slide {
    flex: 0 0 100%;
    margin: 0;
    aspect-ratio: var(--fair-producer-story-gallery-ratio, 16 / 10);
    scroll-snap-align: start;
  }
  .slide img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .nav {
    position: absolute;
    inset-block-start: 50%;
    display: grid;
    place-items: center;
    inline-size: max(var(--_touch), 48px);
    block-size: max(var(--_touch), 48px);
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: rgb(255 255 255 / 0.92);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    color: #1b1f1d;
    cursor: pointer;
    transform: translateY(-50%);
  }
  .nav svg {
    inline-size: 24px;
    block-size: 24px;
    stroke-width: 2.4;
  }
  .nav.prev {
    inset-inline-start: 12px;
  }
  .nav.next {
    inset-inline-end: 12px;
  }
  .nav:disabled {
    opacity: 0;
    pointer-events: none;
  }
  :host(:dir(rtl)) .nav svg {
    transform: scaleX(-1);
  }
  .count {
    position: absolute;
    inset-block-end: 12px;
    inset-inline-end: 12px;
    margin: 0;
    padding: 0.2em 0.75em;
    border-radius: 999px;
    background: rgb(0 0 0 / 0.62);
    color: #fff;
    font-size: max(0.9em, var(--_min-text));
    font-variant-numeric: tabular-nums;
  }

  /* ---- story and listen ---- */
  .columns {
    display: grid;
    gap: clamp(20px, 4cqi, 40px);
  }
  .main {
    display: grid;
    align-content: start;
    gap: 16px;
    min-inline-size: 0;
  }
  .listen {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .listen-button svg {
    fill: currentColor;
    stroke: none;
  }
  .text {
    max-inline-size: var(--fair-producer-story-measure, 68ch);
    margin: 0;
    font-size: clamp(1em, 2.1cqi * var(--_scale), 1.3em);
    line-height: 1.65;
  }
  .text.empty {
    color: var(--_muted);
  }

  /* ---- aside: booth, contact, share ---- */
  .aside {
    display: grid;
    align-content: start;
    gap: 16px;
    min-inline-size: 0;
  }
  .booth,
  .contact,
  .share {
    margin: 0;
    padding: 16px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_story-radius) * 0.8);
  }
  .booth {
    display: grid;
    gap: 5.6px;
    background: color-mix(in srgb, var(--_primary) 6%, var(--_surface));
    border-color: color-mix(in srgb, var(--_primary) 25%, var(--_border));
  }
  .booth-label {
    color: var(--_muted);
    font-size: max(0.9em, var(--_min-text));
  }
  .booth-name {
    font-size: 1.35em;
    line-height: 1.2;
  }
  .booth .button {
    margin-block-start: 6.4px;
  }
  .contact h3 {
    margin: 0 0 8px;
    font-size: 1em;
  }
  .contact dl {
    display: grid;
    gap: 8px;
    margin: 0;
  }
  .contact-row {
    display: flex;
    align-items: center;
    gap: 9.6px;
    min-block-size: 32px;
  }
  .contact dt {
    display: grid;
    place-items: center;
    color: var(--_primary);
  }
  .contact dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .contact a {
    display: inline-block;
    padding-block: 5.6px;
    color: var(--_primary);
  }
  .share {
    display: flex;
    align-items: center;
    gap: 16px;
    background: var(--_surface-2);
    border-style: dashed;
  }
  .share svg {
    inline-size: clamp(6.5 * var(--_base), 16cqi * var(--_scale), 9 * var(--_base));
    block-size: auto;
    aspect-ratio: 1;
    border-radius: 6px;
    color: #000;
    stroke: none;
  }
  .share figcaption {
    display: grid;
    gap: 3.2px;
  }
  .share figcaption span {
    color: var(--_muted);
    font-size: max(0.9em, var(--_min-text));
  }

  /* ---- products ---- */
  .products h3 {
    margin: 0 0 12px;
    font-size: clamp(1.15em, 2.6cqi * var(--_scale), 1.6em);
  }
  .products ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 288px), 1fr));
    gap: 12px;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .missing {
    display: grid;
    gap: 4px;
    padding: 20px;
    border: 2px dashed var(--_border);
    border-radius: var(--_story-radius);
    background: var(--_story-bg);
  }
  .missing-id {
    color: var(--_muted);
    font-size: max(0.9em, var(--_min-text));
    overflow-wrap: anywhere;
  }


  @container (min-width: 736px) {
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(240px, 304px);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .track {
      scroll-behavior: auto;
    }
  }
`;

/** Everything the element draws with, after `sharedStyles`. */
export const producerStoryStyles = [pillButtonStyles, richTextStyles, storyStyles];
