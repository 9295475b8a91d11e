/**
 * A feed's producers, products or booths as spreadsheet rows, one value per
 * column of `sheetColumns(kind, locales)`: localized text once per content
 * language, lists joined with ", " (images one per line), prices as numbers,
 * OCOP as a number, producers and categories by name. What `fairkit export`
 * writes and what the templates' example rows are made of; import reads it
 * back to the same feed.
 */
import type { Booth, FairFeed, Producer, Product, Text } from '../../data/types.js';
import { sheetColumns, type ColumnMatch, type SheetKind } from './columns.js';
import { joinRefs, refName } from './refs.js';
import type { OutCell } from './workbook.js';

function textCell(value: Text | undefined, locale: string | undefined, base: string): string {
  if (value === undefined) return '';
  // A plain string is the same in every language: it is written once, in the base column.
  if (typeof value === 'string') return locale ? '' : value;
  return value[locale ?? base] ?? '';
}

type Item = Producer | Product | Booth;

function cell(feed: FairFeed, kind: SheetKind, item: Item, column: ColumnMatch, base: string): OutCell {
  const { field, locale } = column;
  const record = item as unknown as Record<string, unknown>;
  const producers = feed.producers ?? [];
  const categories = feed.categories ?? [];
  switch (field.type) {
    case 'id':
    case 'code':
      return item.id;
    case 'text':
      return textCell(record[field.key] as Text | undefined, locale, base);
    case 'plain':
      return (record[field.key] as string | undefined) ?? '';
    case 'price': {
      const price = (item as Product).price;
      if (!price) return undefined;
      return price.currency === 'VND' ? price.amount : `${price.amount} ${price.currency}`;
    }
    case 'ocop':
      return (item as Product).ocop;
    case 'list':
      return ((record[field.key] as string[] | undefined) ?? []).join(', ');
    case 'urls':
      return ((record[field.key] as string[] | undefined) ?? []).join('\n');
    case 'url':
      return kind === 'producers' ? ((item as Producer).contact?.website ?? '') : ((record[field.key] as string) ?? '');
    case 'email':
      return (item as Producer).contact?.email ?? '';
    case 'phone':
      return (item as Producer).contact?.phone ?? '';
    case 'producer': {
      const id = (item as Product).producer;
      return id ? refName(producers, id, base) : '';
    }
    case 'category': {
      const id = (item as Product).category;
      return id ? refName(categories, id, base) : '';
    }
    case 'producers':
      return joinRefs(((item as Booth).producers ?? []).map((id) => refName(producers, id, base)));
    case 'categories':
      return joinRefs(((item as Booth).categories ?? []).map((id) => refName(categories, id, base)));
    case 'booths':
      return feed.booths
        .filter((booth) => booth.producers?.includes(item.id))
        .map((booth) => booth.id)
        .join(', ');
    case 'level':
      return (item as Booth).level ?? '';
  }
}

/** The feed's items of `kind`, as rows for the sheet. */
export function rowsOf(feed: FairFeed, kind: SheetKind, locales: readonly string[]): OutCell[][] {
  const base = locales[0] ?? 'vi';
  const items: readonly Item[] =
    kind === 'booths' ? feed.booths : ((kind === 'products' ? feed.products : feed.producers) ?? []);
  const columns = sheetColumns(kind, locales);
  return items.map((item) => columns.map((column) => cell(feed, kind, item, column, base)));
}

/** The fair's content languages, the first being the one plain columns hold. */
export function feedLocales(feed: Pick<FairFeed, 'fair'>): string[] {
  const locales = feed.fair?.locales;
  return Array.isArray(locales) && locales.length ? [...locales] : ['vi'];
}
