/**
 * Feed → what the map draws for one level: booth outlines with colours and
 * names, places, "you are here", and the extent to fit. Booths with unusable
 * geometry are left out and listed, so one bad row never blanks the map.
 */
import type { FeedIndex } from '../../data/indexes.js';
import { boothOutline, boundsOf, levelIdsOf } from '../../data/venue.js';
import type { Booth, FairFeed, PlaceKind, Point, Text } from '../../data/types.js';

/** Colours for categories that do not bring their own (distinct, and dark enough for a white label chip). */
const PALETTE = ['#3a7d44', '#c8553d', '#2d6a9f', '#b5838d', '#d08c22', '#6d597a', '#2a9d8f', '#8a9a5b'];
const NO_CATEGORY = '#7d8a84';

export interface BoothShape {
  id: string;
  outline: Point[];
  label: string;
  name: string;
  color: string;
  categories: readonly string[];
}

export interface PlaceMark {
  id: string;
  kind: PlaceKind;
  at: Point;
  name: string;
}

/** One level as the map shows it (see `BoothMapView.showScene`). */
export interface LevelScene {
  /** `[[minX, minY], [maxX, maxY]]` of the plan (or the booths' extent on a geo map), in feed coordinates. */
  extent: [Point, Point];
  image?: string;
  tiles?: { url: string; attribution: string };
  booths: BoothShape[];
  /** The width of the widest booth and the height of the tallest, in feed coordinates. */
  largestBooth: [number, number];
  places: PlaceMark[];
  here?: { at: Point; label: string };
}

export interface SceneInput {
  feed: FairFeed;
  index: FeedIndex;
  level: string;
  here?: string;
  hereLabel: string;
  t(value: Text | undefined): string;
}

/** The level a booth or place is on (the first level when it does not say). */
export function levelOf(feed: FairFeed, item: { level?: string }): string {
  return item.level ?? levelIdsOf(feed)[0];
}

export function categoryColor(feed: FairFeed, id: string | undefined): string {
  if (!id) return NO_CATEGORY;
  const categories = feed.categories ?? [];
  const i = categories.findIndex((c) => c.id === id);
  if (i < 0) return NO_CATEGORY;
  const color = categories[i].color;
  return color && /^#[0-9a-f]{6}$/i.test(color) ? color : PALETTE[i % PALETTE.length];
}

/** A booth's display name: its own, else its first producer's. */
export function boothName(booth: Booth, index: FeedIndex, t: (value: Text | undefined) => string): string {
  if (booth.name) return t(booth.name);
  const producer = booth.producers?.map((id) => index.producers.get(id)).find(Boolean);
  return producer ? t(producer.name) : '';
}

export function buildScene({ feed, index, level, here, hereLabel, t }: SceneInput): {
  scene: LevelScene;
  skipped: string[];
} {
  const skipped: string[] = [];
  const booths: BoothShape[] = [];
  // Thousands of booths share a few categories: each category's colour is looked up once.
  const colors = new Map<string | undefined, string>();
  const colorOf = (id: string | undefined) => {
    let color = colors.get(id);
    if (color === undefined) colors.set(id, (color = categoryColor(feed, id)));
    return color;
  };
  let widest = 0;
  let tallest = 0;
  for (const booth of feed.booths) {
    if (levelOf(feed, booth) !== level) continue;
    const outline = boothOutline(booth);
    if (!outline) {
      skipped.push(booth.id);
      continue;
    }
    // The outline of a rectangle booth is its rect (no shape): its size is there to read.
    const [w, h] = Array.isArray(booth.shape) || !booth.rect ? sizeOf(outline) : [booth.rect[2], booth.rect[3]];
    if (w > widest) widest = w;
    if (h > tallest) tallest = h;
    booths.push({
      id: booth.id,
      outline,
      label: booth.label || booth.id,
      name: boothName(booth, index, t),
      color: colorOf(booth.categories?.[0]),
      categories: booth.categories ?? [],
    });
  }
  const defaultLevel = levelIdsOf(feed)[0];
  const places: PlaceMark[] = [];
  let herePoint: Point | undefined;
  for (const place of feed.places ?? []) {
    if ((place.level ?? defaultLevel) !== level) continue;
    if (place.id === here) {
      herePoint = place.at;
      continue;
    }
    places.push({ id: place.id, kind: place.kind, at: place.at, name: t(place.name) });
  }

  const scene: LevelScene = {
    extent: extentOf(feed, level, booths, places),
    booths,
    largestBooth: [widest, tallest],
    places,
    here: herePoint ? { at: herePoint, label: hereLabel } : undefined,
  };
  if (feed.map.type === 'plan') {
    scene.image = feed.map.levels.find((l) => l.id === level)?.image;
  } else if (feed.map.tiles && /^https?:\/\//i.test(feed.map.tiles)) {
    // Leaflet writes attribution as HTML; feed text must never be parsed as HTML.
    scene.tiles = { url: feed.map.tiles, attribution: escapeHtml(feed.map.attribution ?? '') };
  }
  return { scene, skipped };
}

/** The width and height of an outline's bounding box. */
function sizeOf(outline: readonly Point[]): [number, number] {
  const [x0, y0, x1, y1] = boundsOf(outline);
  return [x1 - x0, y1 - y0];
}

function extentOf(feed: FairFeed, level: string, booths: BoothShape[], places: PlaceMark[]): [Point, Point] {
  if (feed.map.type === 'plan') {
    const size = feed.map.levels.find((l) => l.id === level)?.size;
    if (size && size[0] > 0 && size[1] > 0)
      return [
        [0, 0],
        [size[0], size[1]],
      ];
  }
  const box = boundsOf(places.map((p) => p.at));
  for (const b of booths) boundsOf(b.outline, box);
  for (const path of feed.paths ?? []) if ((path.level ?? levelIdsOf(feed)[0]) === level) boundsOf(path.points, box);
  if (!Number.isFinite(box[0])) {
    if (feed.map.type === 'geo' && feed.map.center) boundsOf([feed.map.center], box);
    else
      return [
        [0, 0],
        [1000, 700],
      ];
  }
  const [minX, minY, maxX, maxY] = box;
  const margin = Math.max(maxX - minX, maxY - minY) * 0.05 || (feed.map.type === 'geo' ? 0.0005 : 20);
  return [
    [minX - margin, minY - margin],
    [maxX + margin, maxY + margin],
  ];
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
