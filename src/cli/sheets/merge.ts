/**
 * Merging imported tables into a feed, by id. A row updates the item with
 * its id (given, or made from its name: ids.ts) or adds one; only the
 * columns the sheet has are touched, and a blank cell leaves its field as it
 * was, so nothing the sheet does not carry is lost (booth shapes, stories,
 * images, other languages of a text). Items the sheet does not list stay.
 * Producers are merged first, then products, then booths, whatever the order
 * of the files, so each can name what the others bring (a booths sheet the
 * categories the products sheet adds). A booth named by a
 * code the feed lacks is added (without a place: layout.ts gives it one); a
 * category named by a name the feed lacks is added.
 */
import type { Booth, Category, FairFeed, Producer, Product, Text } from '../../data/types.js';
import type { SheetKind } from './columns.js';
import { IdMaker, slug } from './ids.js';
import type { Cell, Row } from './read.js';
import { resolveRef, splitRefs } from './refs.js';
import type { CellProblem, Problems } from './report.js';
import type { Column, Table } from './table.js';
import { feedLocales } from './export-rows.js';
import {
  cellText,
  emailOf,
  idOf,
  linkOf,
  listOf,
  ocopOf,
  phoneOf,
  priceOf,
  urlsOf,
  ID_PATTERN,
  type Parsed,
} from './values.js';

export interface SheetSummary {
  table: Table;
  total: number;
  fresh: number;
  updated: number;
  same: number;
}

export interface MergeResult {
  feed: FairFeed;
  summaries: SheetSummary[];
  newCategories: string[];
  /** Ids of the booths added (none has a place yet). */
  newBooths: string[];
}

type Item = Producer | Product | Booth;
type Record_ = Record<string, unknown>;

/** A Text with some of its languages set: a plain string stays one while all languages agree. */
export function mergeText(existing: Text | undefined, updates: ReadonlyMap<string, string>, base: string): Text {
  const entries = [...updates];
  if (existing === undefined || typeof existing === 'string') {
    if (existing !== undefined && entries.every(([, v]) => v === existing)) return existing;
    if (entries.length === 1 && entries[0][0] === base) return entries[0][1];
    return Object.fromEntries([...(existing === undefined ? [] : [[base, existing]]), ...entries]) as Text;
  }
  return { ...existing, ...Object.fromEntries(entries) };
}

const EMPTY: Cell = { text: '' };
const ORDER: readonly SheetKind[] = ['producers', 'products', 'booths'];

class Merger {
  readonly feed: FairFeed;
  readonly base: string;
  readonly newCategories: string[] = [];
  readonly newBooths: string[] = [];
  /** Items this import added, so a later sheet updating one still counts it as new. */
  private readonly added = new Set<Item>();

  constructor(
    original: FairFeed,
    private readonly problems: Problems,
  ) {
    this.feed = structuredClone(original);
    this.base = feedLocales(original)[0];
  }

  private collection(kind: SheetKind): Item[] {
    const feed = this.feed;
    if (kind === 'booths') return feed.booths;
    if (kind === 'products') return (feed.products ??= []);
    return (feed.producers ??= []);
  }

  merge(tables: readonly Table[]): SheetSummary[] {
    const sorted = [...tables].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
    const summaries = sorted.map((table) => this.table(table));
    // Summaries in the order the organizer gave the files.
    return tables.map((table) => summaries[sorted.indexOf(table)]);
  }

  private table(table: Table): SheetSummary {
    const items = this.collection(table.kind);
    const ids = new IdMaker(items, this.base, table.kind === 'products' ? 'product' : 'producer');
    const seen = new Set<string>();
    const summary: SheetSummary = { table, total: 0, fresh: 0, updated: 0, same: 0 };
    for (const row of table.rows) {
      const found = this.item(table, row, items, ids, seen);
      if (!found) continue;
      const before = found.fresh ? '' : JSON.stringify(found.item);
      this.fields(table, row, found.item);
      summary.total++;
      if (found.fresh || this.added.has(found.item)) summary.fresh++;
      else if (JSON.stringify(found.item) === before) summary.same++;
      else summary.updated++;
    }
    return summary;
  }

  private cell(row: Row, column: Column): Cell {
    return row.cells[column.index] ?? EMPTY;
  }

  /** The item a row is about, found or added; undefined (with the problem noted) when the row names none. */
  private item(
    table: Table,
    row: Row,
    items: Item[],
    ids: IdMaker,
    seen: Set<string>,
  ): { item: Item; fresh: boolean } | undefined {
    const idColumn = table.columns.find((c) => c.field.type === 'id' || c.field.type === 'code');
    const names = table.columns.filter((c) => c.field.key === 'name');
    const given = idColumn ? cellText(this.cell(row, idColumn)) : '';
    let id: string | undefined;
    if (given && table.kind === 'booths') {
      id = this.findBooth(given)?.id ?? boothId(given);
    } else if (given) {
      const parsed = idOf(this.cell(row, idColumn!));
      if ('bad' in parsed) return void this.problems.cell(table, row.number, idColumn!.header, given, parsed.bad);
      id =
        items.find((i) => i.id === parsed.value)?.id ??
        items.find((i) => i.id.toLowerCase() === given.toLowerCase())?.id;
      id ??= parsed.value;
      ids.claim(id);
    }
    const baseName = names.find((c) => !c.locale) ?? names[0];
    const name =
      (baseName && cellText(this.cell(row, baseName))) || names.map((c) => cellText(this.cell(row, c))).find(Boolean);
    if (id === undefined) {
      if (table.kind === 'booths') return void this.problems.row(table, row.number, 'missingCode');
      if (!name) return void this.problems.row(table, row.number, 'missingName');
      id = ids.idFor(name, row.number);
    }
    if (seen.has(id))
      return void this.problems.cell(table, row.number, idColumn?.header ?? '', given || id, 'duplicate');
    seen.add(id);
    const existing = items.find((i) => i.id === id);
    if (existing) return { item: existing, fresh: false };
    if (table.kind === 'booths') return { item: this.addBooth(id, given), fresh: true };
    if (!name) return void this.problems.row(table, row.number, 'missingName');
    // The name comes with the row's text columns (mergeText), like every other text.
    const item = { id } as Producer | Product;
    items.push(item);
    this.added.add(item);
    return { item, fresh: true };
  }

  private fields(table: Table, row: Row, item: Item): void {
    const record = item as unknown as Record_;
    const texts = new Map<string, Map<string, string>>();
    const bad = (column: Column, value: string, what: CellProblem) =>
      this.problems.cell(table, row.number, column.header, value, what);
    const take = <T>(column: Column, parsed: Parsed<T>, set: (value: T) => void) =>
      'bad' in parsed ? bad(column, cellText(this.cell(row, column)), parsed.bad) : set(parsed.value);
    for (const column of table.columns) {
      const value = column.field.type === 'text' && cellText(this.cell(row, column));
      if (!value) continue;
      const updates = texts.get(column.field.key) ?? new Map<string, string>();
      updates.set(column.locale ?? this.base, value);
      texts.set(column.field.key, updates);
    }
    for (const column of table.columns) {
      const cell = this.cell(row, column);
      const value = cellText(cell);
      const { key, type } = column.field;
      if (!value) continue;
      switch (type) {
        case 'id':
        case 'code':
          break;
        case 'text': {
          // All of a text's languages at once, where its first column is (new items keep the sheet's order).
          const updates = texts.get(key);
          texts.delete(key);
          if (updates) record[key] = mergeText(record[key] as Text | undefined, updates, this.base);
          break;
        }
        case 'plain':
          record[key] = value;
          break;
        case 'price':
          take(column, priceOf(cell), (price) => (record.price = price));
          break;
        case 'ocop':
          take(column, ocopOf(cell), (stars) => {
            if (stars === undefined) delete record.ocop;
            else record.ocop = stars;
          });
          break;
        case 'list':
          record[key] = listOf(cell);
          break;
        case 'urls':
          take(column, urlsOf(cell), (urls) => (record[key] = urls));
          break;
        case 'url':
          take(column, linkOf(cell), (url) => {
            if (table.kind === 'producers') this.contact(item as Producer).website = url;
            else record[key] = url;
          });
          break;
        case 'email':
          take(column, emailOf(cell), (email) => (this.contact(item as Producer).email = email));
          break;
        case 'phone':
          this.contact(item as Producer).phone = phoneOf(cell);
          break;
        case 'producer': {
          const producer = resolveRef(this.feed.producers ?? [], value);
          if (producer) (item as Product).producer = producer.id;
          else bad(column, value, 'producer');
          break;
        }
        case 'category':
          (item as Product).category = this.category(value);
          break;
        case 'categories':
          (item as Booth).categories = unique(
            splitRefs(value, (part) => !!resolveRef(this.feed.categories ?? [], part)).map((n) => this.category(n)),
          );
          break;
        case 'producers': {
          const producers = this.feed.producers ?? [];
          const found: string[] = [];
          for (const part of splitRefs(value, (p) => !!resolveRef(producers, p))) {
            const producer = resolveRef(producers, part);
            if (producer) found.push(producer.id);
            else bad(column, part, 'producer');
          }
          (item as Booth).producers = unique(found);
          break;
        }
        case 'booths': {
          const producer = table.kind === 'producers' ? item.id : (item as Product).producer;
          if (!producer) {
            bad(column, value, 'boothWithoutProducer');
            break;
          }
          for (const code of value.split(/\s*[,;\n]\s*/).filter(Boolean)) {
            const booth = this.findBooth(code) ?? this.addBooth(boothId(code), code);
            if (!booth.producers?.includes(producer)) booth.producers = [...(booth.producers ?? []), producer];
          }
          break;
        }
        case 'level': {
          const level = this.level(value);
          if (level) (item as Booth).level = level;
          else bad(column, value, { levels: this.levelIds().join(', ') });
          break;
        }
      }
    }
  }

  private contact(producer: Producer): NonNullable<Producer['contact']> {
    return (producer.contact ??= {});
  }

  /** The category a cell names (id or name), added when none has that name. */
  private category(value: string): string {
    const categories = (this.feed.categories ??= []);
    const found = resolveRef(categories, value);
    if (found) return found.id;
    const stem = slug(value) || 'category';
    let id = stem;
    for (let n = 2; categories.some((c) => c.id === id); n++) id = `${stem}-${n}`;
    const category: Category = { id, name: value };
    categories.push(category);
    this.newCategories.push(value);
    return id;
  }

  private findBooth(code: string): Booth | undefined {
    const lower = code.toLowerCase();
    return (
      this.feed.booths.find((b) => b.id.toLowerCase() === lower) ??
      this.feed.booths.find((b) => b.label?.toLowerCase() === lower)
    );
  }

  private addBooth(id: string, code: string): Booth {
    const booth: Booth = { id, label: code || id };
    this.feed.booths.push(booth);
    this.added.add(booth);
    this.newBooths.push(id);
    return booth;
  }

  private levelIds(): string[] {
    return (this.feed.map.levels ?? []).map((level) => level.id);
  }

  /** A level by id or name; a bare number ("2") is the level whose name ends with it ("Tầng 2"). */
  private level(value: string): string | undefined {
    const levels = this.feed.map.levels ?? [];
    const found = resolveRef(levels, value)?.id;
    if (found || !/^\d+$/.test(value)) return found;
    const numbered = levels.filter((level) =>
      [level.id, ...(typeof level.name === 'object' ? Object.values(level.name) : [level.name ?? ''])].some((name) =>
        new RegExp(`(^|\\D)${value}$`).test(name),
      ),
    );
    return numbered.length === 1 ? numbered[0].id : undefined;
  }
}

/** A booth id from a code as typed: itself when it is a valid id, else with the other characters as `-`. */
function boothId(code: string): string {
  if (ID_PATTERN.test(code)) return code;
  return (
    code
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 64) ||
    slug(code) ||
    'booth'
  );
}

const unique = (values: readonly string[]) => [...new Set(values)];

/** Merges `tables` into a copy of `feed`; problems go to `problems` (the caller decides not to write then). */
export function mergeTables(feed: FairFeed, tables: readonly Table[], problems: Problems): MergeResult {
  const merger = new Merger(feed, problems);
  const summaries = merger.merge(tables);
  return { feed: merger.feed, summaries, newCategories: merger.newCategories, newBooths: merger.newBooths };
}
