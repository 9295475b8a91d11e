import { html, nothing, type TemplateResult } from 'lit';
import { correction, generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';

/**
 * QR codes drawn in the browser as inline SVG (no network, no canvas), so a
 * visitor can take a link from a kiosk to their phone.
 */

interface QrShape {
  size: number;
  path: string;
}

// A kiosk re-renders the same few URLs on every language switch: keep their shapes.
const shapes = new Map<string, QrShape | null>();
const MAX_CACHED = 200;

/** The module grid of `value` as one SVG path, or `null` when it cannot be encoded (too long). */
export function qrShape(value: string): QrShape | null {
  if (shapes.has(value)) return shapes.get(value)!;
  let shape: QrShape | null = null;
  try {
    // M (15 %) survives a scratched or glare-struck kiosk screen better than L, and still fits long URLs.
    const code = generate(value, { minCorrectionLevel: correction.M });
    shape = { size: code.size, path: toSvgPath(code) };
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

/**
 * Renders `value` as an SVG QR code with the standard 4-module quiet zone. Dark
 * modules use `currentColor` on a white ground: phones read dark-on-light best,
 * so the ground stays white even in a dark theme. Renders `nothing` for an
 * empty value or one too long to encode.
 */
export function qrCode(value: string | undefined | null, options: QrOptions = {}): TemplateResult | typeof nothing {
  if (!value) return nothing;
  const shape = qrShape(value);
  if (!shape) return nothing;
  const box = shape.size + 8;
  return html`<svg
    class=${options.class ?? 'fair-qr'}
    viewBox="-4 -4 ${box} ${box}"
    shape-rendering="crispEdges"
    role=${options.label ? 'img' : nothing}
    aria-label=${options.label || nothing}
    aria-hidden=${options.label ? nothing : 'true'}
    focusable="false"
  ><rect x="-4" y="-4" width=${box} height=${box} fill="#fff"></rect><path d=${shape.path} fill="currentColor"></path></svg>`;
}
