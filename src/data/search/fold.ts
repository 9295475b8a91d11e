/**
 * Text folding for search: what a kiosk visitor types (no diacritics, any
 * case, booth codes spelled any way) against what organizers write
 * (Vietnamese with full diacritics, mixed languages).
 *
 * Two forms of every word are kept:
 * - the *folded* form: lower case, NFD-decomposed, combining marks removed,
 *   `đ`/`Đ` → `d` (NFD leaves `đ` alone: it is a letter, not d + a mark);
 * - the *exact* form: lower case NFC with its diacritics, so a query typed
 *   with diacritics can prefer `măng` over `mang` and `gạo` over `gà`.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/*
 * Caps on what the search reads, so that a hostile or broken feed (a 10 MB
 * word in a name, a story pasted a thousand times) or a pasted query cannot
 * freeze the kiosk: indexing, typing and highlighting stay linear and
 * bounded. Each is far above what real content holds (the longest word of the
 * sample fairs and of the bench fair is 22 letters, the longest text 580).
 */

/**
 * Words are indexed, matched and highlighted by their first this many UTF-16
 * code units (a long Vietnamese compound written without spaces is about 40,
 * a German compound rarely over 60). A longer word is stored cut to this
 * length, a longer query word is cut the same way before any work, so the two
 * still meet: typing the beginning of a 10 MB "word" finds it, and costs what
 * a 64-letter word costs.
 */
export const MAX_WORD_LENGTH = 64;

/**
 * Only words of at most this many letters get typo tolerance: the index keeps
 * one deletion variant per letter of each such word, so an unbounded word made
 * the index quadratic (a 15,000-letter word: 238 MB; 16,000+ letters hash badly
 * in the engine and froze the build). Longer words are found whole and by
 * their beginning, not with a typo.
 */
export const MAX_TYPO_WORD_LENGTH = 32;

/**
 * Of each text (one language of a name, a description, a story …) only the
 * first this many UTF-16 code units are indexed and highlighted, cut at a word
 * boundary (about 1,500 words: several pages, well past what a visitor reads
 * on a card). Below 16,384 so a text is also a cheap key for the engine's maps.
 */
export const MAX_FIELD_TEXT_LENGTH = 10_000;

/**
 * A query is cut to its first this many UTF-16 code units before it is read
 * (twelve long words, see `MAX_QUERY_WORDS` in search.ts, fit easily); a cut
 * query, like one of too many words, has no complete hit. Booth codes are
 * compared by their first this many characters too.
 */
export const MAX_QUERY_LENGTH = 1_000;

/**
 * The part of a text the search reads: all of it up to
 * {@link MAX_FIELD_TEXT_LENGTH} code units, else its beginning, cut before the
 * word the limit falls in (or inside it, if that word is longer than
 * {@link MAX_WORD_LENGTH}). Returns `value` itself when it is short enough.
 * Cuts here and elsewhere count UTF-16 code units (past 10,000 characters,
 * splitting a surrogate pair at the very end does no harm).
 */
export function fieldHead(value: string): string {
  if (value.length <= MAX_FIELD_TEXT_LENGTH) return value;
  const floor = MAX_FIELD_TEXT_LENGTH - MAX_WORD_LENGTH;
  let end = MAX_FIELD_TEXT_LENGTH;
  while (end > floor && isWordUnit(value.charCodeAt(end))) end--;
  return value.slice(0, end > floor ? end : MAX_FIELD_TEXT_LENGTH);
}

/** Folds a whole string: case, diacritics, `đ` → `d`. Punctuation stays. */
export function fold(value: string): string {
  // ASCII has nothing to decompose or strip (most English words, and what a visitor types): lower case is all.
  let ascii = true;
  for (let i = 0; i < value.length; i++) {
    if (value.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return value.toLowerCase();
  return value.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

/**
 * Folded forms of the words `tokenize` met lately: the same few thousand
 * words come back in every query's highlighted names, and folding a
 * Vietnamese word (NFD, then stripping) costs more than a look-up. Emptied
 * when full, so it stays small.
 */
const foldedWords = new Map<string, string>();
const FOLDED_WORDS_MAX = 4096;

function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= FOLDED_WORDS_MAX) foldedWords.clear();
    folded = fold(word);
    foldedWords.set(word, folded);
  }
  return folded;
}

/** Lower case NFC, diacritics kept: the "exact" form of a word. */
export function exactForm(value: string): string {
  return value.normalize('NFC').toLowerCase();
}

/** True when folding changes the word, i.e. it was typed with diacritics (or `đ`). */
export function hasDiacritics(word: string): boolean {
  return fold(word) !== exactForm(word);
}

/** One word of a text: its exact and folded forms and where it sits in the original string. */
export interface Token {
  exact: string;
  folded: string;
  /** UTF-16 offsets in the original string (end exclusive). */
  start: number;
  end: number;
}

/**
 * Whether each UTF-16 code unit is part of a word (1) or not (2), filled lazily:
 * a table look-up per character instead of a Unicode regex per string, which
 * is most of the index build time otherwise. Surrogates count as word
 * characters (letters outside the BMP: rare CJK, historic scripts).
 */
const wordChar = new Uint8Array(0x10000);
const SINGLE_WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

export function isWordUnit(code: number): boolean {
  let kind = wordChar[code];
  if (kind === 0) {
    kind = (code >= 0xd800 && code <= 0xdfff) || SINGLE_WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordChar[code] = kind;
  }
  return kind === 1;
}

/** Calls `onWord(start, end)` for each word of `value` (letters, marks and digits, in any script). */
export function scanWords(value: string, onWord: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < value.length; i++) {
    if (isWordUnit(value.charCodeAt(i))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      onWord(start, i);
      start = -1;
    }
  }
  if (start >= 0) onWord(start, value.length);
}

const DECOMPOSED = /[\u0300-\u036f]/;

/** NFC only when needed: feed text is almost always NFC already, and normalizing costs. */
export function toNfc(value: string): string {
  return DECOMPOSED.test(value) ? value.normalize('NFC') : value;
}

/**
 * Splits text into words with their exact and folded forms. Offsets are into
 * the NFC form of `value` (the same string when it is NFC already, as feed
 * text almost always is). `exact` and `folded` are of the word's first
 * {@link MAX_WORD_LENGTH} code units; `start`/`end` span the whole word.
 * Callers cut long texts first ({@link fieldHead}, {@link MAX_QUERY_LENGTH}).
 */
export function tokenize(value: string): Token[] {
  const tokens: Token[] = [];
  const nfc = toNfc(value);
  scanWords(nfc, (start, end) => {
    // A word is read by its first MAX_WORD_LENGTH code units, lower-cased
    // before it is cut as the index cuts the words it stores (a surrogate
    // pair may be split: both sides cut alike, and offsets span the word).
    const exact = nfc
      .slice(start, Math.min(end, start + MAX_WORD_LENGTH))
      .toLowerCase()
      .slice(0, MAX_WORD_LENGTH);
    const folded = foldWord(exact);
    if (folded) tokens.push({ exact, folded, start, end });
  });
  return tokens;
}

/**
 * The compact form of a code: folded, with every character that is not a
 * letter or digit removed, so `B-107`, `b107`, `B 107` and `b.107` are all `b107`.
 */
export function compactCode(value: string): string {
  return fold(value).replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Maps each UTF-16 index of `fold(original)` back to the original: folding
 * Vietnamese is one character to one character once NFC, but we do not rely
 * on it (a decomposed input, or a letter whose lower case is two code units).
 * Returns the folded string and, for each of its indices, the original index.
 */
export function foldWithOffsets(original: string): { folded: string; offsets: Int32Array } {
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < original.length;) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) offsets.push(i);
    folded += f;
    i += ch.length;
  }
  offsets.push(original.length);
  return { folded, offsets: Int32Array.from(offsets) };
}

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein with adjacent
 * swaps) of `a` and `b`, but only whether it is at most 1: linear time, no
 * allocation. Used to verify typo candidates.
 */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true; // equal
  if (la === lb) {
    // substitution at i, or a swap of i and i+1
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // one insertion/deletion at i
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Whether some prefix of `term` is within one edit of `query` (the word the
 * visitor is still typing, with a slip in it): `tuyte` → `tuyet`,
 * `mein` → `mien…`. Checks the prefixes of length |q|-1, |q| and |q|+1.
 */
export function prefixWithinOneEdit(query: string, term: string): boolean {
  const lq = query.length;
  for (let len = lq - 1; len <= lq + 1; len++) {
    if (len < 1 || len > term.length) continue;
    if (withinOneEdit(query, len === term.length ? term : term.slice(0, len))) return true;
  }
  return false;
}
