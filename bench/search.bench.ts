/**
 * The search bench: a generated 20,000-product fair, a rule-derived query set
 * with ground truth, and the same queries through Fairkit, MiniSearch,
 * FlexSearch and Fuse.js in one page. `window.runBench()` returns the table.
 */
import { generateFeed, generateQueries, QUERY_CLASSES, type BenchQuery, type QueryClass } from './search-data.js';
import { fairkitEngine, flexSearchEngine, fuseEngine, miniSearchEngine, type Engine } from './search-engines.js';

const PRODUCTS = 20000;
const LIMIT = 10;

/** Fairkit's budget per query class: recall@10, MRR, and whether empty results are allowed. */
const BUDGET: Partial<Record<QueryClass, { recall: number; mrr?: number; noEmpty?: boolean }>> = {
  'no-diacritic': { recall: 0.98, mrr: 0.95 },
  prefix: { recall: 0.97 },
  typo: { recall: 0.9, noEmpty: true },
  'booth-code': { recall: 1, mrr: 1 },
};
const KEYSTROKE_BUDGET = { p95: 4, max: 16 };

type Row = Record<string, string | number>;

const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
const gc = () => (globalThis as unknown as { gc?: () => void }).gc?.();
const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 0) : '–');
const ratio = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '–');

function timeQueries(engine: Engine, queries: readonly string[]): { times: number[]; results: string[][] } {
  const times: number[] = [];
  const results: string[][] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const r = engine.search(q, LIMIT);
    times.push(performance.now() - t0);
    results.push(r);
  }
  return { times, results };
}

/** Every prefix of each query, as typed one key at a time. */
function keystrokes(queries: readonly BenchQuery[]): string[] {
  const out: string[] = [];
  for (const { query } of queries) for (let i = 1; i <= query.length; i++) out.push(query.slice(0, i));
  return out;
}

/** Share of queries whose first result is relevant and, per the engine, matched every word (Fairkit only; not timed). */
function completeFirst(engine: Engine, queries: readonly BenchQuery[], results: string[][]): string {
  if (!engine.firstComplete) return '';
  let n = 0;
  queries.forEach((q, i) => {
    if (q.relevant.has(results[i][0]) && engine.firstComplete!(q.query)) n++;
  });
  return ratio(n / (queries.length || 1));
}

function quality(queries: readonly BenchQuery[], results: string[][]) {
  let recall = 0;
  let mrr = 0;
  let empty = 0;
  queries.forEach((q, i) => {
    const r = results[i];
    if (!r.length) empty++;
    const found = r.filter((key) => q.relevant.has(key)).length;
    recall += q.relevant.size ? found / Math.min(q.relevant.size, LIMIT) : 1;
    const first = r.findIndex((key) => q.relevant.has(key));
    mrr += first >= 0 ? 1 / (first + 1) : 0;
  });
  const n = queries.length || 1;
  return { recall: recall / n, mrr: mrr / n, empty };
}

async function runBench(): Promise<{ title: string; rows: Row[]; notes: string[] }> {
  const feed = generateFeed(PRODUCTS);
  const queries = generateQueries(feed);
  const byClass = new Map<QueryClass, BenchQuery[]>(QUERY_CLASSES.map((c) => [c, queries.filter((q) => q.cls === c)]));
  // Typing sessions: no-diacritic and English queries, one key at a time.
  const sessions = [...byClass.get('no-diacritic')!.slice(0, 60), ...byClass.get('english')!.slice(0, 40)];
  // `?engines=Fairkit,FlexSearch` runs only those (for quick looks in a browser).
  const only = new URLSearchParams(location.search).get('engines')?.split(',');
  const engines = [fairkitEngine(), miniSearchEngine(), flexSearchEngine(), fuseEngine()].filter(
    (e) => !only || only.includes(e.name),
  );
  const rows: Row[] = [];
  const notes: string[] = [
    `${feed.products!.length} products, ${feed.producers!.length} producers, ${feed.booths.length} booths; ${queries.length} queries; recall@${LIMIT}.`,
  ];
  for (const engine of engines) {
    // Fuse.js takes hundreds of ms a query at this size: a sample keeps the run in minutes.
    const sample = engine.name === 'Fuse.js' ? 25 : Infinity;
    gc();
    const heap0 = heap();
    const t0 = performance.now();
    engine.build(feed);
    const buildMs = performance.now() - t0;
    gc();
    const heapMb = (heap() - heap0) / 1048576;
    timeQueries(
      engine,
      queries.slice(0, sample === Infinity ? 200 : 5).map((q) => q.query),
    ); // warm-up
    const typed = keystrokes(sample === Infinity ? sessions : sessions.slice(0, 4));
    const keys = timeQueries(engine, typed).times.sort((a, b) => a - b);
    const pass = (ok: boolean) => (engine.name === 'Fairkit' ? (ok ? 'pass' : 'FAIL') : '');
    rows.push({
      engine: engine.name,
      class: 'keystroke',
      n: keys.length,
      'recall@10': '',
      MRR: '',
      'complete@1': '',
      empty: '',
      p50: ms(quantile(keys, 0.5)),
      p95: ms(quantile(keys, 0.95)),
      max: ms(keys[keys.length - 1]),
      'build ms': ms(buildMs),
      'heap MB': Number.isFinite(heapMb) ? heapMb.toFixed(1) : '–',
      budget:
        engine.name === 'Fairkit' ? `p95 ≤ ${KEYSTROKE_BUDGET.p95}, max ≤ ${KEYSTROKE_BUDGET.max}, build < 300` : '',
      pass: pass(
        quantile(keys, 0.95) <= KEYSTROKE_BUDGET.p95 && keys[keys.length - 1] <= KEYSTROKE_BUDGET.max && buildMs < 300,
      ),
    });
    for (const cls of QUERY_CLASSES) {
      const set = byClass.get(cls)!.slice(0, sample);
      const { times, results } = timeQueries(
        engine,
        set.map((q) => q.query),
      );
      times.sort((a, b) => a - b);
      const { recall, mrr, empty } = quality(set, results);
      const budget = BUDGET[cls];
      rows.push({
        engine: engine.name,
        class: cls,
        n: set.length,
        'recall@10': ratio(recall),
        MRR: ratio(mrr),
        'complete@1': completeFirst(engine, set, results),
        empty,
        p50: ms(quantile(times, 0.5)),
        p95: ms(quantile(times, 0.95)),
        max: ms(times[times.length - 1]),
        'build ms': '',
        'heap MB': '',
        budget:
          engine.name === 'Fairkit' && budget
            ? `recall ≥ ${budget.recall}${budget.mrr ? `, MRR ≥ ${budget.mrr}` : ''}${budget.noEmpty ? ', 0 empty' : ''}`
            : '',
        pass: budget
          ? pass(recall >= budget.recall && (!budget.mrr || mrr >= budget.mrr) && (!budget.noEmpty || empty === 0))
          : '',
      });
    }
    await new Promise((r) => setTimeout(r));
  }
  if (Number.isNaN(heap())) notes.push('heap: performance.memory is not available in this browser.');
  notes.push('complete@1 (Fairkit): the first result is relevant and matched every word typed (SearchHit.complete).');
  notes.push(
    'Fuse.js: 25 queries per class and 4 typing sessions (hundreds of ms a query); the others: every query and 100 typing sessions.',
  );
  for (const e of engines) notes.push(`${e.name}: ${e.config}`);
  return {
    title: `Search: ${PRODUCTS.toLocaleString('en')} products, Fairkit vs MiniSearch, FlexSearch, Fuse.js`,
    rows,
    notes,
  };
}

declare global {
  interface Window {
    runBench?: () => Promise<{ title: string; rows: Row[]; notes?: string[] }>;
  }
}
window.runBench = runBench;
