/**
 * The media a feed names: the logo, each level's plan image, producers' and
 * products' photos, producers' narrated stories. Read from the feed as written
 * (the raw JSON, not the checker's cleaned copy, whatever it holds: this never
 * throws), so that `fairkit check` can look for each file and `fairkit pack`
 * can point each reference at its packed file and keep everything else exactly
 * as it was. Values that are not strings are left out (the feed checker
 * reports them); so are keys that would reach a prototype.
 */
import { RESERVED_KEYS } from '../data/validate/run.js';

/** What a file is for: it decides how pack treats it. */
export type MediaRole = 'logo' | 'plan' | 'photo' | 'audio';

export interface MediaRef {
  role: MediaRole;
  /** The URL as the feed writes it. */
  url: string;
  /** JSON Pointer to it, for messages. */
  pointer: string;
  /** The plan level holding it (plans only): its `size` may need setting. */
  level?: Record<string, unknown>;
  /** Replaces the reference in the feed. */
  set(url: string): void;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (object: Json, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
const escapeToken = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/** Every media reference in `feed`, in feed order. */
export function mediaRefs(feed: unknown): MediaRef[] {
  const refs: MediaRef[] = [];
  if (!isObject(feed)) return refs;
  const add = (role: MediaRole, holder: Json | unknown[], key: string | number, pointer: string, level?: Json) => {
    const url = (holder as Record<string | number, unknown>)[key];
    if (typeof url !== 'string' || !url.trim()) return;
    refs.push({
      role,
      url,
      pointer: `${pointer}/${escapeToken(key)}`,
      level,
      set: (value) => ((holder as Record<string | number, unknown>)[key] = value),
    });
  };
  const fair = own(feed, 'fair');
  if (isObject(fair) && isObject(own(fair, 'theme'))) add('logo', fair.theme as Json, 'logo', '/fair/theme');
  const map = own(feed, 'map');
  if (isObject(map) && map.type !== 'geo' && Array.isArray(map.levels)) {
    map.levels.forEach((level, i) => {
      if (isObject(level)) add('plan', level, 'image', `/map/levels/${i}`, level);
    });
  }
  for (const collection of ['producers', 'products'] as const) {
    const items = own(feed, collection);
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (!isObject(item)) return;
      const at = `/${collection}/${i}`;
      if (Array.isArray(item.images))
        item.images.forEach((_, j) => add('photo', item.images as unknown[], j, `${at}/images`));
      if (collection === 'producers' && isObject(item.audio)) {
        for (const lang of Object.keys(item.audio))
          if (!RESERVED_KEYS.has(lang)) add('audio', item.audio, lang, `${at}/audio`);
      }
    });
  }
  return refs;
}

/** An absolute http(s) URL: left as it is (it needs the network). */
export const isRemote = (url: string): boolean => /^(https?:)?\/\//i.test(url.trim());

/** A `data:` URL: the file is inside the feed already. */
export const isInline = (url: string): boolean => /^data:/i.test(url);
