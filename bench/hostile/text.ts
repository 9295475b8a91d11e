import '../../src/components/product-card/define.js';
import { parseFeed } from '../../src/data/loader.js';
import type { HostileCase } from './case.js';

/** A fair whose only product is named `name` (10 MB in the cases below). */
function fairWith(name: string) {
  return {
    version: 1,
    fair: { id: 'hostile-text', name: 'Hostile text fair', locales: ['en'] },
    map: { type: 'plan', levels: [{ id: 'G', size: [1000, 600] }] },
    booths: [{ id: 'b1', label: 'A01', level: 'G', rect: [10, 10, 80, 60], producers: ['p1'] }],
    producers: [{ id: 'p1', name: 'HTX Chè Suối Giàng' }],
    products: [{ id: 'tea', producer: 'p1', name: { en: name }, price: { amount: 150000, currency: 'VND' } }],
  };
}

const TEN_MB = 10 * 1024 * 1024;
const words = () => 'Shan Tuyet tea '.repeat(Math.ceil(TEN_MB / 15)).slice(0, TEN_MB);

/** The problem the checker reported at the product's name, as `severity pointer`. */
function reported(problems: { path: string; severity: string }[]): string {
  return problems.map((p) => `${p.severity} ${p.path}`).join(', ');
}

/** The text cases of the hostile-feed bench. */
export const cases: HostileCase[] = [
  {
    name: 'validate a feed with a 10 MB product name (JSON text → checked feed)',
    budget: 2000,
    run() {
      const { feed, problems } = parseFeed(JSON.stringify(fairWith(words())));
      const name = (feed?.products?.[0].name as Record<string, string> | undefined)?.en ?? '';
      if ([...name].length > 200) throw new Error(`the name kept ${name.length} characters`);
      return reported(problems);
    },
  },
  {
    name: 'validate and render a card with a 10 MB name (object → laid-out card)',
    budget: 2000,
    async run() {
      const el = document.createElement('fair-product-card');
      el.style.cssText = 'display: block; width: 400px';
      el.product = 'tea';
      el.feed = fairWith(words());
      let problems: { path: string; severity: string }[] = [];
      el.addEventListener('fair-error', (e) => (problems = e.detail.problems), { once: true });
      document.body.append(el);
      try {
        while (!el.shadowRoot?.querySelector('[part~=title]')) await new Promise(requestAnimationFrame);
        const title = el.shadowRoot.querySelector('[part~=title]')!;
        title.getBoundingClientRect(); // the layout a visitor waits for
        if ((title.textContent ?? '').length > 200) throw new Error('the card shows the whole name');
        while (!problems.length) await new Promise(requestAnimationFrame);
        return reported(problems);
      } finally {
        el.remove();
      }
    },
  },
];
