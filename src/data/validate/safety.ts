/**
 * What feed text and links may hold, in one place: the validator applies it to
 * every Text and URL field, and the Markdown renderer (`internal/rich-text/`)
 * to the links and words of rich text, so both agree on what is unsafe.
 */

/**
 * Characters removed from all feed text: explicit bidi embeddings, overrides
 * and isolates (U+202A–202E, U+2066–2069), which can make text read backwards
 * ("gpj.exe") and leak their direction into the labels and cards around them,
 * and C0/C1 controls nobody can see. Tabs and newlines stay; so do the
 * direction marks U+200E/U+200F, which hold no state and which right-to-left
 * text needs.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNSAFE_TEXT = new RegExp(UNSAFE_TEXT.source);

/** `value` without the characters of {@link UNSAFE_TEXT}. */
export function cleanText(value: string): string {
  // Nearly all feed text has none: finding that is quicker than replacing nothing.
  return HAS_UNSAFE_TEXT.test(value) ? value.replace(UNSAFE_TEXT, '') : value;
}

/**
 * Characters a URL parser drops or that hide a scheme from a reader
 * (`java\tscript:`, `java\u200bscript:`): removed before a link's scheme is judged.
 */
// eslint-disable-next-line no-control-regex -- the controls a URL parser drops
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** `raw` as a link target is read: without {@link URL_NOISE}. */
export function stripUrlNoise(raw: string): string {
  return raw.replace(URL_NOISE, '');
}

/**
 * The scheme a browser would see, after the tabs and newlines its URL parser
 * drops and the controls and spaces it trims in front; lower-cased, at most 32
 * letters (a long run of letters before a colon is still one, but is not quoted
 * in full); `undefined` for a relative path.
 */
export function schemeOf(url: string): string | undefined {
  // Most links are paths (`img/tea.svg`): without a colon there is no scheme to find.
  if (!url.includes(':')) return undefined;
  // eslint-disable-next-line no-control-regex -- the C0 controls a URL parser trims in front
  const probe = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(probe)?.[1].toLowerCase().slice(0, 32);
}

/** The only schemes a link may open: http and https (everything else, `javascript:` first, is refused). */
export function isWebScheme(scheme: string | undefined): boolean {
  return scheme === 'http' || scheme === 'https';
}

/**
 * The schemes of the Markdown links (`[words](target)`) in `source` that the
 * renderer drops because they are not http(s): `["javascript", …]`, in order,
 * repeats left out. Relative targets are not listed. Linear in the text: the
 * closing `)` found is reused, and only a target's first 64 letters are read.
 */
export function unsafeLinkSchemes(source: string): string[] {
  const found: string[] = [];
  let end = -1;
  for (let at = source.indexOf(']('); at >= 0; at = source.indexOf('](', at + 2)) {
    if (end < at) end = source.indexOf(')', at + 2);
    if (end < 0) break;
    const target = source
      .slice(at + 2, end)
      .trimStart()
      .slice(0, 64)
      .split(/\s/)[0]
      .replace(/^</, '');
    const scheme = schemeOf(stripUrlNoise(target));
    if (scheme !== undefined && !isWebScheme(scheme) && !found.includes(scheme)) found.push(scheme);
  }
  return found;
}
