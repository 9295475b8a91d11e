/**
 * Scripted kiosk visitors, for the soak test (20 in `npm test`) and the long
 * soak (1,000, `node scripts/soak.js`): each visit searches, filters, opens
 * booths, products and producers, asks the way, takes a QR, changes language,
 * types on the on-screen keyboard, and then walks away until the idle reset.
 */
import { setLocale } from '../src/i18n/locale.js';
import type { FairKiosk } from '../src/components/kiosk/kiosk.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function all(el: FairKiosk, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** A finger on `target`: pointerdown (what the idle timer watches) then click. */
async function press(el: FairKiosk, target: HTMLElement | undefined): Promise<void> {
  if (!target) return;
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  target.click();
  await el.updateComplete;
}

async function until(check: () => unknown, what: string, timeoutMs = 5000): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > end) throw new Error(`soak: timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** One visit, `i` varying what is tapped; resolves after the kiosk has reset itself for idleness. */
export async function visit(el: FairKiosk, i: number): Promise<void> {
  const reset = new Promise((resolve) => el.addEventListener('fair-kiosk-reset', resolve, { once: true }));
  // (The first time, the feed may still be loading: 8 MB for a national fair.)
  await until(() => el.shadowRoot!.querySelector('.attract-start'), 'the attract screen', 30000);
  const languages = all(el, '.lang');
  await press(el, languages.length && i % 3 === 1 ? languages[languages.length - 1] : all(el, '.attract-start')[0]);
  await until(() => el.shadowRoot!.querySelector('.main:not(.waiting)'), 'the visit to start');
  await el.updateComplete;

  const search = el.shadowRoot!.querySelector('fair-search') as (HTMLElement & { value?: string }) | null;
  await press(el, all(el, '.icon-btn')[0]);
  // Its keys show once the keyboard's chunk is there (fetched when the visit started).
  await until(
    () => el.shadowRoot!.querySelector('fair-kiosk-keyboard')?.shadowRoot?.querySelector('[data-key]'),
    'the on-screen keyboard',
    // Its chunk, fetched while the attract screen waited, can still be on its way on a busy machine.
    15000,
  );
  const keyboard = el.shadowRoot!.querySelector('fair-kiosk-keyboard');
  for (const key of ['c', 'h', 'e']) {
    await press(el, keyboard?.shadowRoot?.querySelector<HTMLElement>(`[data-key="${key}"]`) ?? undefined);
  }
  if (search?.shadowRoot) await sleep(0);
  await press(el, keyboard?.shadowRoot?.querySelector<HTMLElement>('[data-key="Done"]') ?? undefined);

  const chips = all(el, '.chip');
  await press(el, chips[i % chips.length]);
  const rows = all(el, '.row');
  await press(el, rows[i % Math.max(1, rows.length)]);
  await press(el, all(el, '[part~="show-way"]')[0]);
  await press(el, all(el, '[part~="back"]')[0]);
  await press(el, all(el, '[part~="take-away"]')[0]);

  const s = el as unknown as { readyState?: { feed: { products?: { id: string }[]; producers?: { id: string }[] } } };
  const products = s.readyState?.feed.products ?? [];
  const producers = s.readyState?.feed.producers ?? [];
  if (products.length) el.open({ kind: 'product', id: products[i % products.length].id });
  await el.updateComplete;
  if (producers.length) el.open({ kind: 'producer', id: producers[i % producers.length].id });
  await el.updateComplete;
  await setLocale(i % 2 ? 'en' : 'vi');
  await press(el, all(el, '.tab')[1]);
  await press(el, all(el, '[part~="accessibility"]')[0]);
  await press(el, all(el, '[part~="home"]')[0]);
  // The visitor walks away.
  await reset;
  await el.updateComplete;
  // The kiosk at rest: the attract screen, the next visit's screen built beneath it.
  await until(
    () =>
      el.shadowRoot!.querySelector('.main.waiting .panel-area .row') &&
      el.shadowRoot!.querySelector('.main.waiting fair-booth-map')?.shadowRoot?.querySelector('.fair-booth'),
    "the next visit's screen",
    10000,
  );
  // Its map's labels follow a frame after its booths, and the idle steps' last renders: let them all land.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
  await el.updateComplete;
}

/** Every node in the document, shadow roots included. */
export function countNodes(root: Node = document): number {
  let count = 0;
  const walk = (node: Node) => {
    count++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return count;
}

/** The JS heap in bytes after a full GC (`--js-flags=--expose-gc`), or undefined when it cannot be measured well. */
export async function heapAfterGc(): Promise<number | undefined> {
  const w = window as unknown as { gc?: () => void };
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  if (!w.gc || !memory) return undefined;
  // Let the torn-down screen's timers and animation frames run out (they hold it until then), then collect.
  await sleep(400);
  for (let k = 0; k < 4; k++) {
    w.gc();
    await sleep(50);
  }
  return memory.usedJSHeapSize;
}

export interface SoakResult {
  sessions: number;
  baseline: { nodes: number; heap?: number };
  worst: { nodes: number; heap?: number };
  /** Largest relative growth of the DOM (all nodes, shadow roots included) over the baseline after a reset. */
  nodeGrowth: number;
  /**
   * The heap at the end over the heap at the start: the median of the last 10
   * samples over that of the first 10 (with 20 or more; with fewer, the
   * lowest of the last 10 over the baseline sample). V8 keeps some
   * garbage-free but reclaimable memory (compiled code, flushed later) after
   * some GCs, so single samples swing by 2–3 MB, between two levels (seen:
   * 15.4 and 17.7 MB in one run); a leak lifts the whole series, a swing
   * does not.
   */
  heapGrowth?: number;
  /** Median heap of the last quarter of the run over that of the second quarter (after warm-up): a leak is a climb. */
  heapTrend?: number;
  /** Heap samples (bytes) through the run, to tell a leak (a steady climb) from a cache filling up (a plateau). */
  heapSeries: number[];
  ms: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function trend(series: number[]): number {
  const q = Math.floor(series.length / 4);
  return median(series.slice(-q)) / median(series.slice(q, 2 * q)) - 1;
}

/**
 * Visits before the baseline: they fill the caches a kiosk keeps on purpose
 * (the feed index, translations, QR shapes, Intl formats, the chunks fetched
 * on demand). Visits vary what they tap by their number, so the heap keeps
 * climbing for about eight of them before it levels off (measured: 14.2 →
 * 16.9 MB, then flat); a baseline taken after two put that warm-up inside the
 * soak's "growth" and made the 5 % check flip on noise.
 */
const WARM_UP_VISITS = 8;

/**
 * Runs `sessions` visits after {@link WARM_UP_VISITS} warm-up visits and
 * measures nodes and heap after every reset, against the warm-up's.
 */
export async function soak(
  el: FairKiosk,
  sessions: number,
  onProgress?: (i: number, heap?: { baseline: number; last: number }) => void,
): Promise<SoakResult> {
  const t0 = performance.now();
  for (let i = 0; i < WARM_UP_VISITS; i++) await visit(el, i);
  const baseline = { nodes: countNodes(), heap: await heapAfterGc() };
  let worstNodes = baseline.nodes;
  let worstHeap = baseline.heap;
  const measureEvery = Math.max(1, Math.floor(sessions / 50));
  const heapSeries: number[] = [];
  for (let i = 0; i < sessions; i++) {
    await visit(el, i + WARM_UP_VISITS);
    worstNodes = Math.max(worstNodes, countNodes());
    if (baseline.heap !== undefined && (i % measureEvery === 0 || i === sessions - 1)) {
      const heap = await heapAfterGc();
      if (heap !== undefined) {
        heapSeries.push(heap);
        worstHeap = Math.max(worstHeap ?? 0, heap);
      }
    }
    const last = heapSeries[heapSeries.length - 1];
    onProgress?.(
      i + 1,
      baseline.heap !== undefined && last !== undefined ? { baseline: baseline.heap, last } : undefined,
    );
  }
  return {
    sessions,
    baseline,
    worst: { nodes: worstNodes, heap: worstHeap },
    nodeGrowth: worstNodes / baseline.nodes - 1,
    heapGrowth:
      baseline.heap !== undefined && heapSeries.length
        ? heapSeries.length >= 20
          ? median(heapSeries.slice(-10)) / median(heapSeries.slice(0, 10)) - 1
          : Math.min(...heapSeries.slice(-10)) / baseline.heap - 1
        : undefined,
    heapTrend: heapSeries.length >= 8 ? trend(heapSeries) : undefined,
    heapSeries,
    ms: performance.now() - t0,
  };
}
