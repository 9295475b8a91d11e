import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { qrCode } from './qr.js';

/**
 * The feed's rich text (producer stories, descriptions): a small Markdown
 * subset — paragraphs, `*emphasis*`, `**strong**`, `-`/`1.` lists,
 * `[links](https://…)`, bare `https://` addresses and `#` headings — parsed into
 * a tree and rendered as Lit templates made only of elements we choose and
 * text nodes. Nothing here ever reaches `innerHTML`: `<script>` in a story is
 * the text "<script>", and a link survives only when its target is http(s).
 *
 * The parser is linear in the length of its input (a failed search for a
 * closing delimiter is remembered, so `*a *a *a …` cannot go quadratic), and
 * input is capped at {@link MAX_RICH_TEXT} characters.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'em' | 'strong'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; depth: number; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Inline[][] };

/** Longer input is cut here (with "…"): a story, not a book, and a kiosk must stay responsive. */
export const MAX_RICH_TEXT = 100_000;
const MAX_NESTING = 4;

// Explicit bidi embeddings/overrides/isolates (U+202A–202E, U+2066–2069) can make
// text read backwards ("gpj.exe") and leak direction into what follows; other
// C0/C1 controls have no business in a story. Tabs and newlines stay.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Removes characters that can disguise text (bidi overrides) or that no reader can see (controls). */
export function cleanText(value: string): string {
  return value.replace(UNSAFE_CHARACTERS, '');
}

/**
 * `raw` as a link target we are willing to open, or `undefined`: only http(s),
 * resolved against `base` when relative. The URL parser drops tabs and
 * newlines first (`java\tscript:` is `javascript:`), so the scheme is checked
 * on what a browser would really open.
 */
export function safeHref(raw: string, base?: string): string | undefined {
  const candidate = raw.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, '');
  if (!candidate) return undefined;
  try {
    const url = base ? new URL(candidate, base) : new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// Inline parsing

class InlineParser {
  constructor(private readonly source: string) {}

  /** Per needle: the last search (from where, found where; -1 when none). */
  private readonly searches = new Map<string, { from: number; at: number }>();

  /**
   * Index of `needle` at or after `from` and before `end`, or -1. Searches are
   * remembered, so asking again from a later position does not rescan: this
   * keeps the whole parse linear however many unclosed delimiters there are.
   */
  private find(needle: string, from: number, end: number): number {
    const last = this.searches.get(needle);
    let at: number;
    if (last && last.from <= from && (last.at === -1 || last.at >= from)) at = last.at;
    else {
      at = this.source.indexOf(needle, from);
      this.searches.set(needle, { from, at });
    }
    return at >= 0 && at < end ? at : -1;
  }

  parse(start: number, end: number, depth: number, inLink: boolean): Inline[] {
    const s = this.source;
    const out: Inline[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ type: 'text', text });
      text = '';
    };
    let i = start;
    while (i < end) {
      const c = s[i];
      if (c === '\\' && i + 1 < end && /[\\*_[\]()#`>!-]/.test(s[i + 1])) {
        text += s[i + 1];
        i += 2;
        continue;
      }
      if ((c === '*' || c === '_') && depth < MAX_NESTING) {
        const double = s[i + 1] === c;
        const delimiter = double ? c + c : c;
        const open = i + delimiter.length;
        const prev = i > 0 ? s[i - 1] : ' ';
        // `_` inside a word (snake_case, file_name) is not emphasis.
        const intraword = c === '_' && /[\p{L}\p{N}]/u.test(prev);
        if (!intraword && open < end && !/\s/.test(s[open])) {
          let close = this.find(delimiter, open, end);
          // For a single delimiter, skip over doubles (`*a **b** c*`).
          while (!double && close >= 0 && s[close + 1] === c) close = this.find(delimiter, close + 2, end);
          if (close > open && !/\s/.test(s[close - 1])) {
            flush();
            out.push({ type: double ? 'strong' : 'em', children: this.parse(open, close, depth + 1, inLink) });
            i = close + delimiter.length;
            continue;
          }
        }
        text += delimiter;
        i = open;
        continue;
      }
      if (c === '[' && !inLink) {
        const closeText = this.find('](', i + 1, end);
        if (closeText > i) {
          const closeUrl = this.find(')', closeText + 2, end);
          if (closeUrl > closeText) {
            // `[text](url "title")`: the title is dropped.
            const target = s.slice(closeText + 2, closeUrl).trim().split(/\s+/)[0].replace(/^<|>$/g, '');
            const children = this.parse(i + 1, closeText, depth + 1, true);
            const href = safeHref(target, this.linkBase);
            flush();
            // An unsafe or unresolvable target keeps its words and loses the link.
            if (href) out.push({ type: 'link', href, children });
            else out.push(...children);
            i = closeUrl + 1;
            continue;
          }
        }
      }
      if (c === 'h' && !inLink && (s.startsWith('https://', i) || s.startsWith('http://', i)) && !/[\p{L}\p{N}]/u.test(i > 0 ? s[i - 1] : ' ')) {
        let j = i;
        while (j < end && !/[\s<>"]/.test(s[j])) j++;
        // Trailing punctuation belongs to the sentence, not the address.
        while (j > i && /[.,;:!?)\]'*_]/.test(s[j - 1])) j--;
        const raw = s.slice(i, j);
        const href = safeHref(raw);
        if (href && j > i + 8) {
          flush();
          out.push({ type: 'link', href, children: [{ type: 'text', text: raw }] });
          i = j;
          continue;
        }
      }
      text += c;
      i++;
    }
    flush();
    return out;
  }

  /** Base URL for relative link targets; `undefined`: absolute only. */
  linkBase?: string;
}

function parseInline(source: string, base?: string): Inline[] {
  const parser = new InlineParser(source);
  parser.linkBase = base;
  return parser.parse(0, source.length, 0, false);
}

// ---------------------------------------------------------------------------
// Block parsing

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;

/** Parses rich text into blocks. Never throws; any string is valid input. */
export function parseRichText(source: string | null | undefined, options: { base?: string } = {}): Block[] {
  if (!source || typeof source !== 'string') return [];
  let input = cleanText(source.length > MAX_RICH_TEXT ? `${source.slice(0, MAX_RICH_TEXT)}…` : source);
  input = input.replace(/\r\n?/g, '\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[][] } | undefined;
  const inline = (lines: string[]) => parseInline(lines.join('\n').trim(), options.base);
  const endParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: inline(paragraph) });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, start: list.start, items: list.items.map(inline) });
    list = undefined;
  };
  for (const line of input.split('\n')) {
    if (!line.trim()) {
      endParagraph();
      endList();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      endParagraph();
      endList();
      blocks.push({ type: 'heading', depth: heading[1].length, children: parseInline(heading[2], options.base) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = bullet ? null : ORDERED.exec(line);
    if (bullet || ordered) {
      endParagraph();
      const isOrdered = !!ordered;
      if (list && list.ordered !== isOrdered) endList();
      if (!list) list = { ordered: isOrdered, start: ordered ? Number(ordered[1]) : 1, items: [] };
      list.items.push([bullet ? bullet[1] : ordered![2]]);
      continue;
    }
    if (list) {
      // A line right after an item continues it (a lazy continuation).
      list.items[list.items.length - 1].push(line.trim());
      continue;
    }
    paragraph.push(line.trim());
  }
  endParagraph();
  endList();
  return blocks;
}

/** The words of rich text without its markup, one block a line: for reading aloud and search. */
export function richTextToPlain(source: string | null | undefined): string {
  const words = (nodes: Inline[]): string => nodes.map((n) => (n.type === 'text' ? n.text : words(n.children))).join('');
  return parseRichText(source)
    .map((b) => (b.type === 'list' ? b.items.map(words).join('\n') : words(b.children)))
    .join('\n')
    .replace(/[ \t]*\n[ \t]*/g, '\n');
}

// ---------------------------------------------------------------------------
// Rendering

export interface RichTextOptions {
  /**
   * How links are offered: `open` (default) as links opening in a new tab;
   * `qr` (a kiosk, where nobody should leave the app) as their words plus, after
   * the block, a QR code and the address to scan with a phone.
   */
  links?: 'open' | 'qr';
  /** The heading level of `#`; deeper `##` follow (capped at 6). Default 3. */
  headingLevel?: number;
  /** Base URL for relative link targets; without it only absolute http(s) links survive. */
  base?: string;
}

interface Collected {
  href: string;
  label: string;
}

function inlineText(nodes: Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : inlineText(n.children))).join('');
}

/** `https://www.example.vn/a/` → `example.vn/a`: what a person reads off a screen. */
export function displayUrl(href: string): string {
  return href.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
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
          if (!links.some((l) => l.href === node.href)) links.push({ href: node.href, label: inlineText(node.children) });
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
    case 1: return html`<h1 class="fair-rt-h">${content}</h1>`;
    case 2: return html`<h2 class="fair-rt-h">${content}</h2>`;
    case 3: return html`<h3 class="fair-rt-h">${content}</h3>`;
    case 4: return html`<h4 class="fair-rt-h">${content}</h4>`;
    case 5: return html`<h5 class="fair-rt-h">${content}</h5>`;
    default: return html`<h6 class="fair-rt-h">${content}</h6>`;
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
    if (block.type === 'heading') body = heading(Math.min(6, level + block.depth - 1), renderInline(block.children, mode, links));
    else if (block.type === 'paragraph') body = html`<p dir="auto">${renderInline(block.children, mode, links)}</p>`;
    else {
      const items = block.items.map((item) => html`<li dir="auto">${renderInline(item, mode, links)}</li>`);
      body = block.ordered ? html`<ol start=${block.start}>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    return html`${body}${renderLinkCodes(links)}`;
  })}`;
}

/** Typography for rendered rich text; the container gets the class `fair-rt`. */
export const richTextStyles = css`
  .fair-rt {
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  .fair-rt > :first-child {
    margin-block-start: 0;
  }
  .fair-rt > :last-child {
    margin-block-end: 0;
  }
  .fair-rt p,
  .fair-rt ul,
  .fair-rt ol {
    margin-block: 0 0.85em;
  }
  .fair-rt ul,
  .fair-rt ol {
    padding-inline-start: 1.4em;
  }
  .fair-rt li + li {
    margin-block-start: 0.3em;
  }
  .fair-rt .fair-rt-h {
    margin-block: 1.2em 0.4em;
    font-size: 1.15em;
    line-height: 1.25;
  }
  .fair-rt a {
    color: var(--_link, var(--_primary));
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .fair-rt-qr-links {
    display: grid;
    gap: 0.75rem;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }
  .fair-rt-qr-link {
    display: flex;
    gap: 0.9rem;
    align-items: center;
    padding: 0.6rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }
  .fair-rt-qr {
    flex: none;
    inline-size: 6.5rem;
    block-size: 6.5rem;
    color: #000;
  }
  .fair-rt-qr-text {
    display: grid;
    gap: 0.15rem;
    min-inline-size: 0;
  }
  .fair-rt-qr-label {
    font-weight: 600;
  }
  .fair-rt-qr-url {
    color: var(--_primary);
    overflow-wrap: anywhere;
  }
  .fair-rt-qr-hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
