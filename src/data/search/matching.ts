/**
 * How a query meets the index's tables (`index-tables.ts`): the indexed
 * words one query word matches (the whole word, words it begins while it is
 * being typed, words one typo away) with how well each matched, and the
 * booth codes a query is or begins. {@link WordMatching} extends the tables
 * and is extended by the index (`search.ts`), which scores and ranks.
 */
import {
  exactForm,
  hasDiacritics,
  MAX_TYPO_WORD_LENGTH,
  prefixWithinOneEdit,
  withinOneEdit,
  type Token,
} from './fold.js';
import { codeHitsQuery, type Highlights } from './highlight.js';
import { IndexTables, KIND_CODE, QUALITY, TYPO_MIN_LENGTH } from './index-tables.js';

/** Booth codes typed exactly (`B107` for B-107) come first, prefixes of codes next. */
const CODE_EXACT = 100;
const CODE_PREFIX = 5;
/** Prefix-typo scans kept for the words after them (the visitor is still typing). */
const PREFIX_TYPO_SCANS = 8;

export abstract class WordMatching extends IndexTables {
  /** Set by `candidates()`: where in its list the words one typo away begin. */
  protected typoFrom = 0;
  /**
   * The last few prefix-typo scans: a query word's folded form and every
   * folded word (in id order) with a beginning one edit away from it. A word
   * that extends one of them can only match among those (an edit of
   * `shant` within a beginning is one of `shan` within a shorter one), so
   * typing a word scans the whole vocabulary once, not at every key.
   */
  private readonly prefixTypoScans: Array<{ folded: string; ids: Int32Array }> = [];

  /**
   * The indexed words one query word matches, as a flat list of
   * (exact word id, quality) pairs: the whole word, words it begins (when it
   * is still being typed), and words one edit away (4+ letters), these last
   * from `this.typoFrom` on. `highlights` gets each matched folded word and
   * how much of it to highlight.
   */
  protected candidates(word: Token, prefix: boolean, highlights: Highlights): number[] {
    const out: number[] = [];
    const folded = word.folded;
    const exact = exactForm(word.exact);
    const withDiacritics = hasDiacritics(exact);
    const seen = new Set<number>();
    const addFolded = (f: number, quality: number, highlight: number, isPrefix: boolean) => {
      if (seen.has(f)) return;
      seen.add(f);
      const term = this.foldedTerms[f];
      const known = highlights.get(term);
      if (known === undefined || (known !== -1 && (highlight === -1 || highlight > known)))
        highlights.set(term, highlight);
      for (let v = this.variantStart[f]; v < this.variantStart[f + 1]; v++) {
        const t = this.variants[v];
        let q = quality;
        if (withDiacritics) {
          const variant = this.exactTerms[t];
          const agrees = isPrefix ? variant.startsWith(exact) : variant === exact;
          if (!agrees) q *= QUALITY.diacriticMismatch;
        }
        out.push(t, q);
      }
    };

    const whole = this.foldedId.get(folded);
    if (whole !== undefined) addFolded(whole, QUALITY.whole, -1, false);
    if (prefix) {
      for (let f = lowerBound(this.foldedTerms, folded); f < this.foldedTerms.length; f++) {
        const term = this.foldedTerms[f];
        if (!term.startsWith(folded)) break;
        if (f === whole) continue;
        const q = QUALITY.prefixMin + ((QUALITY.prefixMax - QUALITY.prefixMin) * folded.length) / term.length;
        addFolded(f, q, folded.length, true);
      }
    }
    this.typoFrom = out.length;
    if (folded.length === TYPO_MIN_LENGTH - 1 && !seen.size) {
      // A 4-letter word missing a letter (`mng` for `măng`): only when the
      // three letters are no word of the fair, or every "ong" would find "long".
      for (const f of this.deletions.get(folded) ?? []) addFolded(f, QUALITY.typo, -1, false);
    }
    if (folded.length >= TYPO_MIN_LENGTH) {
      // Only words of up to MAX_TYPO_WORD_LENGTH letters have typo variants: one letter more is the longest query that can meet one.
      if (folded.length <= MAX_TYPO_WORD_LENGTH + 1) {
        for (const f of this.typoNeighbours(folded)) addFolded(f, QUALITY.typo, -1, false);
      }
      if (prefix) {
        // The word being typed has a slip in it: words whose beginning is one edit away.
        const ids = this.prefixTypos(folded);
        for (let i = 0; i < ids.length; i++) if (!seen.has(ids[i])) addFolded(ids[i], QUALITY.prefixTypo, -1, false);
      }
    }
    return out;
  }

  /** Folded words (ids, ascending) at least `folded.length - 1` long whose beginning is within one edit of `folded` (4+ letters). */
  private prefixTypos(folded: string): Int32Array {
    const scans = this.prefixTypoScans;
    let from: Int32Array | undefined;
    for (let i = 0; i < scans.length; i++) {
      const scan = scans[i];
      if (scan.folded === folded) return scan.ids;
      if (folded.startsWith(scan.folded) && (!from || scan.ids.length < from.length)) from = scan.ids;
    }
    const found: number[] = [];
    const consider = (f: number) => {
      const term = this.foldedTerms[f];
      if (term.length >= folded.length - 1 && prefixWithinOneEdit(folded, term)) found.push(f);
    };
    if (from) for (let i = 0; i < from.length; i++) consider(from[i]);
    else for (let f = 0; f < this.foldedTerms.length; f++) consider(f);
    const ids = Int32Array.from(found);
    if (scans.length >= PREFIX_TYPO_SCANS) scans.shift();
    scans.push({ folded, ids });
    return ids;
  }

  /** Folded words within one edit (insertion, deletion, substitution, swap) of `folded`. */
  private typoNeighbours(folded: string): number[] {
    const found = new Set<number>();
    const consider = (ids: readonly number[] | undefined) => {
      for (const f of ids ?? []) if (withinOneEdit(folded, this.foldedTerms[f])) found.add(f);
    };
    // A word with one more letter than the query, whose deletion is the query.
    consider(this.deletions.get(folded));
    for (let i = 0; i < folded.length; i++) {
      const deleted = folded.slice(0, i) + folded.slice(i + 1);
      // The query has one letter too many.
      const shorter = this.foldedId.get(deleted);
      if (shorter !== undefined) found.add(shorter);
      // Substitutions and swaps share a deletion.
      consider(this.deletions.get(deleted));
    }
    found.delete(this.foldedId.get(folded) ?? -1);
    return [...found];
  }

  /** Booth codes: `B107`, `b-107` and `B 107` find booth B-107 first; `B10` lists B-100…B-109. */
  protected codeHits(query: string, allowed: number): Map<number, number> | undefined {
    if (!(allowed & (1 << KIND_CODE.booth))) return undefined;
    const compact = codeHitsQuery(query);
    if (!compact) return undefined;
    let hits: Map<number, number> | undefined;
    for (let i = lowerBound(this.codes, compact); i < this.codes.length && this.codes[i].startsWith(compact); i++) {
      const code = this.codes[i];
      const score = code === compact ? CODE_EXACT : CODE_PREFIX + compact.length / code.length;
      hits ??= new Map();
      if (score > (hits.get(this.codeDoc[i]) ?? 0)) hits.set(this.codeDoc[i], score);
    }
    return hits;
  }
}

/** First index in sorted `list` whose value is ≥ `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
