import { html, nothing, svg, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { onDemand } from '../data/on-demand.js';

/**
 * QR codes drawn in the browser as inline SVG (no network, no canvas), so a
 * visitor can take a link from a kiosk to their phone. The encoder loads on
 * first use (a chunk of its own, ~3 KB gzip), so the first paint of a page
 * that shows no QR code does not carry it.
 */

interface QrShape {
  size: number;
  path: string;
}

type Encode = (value: string) => QrShape;
const encoder = onDemand(() => import('./qr-encode.js'));

/**
 * Loads the QR encoder once (later calls share the first). Resolves to
 * undefined when its chunk cannot be fetched (offline before it was cached);
 * the next call tries again.
 */
export function loadQrEncoder(): Promise<Encode | undefined> {
  return encoder.load().then((m) => m?.encode);
}

// A kiosk re-renders the same few URLs on every language switch: keep their shapes.
const shapes = new Map<string, QrShape | null>();
const MAX_CACHED = 200;

/**
 * The module grid of `value` as one SVG path, or `null` when it cannot be
 * encoded (too long); `undefined` while the encoder is not loaded yet (see
 * {@link loadQrEncoder}).
 */
export function qrShape(value: string): QrShape | null | undefined {
  if (shapes.has(value)) return shapes.get(value)!;
  const encode: Encode | undefined = encoder.module?.encode;
  if (!encode) return undefined;
  let shape: QrShape | null;
  try {
    shape = encode(value);
  } catch {
    shape = null;
  }
  if (shapes.size >= MAX_CACHED) shapes.delete(shapes.keys().next().value!);
  shapes.set(value, shape);
  return shape;
}

export interface QrOptions {
  /** Accessible name of the code (e.g. "QR code for https://…"); omit for a decorative code beside visible text. */
  label?: string;
  /** CSS class on the `<svg>`. */
  class?: string;
}

function draw(shape: QrShape | undefined, options: QrOptions): TemplateResult {
  // Before the encoder is there: the white ground of the code, at its place and with its name.
  const box = shape ? shape.size + 8 : 1;
  return html`<svg
    class=${options.class ?? 'fair-qr'}
    viewBox=${shape ? `-4 -4 ${box} ${box}` : '0 0 1 1'}
    shape-rendering="crispEdges"
    role=${options.label ? 'img' : nothing}
    aria-label=${options.label || nothing}
    aria-hidden=${options.label ? nothing : 'true'}
    aria-busy=${shape ? nothing : 'true'}
    focusable="false"
  ><rect x=${shape ? -4 : 0} y=${shape ? -4 : 0} width=${box} height=${box} fill="#fff"></rect>${
    shape ? svg`<path d=${shape.path} fill="currentColor"></path>` : nothing
  }</svg>`;
}

/**
 * Renders `value` as an SVG QR code with the standard 4-module quiet zone. Dark
 * modules use `currentColor` on a white ground: phones read dark-on-light best,
 * so the ground stays white even in a dark theme. Renders `nothing` for an
 * empty value or one too long to encode. The first code on a page shows its
 * white ground until the encoder has loaded, then its modules.
 */
export function qrCode(value: string | undefined | null, options: QrOptions = {}): TemplateResult | typeof nothing {
  if (!value) return nothing;
  const shape = qrShape(value);
  if (shape === null) return nothing;
  if (shape) return draw(shape, options);
  return html`${until(
    loadQrEncoder().then(() => {
      const loaded = qrShape(value);
      return loaded ? draw(loaded, options) : nothing;
    }),
    draw(undefined, options),
  )}`;
}
