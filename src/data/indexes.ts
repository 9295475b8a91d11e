import type { Booth, Category, FairFeed, ProgrammeItem, Place, Producer, Product } from './types.js';

/**
 * Lookups a component needs, built once per feed: by id for every collection,
 * booth → producers → products, and back from a product or producer to its booth.
 */
export interface FeedIndex {
  booths: Map<string, Booth>;
  producers: Map<string, Producer>;
  products: Map<string, Product>;
  categories: Map<string, Category>;
  places: Map<string, Place>;
  events: Map<string, ProgrammeItem>;
  /** Producer id → the booths that host it. */
  boothsOfProducer: Map<string, Booth[]>;
  /** Producer id → its products. */
  productsOfProducer: Map<string, Product[]>;
  /** Booth id → the products of its producers. */
  productsOfBooth: Map<string, Product[]>;
  /** Product id → the first booth that sells it (through its producer). */
  boothOfProduct: Map<string, Booth>;
  /** Category id → booths in it. */
  boothsOfCategory: Map<string, Booth[]>;
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const cache = new WeakMap<FairFeed, FeedIndex>();

/**
 * Builds (once per feed object) the lookups in {@link FeedIndex}: by id at
 * once, and those linking booths, producers, products and categories (the
 * bulk of the work on a fair with ten products a booth) on the first read of
 * any of them, so a map drawing its booths, or a kiosk's attract screen,
 * never pays for them.
 */
export function indexFeed(feed: FairFeed): FeedIndex {
  let index = cache.get(feed);
  if (index) return index;
  index = {
    booths: byId(feed.booths),
    producers: byId(feed.producers),
    categories: byId(feed.categories),
    places: byId(feed.places),
    events: byId(feed.events),
  } as FeedIndex;
  let links: Links | undefined;
  // The keys of the links, as an empty feed's are (no list of them to keep in step).
  for (const key in linksOf({ booths: [] } as unknown as FairFeed))
    Object.defineProperty(index, key, {
      enumerable: true,
      get: () => (links ??= linksOf(feed))[key as keyof Links],
    });
  cache.set(feed, index);
  return index;
}

type Links = Omit<FeedIndex, 'booths' | 'producers' | 'categories' | 'places' | 'events'>;

function linksOf(feed: FairFeed): Links {
  const productsOfProducer = new Map<string, Product[]>();
  for (const product of feed.products ?? []) if (product.producer) push(productsOfProducer, product.producer, product);
  const boothsOfProducer = new Map<string, Booth[]>();
  const productsOfBooth = new Map<string, Product[]>();
  const boothOfProduct = new Map<string, Booth>();
  const boothsOfCategory = new Map<string, Booth[]>();
  for (const booth of feed.booths) {
    for (const category of booth.categories ?? []) push(boothsOfCategory, category, booth);
    const products: Product[] = [];
    for (const producerId of booth.producers ?? []) {
      push(boothsOfProducer, producerId, booth);
      for (const product of productsOfProducer.get(producerId) ?? []) {
        products.push(product);
        if (!boothOfProduct.has(product.id)) boothOfProduct.set(product.id, booth);
      }
    }
    productsOfBooth.set(booth.id, products);
  }
  return {
    products: byId(feed.products),
    boothsOfProducer,
    productsOfProducer,
    productsOfBooth,
    boothOfProduct,
    boothsOfCategory,
  };
}
