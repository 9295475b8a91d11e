import { html, type TemplateResult } from 'lit';

/**
 * Renders `text` with the `[start, end)` ranges wrapped in `<mark>`: the text
 * is split into parts and each part is a text node, so feed text is never
 * parsed as HTML.
 */
export function highlighted(text: string, ranges: ReadonlyArray<readonly [number, number]> = []): TemplateResult {
  const parts: TemplateResult[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push(html`${text.slice(at, from)}`);
    parts.push(html`<mark part="mark">${text.slice(from, end)}</mark>`);
    at = end;
  }
  if (at < text.length) parts.push(html`${text.slice(at)}`);
  return html`${parts}`;
}
