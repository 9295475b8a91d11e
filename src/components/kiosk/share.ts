/**
 * "Take it with you": the URL a visitor's phone opens from a QR code, filled
 * from the fair's `share` template (`https://fair.example.vn/{kind}/{id}`).
 */
import { safeHref } from '../../internal/rich-text/links.js';

export type ShareKind = 'booth' | 'product' | 'producer' | 'route';

/**
 * Fills the fair's share template. `{kind}` and `{id}` are replaced (URL
 * encoded); `{from}` (optional) is the kiosk's place id, for routes. Without
 * a place, a query parameter that holds only `{from}` (`?from={from}`) is left
 * out rather than sent empty. Returns undefined when the fair has no template
 * or the result is not an http(s) URL.
 */
export function shareUrl(template: string | undefined, kind: ShareKind, id: string, from?: string): string | undefined {
  if (!template) return undefined;
  const base = from ? template : withoutFromParameter(template);
  const filled = base
    .replaceAll('{kind}', encodeURIComponent(kind))
    .replaceAll('{id}', encodeURIComponent(id))
    .replaceAll('{from}', encodeURIComponent(from ?? ''));
  return safeHref(filled, typeof document !== 'undefined' ? document.baseURI : undefined);
}

/** `…?from={from}&a=1` → `…?a=1`, `…?a=1&from={from}` → `…?a=1`, `…?from={from}` → `…`. */
function withoutFromParameter(template: string): string {
  return template.replace(/([?&])[^?&#=]*=\{from\}(?:&|(?=#|$))/g, '$1').replace(/[?&](?=#|$)/, '');
}
