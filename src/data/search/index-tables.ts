/**
 * The search index's tables, built once per feed (see `search.ts` for how
 * they are queried):
 * - every word once in its exact form (`gạo`), with its postings (the
 *   documents holding it and the best field weight there) in CSR layout;
 * - the folded forms (`gao`), sorted, each with its exact variants;
 * - the typo index: every folded word with one letter removed → the words;
 * - the booth codes, compact and sorted, and the booth of each.
 * Indexing is linear in the feed: only the beginning of a huge text and of
 * a huge word is read (see `fold.ts`). The index (`search.ts`) extends
 * {@link IndexTables} with what a query needs.
 */
import { allTexts } from '../text.js';
import type { DocumentSource, SearchField, SearchKind } from './documents.js';
import {
  compactCode,
  fieldHead,
  fold,
  isWordUnit,
  MAX_QUERY_LENGTH,
  MAX_TYPO_WORD_LENGTH,
  MAX_WORD_LENGTH,
  toNfc,
} from './fold.js';
import { PostingsBuilder } from './postings.js';
import { HASH_SEED, hashStep, TermTable } from './terms.js';

export const KIND_CODE: Record<SearchKind, number> = { booth: 0, producer: 1, product: 2, category: 3 };

/** How a query word met an indexed word; the score of a word is quality × field weight. */
export const QUALITY = {
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
export const TYPO_MIN_LENGTH = 4;

export class IndexTables {
  /** Per document, its kind ({@link KIND_CODE}) and the number of words of its shortest name (12 without one). */
  readonly docKind: Uint8Array;
  readonly docNameWords: Uint8Array;
  /** Exact word forms and, per exact word, its postings (CSR layout). */
  readonly exactTerms: string[];
  readonly postingStart: Int32Array;
  readonly postingDoc: Int32Array;
  readonly postingWeight: Float32Array;
  /** Folded words, sorted; per folded word, its exact variants (CSR layout). */
  readonly foldedTerms: string[];
  readonly variantStart: Int32Array;
  readonly variants: Int32Array;
  readonly foldedId = new Map<string, number>();
  /** A folded word with one letter removed → folded word ids. */
  readonly deletions = new Map<string, number[]>();
  /** Compact booth codes, sorted, and the booth document of each. */
  readonly codes: string[];
  readonly codeDoc: Int32Array;

  /** The tables of `docs`, each field's words weighted by `weights`. */
  constructor(docs: DocumentSource, weights: Readonly<Record<SearchField, number>>) {
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
  }
}
