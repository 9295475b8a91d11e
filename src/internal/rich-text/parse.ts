import { cleanText } from '../../data/validate/safety.js';
import { safeHref } from './links.js';

/**
 * Parses the feed's rich text (producer stories, descriptions): a small Markdown
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
            const target = s
              .slice(closeText + 2, closeUrl)
              .trim()
              .split(/\s+/)[0]
              .replace(/^<|>$/g, '');
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
      if (
        c === 'h' &&
        !inLink &&
        (s.startsWith('https://', i) || s.startsWith('http://', i)) &&
        !/[\p{L}\p{N}]/u.test(i > 0 ? s[i - 1] : ' ')
      ) {
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
  const words = (nodes: Inline[]): string =>
    nodes.map((n) => (n.type === 'text' ? n.text : words(n.children))).join('');
  return parseRichText(source)
    .map((b) => (b.type === 'list' ? b.items.map(words).join('\n') : words(b.children)))
    .join('\n')
    .replace(/[ \t]*\n[ \t]*/g, '\n');
}
