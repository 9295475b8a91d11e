/**
 * Which item of the organizer's feed a JSON Pointer is about, and what to call
 * it: `/products/3/price` → the product at index 3, named as the organizer
 * reads it ("Product 'Miến dong 500g'", "Sản phẩm 'Miến dong 500g'").
 *
 * Names are read from the ORIGINAL parsed JSON, since an item the checker left
 * out is not in the cleaned feed, and that JSON may be hostile: any value is
 * read as nothing rather than thrown on, `__proto__`-like keys are never
 * followed, and what is shown is cleaned of control characters and cut short.
 * Other commands (import, pack) can reuse {@link itemAt} and {@link itemLabel}.
 */
import { fallbackLocales, text } from '../../data/text.js';
import type { Fair, Text } from '../../data/types.js';
import { RESERVED_KEYS, isRecord, own } from '../../data/validate/run.js';
import { cleanText } from '../../data/validate/safety.js';
import { cutText } from '../../data/validate/text.js';
import { lang, pick } from '../lang.js';
import { messages } from './messages.js';

export type ItemKind =
  'fair' | 'map' | 'level' | 'category' | 'booth' | 'producer' | 'product' | 'place' | 'aisle' | 'programmeItem';

/** One item of the feed, as a problem names it (`kind`, `id`, `name` are the JSON output's keys). */
export interface Item {
  kind: ItemKind;
  id: string | null;
  /** In the organizer's language when the feed has it, cleaned and shortened; null when it has none. */
  name: string | null;
  /** Its index in its list (`/booths/3` → 3), for an item with neither name nor id. */
  index?: number;
}

/** The feed's lists of items, by key, and what each holds. */
const COLLECTIONS: Readonly<Record<string, ItemKind>> = {
  categories: 'category',
  booths: 'booth',
  producers: 'producer',
  products: 'product',
  places: 'place',
  paths: 'aisle',
  events: 'programmeItem',
};

/** The fields tried, in order, for an item's name (then its id). */
const NAME_FIELDS: Readonly<Record<ItemKind, readonly string[]>> = {
  fair: ['name'],
  map: [],
  level: ['name'],
  category: ['name'],
  booth: ['name', 'label'],
  producer: ['name'],
  product: ['name'],
  place: ['name'],
  aisle: [],
  programmeItem: ['title'],
};

/** The most characters of a name or id shown in a message. */
export const NAME_LIMIT = 60;

/** The reference tokens of a JSON Pointer (RFC 6901): `/a~1b/0` → `['a/b', '0']`. */
export function pointerTokens(path: string): string[] {
  if (!path.startsWith('/')) return [];
  return path
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A list index token (`"3"`, not `"03"` or `"-1"`), or undefined. */
function indexOf(token: string | undefined): number | undefined {
  return token !== undefined && /^(0|[1-9]\d{0,8})$/.test(token) ? Number(token) : undefined;
}

/** `value` as one line a terminal shows safely: no controls, no line breaks, at most `limit` characters. */
export function shortText(value: string, limit = NAME_LIMIT): string {
  const cut = cutText(value, limit) ?? value;
  return cleanText(cut).replace(/\s+/g, ' ').trim();
}

/** A raw feed value as localized text, or undefined when it is not one: own string entries only. */
export function rawText(value: unknown): Text | undefined {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return undefined;
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const key of Object.keys(value)) {
    const entry = value[key];
    if (!RESERVED_KEYS.has(key) && typeof entry === 'string') out[key] = entry;
  }
  return out;
}

/** The raw item at `collection[index]` of the feed, when it is an object. */
function rawItem(json: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  let value: unknown = json;
  for (const key of keys) {
    if (Array.isArray(value)) {
      const i = indexOf(key);
      value = i !== undefined && i < value.length ? (value[i] as unknown) : undefined;
    } else value = isRecord(value) && !RESERVED_KEYS.has(key) ? own(value, key) : undefined;
  }
  return isRecord(value) ? value : undefined;
}

/**
 * Where an item's name is looked up: the fair's content languages, so an
 * organizer reading English sees the English name, or else the fair's
 * fallback and default language (`fair.locales`, `fair.fallback` of the
 * cleaned feed, or of the raw one).
 */
export function nameFallbacks(json: unknown, fair?: Fair): string[] {
  if (fair) return fallbackLocales(fair);
  const raw = rawItem(json, ['fair']);
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string') : undefined);
  return fallbackLocales({ locales: strings(raw?.locales), fallback: strings(raw?.fallback) });
}

/** An item's name in the organizer's language, from the raw item, or null. */
function nameOf(raw: Record<string, unknown>, kind: ItemKind, fallbacks: readonly string[]): string | null {
  for (const field of NAME_FIELDS[kind]) {
    const name = shortText(text(rawText(own(raw, field)), lang(), fallbacks));
    if (name) return name;
  }
  return null;
}

function idOf(raw: Record<string, unknown>): string | null {
  const id = own(raw, 'id');
  const shown = typeof id === 'string' ? shortText(id) : '';
  return shown || null;
}

/**
 * The item a problem at `path` belongs to, or null for the feed as a whole
 * (`''`, `/version`, an unknown top-level key). `fallbacks`: see {@link nameFallbacks}.
 */
export function itemAt(json: unknown, path: string, fallbacks: readonly string[] = []): Item | null {
  const [top, second, third] = pointerTokens(path);
  let kind: ItemKind | undefined;
  let keys: string[] = [];
  let index: number | undefined;
  if (top === 'fair') [kind, keys] = ['fair', ['fair']];
  else if (top === 'map') {
    index = second === 'levels' ? indexOf(third) : undefined;
    if (index !== undefined) [kind, keys] = ['level', ['map', 'levels', third]];
    else [kind, keys] = ['map', ['map']];
  } else if (top !== undefined && Object.hasOwn(COLLECTIONS, top)) {
    index = indexOf(second);
    if (index === undefined) return null;
    [kind, keys] = [COLLECTIONS[top], [top, second]];
  }
  if (!kind) return null;
  const raw = rawItem(json, keys);
  const item: Item = { kind, id: raw ? idOf(raw) : null, name: raw ? nameOf(raw, kind, fallbacks) : null };
  if (index !== undefined) item.index = index;
  return item;
}

/**
 * How a message names an item: `Product 'Miến dong 500g'`, `Booth A07` (an
 * id only), `Aisle no. 4` (neither), `Map`.
 */
export function itemLabel(item: Item): string {
  const m = pick(messages);
  const noun = m.nouns[item.kind];
  if (item.name) return `${noun} '${item.name}'`;
  if (item.id) return `${noun} ${item.id}`;
  if (item.index !== undefined) return m.numbered(noun, item.index + 1);
  return noun;
}

/**
 * The index in the organizer's list `collection` of the item whose id the
 * cleaned feed gives as `id` (the cleaned lists leave out the items in error,
 * so their indexes differ), or undefined.
 */
export function rawIndexOf(json: unknown, collection: string, id: string): number | undefined {
  const list = isRecord(json) ? own(json, collection) : undefined;
  if (!Array.isArray(list)) return undefined;
  let trimmed: number | undefined;
  for (let i = 0; i < list.length; i++) {
    const raw: unknown = list[i];
    const rawId = isRecord(raw) ? own(raw, 'id') : undefined;
    if (rawId === id) return i;
    if (trimmed === undefined && typeof rawId === 'string' && rawId.trim() === id) trimmed = i;
  }
  return trimmed;
}
