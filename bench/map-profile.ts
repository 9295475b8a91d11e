/**
 * The page `bench/map-profile.js` traces: `window.mountOnce('element' | 'provided' | 'leaflet', booths)`
 * draws the generated hall once, timed exactly as in map.bench.ts (creation →
 * the frame after the booths are drawn), marks the window as the user timing
 * "fk-run" and removes the map again. `element` checks its own feed,
 * `provided` gets it from a `<fair-data>` that loaded it beforehand (untimed).
 * Without `here`, as the bench's first-paint rows: the whole level is drawn,
 * as plain Leaflet draws it.
 */
import '../src/components/booth-map/define.js';
import '../src/components/fair-data/define.js';
import { canvas, createMap, removeMap } from '../src/components/booth-map/leaflet-adapter.js';
import type { FairFeed } from '../src/data/types.js';
import { gc, generateHall, nationalHall, painted, PLAIN_MAP_OPTIONS, plainLeafletMap } from './map-data.js';

const stage = document.getElementById('stage')!;
const halls = new Map<string, FairFeed>();

/** `hall`: the map bench's generated hall, or the national generator's feed with ten products a booth. */
async function mountOnce(
  what: 'element' | 'provided' | 'leaflet',
  booths: number,
  hall: 'generated' | 'national' | 'national-bare' = 'generated',
): Promise<number> {
  const key = `${hall}-${booths}`;
  if (!halls.has(key))
    halls.set(
      key,
      hall === 'generated'
        ? generateHall(booths, 7)
        : hall === 'national'
          ? nationalHall(booths, booths * 10)
          : // The same booths (their categories come from their products), no products.
            { ...nationalHall(booths, booths * 10), products: [] },
    );
  const feed = halls.get(key)!;
  gc();
  let data: HTMLElement | undefined;
  if (what === 'provided') {
    data = document.createElement('fair-data');
    const loaded = new Promise((resolve) => data!.addEventListener('fair-load', resolve, { once: true }));
    (data as HTMLElement & { feed: FairFeed }).feed = feed;
    stage.append(data);
    await loaded;
    // `window.gcAfterData = true` (map-profile.js --settled): collect what <fair-data> left, as the bench's target row.
    if ((window as unknown as { gcAfterData?: boolean }).gcAfterData) gc();
  }
  await painted();
  let done: () => void;
  const t0 = performance.now();
  if (what === 'leaflet') {
    const box = document.createElement('div');
    stage.append(box);
    const { map } = plainLeafletMap(box, feed, canvas());
    done = () => (removeMap(map), box.remove());
  } else if (what === 'provided') {
    const el = document.createElement('fair-booth-map');
    data!.append(el);
    await el.updateComplete;
    done = () => data!.remove();
  } else {
    const el = document.createElement('fair-booth-map');
    const loaded = new Promise((resolve) => el.addEventListener('fair-load', resolve, { once: true }));
    el.feed = feed;
    stage.append(el);
    await loaded;
    done = () => el.remove();
  }
  const t1 = await painted();
  performance.measure('fk-run', { start: t0, end: t1 });
  // `window.keepMap = true` leaves the map on the page (to look at it).
  if (!(window as unknown as { keepMap?: boolean }).keepMap) done();
  await painted();
  return t1 - t0;
}

declare global {
  interface Window {
    mountOnce?: typeof mountOnce;
  }
}
window.mountOnce = mountOnce;

// Call counts of the Leaflet methods that redraw, for spotting work done twice: `window.leafletCalls()`.
const calls: Record<string, number> = {};
function count(proto: Record<string, unknown>, name: string, label: string) {
  const original = proto[name] as (...args: unknown[]) => unknown;
  proto[name] = function (this: unknown, ...args: unknown[]) {
    calls[label] = (calls[label] ?? 0) + 1;
    // `window.stackOf = 'Canvas._redraw'` logs who calls it.
    if ((window as unknown as { stackOf?: string }).stackOf === label) console.log(label, new Error().stack);
    return original.apply(this, args);
  };
}
const canvasProto = Object.getPrototypeOf(canvas()) as Record<string, unknown>;
const probe = createMap(document.createElement('div'), 'plan', PLAIN_MAP_OPTIONS);
const mapProto = Object.getPrototypeOf(probe) as Record<string, unknown>;
removeMap(probe);
for (const m of ['_redraw', '_fillStroke', '_update', '_reset', '_clear']) count(canvasProto, m, `Canvas.${m}`);
for (const m of ['_resetView', 'setView', 'fitBounds', 'invalidateSize', '_move', 'fire'])
  count(mapProto, m, `Map.${m}`);
(window as unknown as { leafletCalls: () => Record<string, number> }).leafletCalls = () => {
  const copy = { ...calls };
  for (const k of Object.keys(calls)) delete calls[k];
  return copy;
};
