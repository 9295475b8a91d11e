/**
 * The map bench: generated halls of 2,000 and 10,000 booths drawn by
 * `<fair-booth-map>` and, as the baseline, by plain Leaflet (Canvas renderer,
 * same polygons, same container) in the same page; then the category filter,
 * selection, pan/zoom frame times, routing and a mount/unmount leak check.
 * `window.runBench()` returns the table `bench/run.js` prints.
 */
import '../src/components/booth-map/define.js';
import '../src/components/fair-data/define.js';
import type { FairBoothMap } from '../src/components/booth-map/booth-map.js';
import { canvas, removeMap, svg, type LeafletMap } from '../src/components/booth-map/leaflet-adapter.js';
import { boothEnd, buildRouteGraph, findRoute, placeEnd, routeGraphOf } from '../src/data/routing/routing.js';
import { validateFeed } from '../src/data/validate.js';
import { indexFeed } from '../src/data/indexes.js';
import { resolveFeedUrls } from '../src/data/loader.js';
import type { FairFeed } from '../src/data/types.js';
import { stringifyFeed } from '../scripts/national-generator.js';
import { gc, generateHall, nationalHall, painted, plainLeafletMap, seeded } from './map-data.js';

type Row = Record<string, string | number>;

const stage = document.getElementById('stage')!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const fmt = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Plain Leaflet: restyling every booth (what a category filter does), to the painted frame. */
async function leafletFilter(feed: FairFeed): Promise<number> {
  const box = document.createElement('div');
  stage.append(box);
  const { map, layers } = plainLeafletMap(box, feed, canvas());
  await painted();
  const times: number[] = [];
  for (const category of ['cat-1', 'cat-4', '', 'cat-6', '']) {
    await painted();
    const t0 = performance.now();
    feed.booths.forEach((booth, i) =>
      layers[i].setStyle(
        !category || booth.categories?.includes(category)
          ? { fillOpacity: 0.4, opacity: 1 }
          : { fillOpacity: 0.06, opacity: 0.25 },
      ),
    );
    times.push((await painted()) - t0);
  }
  removeMap(map);
  box.remove();
  return median(times);
}

/**
 * Plain Leaflet: the same booths as polygons on CRS.Simple, fitted to the same box. `feed` given as a
 * function is called first, untimed: a feed just parsed, as a page that has just loaded it draws it.
 */
async function leafletFirstPaint(given: FairFeed | (() => FairFeed), renderer: 'canvas' | 'svg'): Promise<number> {
  const box = document.createElement('div');
  stage.append(box);
  const feed = typeof given === 'function' ? given() : given;
  await painted();
  const t0 = performance.now();
  const { map } = plainLeafletMap(box, feed, renderer === 'canvas' ? canvas() : svg());
  const t1 = await painted();
  removeMap(map);
  box.remove();
  return t1 - t0;
}

/**
 * With `here` the element starts zoomed in around "you are here" (where the
 * booth codes are legible); the first-paint rows mount without it, so the
 * element draws the whole hall, as the plain Leaflet baseline does.
 */
async function mountElement(feed: FairFeed, here = true): Promise<{ el: FairBoothMap; ms: number }> {
  await painted();
  const t0 = performance.now();
  const el = document.createElement('fair-booth-map');
  if (here) el.here = 'kiosk';
  const loaded = new Promise((resolve) => el.addEventListener('fair-load', resolve, { once: true }));
  el.feed = feed;
  stage.append(el);
  await loaded;
  const t1 = await painted();
  return { el, ms: t1 - t0 };
}

/**
 * The usual embed: a <fair-data> has already loaded and checked the feed (once
 * per page, for every element); time the map from its creation to the frame
 * after its booths are drawn.
 */
async function providedFirstPaint(given: FairFeed | (() => FairFeed), settled = false): Promise<number> {
  const data = document.createElement('fair-data');
  const loaded = new Promise((resolve) => data.addEventListener('fair-load', resolve, { once: true }));
  data.feed = typeof given === 'function' ? given() : given;
  stage.append(data);
  await loaded;
  if (settled) {
    // As on a page whose <fair-data> loaded a while ago: the garbage collector has been through the
    // feed it checked (just after checking, the young generation is full of it: see the notes).
    gc();
    await sleep(30);
  }
  await painted();
  const t0 = performance.now();
  // The whole hall, as the baseline draws it (see mountElement).
  const el = document.createElement('fair-booth-map');
  data.append(el);
  // Same end point as the other two: the element has rendered (Leaflet drew its booths in updated()), then the frame.
  await el.updateComplete;
  const t1 = await painted();
  if (!el.shadowRoot!.querySelector('.leaflet-container')) throw new Error('the map was not drawn');
  data.remove();
  return t1 - t0;
}

/**
 * Feeds this page serves itself: a fetch of one of these paths (any query) is
 * answered from memory with the feed's text, for the element's `src` and the
 * baseline's fetch alike (no network, no disk: the same body for both). A new
 * query each run, as the loader keeps what it fetched per URL.
 */
const served = new Map<string, string>();
const pageFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
  const body = served.get(url.pathname);
  if (body === undefined) return pageFetch(input, init);
  const blob = new Blob([body], { type: 'application/json' });
  return Promise.resolve(new Response(blob, { status: 200, headers: { 'content-type': 'application/json' } }));
};
let fetches = 0;
const freshUrl = (path: string) => new URL(`${path}?run=${++fetches}`, location.href).href;

/** Plain Leaflet loading the feed itself: fetch, `JSON.parse`, then the same polygons as {@link leafletFirstPaint}. */
async function leafletOwnFeed(path: string): Promise<number> {
  const box = document.createElement('div');
  stage.append(box);
  await painted();
  const t0 = performance.now();
  const response = await fetch(freshUrl(path));
  const feed = JSON.parse(await response.text()) as FairFeed;
  const { map } = plainLeafletMap(box, feed, canvas());
  const t1 = await painted();
  removeMap(map);
  box.remove();
  return t1 - t0;
}

/** The element with `src`: fetch, parse, check, resolve, index and draw, to the frame after its booths. */
async function srcFirstPaint(path: string): Promise<number> {
  await painted();
  const t0 = performance.now();
  const el = document.createElement('fair-booth-map');
  const loaded = new Promise((resolve, reject) => {
    el.addEventListener('fair-load', resolve, { once: true });
    // An unusable feed never loads: fail the bench instead of waiting for ever.
    el.addEventListener(
      'fair-error',
      (e) => (e as CustomEvent<{ fatal: boolean }>).detail.fatal && reject(new Error('src: unusable feed')),
    );
  });
  el.src = freshUrl(path);
  stage.append(el);
  await loaded;
  const t1 = await painted();
  if (!el.shadowRoot!.querySelector('.leaflet-container')) throw new Error('the map was not drawn');
  el.remove();
  return t1 - t0;
}

async function elementFirstPaint(feed: FairFeed): Promise<number> {
  const { el, ms } = await mountElement(feed, false);
  el.remove();
  return ms;
}

async function repeat(times: number, run: () => Promise<number>): Promise<number> {
  const results: number[] = [];
  for (let i = 0; i < times; i++) {
    results.push(await run());
    gc();
    await sleep(30);
  }
  return median(results);
}

/** Runs the measures in turns, `times` rounds, rotating their order each round; the median of each. */
async function rounds(times: number, runs: (() => Promise<number>)[]): Promise<number[]> {
  const results: number[][] = runs.map(() => []);
  for (let i = 0; i < times; i++) {
    for (let k = 0; k < runs.length; k++) {
      const which = (i + k) % runs.length;
      results[which].push(await runs[which]());
      gc();
      await sleep(30);
    }
  }
  return results.map(median);
}

/** Like {@link rounds}, but every run's result: `[measure][round]`. */
async function pairedRounds(times: number, runs: (() => Promise<number>)[]): Promise<number[][]> {
  const results: number[][] = runs.map(() => []);
  for (let i = 0; i < times; i++) {
    for (let k = 0; k < runs.length; k++) {
      const which = (i + k) % runs.length;
      results[which][i] = await runs[which]();
      gc();
      await sleep(30);
    }
  }
  return results;
}

/** The median of each round's ratio `a[i] / b[i]`: steadier than the ratio of the medians when the load drifts. */
const pairedRatio = (a: number[], b: number[]) => median(a.map((x, i) => x / b[i]));

/** Frame-to-frame intervals while `animate` runs (resolves when it is done). */
async function frameTimes(animate: () => Promise<void>): Promise<number[]> {
  const intervals: number[] = [];
  let last = performance.now();
  let running = true;
  const tick = (now: number) => {
    intervals.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(tick);
  });
  await animate();
  running = false;
  await painted();
  return intervals;
}

function leafletOf(el: FairBoothMap): LeafletMap {
  // The bench reaches into the element for its Leaflet map to drive pans and zooms.
  return (el as unknown as { mapView: { map: LeafletMap } }).mapView.map;
}

const once = (map: LeafletMap, event: string) => new Promise<void>((resolve) => map.once(event, () => resolve()));

async function runBench(): Promise<{ title: string; rows: Row[]; notes: string[] }> {
  const rows: Row[] = [];
  const add = (measure: string, ms: number, budget?: number, note = '') =>
    rows.push({
      measure,
      ms: fmt(ms),
      budget: budget === undefined ? '' : `< ${budget}`,
      pass: budget === undefined ? '' : ms < budget ? 'yes' : 'NO',
      note,
    });

  const hall2k = generateHall(2000, 7);
  const hall10k = generateHall(10000, 11);

  // Warm up: compile the modules' hot paths once on a small hall.
  const small = generateHall(200, 3);
  await elementFirstPaint(small);
  await leafletFirstPaint(small, 'canvas');

  // Where Canvas starts to pay: SVG vs Canvas in plain Leaflet.
  for (const n of [100, 300, 1000]) {
    const hall = generateHall(n, n);
    const svgMs = await repeat(3, () => leafletFirstPaint(hall, 'svg'));
    const canvasMs = await repeat(3, () => leafletFirstPaint(hall, 'canvas'));
    add(
      `Leaflet first paint, ${n} booths: SVG / Canvas`,
      svgMs,
      undefined,
      `SVG ${fmt(svgMs)} ms, Canvas ${fmt(canvasMs)} ms`,
    );
  }

  // What the element does before Leaflet when it loads its own feed: check it (validator) and index it.
  const prepare = (hall: FairFeed) =>
    median(
      Array.from({ length: 5 }, () => {
        const t = performance.now();
        indexFeed(validateFeed(hall).feed!);
        return performance.now() - t;
      }),
    );
  const validate2k = prepare(hall2k);
  // The three take turns, round after round (each round in a different order), so that a burst of
  // load on this shared machine falls on all of them, not on one block of runs; 21 rounds, as single
  // runs here vary by ±20 % and the overhead of 9 rounds' medians still moved by ±6 points.
  const [base2k, provided2k, el2k] = await rounds(21, [
    () => leafletFirstPaint(hall2k, 'canvas'),
    () => providedFirstPaint(hall2k),
    () => elementFirstPaint(hall2k),
  ]);
  add('plain Leaflet Canvas first paint, 2,000 booths (baseline)', base2k);
  add(
    '<fair-booth-map> first paint, 2,000 booths, feed from <fair-data>',
    provided2k,
    150,
    'the feed was checked and indexed once for the page by <fair-data>',
  );
  add(
    '<fair-booth-map> first paint, 2,000 booths, own feed',
    el2k,
    150,
    `incl. checking + indexing the feed itself (${fmt(validate2k)} ms)`,
  );
  const overhead = ((provided2k - base2k) / base2k) * 100;
  const ownOverhead = ((el2k - base2k) / base2k) * 100;
  rows.push({
    measure: 'element overhead over plain Leaflet Canvas, 2,000 booths',
    ms: `${overhead.toFixed(1)} %`,
    budget: '< 15 %',
    pass: overhead < 15 ? 'yes' : 'NO',
    note: `${ownOverhead.toFixed(1)} % when the element also checks its own feed`,
  });

  // A real national-scale feed: the national generator's 2,000 booths with 20,000 products (as the kiosk bench
  // writes it with scripts/generate-national.js), given by <fair-data> and loaded by the element itself.
  const national = nationalHall(2000, 20000);
  const nationalPath = '/bench/national-2000.json';
  const nationalText = stringifyFeed(national);
  served.set(nationalPath, nationalText);
  const justParsed = () => JSON.parse(nationalText) as FairFeed;
  await providedFirstPaint(national, true);
  await srcFirstPaint(nationalPath);
  await leafletOwnFeed(nationalPath);
  const [natBase, natProvided, natOwnBase, natSrc, natFreshBase, natFresh] = await pairedRounds(15, [
    () => leafletFirstPaint(national, 'canvas'),
    () => providedFirstPaint(national, true),
    () => leafletOwnFeed(nationalPath),
    () => srcFirstPaint(nationalPath),
    () => leafletFirstPaint(justParsed, 'canvas'),
    () => providedFirstPaint(justParsed),
  ]);
  // The element's own steps on the same text, one at a time (medians of 5): what `src` adds to fetch + parse.
  const step = (run: () => unknown) =>
    median(
      Array.from({ length: 5 }, () => {
        const t = performance.now();
        run();
        return performance.now() - t;
      }),
    );
  const parseMs = step(() => JSON.parse(nationalText));
  const parsed = JSON.parse(nationalText) as unknown;
  const validateMs = step(() => validateFeed(parsed));
  const checked = validateFeed(parsed).feed!;
  const resolveMs = step(() => resolveFeedUrls(checked, location.href));
  const resolved = resolveFeedUrls(checked, location.href);
  const indexMs = step(() => indexFeed({ ...resolved }));
  const ratioRow = (measure: string, ratio: number, target: number, note: string) =>
    rows.push({
      measure,
      ms: `${ratio.toFixed(2)}×`,
      budget: `≤ ${target}×`,
      pass: ratio <= target ? 'yes' : 'NO',
      note,
    });
  add('plain Leaflet Canvas first paint, national feed: 2,000 booths, 20,000 products (baseline)', median(natBase));
  add(
    '<fair-booth-map> first paint, national feed, from <fair-data>',
    median(natProvided),
    undefined,
    'the feed was checked and indexed once for the page by <fair-data>, and collected after',
  );
  ratioRow(
    '  ratio to plain Leaflet Canvas, national feed from <fair-data>',
    pairedRatio(natProvided, natBase),
    1.15,
    `median of 15 rounds' own ratios; ratio of the medians ${(median(natProvided) / median(natBase)).toFixed(2)}×`,
  );
  ratioRow(
    '  the same, each just after its feed loaded (Leaflet: JSON.parse; element: <fair-data> checked it)',
    pairedRatio(natFresh, natFreshBase),
    1.15,
    `${fmt(median(natFresh))} ms vs ${fmt(median(natFreshBase))} ms: both pay the young-generation GC of the feed they just loaded`,
  );
  add(
    'plain Leaflet Canvas, national feed fetched + JSON.parse + drawn (own-feed baseline)',
    median(natOwnBase),
    undefined,
    `${(nationalText.length / 1e6).toFixed(1)} MB of JSON; JSON.parse alone ${fmt(parseMs)} ms`,
  );
  add(
    '<fair-booth-map src> first paint, national feed, own feed',
    median(natSrc),
    undefined,
    `its steps after fetch + parse: validateFeed ${fmt(validateMs)} ms, URLs resolved ${fmt(resolveMs)} ms, indexFeed ${fmt(indexMs)} ms`,
  );
  ratioRow(
    '  ratio to plain Leaflet fetching and parsing the feed itself, own feed',
    pairedRatio(natSrc, natOwnBase),
    1.3,
    `median of 15 rounds' own ratios; ratio of the medians ${(median(natSrc) / median(natOwnBase)).toFixed(2)}×`,
  );

  const base10k = await repeat(3, () => leafletFirstPaint(hall10k, 'canvas'));
  const el10k = await repeat(3, () => elementFirstPaint(hall10k));
  add('plain Leaflet Canvas first paint, 10,000 booths (baseline)', base10k);
  add(
    '<fair-booth-map> first paint, 10,000 booths',
    el10k,
    400,
    `incl. validating + indexing the feed (${fmt(prepare(hall10k))} ms)`,
  );

  // Interaction on the 2,000-booth hall.
  const { el } = await mountElement(hall2k);
  const filterTimes: number[] = [];
  for (const category of ['cat-1', 'cat-4', '', 'cat-6', '']) {
    const t0 = performance.now();
    el.category = category;
    await el.updateComplete;
    filterTimes.push((await painted()) - t0);
  }
  add(
    'category filter over 2,000 booths, to painted',
    median(filterTimes),
    50,
    `plain Leaflet restyle: ${fmt(await leafletFilter(hall2k))} ms`,
  );

  const selectTimes: number[] = [];
  let missedFrame = 0;
  for (const id of ['B5', 'B40', 'B77', 'B120', 'B9']) {
    await painted();
    const t0 = performance.now();
    el.selected = id;
    const shown = await new Promise<boolean>((resolve) =>
      requestAnimationFrame(() => resolve(el.getAttribute('selected') === id)),
    );
    selectTimes.push((await painted()) - t0);
    if (!shown) missedFrame++;
  }
  add(
    'select a booth, to the next painted frame',
    median(selectTimes),
    50,
    missedFrame ? `${missedFrame} selections missed the next frame` : 'shown in the next frame every time',
  );

  el.resetView();
  await sleep(400);
  const map = leafletOf(el);
  const panFrames = await frameTimes(async () => {
    for (const [dx, dy] of [
      [300, 0],
      [0, 200],
      [-300, 0],
      [0, -200],
    ]) {
      const done = once(map, 'moveend');
      map.panBy([dx, dy], { animate: true, duration: 0.4 });
      await done;
    }
  });
  add(
    'pan, 2,000 booths: p95 frame',
    quantile(panFrames, 0.95),
    50,
    `max ${fmt(Math.max(...panFrames))} ms over ${panFrames.length} frames`,
  );
  const zoomFrames = await frameTimes(async () => {
    for (const delta of [1, 1, -1, -1]) {
      const done = once(map, 'zoomend');
      map.setZoom(map.getZoom() + delta, { animate: true });
      await done;
      await sleep(50);
    }
  });
  add(
    'zoom, 2,000 booths: p95 frame',
    quantile(zoomFrames, 0.95),
    50,
    `max ${fmt(Math.max(...zoomFrames))} ms over ${zoomFrames.length} frames`,
  );
  el.remove();

  // Routing across the 2,000-booth hall.
  const tGraph = performance.now();
  buildRouteGraph(hall2k);
  const graphMs = performance.now() - tGraph;
  routeGraphOf(hall2k);
  const random = seeded(5);
  const kiosk = placeEnd(hall2k, hall2k.places![0]);
  const routeTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const booth = hall2k.booths[Math.floor(random() * hall2k.booths.length)];
    const t0 = performance.now();
    const route = findRoute(hall2k, kiosk, boothEnd(hall2k, booth)!);
    routeTimes.push(performance.now() - t0);
    if (route.straight) throw new Error(`no aisle route to ${booth.id}`);
  }
  add(
    'route kiosk → booth, 2,000 booths: p95 of 200',
    quantile(routeTimes, 0.95),
    5,
    `median ${fmt(median(routeTimes))} ms; the walking graph is built once per feed in ${fmt(graphMs)} ms`,
  );

  // Leak check: 100 mounts and removals of a small map.
  const leakHall = generateHall(60, 2);
  await elementFirstPaint(leakHall);
  gc();
  await sleep(100);
  gc();
  const before = heap();
  for (let i = 0; i < 100; i++) await elementFirstPaint(leakHall);
  gc();
  await sleep(100);
  gc();
  const grownMb = (heap() - before) / 1e6;
  rows.push({
    measure: 'heap growth after 100 mount/unmount cycles',
    ms: `${grownMb.toFixed(2)} MB`,
    budget: '< 1 MB',
    pass: grownMb < 1 ? 'yes' : 'NO',
    note: (globalThis as { gc?: unknown }).gc ? 'after gc()' : 'no gc() exposed: indicative only',
  });

  return {
    title: '<fair-booth-map>: generated halls, headless Chromium, this machine',
    rows,
    notes: [
      `2,000-booth hall: ${hall2k.map.type === 'plan' ? hall2k.map.levels[0].size!.join(' × ') : ''} px plan, ${hall2k.paths!.length} aisles; 10,000-booth hall likewise generated (seeded) in the page.`,
      'First paint: from creating the map to the frame after its booths are drawn (rAF, then a task). The own-feed and 10,000-booth rows include validating and indexing the feed; the <fair-data> row does not (the page checks it once for every element).',
      "Why 20,000 products matter to a map that reads none of them (it draws booths, places and producer names): V8 GC. Just after <fair-data> checked the feed, its fresh copy of the 20,000 products is still in the young generation, and the first scavenge during the map's paint copies what survives: in a trace (bench/map-profile.js --national), 20–26 ms of MinorGC inside the timed paint, against 2–7 ms with the products taken out and 1 ms on the generated hall; nothing with the heap settled. The target row settles both sides (gc() after loading); the row after it starts each side just after its feed loaded.",
      `National feed: scripts/national-generator.js with 2,000 booths and 20,000 products (${national.categories!.length} categories, ${national.paths!.length} paths, ${national.places!.length} places), without its plan image (plain Leaflet draws none); the same feed object for <fair-data> and the Leaflet baseline.`,
      `Own feed (src): the page answers the fetch from memory with the feed's JSON text (a Blob body, no network or disk), for the element and for its baseline alike; the baseline is plain Leaflet that fetches that text, JSON.parses it and draws the same polygons, so the ratio counts what the element adds: checking the feed (validateFeed), resolving its URLs, indexing it and its own drawing. Ratios are the median of each round's element/baseline ratio (15 rounds, the six measures taking turns).`,
      'The element uses Canvas above 300 booths on a level (see the SVG / Canvas rows) and SVG below, for crisper outlines.',
    ],
  };
}

declare global {
  interface Window {
    runBench?: () => Promise<{ title: string; rows: Row[]; notes?: string[] }>;
  }
}
window.runBench = runBench;
