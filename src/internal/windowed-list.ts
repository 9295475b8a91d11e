import {
  css,
  html,
  nothing,
  type CSSResult,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { RowLayout, type Part } from './row-layout.js';
import { sortLong } from './sort-long.js';

export { sortLong };

/**
 * A long list drawn as a window: only the rows on screen (and about a screen
 * either side) are in the DOM, between two spacers as tall as the rows left
 * out, so the scroll bar, the scroll position and the reading order stay
 * those of the whole list. Loaded on demand (a chunk of its own, see
 * `windowing.ts`), only for lists longer than any real fair's.
 *
 * Rows are of one height and headings of another, each measured from a
 * rendered one (so they follow the text size, 1.3× in a kiosk's
 * accessibility mode): the rules that come with the window (`styles`) give
 * them a fixed height, every field on one line. A hand-written window rather than
 * `@lit-labs/virtualizer`: that one caps the list's height at 8,200,000 px,
 * so at 100,000 rows of 87 px (a kiosk in accessibility mode) the last 5,000
 * booths could not be scrolled to, and its directive, rendered in a new
 * template, watched the window instead of the kiosk's scrolling panel.
 *
 * Keyboard: Tab walks the rows (the next one is always in the DOM); arrow
 * keys, Page Up/Down, Home and End move focus by rows and the list scrolls to
 * it. A focused row scrolled out of the window hands focus to the nearest row
 * still there.
 */

/** What the component renders around each group's rows (the directory's sections); without it, the rows alone. */
export type GroupRenderer = (group: number, heading: boolean, rows: unknown) => TemplateResult;

export interface WindowOptions<T> {
  /** The items, in groups (one group for a plain list). */
  groups: readonly (readonly T[])[];
  /** Whether each group starts with a heading (an element with `data-wh`). */
  headed?: boolean;
  /** The rows are a table's `<tr>`s, of this many columns (the spacers are rows too). */
  columns?: number;
  /**
   * One row: a `<tr>` (a table's) or an `<li>`, with the row's focusable control in it. The window numbers
   * the rows it draws: `data-wi` (the row's index in the whole list) and, for a screen reader, `aria-rowindex`
   * (in a table, whose `aria-rowcount` it sets) or `aria-posinset` and `aria-setsize` (in its group).
   */
  row: (item: T) => TemplateResult;
  group?: GroupRenderer;
  /** Rules for the windowed rows, added to the host's shadow root (a table's, `tableStyles`, by default). */
  styles?: CSSResult;
}

/**
 * A windowed table (`columns`): every row one line high (the cells cut with
 * an ellipsis) and the columns fixed, so rows drawn later line up; the first
 * column (the rows' headers, a booth's code) 9em.
 */
export const tableStyles = css`
  table.windowed {
    table-layout: fixed;
    overflow-anchor: none; /* the window keeps the rows in place itself */
  }
  table.windowed thead th:first-child {
    width: 9em;
  }
  table.windowed th,
  table.windowed td {
    white-space: nowrap;
  }
  table.windowed td {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .window-space td {
    padding: 0;
    border: 0;
  }
`;

/** Adds `styles` to `root` (a shadow root), once. */
function adopt(root: Node, styles: CSSResult | undefined): void {
  if (!styles || !(root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (sheet) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (!root.querySelector('style[data-windowed]')) {
    root.append(
      Object.assign(document.createElement('style'), { textContent: styles.cssText, dataset: { windowed: '' } }),
    );
  }
}

export type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

const windows = new WeakMap<Host, RowWindow>();

/** The window of `host`'s long list (one per element), made on first use. */
export function rowWindow(host: Host): RowWindow {
  let w = windows.get(host);
  if (!w) windows.set(host, (w = new RowWindow(host)));
  return w;
}

/**
 * `items` sorted by `collator` on `text` (see {@link sortLong}), kept for
 * `host` while `key` (e.g. the feed, the collator, a filter) stays the same.
 */
export function sorted<T>(
  host: Host,
  key: unknown[],
  items: readonly T[],
  text: (item: T) => string,
  collator: Intl.Collator,
): T[] {
  const w = rowWindow(host);
  if (!w.sortedFor || w.sortedFor.key.some((k, i) => k !== key[i]))
    w.sortedFor = { key, items: sortLong(items, text, collator) };
  return w.sortedFor.items as T[];
}

/** Renders the rows of `options` that are in (or near) view, between spacers, for `host`. */
export function windowed<T>(host: Host, options: WindowOptions<T>): TemplateResult {
  return rowWindow(host).render(options);
}

const KEYS: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 2, PageUp: -2, End: 3, Home: -3 };

export class RowWindow extends RowLayout implements ReactiveController {
  /** The visible part of the list, in px from its first item's top; the height is 0 until known. */
  private top = 0;
  private height = 0;
  /** What was rendered, in the same coordinates. */
  private from = 0;
  private to = 0;
  private scroller?: HTMLElement;
  private anchor?: Element;
  /** The index of the row that had focus before an update (or is being moved to), or -1. */
  private focused = -1;
  private pending = -1;
  private redraws = 0;
  private redrawn = 0;
  private readonly resize = new ResizeObserver(() => this.onScroll());
  /** What was drawn: the parts of the groups, and the table's columns (0: not a table). */
  private parts: Part[] = [];
  private columns = 0;
  private table?: Element | null;
  /** The host's last sorted list (see {@link sorted}). */
  sortedFor?: { key: unknown[]; items: unknown[] };

  constructor(private readonly host: Host) {
    super();
    host.addController(this);
  }

  /** The list's window, for the rows of `options`. */
  render<T>(options: WindowOptions<T>): TemplateResult {
    const { groups, columns = 0 } = options;
    adopt(this.host.renderRoot, options.styles ?? (columns ? tableStyles : undefined));
    this.sizes = groups.map((g) => g.length);
    this.headed = !!options.headed;
    const total = this.total();
    const view = this.height || 1200;
    // A list that shrank under its scroll position (another filter): the window stays over rows.
    const top = Math.max(0, Math.min(this.top, total - view));
    this.from = Math.max(0, top - view);
    this.to = top + 2 * view;
    const { parts, before, after } = this.slice(this.from, this.to);
    // Rows are drawn in place (Lit reuses a row's DOM for the item now at its place; see hostUpdated for focus).
    const rowsOf = (p: Part) => groups[p.group].slice(p.from, p.to).map(options.row);
    this.parts = parts;
    this.columns = columns;
    return html`${spacer(before, columns, true)}${parts.map((p) => (options.group ? options.group(p.group, p.heading, rowsOf(p)) : rowsOf(p)))}${spacer(
      after,
      columns,
      false,
    )}`;
  }

  hostUpdate(): void {
    const root = this.host.renderRoot as ShadowRoot;
    const active = root.activeElement?.closest?.('[data-wi]');
    this.focused = active && this.anchor?.parentElement?.contains(active) ? index(active) : -1;
    if (this.pending >= 0 && this.focused >= 0) this.focused = this.pending;
  }

  hostUpdated(): void {
    const anchor = this.host.renderRoot.querySelector('[data-wtop]') ?? undefined;
    if (anchor !== this.anchor) this.attach(anchor);
    if (!anchor) return this.mark(undefined);
    const list = anchor.parentElement!;
    this.number(list);
    // Heights as drawn (the text size may have changed): a change moves every row, so the window is laid out
    // again. Far down a long list a box's edges are read to a quarter pixel or so: smaller changes are noise.
    const row = list.querySelector('[data-wi]')?.getBoundingClientRect().height;
    const head = list.querySelector('[data-wh]')?.getBoundingClientRect().height;
    let stale = false;
    if (row && Math.abs(row - this.rowHeight) > 0.5) {
      this.rowHeight = row;
      stale = true;
    }
    if (head && Math.abs(head - this.headHeight) > 0.5) {
      this.headHeight = head;
      stale = true;
    }
    // Drawn again on its own at most a few times in a row (a safeguard against a measurement that flips).
    const now = performance.now();
    if (now - this.redrawn > 200) this.redraws = 0;
    if ((this.measure() || stale) && this.redraws++ < 4) {
      this.redrawn = now;
      this.host.requestUpdate();
    }
    // A row's DOM now shows another item (the window moved), or the focused row left the window (the list was
    // scrolled away from it): focus goes to the focused item's row, else to the nearest row on screen.
    const root = this.host.renderRoot as ShadowRoot;
    const active = root.activeElement;
    const at = active && list.contains(active) ? active.closest('[data-wi]') : null;
    if (this.focused >= 0 && (!at || index(at) !== this.focused)) {
      const view = this.scroller!.getBoundingClientRect();
      const drawn = [...list.querySelectorAll('[data-wi]')];
      const seen = drawn.filter((e) => {
        const box = e.getBoundingClientRect();
        return box.top >= view.top && box.bottom <= view.bottom;
      });
      const nearest = (seen.length ? seen : drawn).reduce<Element | undefined>(
        (best, e) => (!best || Math.abs(index(e) - this.focused) < Math.abs(index(best) - this.focused) ? e : best),
        undefined,
      );
      control(nearest)?.focus({ preventScroll: true });
    }
  }

  hostDisconnected(): void {
    this.attach(undefined);
  }

  /** Moves focus to row `target` (an index in the whole list), scrolling it into view. */
  async focusRow(target: number): Promise<void> {
    this.measure();
    const y = this.rowTop(target);
    if (!this.scroller || y === undefined) return;
    // The row wholly in view (the first row of a group with its heading), then drawn, then focused.
    const top = this.headed && this.locate(target).inGroup === 0 ? y - this.headHeight : y;
    const bottom = y + this.rowHeight;
    if (top < this.top) this.scroller.scrollTop += top - this.top;
    else if (bottom > this.top + this.height) this.scroller.scrollTop += bottom - this.top - this.height;
    this.pending = target;
    this.measure();
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.pending = -1;
    const element = this.anchor?.parentElement?.querySelector(`[data-wi="${target}"]`);
    control(element)?.focus({ preventScroll: true });
    // Where the measured heights were a pixel off: the row itself decides.
    if (element) {
      const box = element.getBoundingClientRect();
      const view = this.scroller.getBoundingClientRect();
      if (box.bottom > view.bottom) this.scroller.scrollTop += box.bottom - view.bottom;
      else if (box.top < view.top) this.scroller.scrollTop -= view.top - box.top;
    }
  }

  /** Numbers the rows drawn in `list` (see {@link WindowOptions.row}), and marks a table as windowed. */
  private number(list: Element): void {
    const rows = list.querySelectorAll(this.columns ? ':scope > tr:not(.window-space)' : 'li');
    let k = 0;
    for (const p of this.parts) {
      for (let j = p.from; j < p.to; j++) {
        const row = rows[k++];
        if (!row) return;
        const index = p.first + j - p.from;
        row.setAttribute('data-wi', String(index));
        if (this.columns) row.setAttribute('aria-rowindex', String(index + 2));
        else {
          row.setAttribute('aria-posinset', String(j + 1));
          row.setAttribute('aria-setsize', String(this.sizes[p.group]));
        }
      }
    }
    this.mark(this.columns ? list.closest('table') : undefined);
    // The table's own rows: the header, then every booth.
    this.table?.setAttribute('aria-rowcount', String(this.count() + 1));
  }

  /** Marks `table` as windowed (see `tableStyles`), and unmarks the one marked before. */
  private mark(table: Element | null | undefined): void {
    if (table === this.table) return;
    this.table?.classList.remove('windowed');
    this.table?.removeAttribute('aria-rowcount');
    table?.classList.add('windowed');
    this.table = table;
  }

  private attach(anchor: Element | undefined): void {
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.scroller?.removeEventListener('keydown', this.onKey);
    this.resize.disconnect();
    this.anchor = anchor;
    this.scroller = anchor ? scrollerOf(anchor) : undefined;
    if (!this.scroller) return;
    this.scroller.addEventListener('scroll', this.onScroll, { passive: true });
    this.scroller.addEventListener('keydown', this.onKey);
    this.resize.observe(this.scroller);
  }

  /**
   * Reads where the list is scrolled to; true when the rows in view are not all rendered (or the
   * window reaches far past them), so the list must be drawn again.
   */
  private measure(): boolean {
    const scroller = this.scroller;
    if (!scroller || !this.anchor) return false;
    const box = scroller.getBoundingClientRect();
    // The first item's top in the scroller's content.
    const listTop = this.anchor.getBoundingClientRect().top - box.top - scroller.clientTop + scroller.scrollTop;
    this.top = Math.max(0, scroller.scrollTop - listTop);
    this.height = scroller.clientHeight;
    const view = this.height || 1200;
    const end = this.top + view;
    return this.top < this.from || end > this.to || this.to - end > 3 * view;
  }

  private readonly onScroll = () => {
    if (this.measure()) this.host.requestUpdate();
  };

  private readonly onKey = (e: KeyboardEvent) => {
    const step = KEYS[e.key];
    const row = (e.target as Element).closest?.('[data-wi]');
    if (!step || !row || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const total = this.count();
    const page = Math.max(1, Math.floor(this.height / this.rowHeight) - 1);
    const at = index(row);
    const target =
      step === 3 ? total - 1 : step === -3 ? 0 : at + (Math.abs(step) === 2 ? Math.sign(step) * page : step);
    e.preventDefault();
    void this.focusRow(Math.max(0, Math.min(total - 1, target)));
  };
}

const index = (e: Element) => Number(e.getAttribute('data-wi'));

/** The button (or link) of a row, or the row itself when it is the control. */
function control(row: Element | null | undefined): HTMLElement | undefined {
  if (!row) return undefined;
  return (row.matches('button, a[href]') ? row : row.querySelector('button, a[href]')) as HTMLElement | undefined;
}

/** The nearest ancestor that scrolls vertically (inside the same shadow root, or its host's). */
function scrollerOf(element: Element): HTMLElement | undefined {
  for (let e = element.parentElement; e; e = e.parentElement) {
    const overflow = getComputedStyle(e).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') return e;
  }
  return undefined;
}

/** The space of the rows left out, above (`data-wtop`, where the list's first row would start) or below. */
function spacer(px: number, columns: number, top: boolean): TemplateResult {
  const style = `height:${px}px`;
  return columns
    ? html`<tr class="window-space" aria-hidden="true" data-wtop=${top ? '' : nothing}><td colspan=${columns} style=${style}></td></tr>`
    : html`<div class="window-space" aria-hidden="true" data-wtop=${top ? '' : nothing} style=${style}></div>`;
}
