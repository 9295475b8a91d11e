/**
 * The search index behind `<fair-search>`: finds booths, producers, products
 * and categories as a visitor types, without diacritics, with one slip of a
 * finger, in any of the fair's languages. No DOM; usable on its own.
 *
 * How it is built for speed (measured in `bench/search.bench.html`):
 * - every word is stored once in its exact form (`gạo`) with postings (the
 *   documents holding it and the best field weight there) as typed arrays;
 * - exact forms are grouped under their folded form (`gao`), and the folded
 *   forms sit in one sorted array, so the word still being typed is a binary
 *   search for its prefix range;
 * - typo candidates come from a deletion neighbourhood (every folded word
 *   with one letter removed → the words), so a one-edit word is found by a
 *   handful of map look-ups, not by comparing against every word;
 * - per query, scores accumulate in preallocated typed arrays stamped per
 *   query, and the top results come from a bounded heap, not a full sort.
 *
 * And so that no feed or query can freeze it, everything it reads is capped
 * (see search/fold.ts): the first `MAX_FIELD_TEXT_LENGTH` characters of each
 * text, the first `MAX_WORD_LENGTH` of each word, typo variants only for words
 * of up to `MAX_TYPO_WORD_LENGTH` letters, the first `MAX_QUERY_LENGTH`
 * characters of a query. Indexing is linear in the feed and each keystroke
 * bounded, whatever one text holds.
 */
import { allTexts, fallbackLocales as contentFallbacks, text } from '../text.js';
import type { FairFeed } from '../types.js';
import {
  compactCode,
  exactForm,
  fieldHead,
  fold,
  hasDiacritics,
  prefixWithinOneEdit,
  isWordUnit,
  MAX_FIELD_TEXT_LENGTH,
  MAX_QUERY_LENGTH,
  MAX_TYPO_WORD_LENGTH,
  MAX_WORD_LENGTH,
  tokenize,
  toNfc,
  withinOneEdit,
  type Token,
} from './fold.js';
import {
  arrayDocuments,
  DEFAULT_FIELD_WEIGHTS,
  feedDocuments,
  SEARCH_KINDS,
  searchDocuments,
  type DocumentField,
  type DocumentSource,
  type SearchDocument,
  type SearchField,
  type SearchKind,
} from './documents.js';
import { codeHitsQuery, codeMatch, highlightRanges, type Highlights } from './highlight.js';
import { PostingsBuilder } from './postings.js';
import { HASH_SEED, hashStep, TermTable } from './terms.js';
import { TopK } from './topk.js';

export type { SearchDocument, SearchField, SearchKind } from './documents.js';
export {
  fold,
  compactCode,
  MAX_FIELD_TEXT_LENGTH,
  MAX_QUERY_LENGTH,
  MAX_TYPO_WORD_LENGTH,
  MAX_WORD_LENGTH,
} from './fold.js';

/** Where the query matched in one field, as shown in the requested language. */
export interface SearchMatch {
  field: SearchField;
  /**
   * The field's text (NFC) in the requested language, or the language that
   * matched; a text longer than `MAX_FIELD_TEXT_LENGTH` as it is in the feed.
   */
  text: string;
  /** `[start, end)` UTF-16 offsets of the matched parts of `text`, for highlighting (within its first `MAX_FIELD_TEXT_LENGTH` code units). */
  ranges: Array<[number, number]>;
}

/** One result: what it is, its id in the feed, how well it matched, whether every word did, and where. */
export interface SearchHit {
  kind: SearchKind;
  id: string;
  /** Higher is better; only comparable within one query. Complete hits always score above partial ones. */
  score: number;
  /**
   * True when every word the visitor typed matched in this document (as a
   * whole word, the beginning of one while the last word is being typed, or
   * with one typo), short words included, or the query is its booth code.
   * False for a partial match: it shares at least one word of three or more
   * letters (or of a script written without spaces, such as Chinese) with the
   * query, as typed or begun, not only a word one typo away; documents sharing
   * less are not returned. Complete hits come first.
   */
  complete: boolean;
  /**
   * Fields with highlighted ranges, the displayed name (or booth code) first;
   * a field in another language appears when that is where the words were found.
   */
  matches?: SearchMatch[];
}

export interface SearchQueryOptions {
  /** Language for the `matches` texts (BCP 47); defaults to the fair's first language. */
  locale?: string;
  /** At most this many hits (default 20). */
  limit?: number;
  /** Only these kinds. */
  kinds?: readonly SearchKind[];
}

export interface SearchIndexOptions {
  /** How much each field counts (see `DEFAULT_FIELD_WEIGHTS`). */
  weights?: Partial<Record<SearchField, number>>;
}

export interface SearchIndex {
  search(query: string, options?: SearchQueryOptions): SearchHit[];
  /** Number of indexed documents (booths + producers + products + categories). */
  readonly documentCount: number;
  /** Number of distinct folded words. */
  readonly termCount: number;
}

/** How a query word met an indexed word; the score of a word is quality × field weight. */
const QUALITY = {
  whole: 1,
  /** A prefix scores between these two by how much of the word was typed. */
  prefixMin: 0.6,
  prefixMax: 0.85,
  typo: 0.5,
  prefixTypo: 0.3,
  /** The visitor typed diacritics and this word has others: `gà` for `gạo`. */
  diacriticMismatch: 0.55,
  /** The word opens a name: "mật" finds "Mật ong…" before "…hoa mật". */
  firstWordOfName: 1.06,
} as const;
/** Typos are tolerated on query words this long or longer. */
const TYPO_MIN_LENGTH = 4;
/** Short names covered by the query win: "tea" → the Tea category before "Shan Tuyet tea". */
const COVERAGE_BONUS = 0.25;
/** Booth codes typed exactly (`B107` for B-107) come first, prefixes of codes next. */
const CODE_EXACT = 100;
const CODE_PREFIX = 5;
/** Words after these are not searched, and a query that long has no complete hit. */
const MAX_QUERY_WORDS = 12;
/** A partial match must share a query word this long (1–2 letter words match too much of a fair). */
const PARTIAL_MIN_LENGTH = 3;
/** Scripts written without spaces between words: one of their characters is a word's worth. */
const UNSPACED_SCRIPT = /[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const KIND_CODE: Record<SearchKind, number> = { booth: 0, producer: 1, product: 2, category: 3 };

/** Builds the search index of a feed (every language of every name, producers, places, categories, tags, descriptions). */
export function createSearchIndex(feed: FairFeed, options: SearchIndexOptions = {}): SearchIndex {
  return new FairSearchIndex(feedDocuments(feed), contentFallbacks(feed.fair), options, feed.fair.locales?.[0]);
}

/** Builds an index over documents made some other way (see `searchDocuments`). */
export function createSearchIndexFromDocuments(
  docs: SearchDocument[],
  fallbackLocales: readonly string[] = [],
  options: SearchIndexOptions = {},
): SearchIndex {
  return new FairSearchIndex(arrayDocuments(docs), fallbackLocales, options);
}

class FairSearchIndex implements SearchIndex {
  private readonly docs: DocumentSource;
  private readonly docKind: Uint8Array;
  private readonly docNameWords: Uint8Array;
  /** Exact word forms and, per exact word, its postings (CSR layout). */
  private readonly exactTerms: string[];
  private readonly postingStart: Int32Array;
  private readonly postingDoc: Int32Array;
  private readonly postingWeight: Float32Array;
  /** Folded words, sorted; per folded word, its exact variants (CSR layout). */
  private readonly foldedTerms: string[];
  private readonly variantStart: Int32Array;
  private readonly variants: Int32Array;
  private readonly foldedId = new Map<string, number>();
  /** A folded word with one letter removed → folded word ids. */
  private readonly deletions = new Map<string, number[]>();
  /** Compact booth codes, sorted, and the booth document of each. */
  private readonly codes: string[];
  private readonly codeDoc: Int32Array;
  // Per-query scratch, allocated once.
  private readonly total: Float32Array;
  private readonly matchedWords: Uint8Array;
  /** Whether the document shares a query word long enough for a partial match (a typo of one does not count). */
  private readonly matchedLong: Uint8Array;
  /** Whether the document, as offered to the top-k, matched every query word. */
  private readonly docComplete: Uint8Array;
  private readonly queryStamp: Int32Array;
  private readonly wordBest: Float32Array;
  private readonly wordInName: Uint8Array;
  /** Whether the document has the query word itself (or a word it begins), not only a word one typo away. */
  private readonly wordShared: Uint8Array;
  private readonly nameWordsMatched: Uint8Array;
  /** Postings at or above this weight are in a name (or booth code). */
  private readonly nameWeight: number;
  /** Subtracted from partial hits: more than any word score can reach, so they rank below every complete hit (which scores above 0). */
  private readonly partialPenalty: number;
  private readonly wordStamp: Int32Array;
  private readonly touched: Int32Array;
  private readonly wordTouched: Int32Array;
  private stamp = 0;
  /** Set by `candidates()`: where in its list the words one typo away begin. */
  private typoFrom = 0;

  constructor(
    docs: DocumentSource,
    private readonly fallbackLocales: readonly string[],
    options: SearchIndexOptions,
    /** The language of `matches` when a query names none: the fair's first. */
    private readonly defaultLocale = fallbackLocales[0],
  ) {
    const weights = { ...DEFAULT_FIELD_WEIGHTS, ...options.weights };
    this.nameWeight = Math.min(weights.name, weights.code);
    this.partialPenalty = Math.max(...Object.values(weights)) * QUALITY.firstWordOfName + COVERAGE_BONUS + 1;
    this.docs = docs;
    const n = docs.length;
    this.docKind = new Uint8Array(n);
    this.docNameWords = new Uint8Array(n);

    const terms = new TermTable();
    const exactTerms = terms.terms;
    const postings = new PostingsBuilder();
    const codeList: Array<[string, number]> = [];

    // Short strings of the fields around a name repeat (a producer's name on
    // each of its products, regions, categories, tags): split each once.
    const idsOfString = new Map<string, number[]>();
    const wordIds = (whole: string, cacheable: boolean): number[] => {
      // Only the beginning of a huge text is read (and is the cache's key: a
      // short one, which the engine hashes well).
      const str = fieldHead(whole);
      let ids = cacheable ? idsOfString.get(str) : undefined;
      if (ids) return ids;
      ids = [];
      // One native lower-casing per string, then a table-driven scan that
      // hashes as it reads: this loop is most of the build time.
      const lower = toNfc(str).toLowerCase();
      let start = -1;
      let hash = HASH_SEED;
      for (let i = 0; i <= lower.length; i++) {
        const code = i < lower.length ? lower.charCodeAt(i) : 32;
        if (isWordUnit(code)) {
          if (start < 0) {
            start = i;
            hash = HASH_SEED;
          }
          // A word is stored by its first MAX_WORD_LENGTH code units.
          if (i - start < MAX_WORD_LENGTH) hash = hashStep(hash, code);
        } else if (start >= 0) {
          ids.push(terms.idOf(lower, start, Math.min(i, start + MAX_WORD_LENGTH), hash));
          start = -1;
        }
      }
      if (cacheable) {
        // Only names use the order of their words: a repeated string adds each of its words once.
        if (ids.length > 1) ids = [...new Set(ids)];
        idsOfString.set(str, ids);
      }
      return ids;
    };

    for (let d = 0; d < n; d++) {
      this.docKind[d] = KIND_CODE[docs.kind(d)];
      let nameWords = 255;
      for (const { field, value } of docs.fields(d)) {
        const fieldWeight = weights[field];
        const isName = field === 'name' || field === 'code';
        const cacheable = !isName && field !== 'description';
        for (const str of allTexts(value)) {
          const ids = wordIds(str, cacheable);
          if (isName && ids.length) nameWords = Math.min(nameWords, ids.length);
          for (let k = 0; k < ids.length; k++) {
            postings.add(ids[k], d, isName && k === 0 ? fieldWeight * QUALITY.firstWordOfName : fieldWeight);
          }
        }
      }
      this.docNameWords[d] = nameWords === 255 ? 12 : nameWords;
      for (const code of docs.codes(d) ?? []) {
        const compact = compactCode(code.slice(0, MAX_QUERY_LENGTH));
        if (compact) codeList.push([compact, d]);
      }
    }

    this.exactTerms = exactTerms;
    const built = postings.finish(exactTerms.length);
    this.postingStart = built.start;
    this.postingDoc = built.docs;
    this.postingWeight = built.weights;
    let at = 0;

    // Folded words, sorted, each with its exact variants.
    const byFolded = new Map<string, number[]>();
    for (let t = 0; t < exactTerms.length; t++) {
      const folded = fold(exactTerms[t]);
      const list = byFolded.get(folded);
      if (list) list.push(t);
      else byFolded.set(folded, [t]);
    }
    this.foldedTerms = [...byFolded.keys()].sort();
    this.variantStart = new Int32Array(this.foldedTerms.length + 1);
    this.variants = new Int32Array(exactTerms.length);
    for (let f = 0; f < this.foldedTerms.length; f++) {
      const term = this.foldedTerms[f];
      this.foldedId.set(term, f);
      this.variantStart[f] = at;
      for (const t of byFolded.get(term)!) this.variants[at++] = t;
      // Deletion variants (the typo index) only for words of real length: one per letter.
      if (term.length >= TYPO_MIN_LENGTH - 1 && term.length <= MAX_TYPO_WORD_LENGTH) {
        for (let i = 0; i < term.length; i++) {
          const deleted = term.slice(0, i) + term.slice(i + 1);
          const list = this.deletions.get(deleted);
          if (!list) this.deletions.set(deleted, [f]);
          else if (list[list.length - 1] !== f) list.push(f);
        }
      }
    }
    this.variantStart[this.foldedTerms.length] = at;

    codeList.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    this.codes = codeList.map((c) => c[0]);
    this.codeDoc = Int32Array.from(codeList, (c) => c[1]);

    this.total = new Float32Array(n);
    this.matchedWords = new Uint8Array(n);
    this.matchedLong = new Uint8Array(n);
    this.docComplete = new Uint8Array(n);
    this.queryStamp = new Int32Array(n);
    this.wordBest = new Float32Array(n);
    this.wordInName = new Uint8Array(n);
    this.wordShared = new Uint8Array(n);
    this.nameWordsMatched = new Uint8Array(n);
    this.wordStamp = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.wordTouched = new Int32Array(n);
  }

  get documentCount(): number {
    return this.docs.length;
  }

  get termCount(): number {
    return this.foldedTerms.length;
  }

  search(whole: string, options: SearchQueryOptions = {}): SearchHit[] {
    const limit = Math.max(1, options.limit ?? 20);
    // A pasted page is read by its beginning (and its words by theirs, in `tokenize`).
    const query = whole.slice(0, MAX_QUERY_LENGTH);
    const typed = tokenize(query);
    const words = typed.slice(0, MAX_QUERY_WORDS);
    if (!words.length) return [];
    const truncated = typed.length > words.length || query.length < whole.length;
    // The last word is still being typed unless the query ends in a space or punctuation.
    const typingLast = /[\p{L}\p{M}\p{N}]$/u.test(query);
    const allowed = kindMask(options.kinds);
    const queryStamp = ++this.stamp;
    let touchedCount = 0;
    const highlights: Highlights = new Map();

    for (let w = 0; w < words.length; w++) {
      const wordStamp = ++this.stamp;
      const long = words[w].folded.length >= PARTIAL_MIN_LENGTH || UNSPACED_SCRIPT.test(words[w].folded) ? 1 : 0;
      let wordTouchedCount = 0;
      const candidates = this.candidates(words[w], typingLast && w === words.length - 1, highlights);
      const typoFrom = this.typoFrom;
      for (let c = 0; c < candidates.length; c += 2) {
        const term = candidates[c];
        const quality = candidates[c + 1];
        const shared = c < typoFrom ? 1 : 0;
        for (let p = this.postingStart[term], end = this.postingStart[term + 1]; p < end; p++) {
          const d = this.postingDoc[p];
          const weight = this.postingWeight[p];
          const s = quality * weight;
          const inName = weight >= this.nameWeight ? 1 : 0;
          if (this.wordStamp[d] !== wordStamp) {
            this.wordStamp[d] = wordStamp;
            this.wordBest[d] = s;
            this.wordInName[d] = inName;
            this.wordShared[d] = shared;
            this.wordTouched[wordTouchedCount++] = d;
          } else {
            if (s > this.wordBest[d]) this.wordBest[d] = s;
            this.wordInName[d] |= inName;
            this.wordShared[d] |= shared;
          }
        }
      }
      for (let i = 0; i < wordTouchedCount; i++) {
        const d = this.wordTouched[i];
        if (this.queryStamp[d] !== queryStamp) {
          this.queryStamp[d] = queryStamp;
          this.total[d] = 0;
          this.matchedWords[d] = 0;
          this.matchedLong[d] = 0;
          this.nameWordsMatched[d] = 0;
          this.touched[touchedCount++] = d;
        }
        this.total[d] += this.wordBest[d];
        this.matchedWords[d]++;
        this.matchedLong[d] |= long & this.wordShared[d];
        this.nameWordsMatched[d] += this.wordInName[d];
      }
    }

    const top = new TopK(limit);
    const codeHits = this.codeHits(query, allowed);
    const n = words.length;
    for (let i = 0; i < touchedCount; i++) {
      const d = this.touched[i];
      if (!(allowed & (1 << this.docKind[d]))) continue;
      const matched = this.matchedWords[d];
      const code = codeHits?.get(d);
      // A document missing a word is a partial match only if it shares a word that says something.
      if (matched < n && !this.matchedLong[d] && code === undefined) continue;
      // How much of the name the query covers: "tea" is all of the Tea category, a third of "Shan Tuyet tea".
      const coverage = Math.min(this.nameWordsMatched[d], this.docNameWords[d]) / Math.max(n, this.docNameWords[d]);
      let score = this.total[d] / n + COVERAGE_BONUS * coverage;
      let complete = matched === n && !truncated;
      if (code !== undefined) {
        // The whole query is this booth's code (or its beginning).
        score += code;
        complete = true;
        codeHits!.delete(d);
      }
      // Partial matches rank below every complete one.
      if (!complete) score = (score * matched) / n - this.partialPenalty;
      this.docComplete[d] = complete ? 1 : 0;
      top.offer(d, score);
    }
    if (codeHits) {
      for (const [d, score] of codeHits) {
        this.docComplete[d] = 1;
        top.offer(d, score);
      }
    }

    const locale = options.locale ?? this.defaultLocale ?? 'en';
    const compact = codeHitsQuery(query);
    return top.sorted().map(({ doc, score }) => {
      const kind = this.docs.kind(doc);
      const hit: SearchHit = { kind, id: this.docs.id(doc), score, complete: this.docComplete[doc] === 1 };
      const fields = this.docs.fields(doc);
      const matches = this.matchesOf(fields, highlights, locale);
      if (compact && kind === 'booth') codeMatch(fields, compact, matches);
      if (matches.length) hit.matches = matches;
      return hit;
    });
  }

  /**
   * The indexed words one query word matches, as a flat list of
   * (exact word id, quality) pairs: the whole word, words it begins (when it
   * is still being typed), and words one edit away (4+ letters), these last
   * from `this.typoFrom` on.
   */
  private candidates(word: Token, prefix: boolean, highlights: Highlights): number[] {
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
        for (let f = 0; f < this.foldedTerms.length; f++) {
          const term = this.foldedTerms[f];
          if (term.length >= folded.length - 1 && !seen.has(f) && prefixWithinOneEdit(folded, term)) {
            addFolded(f, QUALITY.prefixTypo, -1, false);
          }
        }
      }
    }
    return out;
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
  private codeHits(query: string, allowed: number): Map<number, number> | undefined {
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

  /** The highlighted fields of one hit, in the requested language first. */
  private matchesOf(fields: readonly DocumentField[], highlights: Highlights, locale: string): SearchMatch[] {
    const out: SearchMatch[] = [];
    const seenTexts = new Set<string>();
    const tryText = (field: SearchField, value: string) => {
      // A huge text is given as it is (highlighted only in its beginning, see highlightRanges).
      const nfc = value.length > MAX_FIELD_TEXT_LENGTH ? value : value.normalize('NFC');
      if (seenTexts.has(nfc)) return false;
      seenTexts.add(nfc);
      const ranges = highlightRanges(nfc, highlights);
      if (ranges.length) out.push({ field, text: nfc, ranges });
      return ranges.length > 0;
    };
    for (const { field, value } of fields) {
      if (out.length >= 3) break;
      if (field === 'description') continue;
      const shown = text(value, locale, this.fallbackLocales);
      if (!tryText(field, shown) && (field === 'name' || field === 'code')) {
        // Found through another language's name: show that name.
        for (const other of allTexts(value)) if (tryText(field, other)) break;
      }
    }
    return out;
  }
}

function kindMask(kinds: readonly SearchKind[] | undefined): number {
  if (!kinds) return 0b1111;
  let mask = 0;
  for (const kind of kinds) if (kind in KIND_CODE) mask |= 1 << KIND_CODE[kind];
  return mask;
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

export { SEARCH_KINDS, searchDocuments };
