/**
 * The validateFeed bench (issue 18): the national fair generated in the page
 * (scripts/national-generator.js, as `scripts/generate-national.js` writes it)
 * at 220 booths with 2,400 products and at 2,000 booths with 20,000 products,
 * and `validateFeed` of each against `JSON.parse` of the same text, side by side.
 * Target: validateFeed ≤ 0.5× JSON.parse on the 2,000-booth feed. Reported, not
 * failed (timings vary with the machine's load). `window.runBench()` returns the table.
 */
import { validateFeed } from '../src/data/validate.js';
import { generateNational, stringifyFeed } from '../scripts/national-generator.js';

const RUNS = 9;
const TARGET = 0.5;
const FAIRS = [
  { booths: 220, products: 2400, target: undefined },
  { booths: 2000, products: 20000, target: TARGET },
];

type Row = Record<string, string>;

const gc = () => (globalThis as unknown as { gc?: () => void }).gc?.();
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);
const pause = () => new Promise((resolve) => setTimeout(resolve, 30));

async function runBench(): Promise<{ title: string; rows: Row[]; notes: string[]; failed: boolean }> {
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const fair of FAIRS) {
    const text = stringifyFeed(generateNational({ booths: fair.booths, products: fair.products }).feed);
    const parse: number[] = [];
    const validate: number[] = [];
    let problems = 0;
    // Two warm-up rounds (JIT), then RUNS rounds: JSON.parse of the text, then validateFeed of what it made.
    for (let i = 0; i < RUNS + 2; i++) {
      gc();
      await pause();
      let t = performance.now();
      const json: unknown = JSON.parse(text);
      const parsed = performance.now() - t;
      await pause();
      t = performance.now();
      const result = validateFeed(json);
      const validated = performance.now() - t;
      if (!result.feed) throw new Error(`validateFeed refused the ${fair.booths}-booth feed`);
      problems = result.problems.length;
      if (i < 2) continue;
      parse.push(parsed);
      validate.push(validated);
    }
    const ratio = median(validate) / median(parse);
    rows.push({
      feed: `${fair.booths} booths, ${fair.products} products (${(text.length / 1e6).toFixed(1)} MB)`,
      'JSON.parse ms': ms(median(parse)),
      'validateFeed ms': ms(median(validate)),
      'validate / parse': ratio.toFixed(2) + '×',
      target: fair.target === undefined ? '–' : `≤ ${fair.target}×`,
      result: fair.target === undefined ? '–' : ratio <= fair.target ? 'met' : 'not met',
    });
    notes.push(
      `${fair.booths} booths: validateFeed ${validate.map((v) => v.toFixed(0)).join(', ')} ms; ` +
        `JSON.parse ${parse.map((v) => v.toFixed(0)).join(', ')} ms; ${problems} problems reported.`,
    );
  }
  notes.unshift(
    `Median of ${RUNS} rounds after 2 warm-up rounds, unthrottled, in one page: JSON.parse of the text, then ` +
      'validateFeed (from the sources) of the object it made; the same text every round.',
  );
  return { title: 'validateFeed against JSON.parse (issue 18)', rows, notes, failed: false };
}

(window as unknown as { runBench: typeof runBench }).runBench = runBench;
