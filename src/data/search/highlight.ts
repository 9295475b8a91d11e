/**
 * Where a query matched, for highlighting: ranges of the displayed text
 * whose words the query matched, and the span of a booth code it covers.
 */
import type { DocumentField } from './documents.js';
import { compactCode, fieldHead, foldWithOffsets, MAX_QUERY_LENGTH, MAX_WORD_LENGTH, tokenize } from './fold.js';
import type { SearchMatch } from './search.js';

/** What a query word matched: per matched folded word, how much of it to highlight (-1: all of it). */
export type Highlights = Map<string, number>;

/** How much of `folded` the query's words highlight (-1: all of it; undefined: none matched it). */
export function highlightOf(words: readonly Highlights[], folded: string): number | undefined {
  let length: number | undefined;
  for (let w = 0; w < words.length; w++) {
    const h = words[w].get(folded);
    if (h !== undefined && (length === undefined || (length !== -1 && (h === -1 || h > length)))) length = h;
  }
  return length;
}

/**
 * `[start, end)` ranges of `value` whose words the query matched, in the part
 * of it the index reads (its first `MAX_FIELD_TEXT_LENGTH` code units), so a
 * 10 MB name costs what a short one does.
 */
export function highlightRanges(value: string, highlights: readonly Highlights[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const head = fieldHead(value);
  for (const token of tokenize(head)) {
    const length = highlightOf(highlights, token.folded);
    if (length === undefined) continue;
    if (length === -1 || length >= token.folded.length) ranges.push([token.start, token.end]);
    else {
      // The typed beginning is within the word's first MAX_WORD_LENGTH code units.
      const { offsets } = foldWithOffsets(head.slice(token.start, Math.min(token.end, token.start + MAX_WORD_LENGTH)));
      ranges.push([token.start, token.start + offsets[Math.min(length, offsets.length - 1)]]);
    }
  }
  return ranges;
}

/** The compact booth code a query may be (it has a digit), or `''`. */
export function codeHitsQuery(query: string): string {
  const compact = compactCode(query);
  return /\p{N}/u.test(compact) ? compact : '';
}

/**
 * Highlights a booth code typed as `b10` in the label `B-107`: the span from
 * the first to the last character of the label that the compact query covers.
 */
export function codeMatch(fields: readonly DocumentField[], compact: string, matches: SearchMatch[]): void {
  const label = fields.find((f) => f.field === 'code')?.value;
  if (typeof label !== 'string') return;
  let matched = 0;
  let start = -1;
  let end = -1;
  // Codes are compared by their first MAX_QUERY_LENGTH characters (a label of 10 MB of dashes is no code).
  const length = Math.min(label.length, MAX_QUERY_LENGTH);
  for (let i = 0; i < length && matched < compact.length; i++) {
    const c = compactCode(label[i]);
    if (!c) continue;
    if (c !== compact[matched]) return;
    if (start < 0) start = i;
    matched++;
    end = i + 1;
  }
  if (matched < compact.length) return;
  const existing = matches.findIndex((m) => m.field === 'code');
  if (existing >= 0) matches.splice(existing, 1);
  matches.unshift({ field: 'code', text: label, ranges: [[start, end]] });
}
