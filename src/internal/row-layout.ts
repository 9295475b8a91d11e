/**
 * Where the rows of a windowed list are: groups of rows of one height, each
 * group under a heading of another height (or none), laid end to end. Plain
 * arithmetic, no DOM: the window (`windowed-list.ts`, which extends
 * {@link RowLayout}) measures the heights and asks which rows lie between two
 * scroll positions, and where a row starts.
 */

/** The rows of one group that lie in a window (`from` to `to`), and whether its heading does. */
export interface Part {
  group: number;
  heading: boolean;
  from: number;
  to: number;
  /** Index in the whole list of the group's row `from`. */
  first: number;
}

export class RowLayout {
  /** Measured heights (px) of a row and a heading; guesses until the first ones are drawn. */
  protected rowHeight = 64;
  protected headHeight = 40;
  /** The number of rows in each group. */
  protected sizes: number[] = [];
  /** Whether each group starts with a heading. */
  protected headed = false;

  /** A heading's height, or 0 when the groups have none. */
  protected get head(): number {
    return this.headed ? this.headHeight : 0;
  }

  /** The number of rows in all groups. */
  protected count(): number {
    return this.sizes.reduce((a, b) => a + b, 0);
  }

  /** The height of the whole list. */
  protected total(): number {
    let sum = 0;
    for (const n of this.sizes) sum += this.head + n * this.rowHeight;
    return sum;
  }

  /** The groups' parts between `y0` and `y1`, and the space before and after them. */
  protected slice(y0: number, y1: number): { parts: Part[]; before: number; after: number } {
    const parts: Part[] = [];
    const head = this.head;
    let y = 0;
    let first = 0;
    let before: number | undefined;
    let bottom = 0;
    for (let group = 0; group < this.sizes.length; group++) {
      const size = this.sizes[group];
      const end = y + head + size * this.rowHeight;
      if (end > y0 && y < y1) {
        const rowsTop = y + head;
        const heading = head > 0 && rowsTop > y0;
        const from = Math.min(size, Math.max(0, Math.floor((y0 - rowsTop) / this.rowHeight)));
        const to = Math.min(size, Math.max(0, Math.ceil((y1 - rowsTop) / this.rowHeight)));
        if (heading || to > from) {
          before ??= heading ? y : rowsTop + from * this.rowHeight;
          bottom = to > from ? rowsTop + to * this.rowHeight : rowsTop;
          parts.push({ group, heading, from, to, first: first + from });
        }
      }
      first += size;
      y = end;
    }
    return { parts, before: before ?? 0, after: Math.max(0, y - bottom) };
  }

  /** The group of row `index` (in the whole list) and its place there. */
  protected locate(index: number): { group: number; inGroup: number } {
    let group = 0;
    let left = index;
    while (group < this.sizes.length - 1 && left >= this.sizes[group]) left -= this.sizes[group++];
    return { group, inGroup: left };
  }

  /** The top of row `index`, or undefined when there is no such row. */
  protected rowTop(index: number): number | undefined {
    const { group, inGroup } = this.locate(index);
    if (group >= this.sizes.length || inGroup >= this.sizes[group]) return undefined;
    let y = 0;
    for (let g = 0; g < group; g++) y += this.head + this.sizes[g] * this.rowHeight;
    return y + this.head + inGroup * this.rowHeight;
  }
}
