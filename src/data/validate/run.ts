import type { Problem } from '../types.js';
import * as m from './messages.js';

/**
 * What every part of the validator shares while it walks one feed: the problems
 * found so far, the fair's content languages (for missing-translation warnings),
 * the map's levels, and the ids kept in each collection (for references).
 *
 * Severity follows the feed contract: `error` when something the organizer wrote
 * is left out (an item, a field, one entry of a list) because it cannot be used
 * or is unsafe; `warning` when the item is kept and at most a detail the page
 * can do without is dropped or defaulted (a colour, an OCOP rating, a tag, a door).
 */

/** A JSON object read from the feed. */
export type Rec = Record<string, unknown>;

export function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only, so inherited names (`constructor`, `toString`) never count as feed data. */
export function own(object: Rec, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/**
 * The prototype of every object the validator returns: empty and frozen, with
 * no prototype of its own, so a field the feed does not have reads `undefined`
 * even on a page that has put `logo` or `tiles` on `Object.prototype`. An
 * ordinary constructor rather than `Object.create(null)`, which V8 keeps as a
 * slow dictionary.
 */
const Clean = function () {} as unknown as new () => object;
Clean.prototype = Object.freeze(Object.create(null) as object);

/** `fields` as an object of the validated feed: own properties only, nothing inherited. */
export function record<T extends object>(fields: T): T {
  return Object.assign(new Clean(), fields);
}

/** Keys that would reach a prototype if copied by assignment: never copied. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Ids seen in one collection: `kept` after validation, `seen` before (to tell "missing" from "left out"). */
export interface IdSet {
  /** Where the collection lives, e.g. `/producers`, for messages. */
  readonly where: string;
  /** What the collection holds, as messages name it. */
  readonly kind: m.ItemKind;
  readonly seen: Set<string>;
  /** Only for collections that others refer to (not products and events, which nothing names). */
  readonly kept?: Set<string>;
}

export function idSet(where: string, kind: m.ItemKind, referred = true): IdSet {
  return { where, kind, seen: new Set(), kept: referred ? new Set() : undefined };
}

export interface LevelInfo {
  id: string;
  /** `[width, height]` of a plan level, when known. */
  size?: [number, number];
}

export class ValidationRun {
  readonly problems: Problem[] = [];
  /** `fair.locales`: the languages every translation object should have. */
  locales: string[] = [];
  mapType: 'plan' | 'geo' = 'plan';
  readonly levels = new Map<string, LevelInfo>();
  /** Whether each site (`https://host:port`) of the feed's links parses, asked once per run (see `values.ts`). */
  readonly sites = new Map<string, boolean>();
  readonly ids = {
    levels: idSet('/map/levels', 'level'),
    categories: idSet('/categories', 'category'),
    producers: idSet('/producers', 'producer'),
    products: idSet('/products', 'product', false),
    booths: idSet('/booths', 'booth'),
    places: idSet('/places', 'place'),
    events: idSet('/events', 'event', false),
  };

  error(path: Where, message: string): void {
    this.problems.push({ path: written(path), message, severity: 'error' });
  }

  warn(path: Where, message: string): void {
    this.problems.push({ path: written(path), message, severity: 'warning' });
  }

  /** The first level, where items without a `level` are shown. */
  get defaultLevel(): LevelInfo | undefined {
    return this.levels.values().next().value;
  }
}

/**
 * A JSON Pointer not written out yet: `base` and one more key. Nearly every
 * field of every item has nothing to report, so its pointer is made into text
 * ({@link written}) only when a problem is.
 */
export type Key = readonly [base: Where, key: string | number];

/** Where a value is in the organizer's file: a JSON Pointer, written out or not. */
export type Where = string | Key;

/** `base` and one more key, if any (not written out until {@link written} is asked). */
export function pointer(base: Where, key?: string | number): Where {
  return key === undefined ? base : [base, key];
}

/** A fresh, empty object of the validated feed (as {@link record}, without copying fields). */
export function blank<T extends object>(): T {
  return new Clean() as T;
}

/** `where` as a JSON Pointer, escaping `~` and `/` in keys as RFC 6901 asks. */
export function written(where: Where): string {
  let out = '';
  for (; typeof where !== 'string'; where = where[0]) {
    out = '/' + String(where[1]).replace(/~/g, '~0').replace(/\//g, '~1') + out;
  }
  return where + out;
}

/** An item named in messages (`Booth "A12"`, `The booth at /booths/3`), in words only when a problem is reported. */
export type Named = readonly [kind: m.ItemKind, id: string | undefined, path: Where];

/** Who a message is about: words (`The fair`), or an item named lazily. */
export type Who = string | Named;

/** `who` in words. */
export function say(who: Who): string {
  return typeof who === 'string' ? who : m.subject(who[0], who[1], written(who[2]));
}
