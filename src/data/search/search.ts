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
 * The tables are built in `index-tables.ts`, a query word's matches are
 * found in `matching.ts`, and this module scores and ranks them: one index
 * class split by job (`FairSearchIndex` extends `WordMatching`, which
 * extends `IndexTables`), sharing the typed arrays without copying them.
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
import { MAX_FIELD_TEXT_LENGTH, MAX_QUERY_LENGTH, tokenize, type Token } from './fold.js';
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
import { KIND_CODE, QUALITY } from './index-tables.js';
import { WordMatching } from './matching.js';
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

/** Short names covered by the query win: "tea" → the Tea category before "Shan Tuyet tea". */
const COVERAGE_BONUS = 0.25;
/** Words after these are not searched, and a query that long has no complete hit. */
const MAX_QUERY_WORDS = 12;
/** A partial match must share a query word this long (1–2 letter words match too much of a fair). */
const PARTIAL_MIN_LENGTH = 3;
/** Scripts written without spaces between words: one of their characters is a word's worth. */
const UNSPACED_SCRIPT = /[\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** Per document of a word's matches: the word is in a name (or booth code); the document has the word itself or one it begins, not only one a typo away. */
const IN_NAME = 1;
const SHARED = 2;
/** The word cache holds at most this many query words, and this many times the index's documents in all. */
const WORD_CACHE_ENTRIES = 64;
const WORD_CACHE_DOCUMENTS = 8;

/** One query word's matches, merged per document (see `FairSearchIndex.wordHits`). */
interface WordHits {
  docs: Int32Array;
  best: Float32Array;
  /** `IN_NAME` | `SHARED`, per document. */
  flags: Uint8Array;
  highlights: Highlights;
}

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

class FairSearchIndex extends WordMatching implements SearchIndex {
  // Per-query scratch, allocated once.
  private readonly total: Float32Array;
  private readonly matchedWords: Uint8Array;
  /** Whether the document shares a query word long enough for a partial match (a typo of one does not count). */
  private readonly matchedLong: Uint8Array;
  /** Whether the document, as offered to the top-k, matched every query word. */
  private readonly docComplete: Uint8Array;
  private readonly queryStamp: Int32Array;
  private readonly wordBest: Float32Array;
  /** Per document, for the word being looked up: `IN_NAME` | `SHARED`. */
  private readonly wordFlags: Uint8Array;
  private readonly nameWordsMatched: Uint8Array;
  /** Postings at or above this weight are in a name (or booth code). */
  private readonly nameWeight: number;
  /** Subtracted from partial hits: more than any word score can reach, so they rank below every complete hit (which scores above 0). */
  private readonly partialPenalty: number;
  private readonly wordStamp: Int32Array;
  private readonly touched: Int32Array;
  private readonly wordTouched: Int32Array;
  private stamp = 0;
  /** Recently looked-up query words (see `wordHits`), least recently used first. */
  private readonly wordCache = new Map<string, WordHits>();
  /** Documents and highlighted words held by the cache, and how many it may hold. */
  private wordCacheSize = 0;
  private readonly wordCacheBudget: number;
  /** Scratch of `completeHits`: a position per query word, and the complete documents found. */
  private readonly cursor = new Int32Array(MAX_QUERY_WORDS);
  private readonly completeDocs: Int32Array;
  private readonly completeTotals: Float32Array;
  private readonly completeNames: Uint8Array;

  constructor(
    private readonly docs: DocumentSource,
    private readonly fallbackLocales: readonly string[],
    options: SearchIndexOptions,
    /** The language of `matches` when a query names none: the fair's first. */
    private readonly defaultLocale = fallbackLocales[0],
  ) {
    const weights = { ...DEFAULT_FIELD_WEIGHTS, ...options.weights };
    super(docs, weights);
    this.nameWeight = Math.min(weights.name, weights.code);
    this.partialPenalty = Math.max(...Object.values(weights)) * QUALITY.firstWordOfName + COVERAGE_BONUS + 1;
    const n = docs.length;
    this.total = new Float32Array(n);
    this.matchedWords = new Uint8Array(n);
    this.matchedLong = new Uint8Array(n);
    this.docComplete = new Uint8Array(n);
    this.queryStamp = new Int32Array(n);
    this.wordBest = new Float32Array(n);
    this.wordFlags = new Uint8Array(n);
    this.nameWordsMatched = new Uint8Array(n);
    this.wordStamp = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.wordTouched = new Int32Array(n);
    this.completeDocs = new Int32Array(n);
    this.completeTotals = new Float32Array(n);
    this.completeNames = new Uint8Array(n);
    this.wordCacheBudget = WORD_CACHE_DOCUMENTS * Math.max(n, 1000);
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
    const n = words.length;
    const codeHits = this.codeHits(query, allowed);
    const highlights: Highlights[] = [];
    const hitsOf: WordHits[] = [];
    const longs: number[] = [];
    let anyLong = false;
    let anyShort = false;
    let smallest = 0;
    for (let w = 0; w < n; w++) {
      const hits = this.wordHits(words[w], typingLast && w === n - 1);
      const long = words[w].folded.length >= PARTIAL_MIN_LENGTH || UNSPACED_SCRIPT.test(words[w].folded) ? 1 : 0;
      hitsOf.push(hits);
      highlights.push(hits.highlights);
      longs.push(long);
      if (long) anyLong = true;
      else anyShort = true;
      if (hits.docs.length < hitsOf[smallest].docs.length) smallest = w;
    }

    // Partial hits rank below complete ones: when enough documents have
    // every word, they are the answer, found by walking the rarest word's
    // documents and seeking each in the others' (all in document order).
    const top = new TopK(limit);
    if (!codeHits && !truncated && this.completeHits(hitsOf, smallest, allowed, limit, top)) {
      return this.results(top, highlights, query, options);
    }

    // A short word (1–2 letters) makes no partial hit: where no long word
    // matched, a document needs every word. So its matches count only in the
    // documents some long word matched (or, with no long word, those the
    // rarest word matched); the rest would be dropped below anyway. Booth
    // codes score every document they touch, so not when the query is one.
    const gate = n > 1 && anyShort && !codeHits ? ++this.stamp : 0;
    if (gate) {
      for (let w = 0; w < n; w++) {
        if (anyLong ? !longs[w] : w !== smallest) continue;
        const docs = hitsOf[w].docs;
        for (let i = 0; i < docs.length; i++) this.wordStamp[docs[i]] = gate;
      }
    }

    for (let w = 0; w < n; w++) {
      const long = longs[w];
      const gated = gate !== 0 && !long;
      const { docs, best, flags } = hitsOf[w];
      for (let i = 0; i < docs.length; i++) {
        const d = docs[i];
        if (gated && this.wordStamp[d] !== gate) continue;
        if (this.queryStamp[d] !== queryStamp) {
          this.queryStamp[d] = queryStamp;
          this.total[d] = 0;
          this.matchedWords[d] = 0;
          this.matchedLong[d] = 0;
          this.nameWordsMatched[d] = 0;
          this.touched[touchedCount++] = d;
        }
        const flag = flags[i];
        this.total[d] += best[i];
        this.matchedWords[d]++;
        this.matchedLong[d] |= long & (flag >> 1);
        this.nameWordsMatched[d] += flag & IN_NAME;
      }
    }

    for (let i = 0; i < touchedCount; i++) {
      const d = this.touched[i];
      if (!(allowed & (1 << this.docKind[d]))) continue;
      const matched = this.matchedWords[d];
      const code = codeHits?.get(d);
      if (code === undefined) {
        // A document missing a word is a partial match only if it shares a word that says something.
        if (matched < n && !this.matchedLong[d]) continue;
        // A partial hit scores below 0, so below every complete hit already kept.
        if ((matched < n || truncated) && top.threshold >= 0) continue;
      }
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

    return this.results(top, highlights, query, options);
  }

  /**
   * Offers every document of the allowed kinds that has every query word to
   * `top`, scored as the full pass would, if there are at least `limit` of
   * them (then no partial hit can rank among the best); else offers nothing
   * and returns false.
   */
  private completeHits(hitsOf: WordHits[], smallest: number, allowed: number, limit: number, top: TopK): boolean {
    const n = hitsOf.length;
    const rare = hitsOf[smallest].docs;
    if (rare.length < limit) return false;
    const cursor = this.cursor;
    for (let w = 0; w < n; w++) cursor[w] = 0;
    let found = 0;
    const docs = this.completeDocs;
    const totals = this.completeTotals;
    const names = this.completeNames;
    for (let i = 0; i < rare.length; i++) {
      const d = rare[i];
      if (!(allowed & (1 << this.docKind[d]))) continue;
      let total = 0;
      let inName = 0;
      let w = 0;
      for (; w < n; w++) {
        const list = hitsOf[w].docs;
        const at = seek(list, cursor[w], d);
        cursor[w] = at;
        if (at === list.length || list[at] !== d) break;
        // Summed as the full pass sums them, in a Float32Array.
        total = Math.fround(total + hitsOf[w].best[at]);
        inName += hitsOf[w].flags[at] & IN_NAME;
      }
      if (w < n) continue;
      docs[found] = d;
      totals[found] = total;
      names[found++] = inName;
    }
    if (found < limit) return false;
    for (let i = 0; i < found; i++) {
      const d = docs[i];
      const coverage = Math.min(names[i], this.docNameWords[d]) / Math.max(n, this.docNameWords[d]);
      this.docComplete[d] = 1;
      top.offer(d, totals[i] / n + COVERAGE_BONUS * coverage);
    }
    return true;
  }

  /** The hits of `top`, with their highlighted fields. */
  private results(
    top: TopK,
    highlights: readonly Highlights[],
    query: string,
    options: SearchQueryOptions,
  ): SearchHit[] {
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
   * One query word's matches merged per document (its best score there,
   * whether in a name, whether not only through a typo), from the cache when
   * the word was looked up lately: as a visitor types, every word but the
   * last is the same as at the previous key. The tables never change, so a
   * cached entry is what a fresh look-up would give.
   */
  private wordHits(word: Token, prefix: boolean): WordHits {
    const key = (prefix ? 'p' : 'w') + word.exact;
    const cached = this.wordCache.get(key);
    if (cached) {
      // Most recently used last.
      this.wordCache.delete(key);
      this.wordCache.set(key, cached);
      return cached;
    }
    const wordStamp = ++this.stamp;
    const highlights: Highlights = new Map();
    let count = 0;
    const candidates = this.candidates(word, prefix, highlights);
    const typoFrom = this.typoFrom;
    for (let c = 0; c < candidates.length; c += 2) {
      const term = candidates[c];
      const quality = candidates[c + 1];
      const shared = c < typoFrom ? SHARED : 0;
      for (let p = this.postingStart[term], end = this.postingStart[term + 1]; p < end; p++) {
        const d = this.postingDoc[p];
        const weight = this.postingWeight[p];
        const s = quality * weight;
        const flag = (weight >= this.nameWeight ? IN_NAME : 0) | shared;
        if (this.wordStamp[d] !== wordStamp) {
          this.wordStamp[d] = wordStamp;
          this.wordBest[d] = s;
          this.wordFlags[d] = flag;
          this.wordTouched[count++] = d;
        } else {
          if (s > this.wordBest[d]) this.wordBest[d] = s;
          this.wordFlags[d] |= flag;
        }
      }
    }
    // In document order (for the intersection in `search`): a long list by
    // reading the stamps of every document, a short one sorted.
    let docs: Int32Array;
    if (count * 16 > this.docs.length) {
      docs = new Int32Array(count);
      for (let d = 0, at = 0; at < count; d++) if (this.wordStamp[d] === wordStamp) docs[at++] = d;
    } else docs = this.wordTouched.slice(0, count).sort();
    const best = new Float32Array(count);
    const flags = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
      best[i] = this.wordBest[docs[i]];
      flags[i] = this.wordFlags[docs[i]];
    }
    const hits: WordHits = { docs, best, flags, highlights };
    this.cacheWordHits(key, hits);
    return hits;
  }

  private cacheWordHits(key: string, hits: WordHits): void {
    const size = hits.docs.length + hits.highlights.size;
    if (size > this.wordCacheBudget) return;
    this.wordCacheSize += size;
    this.wordCache.set(key, hits);
    for (const [oldKey, old] of this.wordCache) {
      if (this.wordCacheSize <= this.wordCacheBudget && this.wordCache.size <= WORD_CACHE_ENTRIES) break;
      this.wordCache.delete(oldKey);
      this.wordCacheSize -= old.docs.length + old.highlights.size;
    }
  }

  /** The highlighted fields of one hit, in the requested language first. */
  private matchesOf(
    fields: readonly DocumentField[],
    highlights: readonly Highlights[],
    locale: string,
  ): SearchMatch[] {
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

/** The first position at or after `from` in ascending `list` whose value is ≥ `value` (galloping, then binary search). */
function seek(list: Int32Array, from: number, value: number): number {
  if (from >= list.length || list[from] >= value) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < list.length && list[hi] < value) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > list.length) hi = list.length;
  // list[lo] < value, and list[hi] ≥ value or hi is the end.
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid;
    else hi = mid;
  }
  return hi;
}

function kindMask(kinds: readonly SearchKind[] | undefined): number {
  if (!kinds) return 0b1111;
  let mask = 0;
  for (const kind of kinds) if (kind in KIND_CODE) mask |= 1 << KIND_CODE[kind];
  return mask;
}

export { SEARCH_KINDS, searchDocuments };
