import type { FeedIndex } from '../data/indexes.js';
import type { FairFeed, Problem } from '../data/types.js';

/**
 * Every Fairkit event is a typed `CustomEvent` subclass that bubbles and
 * crosses shadow roots, so a page (or React/Vue) can listen on any ancestor
 * and read `event.detail`.
 */
abstract class FairCustomEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T, cancelable = false) {
    super(type, { detail, bubbles: true, composed: true, cancelable });
  }
}

export class FairLoadEvent extends FairCustomEvent<{ feed: FairFeed; problems: Problem[] }> {
  static readonly eventName = 'fair-load';
  constructor(detail: { feed: FairFeed; problems: Problem[] }) {
    super(FairLoadEvent.eventName, detail);
  }
}

/** A feed could not be used, or loaded with problems: `detail.problems` names each JSON path. */
export class FairErrorEvent extends FairCustomEvent<{ problems: Problem[]; fatal: boolean; src?: string }> {
  static readonly eventName = 'fair-error';
  constructor(detail: { problems: Problem[]; fatal: boolean; src?: string }) {
    super(FairErrorEvent.eventName, detail);
  }
}

export class FairBoothSelectEvent extends FairCustomEvent<{ boothId: string }> {
  static readonly eventName = 'fair-booth-select';
  constructor(boothId: string) {
    super(FairBoothSelectEvent.eventName, { boothId });
  }
}

export class FairLevelChangeEvent extends FairCustomEvent<{ level: string }> {
  static readonly eventName = 'fair-level-change';
  constructor(level: string) {
    super(FairLevelChangeEvent.eventName, { level });
  }
}

/** "Find on map": cancelable, so a page can stop `<fair-data>` selecting the booth on its maps (`preventDefault()`). */
export class FairShowBoothEvent extends FairCustomEvent<{ boothId: string }> {
  static readonly eventName = 'fair-show-booth';
  constructor(boothId: string) {
    super(FairShowBoothEvent.eventName, { boothId }, true);
  }
}

export class FairShowProducerEvent extends FairCustomEvent<{ producerId: string }> {
  static readonly eventName = 'fair-show-producer';
  constructor(producerId: string) {
    super(FairShowProducerEvent.eventName, { producerId });
  }
}

export class FairProductSelectEvent extends FairCustomEvent<{ productId: string }> {
  static readonly eventName = 'fair-product-select';
  constructor(productId: string) {
    super(FairProductSelectEvent.eventName, { productId });
  }
}

export class FairLocaleChangeEvent extends FairCustomEvent<{ locale: string }> {
  static readonly eventName = 'fair-locale-change';
  constructor(locale: string) {
    super(FairLocaleChangeEvent.eventName, { locale });
  }
}

export type SearchKind = 'booth' | 'producer' | 'product' | 'category';

/** A search result was picked: cancelable, like `fair-show-booth`. */
export class FairSearchSelectEvent extends FairCustomEvent<{ kind: SearchKind; id: string }> {
  static readonly eventName = 'fair-search-select';
  constructor(kind: SearchKind, id: string) {
    super(FairSearchSelectEvent.eventName, { kind, id }, true);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fair-load': FairLoadEvent;
    'fair-error': FairErrorEvent;
    'fair-booth-select': FairBoothSelectEvent;
    'fair-level-change': FairLevelChangeEvent;
    'fair-show-booth': FairShowBoothEvent;
    'fair-show-producer': FairShowProducerEvent;
    'fair-product-select': FairProductSelectEvent;
    'fair-locale-change': FairLocaleChangeEvent;
    'fair-search-select': FairSearchSelectEvent;
  }
}

export type { FeedIndex };
