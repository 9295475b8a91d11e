/**
 * The words of `<fair-search>`'s results: each group's heading, each
 * result's title (its name, the matched part highlighted) and detail line,
 * and what a screen reader hears once the visitor stops typing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatPrice } from '../../data/format.js';
import type { FeedIndex } from '../../data/indexes.js';
import type { SearchHit, SearchKind } from '../../data/search/search.js';
import type { Text } from '../../data/types.js';
import { highlighted } from './highlight.js';

type Translate = (value: Text | undefined | null) => string;

/** The heading of a group of results. */
export function kindLabel(kind: SearchKind): string {
  switch (kind) {
    case 'booth':
      return msg('Booths');
    case 'producer':
      return msg('Producers');
    case 'product':
      return msg('Products');
    default:
      return msg('Categories');
  }
}

/** What the live region says about the results for `q`: how many, and whether they are closest matches. */
export function resultsAnnouncement(q: string, count: number, partial: boolean): string {
  if (!q) return '';
  if (count === 0) return msg(str`No results for ${q}.`);
  if (partial && count === 1)
    return msg(str`No results for ${q}. 1 closest match: use the arrow keys to choose, Enter to open.`);
  if (partial)
    return msg(str`No results for ${q}. ${count} closest matches: use the arrow keys to choose, Enter to open.`);
  if (count === 1) return msg('1 result. Use the arrow keys to choose, Enter to open.');
  return msg(str`${count} results. Use the arrow keys to choose, Enter to open.`);
}

/** The row's title (the name with the match highlighted) and its detail line. */
export function describeHit(
  hit: SearchHit,
  index: FeedIndex,
  t: Translate,
  locale: string,
): { title: TemplateResult; detail: TemplateResult | string } {
  const name = displayName(hit, index, t);
  const matches = hit.matches ?? [];
  const inName = matches.find((m) => (m.field === 'name' || m.field === 'code') && m.text === name);
  const title = inName ? highlighted(name, inName.ranges) : html`${name}`;
  const parts = detailParts(hit, index, t, locale);
  // Found through another language or another field: show where, highlighted.
  const elsewhere = inName ? undefined : matches.find((m) => m.text !== name);
  if (!elsewhere) return { title, detail: parts.join(' · ') };
  const rest = parts.filter((part) => part !== elsewhere.text).join(' · ');
  return { title, detail: html`${highlighted(elsewhere.text, elsewhere.ranges)}${rest ? ` · ${rest}` : nothing}` };
}

function displayName(hit: SearchHit, index: FeedIndex, t: Translate): string {
  switch (hit.kind) {
    case 'booth': {
      const booth = index.booths.get(hit.id);
      return booth ? (booth.label ?? booth.id) : hit.id;
    }
    case 'producer':
      return t(index.producers.get(hit.id)?.name) || hit.id;
    case 'product':
      return t(index.products.get(hit.id)?.name) || hit.id;
    default:
      return t(index.categories.get(hit.id)?.name) || hit.id;
  }
}

/** Useful context per kind: product → producer · booth · price; booth → its name and producers; producer → region · booths. */
function detailParts(hit: SearchHit, index: FeedIndex, t: Translate, locale: string): string[] {
  const parts: string[] = [];
  switch (hit.kind) {
    case 'product': {
      const product = index.products.get(hit.id);
      if (product?.producer) parts.push(t(index.producers.get(product.producer)?.name));
      const booth = index.boothOfProduct.get(hit.id);
      if (booth) parts.push(msg(str`Booth ${booth.label ?? booth.id}`));
      const price = formatPrice(product?.price, locale);
      const unit = t(product?.unit);
      parts.push(price && unit ? `${price} / ${unit}` : price || unit);
      break;
    }
    case 'booth': {
      const booth = index.booths.get(hit.id);
      parts.push(t(booth?.name));
      for (const id of booth?.producers ?? []) parts.push(t(index.producers.get(id)?.name));
      break;
    }
    case 'producer': {
      const producer = index.producers.get(hit.id);
      parts.push(t(producer?.region));
      const booths = index.boothsOfProducer.get(hit.id) ?? [];
      if (booths.length) parts.push(msg(str`Booth ${booths.map((b) => b.label ?? b.id).join(', ')}`));
      break;
    }
    default: {
      const count = index.boothsOfCategory.get(hit.id)?.length ?? 0;
      if (count) parts.push(count === 1 ? msg('1 booth') : msg(str`${count} booths`));
    }
  }
  return [...new Set(parts.filter(Boolean))];
}
