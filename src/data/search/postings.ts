/**
 * Collects (word, document, weight) occurrences into flat typed arrays while
 * the index is built, then lays them out per word (CSR: `start[w]` …
 * `start[w + 1]` in `docs`/`weights`) with one counting sort. No array per
 * word, so building 20,000 products makes little garbage.
 */
export interface Postings {
  start: Int32Array;
  docs: Int32Array;
  weights: Float32Array;
}

export class PostingsBuilder {
  private termOf = new Int32Array(1 << 16);
  private docOf = new Int32Array(1 << 16);
  private weightOf = new Float32Array(1 << 16);
  private count = 0;
  /** Per word: the last document it was added for, and where, to keep one entry per (word, document). */
  private lastDoc = new Int32Array(1 << 12).fill(-1);
  private lastSlot = new Int32Array(1 << 12);

  /** Records that `term` occurs in `doc` with `weight`; documents must come in increasing order. */
  add(term: number, doc: number, weight: number): void {
    if (term >= this.lastDoc.length) this.growTerms(term);
    if (this.lastDoc[term] === doc) {
      const slot = this.lastSlot[term];
      if (weight > this.weightOf[slot]) this.weightOf[slot] = weight;
      return;
    }
    if (this.count === this.termOf.length) this.growOccurrences();
    const slot = this.count++;
    this.termOf[slot] = term;
    this.docOf[slot] = doc;
    this.weightOf[slot] = weight;
    this.lastDoc[term] = doc;
    this.lastSlot[term] = slot;
  }

  /** The postings of `termCount` words, each list in document order. */
  finish(termCount: number): Postings {
    const start = new Int32Array(termCount + 1);
    for (let i = 0; i < this.count; i++) start[this.termOf[i] + 1]++;
    for (let t = 0; t < termCount; t++) start[t + 1] += start[t];
    const fill = start.slice(0, termCount);
    const docs = new Int32Array(this.count);
    const weights = new Float32Array(this.count);
    for (let i = 0; i < this.count; i++) {
      const at = fill[this.termOf[i]]++;
      docs[at] = this.docOf[i];
      weights[at] = this.weightOf[i];
    }
    return { start, docs, weights };
  }

  private growOccurrences(): void {
    const size = this.termOf.length * 2;
    const grow = <T extends Int32Array | Float32Array>(a: T, b: T): T => (b.set(a), b);
    this.termOf = grow(this.termOf, new Int32Array(size));
    this.docOf = grow(this.docOf, new Int32Array(size));
    this.weightOf = grow(this.weightOf, new Float32Array(size));
  }

  private growTerms(term: number): void {
    let size = this.lastDoc.length;
    while (size <= term) size *= 2;
    const lastDoc = new Int32Array(size).fill(-1);
    lastDoc.set(this.lastDoc);
    const lastSlot = new Int32Array(size);
    lastSlot.set(this.lastSlot);
    this.lastDoc = lastDoc;
    this.lastSlot = lastSlot;
  }
}
