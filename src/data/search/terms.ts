/**
 * The distinct words of an index, looked up straight from the text being
 * scanned: the caller hashes the characters as it reads them, and a word
 * already known is found without cutting it out of the text (no substring,
 * no string hashing by the engine). This is the index build's inner loop.
 */
export const HASH_SEED = 0x811c9dc5;

/** One step of FNV-1a over a UTF-16 code unit. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

export class TermTable {
  /** The words, by id. */
  readonly terms: string[] = [];
  private readonly hashes: number[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);

  /** The id of `text.slice(start, end)` (whose hash the caller computed with `hashStep`), added if new. */
  idOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const id = this.slots[i];
      if (id < 0) {
        const added = this.terms.length;
        this.terms.push(text.slice(start, end));
        this.hashes.push(hash);
        this.slots[i] = added;
        if (this.terms.length * 2 > this.slots.length) this.grow();
        return added;
      }
      if (this.hashes[id] === hash) {
        const term = this.terms[id];
        if (term.length === length && sameChars(term, text, start)) return id;
      }
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let i = this.hashes[id] & mask;
      while (slots[i] >= 0) i = (i + 1) & mask;
      slots[i] = id;
    }
    this.slots = slots;
  }
}

function sameChars(term: string, text: string, start: number): boolean {
  for (let k = 0; k < term.length; k++) if (term.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
