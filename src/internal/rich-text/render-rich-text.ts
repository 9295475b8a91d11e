import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { qrCode } from '../qr.js';
import { displayUrl } from './links.js';
import { type Inline, parseRichText } from './parse.js';
import type { RichTextOptions } from './index.js';

/**
 * Renders the feed's rich text as Lit templates: loaded on demand (see
 * `loadRichText` in `./index.ts`), with the parser, when a description or a
 * story first shows. Elements of our choosing and text nodes only; nothing
 * reaches `innerHTML`.
 */

export { richTextToPlain } from './parse.js';

interface Collected {
  href: string;
  label: string;
}

function inlineText(nodes: Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : inlineText(n.children))).join('');
}

/**
 * Gives the line breaker a place to break inside very long unbroken runs (a
 * pasted hash, a hostile "AAAA…"): with the kit's font stack, Chromium lays out
 * one 100 000-letter word in 10–30 seconds (font fallback over the whole run),
 * even with zero-width spaces in it; with a `<wbr>` every 48 letters it takes
 * about 0.1 s. Normal words and addresses are shorter and stay one text node.
 */
function breakLongRuns(text: string): unknown {
  if (text.length <= 48 || !/\S{49}/.test(text)) return text;
  const pieces: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(/\S{48}(?=\S)/g)) {
    const end = match.index + 48;
    pieces.push(text.slice(last, end), html`<wbr />`);
    last = end;
  }
  pieces.push(text.slice(last));
  return pieces;
}

function renderInline(nodes: Inline[], mode: 'open' | 'qr', links: Collected[]): unknown[] {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text':
        return breakLongRuns(node.text);
      case 'em':
        return html`<em>${renderInline(node.children, mode, links)}</em>`;
      case 'strong':
        return html`<strong>${renderInline(node.children, mode, links)}</strong>`;
      case 'link': {
        const words = renderInline(node.children, mode, links);
        if (mode === 'qr') {
          if (!links.some((l) => l.href === node.href))
            links.push({ href: node.href, label: inlineText(node.children) });
          return html`<span class="fair-rt-link">${words}</span>`;
        }
        return html`<a class="fair-rt-link" href=${node.href} target="_blank" rel="noopener noreferrer"
          >${words}<span class="fair-visually-hidden"> ${msg('(opens in a new tab)')}</span></a
        >`;
      }
    }
  });
}

function renderLinkCodes(links: Collected[]): TemplateResult | typeof nothing {
  if (!links.length) return nothing;
  return html`<ul class="fair-rt-qr-links" role="list">
    ${links.map(
      (link) => html`<li class="fair-rt-qr-link">
        ${qrCode(link.href, { class: 'fair-rt-qr' })}
        <span class="fair-rt-qr-text">
          ${link.label && displayUrl(link.href) !== link.label ? html`<span class="fair-rt-qr-label">${link.label}</span>` : nothing}
          <span class="fair-rt-qr-url">${displayUrl(link.href)}</span>
          <span class="fair-rt-qr-hint">${msg('Scan with your phone camera to open')}</span>
        </span>
      </li>`,
    )}
  </ul>`;
}

function heading(level: number, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class="fair-rt-h">${content}</h1>`;
    case 2:
      return html`<h2 class="fair-rt-h">${content}</h2>`;
    case 3:
      return html`<h3 class="fair-rt-h">${content}</h3>`;
    case 4:
      return html`<h4 class="fair-rt-h">${content}</h4>`;
    case 5:
      return html`<h5 class="fair-rt-h">${content}</h5>`;
    default:
      return html`<h6 class="fair-rt-h">${content}</h6>`;
  }
}

/**
 * Renders rich text as Lit templates (elements of our choosing and text
 * nodes only). Put it inside an element styled with {@link richTextStyles}.
 */
export function renderRichText(source: string | null | undefined, options: RichTextOptions = {}): TemplateResult {
  const mode = options.links ?? 'open';
  const level = Math.min(6, Math.max(1, options.headingLevel ?? 3));
  const blocks = parseRichText(source, { base: options.base });
  return html`${blocks.map((block) => {
    const links: Collected[] = [];
    let body: TemplateResult;
    if (block.type === 'heading')
      body = heading(Math.min(6, level + block.depth - 1), renderInline(block.children, mode, links));
    else if (block.type === 'paragraph') body = html`<p dir="auto">${renderInline(block.children, mode, links)}</p>`;
    else {
      const items = block.items.map((item) => html`<li dir="auto">${renderInline(item, mode, links)}</li>`);
      body = block.ordered ? html`<ol start=${block.start}>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    return html`${body}${renderLinkCodes(links)}`;
  })}`;
}
