import { indexFeed } from '../indexes.js';
import type { Booth, Category, FairFeed, Producer, Product, Text } from '../types.js';

/** What a search result points at. */
export type SearchKind = 'booth' | 'producer' | 'product' | 'category';

/** Where in a document a word was found; also what `SearchMatch.field` names. */
export type SearchField = 'code' | 'name' | 'producer' | 'place' | 'category' | 'tag' | 'description';

/**
 * How much a word found in each field counts: a name beats what surrounds it
 * (the producer of a product, its category, the region), and descriptions
 * count least, so "tea" finds teas before a honey whose story mentions tea.
 */
export const DEFAULT_FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = {
  code: 1,
  name: 1,
  producer: 0.55,
  category: 0.5,
  place: 0.45,
  tag: 0.45,
  description: 0.2,
};

/** One searchable field of a document, with every language of its text. */
export interface DocumentField {
  field: SearchField;
  value: Text;
}

/** A thing a visitor can find: a booth, producer, product or category, flattened to fields. */
export interface SearchDocument {
  kind: SearchKind;
  id: string;
  fields: DocumentField[];
  /** Booth codes (label and id) in any spelling; matched exactly first. */
  codes?: string[];
}

/** The kinds, in the order results are grouped when scores tie. */
export const SEARCH_KINDS: readonly SearchKind[] = ['booth', 'producer', 'product', 'category'];

function add(fields: DocumentField[], field: SearchField, value: Text | undefined | null): void {
  if (value == null) return;
  if (typeof value === 'string' ? value.trim() : Object.keys(value).length) fields.push({ field, value });
}

/**
 * The documents of an index, in index order, with their fields made on
 * demand: the index reads each document's fields once while it is built and
 * again only for the few hits it highlights, so it keeps no copy of them
 * (at 20,000 products the copies would cost about 10 MB).
 */
export interface DocumentSource {
  readonly length: number;
  kind(doc: number): SearchKind;
  id(doc: number): string;
  fields(doc: number): DocumentField[];
  /** Booth codes (label and id) in any spelling; matched exactly first. */
  codes(doc: number): string[] | undefined;
}

type Item = Category | Booth | Producer | Product;

/**
 * A feed as search documents: every category, booth, producer and product
 * with the fields a visitor might type — every language of every name, a
 * product's producer, category, tags and certifications, a producer's region
 * and community, a booth's producers and categories, and descriptions and
 * stories (at the lowest weight).
 */
export function feedDocuments(feed: FairFeed): DocumentSource {
  const index = indexFeed(feed);
  const items: Item[] = [];
  const kinds: SearchKind[] = [];
  const push = (kind: SearchKind, list: readonly Item[] | undefined) => {
    for (const item of list ?? []) {
      items.push(item);
      kinds.push(kind);
    }
  };
  push('category', feed.categories);
  push('booth', feed.booths);
  push('producer', feed.producers);
  push('product', feed.products);

  const fields = (d: number): DocumentField[] => {
    const out: DocumentField[] = [];
    switch (kinds[d]) {
      case 'category':
        add(out, 'name', (items[d] as Category).name);
        break;
      case 'booth': {
        const booth = items[d] as Booth;
        add(out, 'code', booth.label ?? booth.id);
        add(out, 'name', booth.name);
        for (const producerId of booth.producers ?? []) add(out, 'producer', index.producers.get(producerId)?.name);
        for (const categoryId of booth.categories ?? []) add(out, 'category', index.categories.get(categoryId)?.name);
        break;
      }
      case 'producer': {
        const producer = items[d] as Producer;
        add(out, 'name', producer.name);
        add(out, 'place', producer.region);
        add(out, 'place', producer.community);
        add(out, 'description', producer.story);
        break;
      }
      default: {
        const product = items[d] as Product;
        add(out, 'name', product.name);
        const producer = product.producer ? index.producers.get(product.producer) : undefined;
        if (producer) {
          add(out, 'producer', producer.name);
          add(out, 'place', producer.region);
          add(out, 'place', producer.community);
        }
        if (product.category) add(out, 'category', index.categories.get(product.category)?.name);
        for (const tag of product.tags ?? []) add(out, 'tag', tag);
        for (const certification of product.certifications ?? []) add(out, 'tag', certification);
        add(out, 'description', product.description);
      }
    }
    return out;
  };
  return {
    length: items.length,
    kind: (d) => kinds[d],
    id: (d) => items[d].id,
    fields,
    codes: (d) => {
      if (kinds[d] !== 'booth') return undefined;
      const booth = items[d] as Booth;
      return booth.label && booth.label !== booth.id ? [booth.id, booth.label] : [booth.id];
    },
  };
}

/** Documents made some other way, as a source for the index. */
export function arrayDocuments(docs: readonly SearchDocument[]): DocumentSource {
  return {
    length: docs.length,
    kind: (d) => docs[d].kind,
    id: (d) => docs[d].id,
    fields: (d) => docs[d].fields,
    codes: (d) => docs[d].codes,
  };
}

/** The feed's search documents as plain objects (for other engines, tests and tools). */
export function searchDocuments(feed: FairFeed): SearchDocument[] {
  const source = feedDocuments(feed);
  return Array.from({ length: source.length }, (_, d) => ({
    kind: source.kind(d),
    id: source.id(d),
    fields: source.fields(d),
    codes: source.codes(d),
  }));
}
