import { css, type CSSResult } from 'lit';
import { accessibilityStyles } from './accessibility.styles.js';
import { attractStyles } from './attract.styles.js';

/**
 * The kiosk's frame: its size, the container its layout queries, the
 * accessibility-mode palette, and the few rules every screen shares. The
 * layout follows the host's own size (container queries), not the window:
 * portrait 1080×1920, landscape 1920×1080, and a phone when the tag is
 * embedded on the fair's website.
 */
const frameStyles = css`
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
  /* A category chip: in the finder, and on the attract screen (which comes before the main screen's styles). */
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
`;

/**
 * Everything the kiosk draws with, after `sharedStyles`, in cascade order: the
 * frame, the screens before a visit (attract.styles.ts), the main screen
 * (main-screen.styles.ts) and its panel (panels.styles.ts) — `visit`, a chunk
 * of their own (visit-styles.ts), which the attract screen does without — then
 * accessibility mode's layout, within a seated visitor's reach
 * (accessibility.styles.ts).
 */
export const kioskStyles = (visit: readonly CSSResult[] = []): CSSResult[] => [
  frameStyles,
  attractStyles,
  ...visit,
  accessibilityStyles,
];
