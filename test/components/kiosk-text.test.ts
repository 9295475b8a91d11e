// Issue 12: no text on a kiosk screen below 16 CSS px at 1080×1920 (Leaflet's attribution may stay small),
// and in accessibility mode every text 1.3× that (item 2: "1.3× larger everywhere, map labels included").
import { expect, waitUntil } from '@open-wc/testing';
import { setLocale } from '../../src/i18n/locale.js';
import type { FairKiosk } from '../../src/components/kiosk/kiosk.js';
import type { FairBoothMap } from '../../src/components/booth-map/booth-map.js';
import { visible } from '../harness.js';
import { mapReady } from '../seams.js';
import { $, kioskFixture, painted, sampleFeed, startVisit, tap, tapKeys } from './kiosk.helpers.js';

/** Every visible text on the kiosk's screen, with its size: the kiosk's shadow root and those of every element in it. */
function texts(root: ShadowRoot | Document, found: { text: string; size: number; where: string }[] = []) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('style, script, .leaflet-control-attribution') || !visible(parent)) continue;
    const host = (parent.getRootNode() as ShadowRoot).host?.localName ?? 'page';
    const part = parent.getAttribute('part');
    const where = `${host} ${parent.localName}${parent.className && typeof parent.className === 'string' ? `.${parent.className.trim().split(/\s+/).join('.')}` : ''}${part ? `[part=${part}]` : ''}`;
    found.push({
      text: text.slice(0, 30),
      size: Math.round(parseFloat(getComputedStyle(parent).fontSize) * 100) / 100,
      where,
    });
  }
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) texts(el.shadowRoot, found);
  return found;
}

/** The texts under `min` px, one line per kind of text: its size, where it is (element, class, part) and an example. */
function tooSmall(el: FairKiosk, min: number): string[] {
  const lines = new Map<string, string>();
  for (const t of texts(el.shadowRoot!)) {
    const key = `${t.size}px in ${t.where}`;
    if (t.size < min - 0.01 && !lines.has(key)) lines.set(key, `${key}: "${t.text}"`);
  }
  return [...lines.values()];
}

/** The kiosk's screens a visitor goes through: attract, home, events, typing with results, a producer, their booth, a product, the way. */
async function everyScreen(el: FairKiosk, min: number): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const check = async (name: string) => {
    await el.updateComplete;
    await painted();
    const small = tooSmall(el, min);
    if (small.length) found[name] = small;
  };
  await check('attract');
  await startVisit(el);
  await setLocale('en');
  const map = $(el, 'fair-booth-map') as FairBoothMap;
  await mapReady(map);
  await check('home: map and directory');
  await tap(el, $(el, '.tab', 'Happening now'));
  await check('happening now');
  await tap(el, $(el, '.tab', 'Directory'));
  await tap(el, $(el, 'fair-search'));
  await tapKeys(el, 'm');
  await waitUntil(() => $(el, 'fair-search').shadowRoot!.querySelector('[role="option"]'), 'results show');
  await check('typing, with results');
  await tap(el, $(el, '.nav-btn', 'Home'));
  await tap(el, $(el, '.row', 'Nguyen Binh Arrowroot Vermicelli Cooperative'));
  await waitUntil(() => el.shadowRoot!.querySelector('fair-producer-story'), 'the producer opens');
  await check('producer panel');
  const story = $(el, 'fair-producer-story');
  await tap(el, story.shadowRoot!.querySelector('[part~="booth"] button')!);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="booth"]'), 'their booth opens');
  await check('booth panel');
  await tap(el, $(el, '[part~="take-away"]'));
  await check('booth panel with its QR code');
  const card = $(el, 'fair-product-card');
  await tap(el, card.shadowRoot!.querySelector('[part~="base"]')!);
  await waitUntil(() => el.shadowRoot!.querySelector('fair-product-card:not([compact])'), 'the product opens');
  await check('product panel');
  await tap(el, $(el, '[part~="show-way"]'));
  await mapReady(map);
  await check('route panel');
  return found;
}

/** Where the kiosk's own words live: its shadow root, its keyboard, the map and the language switcher it lays out. */
const KIOSK_OWN = /^\S*px in (fair-kiosk|fair-kiosk-keyboard|fair-booth-map|fair-language-switcher) /;
const split = (found: Record<string, string[]>, own: boolean) =>
  Object.fromEntries(
    Object.entries(found)
      .map(([screen, lines]) => [screen, lines.filter((l) => KIOSK_OWN.test(l) === own)] as const)
      .filter(([, lines]) => lines.length),
  );

describe('<fair-kiosk> text size', () => {
  for (const [mode, accessible, min] of [
    ['normal mode', false, 16],
    ['accessibility mode', true, 16 * 1.3],
  ] as const) {
    describe(`at 1080×1920 in ${mode}, no text below ${min} px`, () => {
      let found: Record<string, string[]> = {};
      before(async () => {
        const el = await kioskFixture({ accessible, feed: await sampleFeed('caoBang') });
        el.now = new Date('2025-12-26T10:15:00+07:00');
        found = await everyScreen(el, min);
        await setLocale('en');
      });

      it("in the kiosk's own text: header, directory, events, panels, keyboard, Back/Home, the map's labels", () => {
        expect(split(found, true)).to.deep.equal({});
      });

      it('nor in the elements it shows: search results, product cards, producer stories', () => {
        expect(split(found, false)).to.deep.equal({});
      });
    });
  }
});
