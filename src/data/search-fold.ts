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

/** Folds a whole string: case, diacritics, `đ` → `d`. Punctuation stays. */
export function fold(value: string): string {
  return value.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
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
 * text almost always is).
 */
export function tokenize(value: string): Token[] {
  const tokens: Token[] = [];
  const nfc = toNfc(value);
  scanWords(nfc, (start, end) => {
    const word = nfc.slice(start, end);
    const folded = fold(word);
    if (folded) tokens.push({ exact: word.toLowerCase(), folded, start, end });
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
  for (let i = 0; i < original.length; ) {
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
