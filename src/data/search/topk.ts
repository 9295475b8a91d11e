/**
 * The best `k` of many scored documents, kept in a bounded min-heap: O(n log k)
 * instead of sorting every candidate (a one-letter query touches most of a
 * 20,000-product fair). Ties go to the document earlier in the feed.
 */
export class TopK {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.docs = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  /** The score a document must beat to be kept (-Infinity until `k` are kept). */
  get threshold(): number {
    return this.size < this.k ? -Infinity : this.scores[0];
  }

  /** Offers a document; each document must be offered at most once. */
  offer(doc: number, score: number): void {
    if (this.size < this.k) {
      this.docs[this.size] = doc;
      this.scores[this.size] = score;
      this.up(this.size++);
    } else if (this.worse(0, doc, score)) {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.down(0);
    }
  }

  /** The kept documents, best first. */
  sorted(): Array<{ doc: number; score: number }> {
    const out: Array<{ doc: number; score: number }> = [];
    for (let i = 0; i < this.size; i++) out.push({ doc: this.docs[i], score: this.scores[i] });
    return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  /** Whether the kept entry at `i` ranks below (doc, score). */
  private worse(i: number, doc: number, score: number): boolean {
    return this.scores[i] < score || (this.scores[i] === score && this.docs[i] > doc);
  }

  private swap(i: number, j: number): void {
    const d = this.docs[i];
    this.docs[i] = this.docs[j];
    this.docs[j] = d;
    const s = this.scores[i];
    this.scores[i] = this.scores[j];
    this.scores[j] = s;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, this.docs[parent], this.scores[parent])) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < this.size && this.worse(l, this.docs[worst], this.scores[worst])) worst = l;
      if (r < this.size && this.worse(r, this.docs[worst], this.scores[worst])) worst = r;
      if (worst === i) break;
      this.swap(i, worst);
      i = worst;
    }
  }
}
