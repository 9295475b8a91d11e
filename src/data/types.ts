/**
 * The fair feed, version 1: TypeScript types matching `fair-feed.schema.json`
 * and the contract, docs/feed.md. Keep the three in step;
 * `test/data/schema.test.ts` fails when the schema and these types drift.
 */

/** A BCP 47 language tag such as `vi`, `en`, `zh-Hant`. */
export type LocaleTag = string;

/**
 * Localized text: a plain string (the same in every language) or an object from
 * BCP 47 tag to string, e.g. `{ "vi": "Chè", "en": "Tea" }`.
 */
export type Text = string | { [locale: LocaleTag]: string };

/** `[x, y]` in plan pixels (plan maps) or `[lat, lng]` (geo maps). */
export type Point = [number, number];

/** An absolute http(s) URL or a path relative to the feed's own URL. */
export type Url = string;

export interface Money {
  amount: number;
  /** ISO 4217 code, e.g. `VND`. */
  currency: string;
}

export interface FairTheme {
  primary?: string;
  accent?: string;
  logo?: Url;
  font?: string;
}

export interface Organizer {
  name: Text;
  url?: Url;
}

export interface Fair {
  id: string;
  name: Text;
  venue?: Text;
  dates?: { start: string; end: string };
  /** IANA time zone, e.g. `Asia/Ho_Chi_Minh`. */
  timezone?: string;
  /** Content languages; the first is the default. */
  locales?: LocaleTag[];
  organizer?: Organizer;
  theme?: FairTheme;
  /**
   * URL template for QR hand-off: `{kind}` is booth, product, producer or
   * route; `{id}` the id; `{from}` (optional) the kiosk's place, for routes.
   */
  share?: string;
  /**
   * The address of the page holding `<fair-guide>` (the phone guide): absolute,
   * or relative to the feed's URL. When set, every kiosk QR code opens it with a
   * deep link (`#/booth/A04`, `#/route/kiosk-1/A04`, `#/list/…`) instead of
   * `share`.
   */
  guide?: string;
  /**
   * Content languages to try, in order, when a text lacks the visitor's
   * language (and its base language), before `locales[0]`. Default `["en"]`:
   * a Korean visitor reads English before Vietnamese.
   */
  fallback?: LocaleTag[];
}

export interface PlanLevel {
  id: string;
  name?: Text;
  /** The plan image (SVG or PNG). */
  image?: Url;
  /** `[width, height]` of the plan in pixels. */
  size?: [number, number];
  /** Metres per plan pixel, for walking distances and times (default 0.1). */
  scale?: number;
}

export interface PlanMap {
  type: 'plan';
  levels: PlanLevel[];
}

export interface GeoLevel {
  id: string;
  name?: Text;
}

export interface GeoMap {
  type: 'geo';
  tiles?: Url;
  attribution?: string;
  levels?: GeoLevel[];
  center?: Point;
  zoom?: number;
}

export type FairMap = PlanMap | GeoMap;

export interface Category {
  id: string;
  name: Text;
  /** A CSS colour, `#rrggbb`. */
  color?: string;
}

export interface Booth {
  id: string;
  label?: string;
  level?: string;
  /** Polygon vertices (at least three). Either `shape` or `rect`. */
  shape?: Point[];
  /** `[x, y, width, height]`. Either `shape` or `rect`. */
  rect?: [number, number, number, number];
  /** Where a visitor enters; routes end here. */
  door?: Point;
  producers?: string[];
  categories?: string[];
  name?: Text;
}

export interface Contact {
  phone?: string;
  website?: Url;
  email?: string;
}

export interface Producer {
  id: string;
  name: Text;
  region?: Text;
  community?: Text;
  /** Markdown subset, per language. */
  story?: Text;
  /** Narrated story per language. */
  audio?: { [locale: LocaleTag]: Url };
  images?: Url[];
  contact?: Contact;
}

export interface Product {
  id: string;
  producer?: string;
  name: Text;
  category?: string;
  /** OCOP stars, 3 to 5. */
  ocop?: number;
  certifications?: string[];
  price?: Money;
  unit?: Text;
  images?: Url[];
  description?: Text;
  /** Traceability page (QR on the card). */
  trace?: Url;
  tags?: string[];
}

export const PLACE_KINDS = [
  'kiosk',
  'entrance',
  'exit',
  'info',
  'restroom',
  'stage',
  'food',
  'first-aid',
  'parking',
  'atm',
  'stairs',
  'elevator',
  'escalator',
  'other',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface Place {
  id: string;
  kind: PlaceKind;
  level?: string;
  at: Point;
  name?: Text;
  /** Stairs/elevators/escalators: the same value on each level they join. */
  connects?: string;
}

export interface Path {
  level?: string;
  points: Point[];
}

/** One item of the fair's programme (the feed's `events`): a talk, a tasting, a show, with its time and place. */
export interface ProgrammeItem {
  id: string;
  title: Text;
  start: string;
  end?: string;
  /** A place id… */
  place?: string;
  /** …or a booth id. */
  booth?: string;
  description?: Text;
}

export interface FairFeed {
  version: 1;
  fair: Fair;
  map: FairMap;
  categories?: Category[];
  booths: Booth[];
  producers?: Producer[];
  products?: Product[];
  places?: Place[];
  paths?: Path[];
  events?: ProgrammeItem[];
}

export type Severity = 'error' | 'warning';

/** One thing wrong with a feed: where (JSON Pointer), what, and how bad. */
export interface Problem {
  /** JSON Pointer (RFC 6901) to the offending value, `''` for the whole document. */
  path: string;
  message: string;
  severity: Severity;
}

export interface FeedResult {
  /** The usable part of the feed, or `null` when nothing usable remains. */
  feed: FairFeed | null;
  problems: Problem[];
}
