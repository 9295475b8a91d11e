import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/fair-data/define.js';
import '../../src/components/producer-story/define.js';
import type { FairData } from '../../src/components/fair-data/fair-data.js';
import { setLocale } from '../../src/i18n/locale.js';

// The products and producers of each sample fair (all of them; the first 40/12 of the
// 2,000-product national fair), rendered in each of the fair's languages.
const samples: [string, number, number][] = [
  ['cao-bang', Infinity, Infinity],
  ['son-la', Infinity, Infinity],
  ['national', 40, 12],
];

for (const [sample, productLimit, producerLimit] of samples) {
  describe(`product cards and producer stories: sample ${sample}`, () => {
    after(() => setLocale('en'));

    it('renders every product (full and compact) and every producer with real content', async () => {
      const feed = await (await fetch(`/src/data/samples/${sample}/feed.json`)).json();
      const data = await fixture<FairData>(html`<fair-data src="/src/data/samples/${sample}/feed.json"></fair-data>`);
      for (const locale of feed.fair.locales as string[]) {
        await setLocale(locale);
        data.replaceChildren(
          ...feed.products.slice(0, productLimit).flatMap((p: { id: string }) => {
            const full = document.createElement('fair-product-card');
            full.product = p.id;
            const compact = document.createElement('fair-product-card');
            compact.product = p.id;
            compact.compact = true;
            return [full, compact];
          }),
          ...feed.producers
            .slice(0, producerLimit)
            .map((p: { id: string }) =>
              Object.assign(document.createElement('fair-producer-story'), { producer: p.id }),
            ),
        );
        const elements = [...data.children] as HTMLElement[];
        await waitUntil(
          () => elements.every((el) => el.shadowRoot?.querySelector('[part~=title]')),
          `${elements.length} cards and stories show their titles`,
          { timeout: 8000 },
        );
        for (const el of elements) {
          const title = el.shadowRoot!.querySelector('[part~=title]')!.textContent.trim();
          expect(title, `${el.tagName} ${el.getAttribute('product') ?? el.getAttribute('producer')}`).to.not.equal('');
          expect(el.shadowRoot!.textContent).not.to.match(/undefined|\[object Object\]|NaN/);
        }
        const prices = elements.flatMap((el) =>
          [...el.shadowRoot!.querySelectorAll('.amount')].map((a) => a.textContent),
        );
        expect(prices.length).to.be.greaterThan(0);
        for (const price of prices) expect(price).to.contain('₫');
      }
    });
  });
}
