/**
 * The "Visit my list" bench: `planVisit` on the national sample (216 booths,
 * one hall) through 5, 10, 20 and 30 booths picked at random (seeded), from
 * the kiosk: the cost table (one walking-graph search per stop), the order
 * and the routes of every leg, timed in the page against the 50 ms the issue
 * allows. `window.runBench()` returns the table `bench/run.js` prints.
 */
import { placeEnd, planVisit, routeGraphOf } from '../src/data/routing/routing.js';
import { SAMPLE_FEEDS } from '../src/data/samples/index.js';
import type { FairFeed } from '../src/data/types.js';

const TARGET_MS = 50;
const RUNS = 60;

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const fmt = (n: number) => n.toFixed(n < 10 ? 2 : 1);

/** A seeded pick of `n` booth ids: the same sets each run. */
function pick(ids: readonly string[], n: number, seed: number): string[] {
  const out = [...ids];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 16807) % 2147483647;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out.slice(0, n);
}

async function runBench() {
  const source = (await (await fetch(SAMPLE_FEEDS.national)).json()) as FairFeed;
  const ids = source.booths.map((b) => b.id);
  const rows: Record<string, string>[] = [];
  let failed = false;

  // The first plan on a feed builds its walking graph (once per feed object, as a map or kiosk does).
  const fresh = structuredClone(source);
  const t0 = performance.now();
  planVisit(fresh, 'kiosk-1', pick(ids, 30, 1));
  const first = performance.now() - t0;

  const feed = structuredClone(source);
  routeGraphOf(feed);
  const from = placeEnd(
    feed,
    feed.places!.find((p) => p.id === 'kiosk-1')!,
  );
  for (const [stops, avoidStairs] of [
    [5, false],
    [10, false],
    [20, false],
    [30, false],
    [30, true],
  ] as const) {
    // Warm-up: the engine's code compiled before it is timed.
    for (let r = 0; r < 5; r++) planVisit(feed, from, pick(ids, stops, 1000 + r), { avoidStairs });
    const times: number[] = [];
    let metres = 0;
    for (let r = 0; r < RUNS; r++) {
      const set = pick(ids, stops, r + 1);
      const start = performance.now();
      const plan = planVisit(feed, from, set, { avoidStairs });
      times.push(performance.now() - start);
      metres += plan.metres;
      if (plan.order.length !== stops) failed = true;
    }
    const p95 = quantile(times, 0.95);
    const ok = p95 < TARGET_MS;
    if (!ok) failed = true;
    rows.push({
      stops: String(stops),
      'avoid stairs': avoidStairs ? 'yes' : 'no',
      runs: String(RUNS),
      'median ms': fmt(quantile(times, 0.5)),
      'p95 ms': fmt(p95),
      'max ms': fmt(Math.max(...times)),
      'mean walk m': (metres / RUNS).toFixed(0),
      target: `< ${TARGET_MS} ms`,
      result: ok ? 'pass' : 'FAIL',
    });
  }
  return {
    title: `Visit my list: planVisit on the national sample (${source.booths.length} booths), from kiosk-1`,
    rows,
    failed,
    notes: [
      'Unthrottled headless Chromium. CPU throttling (a phone) is set from puppeteer, not from inside the page: ' +
        'not measured here.',
      `Each row: ${RUNS} seeded random sets of booths, after 5 warm-up plans; ms is the whole planVisit ` +
        '(one walking-graph search per stop, the order, and findRoute for every leg).',
      `The first plan on a new feed object also builds its walking graph: ${fmt(first)} ms for 30 stops.`,
    ],
  };
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
