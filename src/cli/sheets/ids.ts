/**
 * Ids for rows that have none, made from the name in the fair's first
 * language: "Miến dong Nguyên Bình" → `mien-dong-nguyen-binh`. Stable across
 * imports: a row is the existing item whose base-language name makes the same
 * slug (the first such item not already taken by another row of the sheet),
 * else it gets the slug, or `slug-2`, `slug-3` … when that id is taken.
 */
import { fold } from '../../data/search/fold.js';
import type { Text } from '../../data/types.js';
import { baseText } from './refs.js';

/** Lower case ASCII letters and digits joined by `-`, at most 64 characters; '' when nothing is left. */
export function slug(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

interface Item {
  id: string;
  name?: Text;
}

/** Hands out ids for the rows of one sheet against a collection of the feed. */
export class IdMaker {
  private readonly taken = new Set<string>();
  private readonly claimed = new Set<string>();

  constructor(
    private readonly items: readonly Item[],
    private readonly base: string,
    /** Used when a name makes no slug at all (a name in Chinese only): `product-14`. */
    private readonly fallback: string,
  ) {
    for (const item of items) this.taken.add(item.id);
  }

  /** Marks an id as used by a row that gave it. */
  claim(id: string): void {
    this.claimed.add(id);
    this.taken.add(id);
  }

  /** The id for a row named `name` (base language) at spreadsheet row `row`. */
  idFor(name: string, row: number): string {
    const stem = slug(name) || `${this.fallback}-${row}`;
    const same = this.items.find((item) => !this.claimed.has(item.id) && slug(baseText(item.name, this.base)) === stem);
    if (same) {
      this.claim(same.id);
      return same.id;
    }
    let id = stem;
    for (let n = 2; this.taken.has(id); n++) id = `${stem.slice(0, 60)}-${n}`;
    this.claim(id);
    return id;
  }
}
