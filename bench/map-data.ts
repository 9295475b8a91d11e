/**
 * Generated halls for the map bench: `booths` booths in double rows along
 * horizontal aisles, cross aisles every ten booths, a kiosk at the bottom and
 * eight categories. Seeded, so every run draws the same fair.
 */
import {
  createMap,
  latLngBounds,
  polygon,
  toLatLng,
  type LeafletMap,
  type Polygon,
  type Renderer,
} from '../src/components/booth-map/leaflet-adapter.js';
import { boothOutline } from '../src/data/venue.js';
import type { FairFeed, Path, Place } from '../src/data/types.js';
import { generateNational, seededRandom as seeded } from '../scripts/national-generator.js';

export { seeded };

const W = 40;
const H = 30;
const GAP = 4;
const AISLE = 24;
const BLOCK = 10;

export function generateHall(booths: number, seed = 1): FairFeed {
  const random = seeded(seed);
  const cols = Math.ceil(Math.sqrt(booths * 1.5));
  const blocks = Math.ceil(cols / BLOCK);
  const pairRows = Math.ceil(booths / (cols * 2));
  const xOf = (c: number) => AISLE + Math.floor(c / BLOCK) * AISLE + c * (W + GAP);
  const width = xOf(cols) + AISLE;
  const pairHeight = 2 * H + AISLE;
  const height = AISLE + pairRows * pairHeight + AISLE;
  const categories = Array.from({ length: 8 }, (_, i) => ({
    id: `cat-${i}`,
    name: { en: `Category ${i}`, vi: `Ngành ${i}` },
  }));
  const list: FairFeed['booths'] = [];
  for (let i = 0; i < booths; i++) {
    const pair = Math.floor(i / (cols * 2));
    const inPair = i % (cols * 2);
    const upper = inPair < cols;
    const c = inPair % cols;
    const y = AISLE + pair * pairHeight + (upper ? 0 : H);
    const x = xOf(c);
    list.push({
      id: `B${i}`,
      label: `${String.fromCharCode(65 + (pair % 26))}${c + 1}`,
      level: 'G',
      rect: [x, y, W, H],
      // Upper row opens onto the aisle above, lower row onto the aisle below.
      door: [x + W / 2, upper ? y : y + H],
      categories: [categories[Math.floor(random() * categories.length)].id],
      name: `Producer ${i}`,
    });
  }
  const paths: Path[] = [];
  for (let p = 0; p <= pairRows; p++) {
    const y = AISLE / 2 + p * pairHeight;
    paths.push({
      level: 'G',
      points: [
        [AISLE / 2, y],
        [width - AISLE / 2, y],
      ],
    });
  }
  for (let b = 0; b <= blocks; b++) {
    const x = b === 0 ? AISLE / 2 : xOf(b * BLOCK) - AISLE / 2 - GAP / 2;
    paths.push({
      level: 'G',
      points: [
        [x, AISLE / 2],
        [x, height - AISLE / 2],
      ],
    });
  }
  const places: Place[] = [
    { id: 'kiosk', kind: 'kiosk', level: 'G', at: [width / 2, height - 4], name: 'Kiosk' },
    { id: 'entrance', kind: 'entrance', level: 'G', at: [width / 2 + 40, height - 4], name: 'Entrance' },
    { id: 'info', kind: 'info', level: 'G', at: [AISLE, height - 4], name: 'Info' },
  ];
  return {
    version: 1,
    fair: { id: `bench-${booths}`, name: `Bench hall, ${booths} booths`, locales: ['en'] },
    map: { type: 'plan', levels: [{ id: 'G', name: 'Ground', size: [width, height] }] },
    categories,
    booths: list,
    places,
    paths,
  };
}

/**
 * The national generator's feed (`scripts/generate-national.js`, as the kiosk
 * bench writes it): `booths` booths in its halls with `products` products
 * spread over their producers, categories, spurs and places. Without the plan
 * image, which plain Leaflet's baseline does not draw either (the booths on
 * the blank sheet, as when the image is missing).
 */
export function nationalHall(booths: number, products: number): FairFeed {
  const { feed } = generateNational({ booths, products });
  if (feed.map.type === 'plan') for (const level of feed.map.levels) delete level.image;
  return feed;
}

/**
 * Plain Leaflet's map options in the baseline. `minZoom` below 0 lets
 * `fitBounds` show the whole plan, as the element does: with Leaflet's default
 * minimum (0) a 2,000-booth plan stays at zoom 0 and only ~570 of its booths
 * are in view and drawn, which made the baseline look faster than it is.
 */
export const PLAIN_MAP_OPTIONS = { zoomControl: false, attributionControl: false, zoomSnap: 0.25, minZoom: -5 };

/** The baseline: plain Leaflet drawing the feed's booths as polygons on CRS.Simple in `box`, fitted to the plan. */
export function plainLeafletMap(
  box: HTMLElement,
  feed: FairFeed,
  renderer: Renderer,
): { map: LeafletMap; layers: Polygon[] } {
  const map = createMap(box, 'plan', PLAIN_MAP_OPTIONS);
  const layers = feed.booths.map((booth) =>
    polygon(
      boothOutline(booth)!.map((p) => toLatLng('plan', p)),
      { renderer, color: '#333', weight: 1.5, fillColor: '#3a7d44', fillOpacity: 0.4 },
    ).addTo(map),
  );
  const [w, h] = feed.map.type === 'plan' ? feed.map.levels[0].size! : [0, 0];
  map.fitBounds(latLngBounds([toLatLng('plan', [0, 0]), toLatLng('plan', [w, h])]));
  return { map, layers };
}

/** Resolves just after the next frame has been painted (rAF, then a task after it). */
export function painted(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

/** A full garbage collection, when Chromium runs with --expose-gc. */
export const gc = () => (globalThis as unknown as { gc?: () => void }).gc?.();
