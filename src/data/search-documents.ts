import { indexFeed } from './indexes.js';
import type { FairFeed, Text } from './types.js';

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
 * Flattens a feed into search documents: every category, booth, producer and
 * product with the fields a visitor might type — every language of every
 * name, a product's producer, category, tags and certifications, a
 * producer's region and community, a booth's producers and categories, and
 * descriptions and stories (at the lowest weight).
 */
export function searchDocuments(feed: FairFeed): SearchDocument[] {
  const index = indexFeed(feed);
  const docs: SearchDocument[] = [];

  for (const category of feed.categories ?? []) {
    const fields: DocumentField[] = [];
    add(fields, 'name', category.name);
    docs.push({ kind: 'category', id: category.id, fields });
  }

  for (const booth of feed.booths) {
    const fields: DocumentField[] = [];
    add(fields, 'code', booth.label ?? booth.id);
    add(fields, 'name', booth.name);
    for (const producerId of booth.producers ?? []) add(fields, 'producer', index.producers.get(producerId)?.name);
    for (const categoryId of booth.categories ?? []) add(fields, 'category', index.categories.get(categoryId)?.name);
    const codes = [booth.id];
    if (booth.label && booth.label !== booth.id) codes.push(booth.label);
    docs.push({ kind: 'booth', id: booth.id, fields, codes });
  }

  for (const producer of feed.producers ?? []) {
    const fields: DocumentField[] = [];
    add(fields, 'name', producer.name);
    add(fields, 'place', producer.region);
    add(fields, 'place', producer.community);
    add(fields, 'description', producer.story);
    docs.push({ kind: 'producer', id: producer.id, fields });
  }

  for (const product of feed.products ?? []) {
    const fields: DocumentField[] = [];
    add(fields, 'name', product.name);
    const producer = product.producer ? index.producers.get(product.producer) : undefined;
    if (producer) {
      add(fields, 'producer', producer.name);
      add(fields, 'place', producer.region);
      add(fields, 'place', producer.community);
    }
    if (product.category) add(fields, 'category', index.categories.get(product.category)?.name);
    for (const tag of product.tags ?? []) add(fields, 'tag', tag);
    for (const certification of product.certifications ?? []) add(fields, 'tag', certification);
    add(fields, 'description', product.description);
    docs.push({ kind: 'product', id: product.id, fields });
  }
  return docs;
}
