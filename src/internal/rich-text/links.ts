import { isWebScheme, stripUrlNoise } from '../../data/validate/safety.js';

/** Where rich text and the elements' own links (a website, a trace page, audio) may point. */

/**
 * `raw` as a link target we are willing to open, or `undefined`: only http(s),
 * resolved against `base` when relative. The URL parser drops tabs and
 * newlines first (`java\tscript:` is `javascript:`), so the scheme is checked
 * on what a browser would really open. The policy (what is noise, which
 * schemes may open) is the feed validator's (`data/validate/safety.ts`), which
 * reports the links dropped here as errors.
 */
export function safeHref(raw: string, base?: string): string | undefined {
  const candidate = stripUrlNoise(raw);
  if (!candidate) return undefined;
  try {
    const url = base ? new URL(candidate, base) : new URL(candidate);
    return isWebScheme(url.protocol.slice(0, -1)) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `https://www.example.vn/a/` → `example.vn/a`: what a person reads off a screen. */
export function displayUrl(href: string): string {
  return href.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}
