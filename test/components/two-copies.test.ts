// Two copies of the kit on one page: a standalone element and the bundle, each with its own Lit,
// @lit/context and classes. Each case is a page of its own (an iframe: its own element registry).
// A module loaded with `?copy=2` is the second copy (test/fixtures/hostile-server.js, `secondCopy`).
import { expect, waitUntil } from '@open-wc/testing';

const FEED = '/test/fixtures/kiosk-feed.json';
const CARD = '/src/components/product-card/define.ts';
const DATA = '/src/components/fair-data/define.ts';
const BUNDLE = '/src/index.ts?copy=2';
const MARKUP = `<fair-data src="${FEED}"><fair-product-card product="shan-tuyet"></fair-product-card></fair-data>`;

type Module = Record<string, unknown>;
type FrameWindow = Window & typeof globalThis & { load(url: string): Promise<Module>; warnings: string[] };

const frames: HTMLIFrameElement[] = [];

/** A fresh page with `body`, and `load(url)` to import a module into it. */
async function page(body: string): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:600px;height:700px;border:0';
  const script =
    'window.warnings = []; console.warn = (...a) => warnings.push(a.join(" ")); window.load = (u) => import(u);';
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}<script type="module">${script}</script></body></html>`;
  document.body.append(frame);
  frames.push(frame);
  await waitUntil(() => (frame.contentWindow as Partial<FrameWindow> | null)?.load, 'the page loads');
  return frame.contentWindow as FrameWindow;
}

const cardText = (win: Window) =>
  (win.document.querySelector('fair-product-card')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const cardShowsProduct = (win: Window) =>
  waitUntil(
    () => cardText(win).includes('Shan Tuyet tea'),
    `the card shows its product (it shows "${cardText(win).trim().slice(0, 60)}")`,
    { timeout: 5000 },
  );

/** The URLs of @lit/context modules the page loaded. */
const contextCopies = (win: Window) => [
  ...new Set(
    win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('/@lit/context/development/index.js') || n.includes('/@lit/context/index.js')),
  ),
];

describe('two copies of the kit on one page', () => {
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  it("a standalone card loaded before the bundle gets the feed of the bundle's <fair-data>", async () => {
    const win = await page(MARKUP);
    const standalone = await win.load(CARD);
    const bundle = await win.load(BUNDLE);
    // Really two copies: two classes, two @lit/context modules; the tag is the first copy's.
    expect(standalone.FairProductCard).not.to.equal(bundle.FairProductCard);
    expect(win.customElements.get('fair-product-card')).to.equal(standalone.FairProductCard);
    expect(win.customElements.get('fair-data')).to.equal(bundle.FairData);
    expect(contextCopies(win)).to.have.length(2);
    await cardShowsProduct(win);
    // What does not work across copies (the language) is said once, in the console.
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.match(/two copies of the kit on one page.*own language.*Load the kit once/);
  });

  it('a standalone card loaded after the bundle works too', async () => {
    const win = await page(MARKUP);
    const bundle = await win.load(BUNDLE);
    await win.load(CARD);
    expect(win.customElements.get('fair-product-card')).to.equal(bundle.FairProductCard);
    await cardShowsProduct(win);
  });

  it("a standalone <fair-data> loaded before the bundle provides to the bundle's card", async () => {
    const win = await page(MARKUP);
    const standalone = await win.load(DATA);
    await win.load(BUNDLE);
    expect(win.customElements.get('fair-data')).to.equal(standalone.FairData);
    await cardShowsProduct(win);
    expect(win.warnings).to.have.length(1);
  });

  it('one copy: a card upgraded before <fair-data> is defined gets the feed once it is', async () => {
    const win = await page(MARKUP);
    await win.load(CARD);
    const card = win.document.querySelector('fair-product-card') as HTMLElement & { updateComplete: Promise<boolean> };
    await card.updateComplete;
    // It has asked, and nobody has answered yet.
    expect(cardText(win)).to.include('No fair data yet.');
    await win.load(DATA);
    await cardShowsProduct(win);
    expect(win.warnings, 'one copy: no warning').to.deep.equal([]);
  });

  it('a card added later inside a <fair-data> of the other copy, and moved to another, follows its provider', async () => {
    const win = await page(`${MARKUP}<fair-data id="other"></fair-data>`);
    await win.load(CARD);
    const bundle = await win.load(BUNDLE);
    await cardShowsProduct(win);
    const other = win.document.getElementById('other') as HTMLElement & { feed?: object };
    const feed = (await (await fetch(FEED)).json()) as { products: { id: string; name: object }[] };
    feed.products.find((p) => p.id === 'shan-tuyet')!.name = { en: 'Other fair tea' };
    other.feed = feed;
    other.append(win.document.querySelector('fair-product-card')!);
    await waitUntil(() => cardText(win).includes('Other fair tea'), 'the moved card shows the other feed');
    expect(bundle.FairData).to.equal(win.customElements.get('fair-data'));
  });
});
