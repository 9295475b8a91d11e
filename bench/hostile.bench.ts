/**
 * The hostile-feed bench: each case that once froze a kiosk (a 17,000-letter
 * word, 4,000 crossing aisles, a 10 MB name, 100,000 booths …), timed in the
 * page, against the 2 s the issue allows. `window.runBench()` returns the table.
 */
import type { HostileCase } from './hostile/case.js';
import { cases as search } from './hostile/search.js';
import { cases as routing } from './hostile/routing.js';
import { cases as text } from './hostile/text.js';
import { cases as lists } from './hostile/lists.js';

const all: [string, HostileCase[]][] = [
  ['search', search],
  ['routing', routing],
  ['text', text],
  ['lists', lists],
];

async function runBench() {
  const rows: Record<string, string>[] = [];
  let failed = false;
  for (const [area, cases] of all) {
    for (const c of cases) {
      let reported = '';
      let error = '';
      const t0 = performance.now();
      try {
        reported = await c.run();
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      const took = performance.now() - t0;
      const ok = !error && took <= c.budget;
      if (!ok) failed = true;
      rows.push({
        area,
        case: c.name,
        ms: took.toFixed(0),
        budget: String(c.budget),
        reported: error ? `threw: ${error}` : reported || '–',
        result: ok ? 'pass' : 'FAIL',
      });
    }
  }
  return {
    title: 'Hostile feeds (each must finish within its budget, with a problem reported)',
    rows,
    failed,
    notes: [
      'Unthrottled headless Chromium; ms is one run of the whole case (build, render or query), from feed object to result.',
    ],
  };
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
